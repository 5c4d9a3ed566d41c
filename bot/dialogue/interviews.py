"""Short interviews for haematology users: the PUMCH risk score (表3, bot.risk) and response
assessment (表5, bot.response). Each reads what the first message already says, then asks for
the rest one item at a time; "unknown" / "没做" leaves an item missing (never negative)."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from bot.chinese_numbers import chinese_number, numeral_chars, to_arabic
from bot.dialogue.answers import aside, matches, normalised, other_analytes, phrase_pattern, reading
from bot.concepts import catalogue
from bot.dialogue.numbers import (AnswerRefused, bound_after, bound_before, not_a_value, refusal,
                                  serum_or_plasma, undated, unit_after)
from bot.dialogue.texts import load, sep, t
from bot.errors import EvidenceError
from bot.evidence import check_lab, plausible
from bot.models import Evidence
from bot.number_text import number_text
from bot.texts import Text
from bot.units import convert, same_unit

NUM = r"(\d+(?:\.\d+)?)"

RISK_ITEMS = ["age", "pleural_effusion", "pulmonary_hypertension", "egfr"]
RESPONSE_ITEMS = ["m_baseline", "m_current", "ife_negative", "vegf_baseline", "vegf_current", "vegf_uln"]


UNKNOWN = "unknown"


def question(key: str, language: str) -> str:
    return t(f"interview_questions.{key}", language)


# the findings of the risk score (表3) as the NLU names them; a finding stated present is a point,
# stated absent none, and a doubtful one ("肺动脉高压？", "possible PH") is asked about, never scored
RISK_FLAGS = {"pleural_effusion": "pleural_effusion", "pulmonary_hypertension": "pulmonary_hypertension"}


def risk_flags(evidence: Optional[Evidence]) -> Dict[str, bool]:
    """The yes / no risk items a message's evidence states (present -> True, absent -> False);
    uncertain, historical or unmentioned ones are left out, so the interview asks for them."""
    out: Dict[str, bool] = {}
    for key, concept in RISK_FLAGS.items():
        states = {f.status.value for f in (evidence.findings if evidence else []) if f.concept == concept}
        if states == {"present"}:
            out[key] = True
        elif states == {"absent"}:
            out[key] = False
    return out


def risk_inputs(evidence: Optional[Evidence]) -> Dict[str, Any]:
    """Risk inputs (age, pleural effusion, pulmonary hypertension, eGFR) that the NLU read from a
    message: the same reading of negation, doubt and units as a referral note gets."""
    if evidence is None:
        return {}
    out: Dict[str, Any] = dict(risk_flags(evidence))
    if evidence.age is not None:
        out["age"] = float(evidence.age)
    egfr = [lab for lab in evidence.labs if lab.analyte == "egfr"]
    if egfr:
        try:
            out["egfr"] = check_lab(egfr[-1]).value  # mL/min/1.73 m² whatever unit was written
        except EvidenceError:
            pass  # an impossible eGFR is asked for again
    return out


def _reading() -> Dict[str, Any]:
    return load("response_reading.yml")


def _alternation(words: List[str]) -> str:
    """A regex of ``words`` (``phrase_pattern`` each), longest first."""
    return "(?:" + "|".join(phrase_pattern(w) for w in sorted(words, key=len, reverse=True)) + ")"


# what may stand between a cue or a value and the next value: units, samples, "of", "at", ":"
_BETWEEN = r"[^0-9;；。\n]{0,30}?"


def _clauses(text: str, names: Dict[str, List[str]]) -> Dict[str, List[str]]:
    """Each analyte's clauses: from its name to the next analyte's name or the sentence's end."""
    found = sorted((m.start(), m.end(), kind) for kind, words in names.items()
                   for m in re.finditer(_alternation(words), text))
    out: Dict[str, List[str]] = {}
    for i, (start, end, kind) in enumerate(found):
        if i and found[i - 1][1] > start:
            continue  # inside a longer name ("免疫固定" in "免疫固定电泳" read once)
        stop = len(text)
        for later in found[i + 1:]:
            if later[2] != kind:
                stop = later[0]
                break
        sentence = re.search(r"[;；。\n]", text[end:stop])
        # a cue written before the name ("治疗前VEGF 3000", "baseline M-protein 12") is in the clause
        begin = max((m.end() for m in re.finditer(r"[;；。\n,，]", text[:start])), default=0)
        out.setdefault(kind, []).append(text[begin:end + sentence.start() if sentence else stop])
    return out


def _pair(clause: str, data: Dict[str, Any]) -> Optional[Tuple["re.Match[str]", int, "re.Match[str]", int]]:
    """(baseline, current) stated in an analyte's clause, as a change or by cue words: each the
    match and the group of its number."""
    m = re.search(NUM + _BETWEEN + _alternation(data["change"]) + r"\s*" + NUM, clause)
    if m and not re.search(r"[,，]", clause[m.end(1):m.start(2)]):
        return m, 1, m, 2
    befores, nows = _cued(clause, data["baseline"]), _cued(clause, data["current"])
    for before, now in ((b, n) for b in befores for n in nows):
        if before and now and before.start(1) != now.start(1):
            return before, 1, now, 1
    return None


def _in_unit(analyte: str, text: str, start: int, end: int, unit: Optional[str] = None,
             bound_allowed: bool = False) -> float:
    """The number ``text[start:end]`` as a value of ``analyte`` in the analyte's own unit
    (response_reading.yml ``item_units``): a unit written after it, else ``unit`` (the other value
    of a change: "from 1.2 to 0.4 g/dL"), is converted; a unit of another quantity and a bound
    (">2000", "八百多") are refused (AnswerRefused), except where a bound is the value's own form
    (an upper limit written "ref <500")."""
    value = float(text[start:end])
    sign = None if bound_allowed else bound_before(text[:start]) or bound_after(text[end:], reading())
    if sign:
        raise AnswerRefused(refusal(_reading(), "bound", values=sign + number_text(value)))
    unit = _unit_of(analyte, value, text, end) or unit
    return convert(value, unit, catalogue().analytes[analyte].unit, what=analyte) if unit else value


def _unit_of(analyte: str, value: float, text: str, end: int) -> Optional[str]:
    """The unit written right after the number ending at ``end`` (AnswerRefused when it is no
    unit of ``analyte``: "800 IU/mL" for VEGF)."""
    return unit_after(analyte, value, text[end:], reading())


# a cue written after its value, with no more than a unit between ("VEGF 3000 before, now 800",
# "M-protein 12 g/L at baseline, 3 now"); a comma or another number ends the value's reach
_UNIT_GAP = r"[^0-9,，;；。\n]{0,12}?"


def _cued(clause: str, cues: List[str]) -> List[Optional["re.Match[str]"]]:
    """The values a cue may name: written after the cue ("now 800"), then before it ("3000
    before"); the first pair of distinct values wins ("VEGF 3000 before, now 800")."""
    return [re.search(_alternation(cues) + _BETWEEN + NUM, clause),
            re.search(NUM + _UNIT_GAP + r"\s*" + _alternation(cues), clause)]


def parse_response(text: str, refused: Optional[List[Text]] = None) -> Dict[str, Any]:
    """Values a message states: "VEGF from 3000 to 800", "M-protein 12 -> 4 g/L", "VEGF从3000降到800",
    "VEGF before 4200 pg/ml serum, now 900", "IFE still IgA lambda positive" (words:
    response_reading.yml), each in its analyte's unit ("M-protein 1.2 -> 0.4 g/dL" is 12 -> 4 g/L).
    A pair that cannot be read safely (a unit of another quantity, a bound, a plasma VEGF) is left
    out and why is added to ``refused``."""
    data = _reading()
    t = to_arabic(text.lower())  # "VEGF从三千降到八百"
    out: Dict[str, Any] = {}
    clauses = _clauses(t, data["analytes"])
    for kind, keys in (("vegf", ("vegf_baseline", "vegf_current")), ("m", ("m_baseline", "m_current"))):
        for clause in clauses.get(kind, []):
            pair = _pair(clause, data)
            if pair:
                try:
                    out.update(zip(keys, _pair_values(data["kind_units"][kind], clause, pair)))
                except AnswerRefused as error:
                    if refused is not None:
                        refused.append(error.text)
                break
    m = re.search(r"(?:uln|upper limit|正常上限|ref(?:erence)?\s*<?)\s*[:：]?\s*" + NUM, t)
    if m:
        try:
            out["vegf_uln"] = _in_unit("vegf", t, m.start(1), m.end(1), bound_allowed=True)
        except AnswerRefused as error:
            if refused is not None:
                refused.append(error.text)
    for clause in clauses.get("ife", []):
        if re.search(_alternation(data["ife_not_negative"]), clause):
            out["ife_negative"] = False
        elif re.search(_alternation(data["ife_negative"]), clause):
            out["ife_negative"] = True
        elif re.search(_alternation(data["ife_positive"]), clause):
            out["ife_negative"] = False
    return out


def _pair_values(analyte: str, clause: str, pair: Tuple["re.Match[str]", int, "re.Match[str]", int]) -> List[float]:
    """A change's two values in the analyte's unit. A unit written after the later value only is
    both values' ("from 1.2 to 0.4 g/dL", "从12降到4 g/L") while that makes the earlier one a
    possible value; a unit written after the earlier one only, when it is not the analyte's own
    ("2.4 ng/mL before, now 600": 600 ng/mL or pg/mL?), leaves the later one's unit unsaid: the
    pair is refused and both units asked for, never guessed."""
    if analyte == "vegf" and serum_or_plasma(clause)[1]:
        raise AnswerRefused(refusal(_reading(), "plasma"))
    spans = [(pair[0].start(pair[1]), pair[0].end(pair[1])), (pair[2].start(pair[3]), pair[2].end(pair[3]))]
    units = [_unit_of(analyte, float(clause[start:end]), clause, end) for start, end in spans]
    first, second = sorted(range(2), key=lambda i: spans[i][0])
    own = catalogue().analytes[analyte].unit
    lent: List[Optional[str]] = list(units)
    if units[second] and not units[first]:
        lent[first] = units[second]
        if not plausible(float(clause[slice(*spans[first])]), units[second], analyte):
            lent[first] = None  # "from 2400 to 0.6 ng/mL": 2400 ng/mL is no VEGF
            _unclear_units(analyte, clause, spans)
    elif units[first] and not units[second] and not same_unit(units[first], own):
        _unclear_units(analyte, clause, spans)
    return [_in_unit(analyte, clause, start, end, lent[i]) for i, (start, end) in enumerate(spans)]


def _unclear_units(analyte: str, clause: str, spans: List[Tuple[int, int]]) -> None:
    """Refuse a change whose second value's unit is not said (AnswerRefused)."""
    values = " → ".join(clause[start:end] for start, end in sorted(spans))
    name = catalogue().analytes[analyte]
    raise AnswerRefused(refusal(_reading(), "unit_unclear", values=values, analyte=name.en, analyte_zh=name.zh))


def read_answer(key: str, text: str, evidence: Optional[Evidence] = None) -> Tuple[str, Any]:
    """("value", v) | ("unknown", None) | ("unrecognised", None) for one item's answer;
    ``evidence`` is the NLU's reading of it ("no pleural effusion", "肺动脉高压(+)")."""
    norm = normalised(text)
    if matches(norm, "not_done"):
        return "unknown", None
    if key == "ife_negative":
        # asked whether the immunofixation is now negative, "negative" / "阴性" is its own result,
        # a yes ("negative now", "都阴性了"), never a no; "still positive", "IgA λ" a no
        data = _reading()
        if re.search(_alternation(data["ife_not_negative"] + data["ife_positive"]), norm):
            return "value", False
        if re.search(_alternation(data["ife_negative"]), norm):
            return "value", True
    if key in ("pleural_effusion", "pulmonary_hypertension", "ife_negative"):
        if matches(norm, "negative"):
            return "value", False
        if matches(norm, "positive"):
            return "value", True
        stated = risk_flags(evidence).get(key) if key != "ife_negative" else parse_response(text).get(key)
        return ("value", stated) if stated is not None else ("unrecognised", None)
    if key == "age":  # "62岁", "六十二岁", "62 years old": the age's own words, no duration
        age = _age(norm)
        if age is not None:
            return "value", age
    allowed = (_reading().get("item_analytes") or {}).get(key)
    if allowed is not None and other_analytes(norm, allowed):
        # "VEGF 3000" answering the M-protein question, "creatinine 180" the eGFR one: the number
        # is the named test's (questions.yml reading.analyte_words), never this item's
        return "unrecognised", None
    # "一千八百", "1.8千" (bot/chinese_numbers.py); never a date, the patient's age, a duration or a
    # dose ("2024年3月", "58岁", "3 months ago", "dexamethasone 40 mg": response_reading.yml not_a_value_after)
    plain = undated(to_arabic(norm))
    analyte = (_reading().get("item_units") or {}).get(key)
    for m in re.finditer(NUM, plain):
        if not not_a_value(plain, m.start(), m.end(), reading(), _reading().get("not_a_value_after", [])):
            if analyte is None:
                return "value", float(m.group(1))
            if analyte == "vegf" and serum_or_plasma(plain)[1]:
                raise AnswerRefused(refusal(_reading(), "plasma"))
            return "value", _in_unit(analyte, plain, m.start(1), m.end(1), bound_allowed=key == "vegf_uln")
    return "unrecognised", None


def _age(text: str) -> Optional[float]:
    """An age written with its word ("62岁", "六十二岁", "62 years old", "62yo"), None otherwise."""
    words = "|".join(re.escape(w) for w in _reading().get("age_words", []))
    m = re.search(rf"(\d{{1,3}}|{numeral_chars()}+)\s*(?:{words})", text)
    if not m:
        return None
    raw = m.group(1)
    try:
        return float(raw) if raw.isdigit() else chinese_number(raw)
    except ValueError:  # two digits side by side ("五六十岁"): no one age
        return None


def take_answer(kind: str, key: str, text: str, evidence: Optional[Evidence], values: Dict[str, Any],
                refused: Optional[List[Text]] = None) -> str:
    """Read an answer to ``key`` into ``values``. What the message states of any item is kept
    (a newer statement replaces an older one) and the asked item stays open when it is not among
    them ("other"); a remark instead of an answer is "missing" / "why" / "thanks" (nothing kept);
    else the asked item's own reading: "result", "unknown" or "unrecognised". A value that cannot
    be read safely ("1.2 mmol/L" for the M-protein, "VEGF >2000") is not taken: why is added to
    ``refused``, and the outcome is "refused" when nothing was taken for the asked item."""
    refused = [] if refused is None else refused
    said = parse_response(text, refused) if kind == "response" else risk_inputs(evidence)
    if said:
        values.update(said)
        return "result" if key in said else "other"
    if refused:
        return "refused"
    remark = aside(normalised(text), evidence or Evidence())
    if remark is not None:
        return remark
    try:
        outcome, value = read_answer(key, text, evidence)
    except AnswerRefused as error:
        refused.append(error.text)
        return "refused"
    if outcome == "value":
        values[key] = value
        return "result"
    if outcome == "unknown":
        values[key] = UNKNOWN
    return outcome


def remark_reply(remark: str, kind: str, items: List[str], values: Dict[str, Any], language: str) -> str:
    """The reply to a remark made instead of an answer: what is still needed, why it is asked
    (表3 / 表5), or thanks."""
    lang = "zh" if language == "zh" else "en"
    if remark == "missing":
        names = [t(f"interview_items.{k}", lang) for k in items if k not in values]
        return t("interview_missing", lang, items=sep(lang).join(names) or "—")
    if remark == "why":
        return t(f"interview_why.{kind}", lang)
    return t("aside_ack" if remark == "ack" else "aside_thanks", lang)


def noted(before: Dict[str, Any], values: Dict[str, Any], language: str) -> str:
    """The items an answer stated besides the asked one, with their values ("eGFR 25")."""
    lang = "zh" if language == "zh" else "en"
    changed = [f"{t(f'interview_items.{k}', lang)} {_shown(k, v, lang)}"
               for k, v in values.items() if k not in before or before[k] != v]
    return t("interview_noted", lang, items=sep(lang).join(changed) or "—")


def _shown(key: str, value: Any, language: str) -> str:
    """A value as the item's own words say it (texts.yml ``interview_values``: the current
    immunofixation is "negative", not "yes"), else yes / no or the number."""
    if isinstance(value, bool):
        answer = "yes" if value else "no"
        try:
            return t(f"interview_values.{key}.{answer}", language)
        except KeyError:
            return t(f"interview_{answer}", language)
    return number_text(value) if isinstance(value, (int, float)) else str(value)


def domain_label(domain: str, language: str) -> str:
    """A 表5 response domain in ``language`` (texts.yml ``response_domains``)."""
    try:
        return t(f"response_domains.{domain}", language)
    except KeyError:
        return domain


def next_item(items: List[str], values: Dict[str, Any]) -> Optional[str]:
    for key in items:
        if key not in values:
            return key
    return None


def response_inputs(values: Dict[str, Any]) -> Dict[str, Any]:
    """bot.response.ResponseInputs data from the values gathered (unknowns left out)."""
    v = {k: x for k, x in values.items() if x != UNKNOWN}
    data: Dict[str, Any] = {}
    if "m_baseline" in v or "m_current" in v or v.get("ife_negative"):
        ife = v.get("ife_negative")
        data["haematological"] = {"baseline_g_l": v.get("m_baseline"), "current_g_l": v.get("m_current"),
                                  "serum_ife_negative": ife, "urine_ife_negative": ife}
    if "vegf_baseline" in v and "vegf_current" in v:
        data["vegf"] = {"baseline_pg_ml": v["vegf_baseline"], "measurements_pg_ml": [v["vegf_current"]],
                        "uln_pg_ml": v.get("vegf_uln")}
    return data


def response_items(values: Dict[str, Any]) -> List[str]:
    """Skip the follow-up of a domain whose baseline is unknown."""
    items = list(RESPONSE_ITEMS)
    if values.get("m_baseline") == UNKNOWN:
        items.remove("m_current")
    if values.get("vegf_baseline") == UNKNOWN:
        items.remove("vegf_current")
        items.remove("vegf_uln")
    return items
