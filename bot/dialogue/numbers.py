"""The numbers of a short answer to a question that asks for a value (bot/session.py).

A busy referrer answers "1.8 ng/mL", "2 460 ng/L", "κ 25, λ 180", ">2000", "860 not 680" or
"860 (ref 0-600) on 12/03/2024". Each number is read for what it is: a reference range, a date,
a value taken back, a value of another analyte the question names, a bound, or the asked value in
the unit written after it. What cannot be read safely is refused (``AnswerRefused`` or the
engine's ``LabRefused``), so the question is asked again and nothing typed is lost silently:
two values for one analyte, a bare range, a unit that does not convert to the analyte's unit.

The words are data: ``reading`` in bot/data/dialogue/questions.yml.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from bot.chinese_numbers import (VagueNumber, chinese_number, counts_no_value, has_numeral, numeral_chars,
                                 numeral_pattern, vague_at)
from bot.concepts import catalogue
from bot.errors import EvidenceError, UnitError
from bot.evidence import LabRefused, refuse_lab, unreadable_unit
from bot.models import LabValue, Provenance, SampleType
from bot.number_text import number_text
from bot.texts import Text
from bot.units import convert, parse_unit


class AnswerRefused(EvidenceError):
    """An answer whose value cannot be read safely; ``text`` says why in both languages."""

    def __init__(self, text: Text):
        super().__init__(text.en)
        self.text = text


# a number: "1 850" / "1,850" (groups of three), "0,12" (decimal comma), "1.8"; a minus sign
# written right before it ("-50") is kept, so the engine refuses an impossible value
# (a decimal comma has one or two digits: "1850,600" is two numbers)
# a Chinese numeral ("一千八百", "两千三", "1千8", "1.8千": bot/chinese_numbers.py) first, so "1千8" is one
# number and the 千 of "1.8千" is no unit
_NUMBER = re.compile(r"(?:(?<![A-Za-z0-9_.,])|(?<=[A-Za-z])(?=" + numeral_chars() + r"))(?P<sign>[-−](?=\d))?(?P<num>" + numeral_pattern()
                     + r"|[1-9]\d{0,2}(?:[ ,]\d{3})+(?![\d.,])|\d+(?:\.\d+|,\d{1,2}(?!\d))?)")
# a comparator just before the number (">2000", "less than 100", "大于2000"): a bound; the ">" of an
# arrow ("1850 -> 420", "=>") is none
_BOUND = re.compile(r"(?:(?P<ge>≥|>=|＞=|at least|不低于|不少于|大于等于|大于或等于|高于或等于|至少)"
                    r"|(?P<le>≤|<=|＜=|at most|不超过|不高于|小于等于|小于或等于|低于或等于|最多)"
                    r"|(?P<gt>(?<![-=])>|＞|greater than|more than|higher than|above|over|大于|超过|高于)"
                    r"|(?P<lt><|＜|less than|lower than|below|under|小于|低于|不足))\s*$", re.I)
_BOUND_SIGNS = {"ge": ">=", "le": "<=", "gt": ">", "lt": "<"}
_VALUE = r"\d+(?:\.\d+)?"
# a reference range or upper limit named as one ("ref < 600", "ULN 600", "参考值0-600", "正常上限600",
# "the upper limit was 600", "正常值上限是600")
_REF = re.compile(r"(?:ref(?:erence)?(?:\s*range)?|normal(?:\s*range)?|uln|upper\s+limit(?:\s+of\s+normal)?"
                  r"|参考值?|参考范围|正常值?|正常上限|上限|范围)"
                  # the test it is for: "ref range for VEGF is 0-300", "upper limit of the serum VEGF"
                  r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:(?:serum|plasma)\s+)?[a-z]{2,8}(?=\s|[:：=]))?"
                  r"\s*(?:(?:is|was|是|为)\s*)?[:：=]?\s*"
                  rf"(?:({_VALUE})\s*(?:-|–|~|～|to|至)\s*)?(?:(?:[<≤＜]|up\s*to|under|below)\s*)?({_VALUE})", re.I)
# a bracketed range or upper bound after a value is its reference: "1.2 (0.26-1.65)", "1850 (<600)"
_BRACKET_REF = re.compile(rf"[(（\[]\s*(?:({_VALUE})\s*(?:-|–|~|～)\s*|[<≤＜]\s*)({_VALUE})\s*[^)）\]\d]{{0,12}}[)）\]]")
_RANGE = re.compile(rf"({_VALUE})\s*(?:-|–|~|～|to|至|到)\s*({_VALUE})")
_DATES = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"        # 2024-03-12, 2024年3月12日
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"                               # 12/03/2024, 12.03.24
    r"|\d{4}\s*年(?:\s*\d{1,2}\s*月)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?"  # 2024年3月, 3月12日
    r"|(?:on|dated|date|in|since|at|于|日期)\s*[:：]?\s*\d{1,2}/\d{1,2}(?![\d/])"  # on 12/03
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,2}(?:st|nd|rd|th)?,?\s*(?:\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s*\d{4})?"
    r"|(?:in|since)\s+(?:19|20)\d{2}\b", re.I)
# what may follow a number as its unit: a power-of-ten count, a slash unit, 万, % or a short word
_UNIT = re.compile(r"\s*(?P<unit>(?:[x×*]\s*)?10\s*\^?\s*[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}\s*/\s*[a-zµμ]+"
                   r"|k\s*pg\s*/\s*ml\b"  # "1.85k pg/mL": thousands of pg/mL (questions.yml units)
                   r"|[a-zµμ]{1,6}\s*/\s*[a-zµμ0-9.^]{1,8}|万(?:\s*/\s*[a-zµμ]+)?|%|[a-zµμ]{1,5}\b)", re.I)
# a short word after a number is a unit only when it is one of these (else it is a word: "and")
_UNIT_WORDS = {"k", "iu", "u", "mu", "miu", "mg", "g", "ng", "pg", "ug", "µg", "mmol", "nmol", "pmol",
               "umol", "µmol", "mol", "ml", "dl", "cm", "mm", "unit", "units"}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


class _Found:
    """One number of the answer, with what the words around it say it is."""

    def __init__(self, start: int, end: int, value: float, analyte: str):
        self.start, self.end, self.value, self.analyte = start, end, value, analyte
        self.unit: Optional[str] = None
        self.comparator: Optional[str] = None


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _replaced(text: str, cues: List[str]) -> str:
    """``text`` (lower-cased) with what precedes the last correction cue that a number follows
    blanked: the number after it replaces the ones before ("680 → 860", "4500? no 450", "4500,
    sorry 450", "4500，不对，是450"). A Latin cue counts as a whole word ("no," is not in "piano,"),
    and a cue no number follows corrects nothing ("450, sorry, no Hb")."""
    for cue in cues:
        w = cue.lower()
        pattern = re.escape(w)
        if re.match(r"[a-z]", w):
            pattern = r"(?<![a-z])" + pattern
        if re.search(r"[a-z]$", w):
            pattern += r"(?![a-z])"
        last = None
        for match in re.finditer(pattern, text):
            if _NUMBER.search(text, match.end()):
                last = match
        if last is not None:
            text = " " * last.end() + text[last.end():]
    return text


def _phrase_at_end(text: str, words: List[str]) -> bool:
    """``text`` (what precedes a number) ends with one of ``words`` (then spaces, ':' or '=')."""
    tail = text.rstrip(" :：=")
    for word in words:
        w = word.lower()
        if not tail.endswith(w):
            continue
        head = tail[:-len(w)]
        if re.match(r"[a-z]", w[0]) and re.search(r"[a-z]$", head):
            continue  # inside a word
        if head.rstrip().endswith(("/", "／")):
            continue  # "κ/λ 0.12" names the ratio, not λ
        return True
    return False


def _phrase_at_start(text: str, words: List[str]) -> bool:
    """``text`` (what follows a number) starts with one of ``words``, a Latin word whole
    ("6 months", "45 yo"; not "5 mol")."""
    head = text.lstrip()
    return any(head.startswith(w) and not (re.match(r"[a-z]", w[-1]) and re.match(r"[a-z]", head[len(w):len(w) + 1]))
               for w in (word.lower() for word in words))


def alternative_values(text: str, reading: Dict[str, Any]) -> Optional[str]:
    """Two numbers of ``text`` (lower-cased) offered as alternatives ("1850 or 1580", "1850 pg/ml or
    1580", "1850还是1580": ``reading.alternatives``), as written; None when there are none."""
    words = "|".join(re.escape(w.lower()) for w in sorted(reading.get("alternatives", []), key=len, reverse=True))
    if not words:
        return None
    match = re.search(rf"({_VALUE})\s*(?:[a-zµμ/^0-9]{{0,12}}\s*)?[,，]?\s*(?<![a-z])(?:{words})(?![a-z])\s*(?:maybe\s*|可能是?\s*)?({_VALUE})",
                      text)
    return match.group(0) if match else None


def not_a_value(text: str, start: int, end: int, reading: Dict[str, Any], more: List[str] = ()) -> bool:
    """Whether the number ``text[start:end]`` is the patient's age or a duration ("57岁", "she is 45",
    "6 months": ``reading.age_or_duration_after`` / ``age_before``) or is followed by one of ``more``."""
    after = text[end:]
    head = after.lstrip()
    dose = any(head.startswith(w.lower()) and not re.match(r"[a-z/]", head[len(w):len(w) + 1]) for w in more)
    return dose or _phrase_at_start(after, reading.get("age_or_duration_after", [])) \
        or _phrase_at_end(text[:start], reading.get("age_before", []))


def undated(text: str) -> str:
    """``text`` with its dates blanked (same length): "2024年3月", "12/03/2024", "on 12/03"."""
    return _DATES.sub(lambda m: " " * len(m.group(0)), text)


def _number(raw: str) -> Optional[float]:
    """'1 850' / '1,850' -> 1850; '0,12' -> 0.12; '一千八百' -> 1800 (None: a word, "十分"; VagueNumber:
    "两三千")."""
    if has_numeral(raw):
        return chinese_number(raw)
    if re.fullmatch(r"[1-9]\d{0,2}(?:[ ,]\d{3})+", raw):
        return float(raw.replace(" ", "").replace(",", ""))
    return float(raw.replace(",", "."))


def reference_in(text: str) -> Tuple[str, Optional[float], Optional[float]]:
    """The text without its reference range, and the range's low and high ends."""
    for pattern in (_REF, _BRACKET_REF):
        match = pattern.search(text)
        if match:
            low = float(match.group(1)) if match.group(1) else None
            return _blank(text, match.start(), match.end()), low, float(match.group(2))
    return text, None, None


def serum_or_plasma(text: str) -> Tuple[bool, bool]:
    """Whether the (lower-cased) answer names serum, and whether it names plasma."""
    serum = "serum" in text or "血清" in text or re.search(r"\bsvegf\b", text) is not None
    plasma = "plasma" in text or "血浆" in text or re.search(r"\bpvegf\b", text) is not None
    return serum, plasma


def _sample(text: str, reading: Dict[str, Any]) -> Optional[SampleType]:
    """The sample the answer names; AnswerRefused when it names both serum and plasma."""
    serum, plasma = serum_or_plasma(text)
    if serum and plasma:
        raise AnswerRefused(refusal(reading, "samples"))
    if serum:
        return SampleType.serum
    if plasma:
        return SampleType.plasma
    if any(w in text for w in reading.get("urine", [])):
        return SampleType.urine
    return None


def _sample_of(analyte: str, sample: Optional[SampleType]) -> Optional[SampleType]:
    """The sample a value is kept with: serum or plasma for VEGF (二(二)4), urine for any other
    (the engine then refuses a urine value of a serum test: SERUM_ONLY)."""
    if analyte == "vegf":
        return sample if sample in (SampleType.serum, SampleType.plasma) else None
    return sample if sample == SampleType.urine else None


def refusal(reading: Dict[str, Any], key: str, **params: Any) -> Text:
    text = reading["refusals"][key]
    return Text(key=f"answer.{key}", en=text["en"].format(**params), zh=text["zh"].format(**params),
                params=params)


def _unit_zh(rest: str, reading: Dict[str, Any]) -> Optional[Tuple[str, str, int]]:
    """A unit written in Chinese words at the start of ``rest`` ("克每升": ``reading.units_zh``):
    (as written, the unit, where it ends), the longest first; None when there is none."""
    head = len(rest) - len(rest.lstrip())
    for written in sorted(reading.get("units_zh", {}), key=len, reverse=True):
        if rest.startswith(written, head):
            return written, reading["units_zh"][written], head + len(written)
    return None


def bound_after(rest: str, reading: Dict[str, Any]) -> Optional[str]:
    """A bound written after the number and its unit ("2000以上", "450 or more", "2000+")."""
    match = _UNIT.match(rest)
    zh = _unit_zh(rest, reading)
    tail = rest[zh[2]:] if zh else rest[match.end():] if match and _is_unit(match.group("unit")) else rest
    tail = tail.lstrip()
    for sign, words in reading.get("bounds_after", {}).items():
        if any(tail.startswith(w.lower()) for w in words):
            return sign
    return None


def _is_unit(token: str) -> bool:
    token = token.strip()
    return "/" in token or "^" in token or token in ("万", "%") or token.lower() in _UNIT_WORDS


def _unit(found: _Found, rest: str, reading: Dict[str, Any]) -> Optional[str]:
    """The unit written after the number (``rest`` is the text after it), None when none is;
    refused when it is written but does not convert to the analyte's unit."""
    zh = _unit_zh(rest, reading)
    match = _UNIT.match(rest)
    if zh:  # "一点二克每升"
        written, unit = zh[0], zh[1]
    elif not match:
        return None
    else:
        unit = match.group("unit").translate(_SUPERSCRIPTS).strip()
        unit = re.sub(r"10\s*\^?\s*(\d{1,2})\s*/\s*", r"10^\1/", unit)  # "×10⁹/L" is ×10^9/L
        if not _is_unit(unit):
            return None  # a word, not a unit
        written = unit
        unit = reading.get("units", {}).get(unit.lower(), unit)
    if re.split(r"\s*/", unit.lower())[0] in reading.get("activity_units", []):
        raise AnswerRefused(unreadable_unit(found.analyte, found.value, written))
    try:
        convert(1.0, unit, catalogue().analytes[found.analyte].unit, what=found.analyte)
    except (UnitError, ValueError, KeyError) as error:
        raise AnswerRefused(_wrong_unit(found, unit if zh else written, unit, reading)) from error
    return unit


def unit_after(analyte: str, value: float, rest: str, reading: Dict[str, Any]) -> Optional[str]:
    """The unit written right after a value of ``analyte`` (``rest``: the text after the number),
    None when none is; AnswerRefused when one is written that is not a unit of the analyte."""
    return _unit(_Found(0, 0, value, analyte), rest, reading)


def bound_before(before: str) -> Optional[str]:
    """The comparator written just before a number (">2000", "less than 100", "大于2000")."""
    match = _BOUND.search(before[-16:])
    return _BOUND_SIGNS[match.lastgroup] if match else None


def _wrong_unit(found: _Found, written: str, unit: str, reading: Dict[str, Any]) -> Text:
    """Why a value is not taken for the asked item: a unit the reader knows but that measures
    something else ("3200 pg/mL" to the platelet question: a VEGF or light-chain unit) asks for
    the test's name with the value, rather than guess which test it was; a unit it cannot read
    at all, or a shorthand ("1.9k": thousands of what?), says so."""
    try:
        parse_unit(unit)
    except UnitError:
        return unreadable_unit(found.analyte, found.value, written)
    if unit != written:  # a shorthand of ``units`` in questions.yml
        return unreadable_unit(found.analyte, found.value, written)
    analyte = catalogue().analytes.get(found.analyte)
    return refusal(reading, "unit_of_other", value=number_text(found.value), unit=written,
                   analyte=analyte.en if analyte else found.analyte,
                   analyte_zh=analyte.zh if analyte else found.analyte)


def stray_numbers(text: str) -> bool:
    """``text`` (lower-cased, the values the NLU read blanked) holds a number that is not a date:
    a value nothing read."""
    text = _DATES.sub(" ", text)
    return any(_value_at(text, m) is not None for m in _NUMBER.finditer(text))


def _value_at(text: str, match: "re.Match[str]", reading: Optional[Dict[str, Any]] = None) -> Optional[float]:
    """The value of a number ``match`` of ``text``; None for a Chinese numeral that is a word or a
    date, count or duration ("十分", "十二月", "三次"). A rough or double one ("两三千", "几千", "八百来")
    is refused (``reading``'s refusal ``vague_number``), never read as one of its values."""
    raw = match.group("num")
    try:
        value = _number(raw)
    except VagueNumber:
        value, vague = None, True
    else:  # "几千", "上千" (a unit alone: no number of itself), "一千来"
        vague = has_numeral(raw) and vague_at(text, match.start("num"), match.end())
    if has_numeral(raw) and counts_no_value(text, match.end()):
        return None
    if vague:
        if reading is None:
            return 0.0  # a number all the same (stray_numbers)
        raise AnswerRefused(refusal(reading, "vague_number", values=raw))
    return value


def read_numbers(text: str, spec: Dict[str, Any], reading: Dict[str, Any], message_index: int) -> List[LabValue]:
    """The values ``text`` (lower-cased; other tests' values the NLU read already blanked) gives
    for the item whose ``number`` spec is ``spec``: the asked analyte's, and those of the other
    analytes the spec names by their words. Raises AnswerRefused / LabRefused when one cannot be
    read safely."""
    text = _DATES.sub(lambda m: " " * len(m.group(0)), text)
    text, ref_low, ref_high = reference_in(text)
    named = text  # the sample words, before a correction blanks what precedes it
    text = _replaced(text, reading.get("replaced_by", []))  # "680 → 860", "4500? no 450"
    if spec.get("ratio"):  # "1:8" is a ratio of 0.125
        text = re.sub(rf"({_VALUE})\s*[:：]\s*({_VALUE})",
                      lambda m: f"{float(m.group(1)) / float(m.group(2)):g}".ljust(len(m.group(0))), text)
    ranges = [m for m in _RANGE.finditer(text)]
    found: List[_Found] = []
    for match in _NUMBER.finditer(text):
        before, after = text[:match.start()], text[match.end():]
        if _phrase_at_end(before, reading.get("rejected_after", [])):
            continue  # "860, not 680"
        if any(after.lstrip().startswith(w) for w in reading.get("multiples", [])):
            continue  # "2x ULN"
        if _phrase_at_start(after, reading.get("age_or_duration_after", [])) \
                or _phrase_at_end(before, reading.get("age_before", [])):
            continue  # "she is 45", "57岁", "6 months": the patient's age or a duration
        if _phrase_at_start(after, reading.get("count_after", [])):
            continue  # "IVIG 3 courses", "丙球2个疗程": a count of treatments, no value
        analyte = spec["analyte"]
        for other, words in spec.get("others", {}).items():
            if _phrase_at_end(before, words["words"]):
                analyte = other
        value = _value_at(text, match, reading)
        if value is None:
            continue  # "十分", "十二月": no value
        value *= -1 if match.group("sign") else 1
        item = _Found(match.start(), match.end(), value, analyte)
        item.comparator = bound_before(text[:match.start()])
        item.unit = _unit(item, after, reading)
        item.comparator = item.comparator or bound_after(after, reading)
        if item.unit is None:
            item.unit = spec.get("unit") if analyte == spec["analyte"] else spec["others"][analyte].get("unit")
        found.append(item)
    for range_ in ranges:
        inside = [f for f in found if range_.start() <= f.start < range_.end()]
        if len(inside) == 2 and inside[0].analyte == inside[1].analyte:
            if len(found) > 2 or ref_high is not None:
                raise AnswerRefused(refusal(reading, "two_values", values=range_.group(0).strip()))
            raise AnswerRefused(refusal(reading, "range", values=range_.group(0).strip()))
    by_analyte: Dict[str, List[_Found]] = {}
    for item in found:
        by_analyte.setdefault(item.analyte, []).append(item)
    sample = _sample(named, reading) if found else None
    prov = Provenance(source="answer", message_index=message_index)
    labs: List[LabValue] = []
    for analyte, items in by_analyte.items():
        if len({(f.value, f.unit, f.comparator) for f in items}) > 1:
            shown = ", ".join(number_text(f.value) for f in items)
            raise AnswerRefused(refusal(reading, "two_values", values=shown))
        first = items[0]
        own = analyte == spec["analyte"]
        lab = LabValue(analyte=analyte, value=first.value, unit=first.unit, comparator=first.comparator,
                       sample=_sample_of(analyte, sample),
                       reference_low=ref_low if own and ref_high is not None else None,
                       reference_high=ref_high if own else None, provenance=prov)
        try:
            refuse_lab(lab)  # an impossible value, a urine value of a serum test: refused now
        except LabRefused as error:
            if error.reason == "implausible":
                raise
            raise AnswerRefused(error.text) from error
        labs.append(lab)
    return labs
