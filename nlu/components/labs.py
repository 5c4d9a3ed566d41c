"""Laboratory values: analyte, number, unit as written (normalised spelling), sample type,
reference range and the abnormal flag the note states.

All vocabulary (analyte names in English and Chinese, unit spellings, flags, reference-range
keywords) is data in ``rules/labs.yml``. A value whose unit is missing (where the unit matters)
or not a unit known for that analyte is not guessed: it goes to ``doc._.poems_warnings``.
Results go to ``doc._.poems_labs`` as dicts (analyte, value, unit, sample, reference_low,
reference_high, flag, start, end).
"""


import re
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from nlu.components import extensions  # noqa: F401
from nlu.components._text import alternation, compile_alternation, doc_text, fast
from nlu.components.dated_table import CompareTable, DatedTable
from nlu.components.lab_analytes import Analyte, Pair
from nlu.components.lab_hormones import HormoneReading
from nlu.components.lab_notation import (BAR_GAP, BLANKS, BRACKETED_UNIT, CELL_GAP, CLAUSE_END, CLOSING,
                                        COLUMN_GAP, COLUMN_RANGE, DECIMAL_WRITTEN, DOT_GROUPS,
                                        FLAT_ROW_RANGE, LATIN_LETTER, LIMIT_NUM, LIST_END,
                                        LIST_GOES_ON, LIST_SLASH, MINUS, NOT_A_UNIT, NUM,
                                        ONE_DOT_GROUP, ONE_GROUP, PLAIN_WORD, RANGE_COLUMN_VALUE,
                                        RANGE_ON, RANGE_THEN_UNIT, REF_NUM, ROW_END,
                                        SCIENTIFIC_UNIT, SPACED_GROUP, SPACES, SPACES_BARS,
                                        SUPERSCRIPTS, VALUE_NEXT, WRITTEN_UNIT, decimal_comma,
                                        in_sentence, is_dated_range, number_start, range_bounds,
                                        reference_bounds, to_float)
from nlu.components.lab_samples import SampleAfter
from nlu.components.prescan import PrescanGroup
from nlu.components.start_chars import StartScan, start_class
from nlu.rules import load_yaml
from nlu.tokenizer import close_ocr_gaps, is_cjk_word, ocr_word


def _cut_off_in(spans: List[tuple], start: int, read: List[dict]) -> bool:
    """Whether the values just read are a risk score's cut-offs: a comparator's value ("eGFR<30")
    whose name sits on a risk stratification's line (labs.yml risk_line)."""
    return bool(read) and all(lab.get("comparator") for lab in read) and any(
        a <= start < b for a, b in spans)


def _restated(labs: List[dict]) -> List[dict]:
    """A value restated later ("血管内皮生长因子(VEGF，血清) 1180 pg/ml" in the table, "VEGF 1 180
    pg/ml（临界）" in the summary) is the same measurement: without a sample it keeps the one
    stated with it first (the latest statement wins in the engine), and a restatement that adds
    nothing (no other reference range or flag) is dropped, so one measurement is not counted as
    two in a series. Values read as a series after a link ("复查 1180 pg/ml") are measurements
    of their own and always kept."""
    stated: Dict[Tuple[str, float, Optional[str], Optional[str]], str] = {}
    first: Dict[tuple, dict] = {}
    kept: List[dict] = []
    for lab in labs:
        key = (lab["analyte"], lab["value"], lab["unit"], lab.get("comparator"))
        if lab["sample"] is not None:
            stated.setdefault(key, lab["sample"])
        elif key in stated:
            lab["sample"] = stated[key]
        earlier = first.setdefault(key + (lab["sample"],), lab)
        if earlier is not lab and not lab.get("series") and all(
                lab[f] is None or lab[f] == earlier[f] for f in ("reference_low", "reference_high", "flag")):
            continue
        kept.append(lab)
    return kept


class LabValues(HormoneReading):
    def __init__(self, rules_dir: Optional[str] = None):
        data = load_yaml("labs.yml", rules_dir)
        self.unit_forms: List[Tuple[str, "re.Pattern"]] = []
        for canonical, forms in data["units"].items():
            for form in forms:
                self.unit_forms.append((canonical, re.compile(form, re.I)))
        # the character each unit form can start with (nlu/components/start_chars.py): a unit
        # is looked for only among the forms that can start with the character at its position
        self._unit_starts = [start_class(pattern) if fast() else None
                             for _, pattern in self.unit_forms]
        self._forms_by_char: Dict[str, List[Tuple[str, "re.Pattern"]]] = {}
        self.analytes = [Analyte(a, spec, {}) for a, spec in data["analytes"].items()]
        self.by_id = {a.id: a for a in self.analytes}
        # names that count only with a value in given units ("lambda 121 mg/L": a free light chain)
        for a, spec in (data.get("named_by_unit") or {}).items():
            self.analytes.append(Analyte(a, {**data["analytes"][a], **spec}, {}))
        self.sample_aware = set(data.get("sample_aware") or [])
        fluid = data.get("other_fluid")
        self.fluid_before = re.compile(f"(?:{fluid['words']}){fluid['before']}") if fluid else None
        self.fluid_after = re.compile(fluid["after"].replace("{words}", fluid["words"])) if fluid else None
        self.fluid_window = int(fluid.get("window", 30)) if fluid else 0
        self.filler = re.compile(data["filler"], re.I)
        # a comparator before the number makes it a bound (labs.yml ``comparators``): group
        # c0, c1, ... names which one (``self.comparators[i]``)
        self.comparators = list((data.get("comparators") or {}).items())
        compared = "|".join(f"(?P<c{i}>{'|'.join(f'(?:{form})' for form in forms)})"
                            for i, (_, forms) in enumerate(self.comparators)) or "(?!)"
        self.number = re.compile(rf"(?:(?P<cmp>{compared})(?![A-Za-z]))?\s*(?P<num>{NUM})", re.I)
        # the number without digit groups: "Hb 141 130-170 g/L" is 141 before a range column
        self.number_ungrouped = re.compile(
            rf"(?:(?P<cmp>{compared})(?![A-Za-z]))?\s*(?P<num>\d+(?:\.\d+)?)", re.I)
        self.flags = []
        for flag, forms in data["flags"].items():
            for form in forms:
                self.flags.append((flag, form))
        self.flag_re = re.compile(
            r"[\s|]*(?:" + "|".join(f"(?P<f{i}>{form})" for i, (_, form) in enumerate(self.flags)) + ")"
        )
        self.pre_flag_re = re.compile(
            r"(?:" + "|".join(f"(?P<f{i}>{form})" for i, (_, form) in enumerate(self.flags)) + r")\s*[\(（]?\s*$"
        )
        # words that give a reference range by its upper limit ("ULN 160", "upper reference
        # limit 160", "normal up to 0.7", "正常值上限160"): labs.yml ``reference_upper``
        upper = data.get("reference_upper") or r"ULN|upper limit(?: of normal)?|正常上限"
        # a limit may be written with a decimal comma ("N<0,6", "ULN 0,5", "(8,6-29)")
        num = LIMIT_NUM
        range_ = (
            rf"(?:(?P<lo>{num})\s*(?:[-–~～—‒−至到]|to)\s*(?P<hi>{num})"
            rf"|[<＜≤]\s*(?P<lt>{num})|[>＞≥]\s*(?P<gt>{num})"
            rf"|(?:{upper})\s*[:：]?\s*(?P<uln>{num}))"
        )
        keyword = data["reference_keywords"]
        self.ref_re = re.compile(
            rf"\s*[,，;；]?\s*(?P<open>[\(（\[【])?\s*(?P<kw>{keyword})?\s*[:：,，]?\s*{range_}"
            rf"(?:[^\)）\]】\n,，;；]{{0,20}}[\)）\]】])?",
            re.I,
        )
        # "PLT (150-400) 612", "PLT\t125-350\t612\t×10^9/L", "VEGF (0-142 pg/ml) 1856", "血小板
        # 参考值125-350 612": a reference range written between the name and the value (and the time of
        # the value after it: labs.yml series.time_after_reference)
        series_time = (data.get("series") or {}).get("time_after_reference") or "(?!)"
        self.ref_first = re.compile(
            rf"(?P<open>[\(（\[【])?[ \t]*(?P<kw>{keyword})?[ \t]*[:：]?[ \t]*"
            rf"(?:(?P<lo>{REF_NUM})[ \t]*(?:[-–~～—‒−至到]|to)[ \t]*(?P<hi>{REF_NUM})|[<＜≤][ \t]*(?P<lt>{REF_NUM}))"
            rf"[ \t]*(?P<unit>[^\d\s\)）\]】,，;；|][^\d\)）\]】,，;；|\n]{{0,16}}?)?[ \t]*(?P<close>[\)）\]】])?"
            rf"[ \t,，:：|]*(?:(?:{series_time})[ \t]*[:：]?[ \t]*)?(?=[<>≤≥＜＞]?[ \t]*\d)", re.I)
        # a unit-like word after the number ("mmol/L", "万/μl": 10^4 per µL, not read)
        self.unitish = re.compile(r"\s?(?:[a-zA-Zµμ%/×^*万][\w/µμ^.²³⁹\-]*)")
        # unit words that are a unit even after a space ("VEGF 1850 IU"): never read as the default
        foreign = data.get("foreign_unit_words")
        self.foreign_unit = re.compile(foreign) if foreign else None
        self.prose_word = re.compile(data.get("prose_after_value") or "(?!)")
        # a plain word after the value's space that is none of these is no unit of it either: the
        # value is set aside with the word as written ("Hb 15 furlongs", "VEGF 1200 bananas")
        known = data.get("words_after_value")
        self.known_after = re.compile(known) if known else None
        self.samples = {
            sample: compile_alternation(words)
            for sample, words in data["samples"].items()
        }
        # "296 pg/mL plasma (ref 31-86)", "3,120 pg/ml in serum (normal 62-707)": a sample word
        # between the unit and the reference range (after a value alone: nlu/extractor.py)
        self.sample_after = SampleAfter(data)
        self.sample_word = self.sample_after.words
        self.sample_window = int(data.get("sample_window", 16))
        abbreviations = data.get("sample_abbreviations")
        self.sample_abbreviation = re.compile(abbreviations) if abbreviations else None
        # ranges named in words (labs.yml ``named_ranges``): analyte -> [(regex, low, high)]
        self.named_ranges: Dict[str, List[Tuple["re.Pattern", float, float]]] = {
            analyte: [(re.compile(item["words"], re.I), float(item["range"][0]), float(item["range"][1]))
                      for item in items]
            for analyte, items in (data.get("named_ranges") or {}).items()}
        self.named_range_window = int(data.get("named_range_window", 60))
        header = data.get("specimen_header")
        # whole-note scans start where a match can start (nlu/components/start_chars.py)
        self.specimen_header = StartScan(re.compile(header, re.I)) if header else None
        heading = data.get("sample_heading")
        self.sample_heading = StartScan(re.compile(heading)) if heading else None
        self.heading_analytes = set(data.get("sample_heading_analytes") or [])
        stop = data.get("sample_stop")
        self.sample_stop = re.compile(stop) if stop else None
        flc = data["flc"]
        self.flc_context = StartScan(compile_alternation(flc["context"]))
        self.flc_window = int(flc.get("window", 120))
        self.flc_members = []
        for analyte, aliases in flc["members"].items():
            self.flc_members.append((analyte, compile_alternation(aliases)))
        for analyte, letter in (flc.get("letter_members") or {}).items():
            self.flc_members.append((analyte, re.compile(letter)))
        self.flc_context_sample = flc.get("context_sample") or {}
        # "sFLC κ 24.1 / λ 15.0 mg/L. IgG-κ 4 g/L on IFE": the light chain of an isotype is no member
        self.flc_member_not_after = re.compile(flc["member_not_after"]) if flc.get("member_not_after") else None
        series = data.get("series") or {}
        self.series_link = self.series_arrow = self.arrow_chain = None
        if series:
            arrows = series["arrows"]
            self.series_arrow = re.compile(rf"[ \t]*(?:{arrows})[ \t]*")
            self.series_link = re.compile(
                rf"[ \t]*(?:(?P<arrow>{arrows})|[,，;；][ \t]*(?:(?:{series['link']})[ \t]*)*"
                rf"|(?:(?:{series['link']})[ \t]*)+)[ \t]*", re.I)
            # "4410 → 2050 → 980 pg/mL": the numbers after the first, up to the unit
            self.arrow_chain = re.compile(rf"(?:[ \t]*(?:{arrows})[ \t]*{NUM})+[ \t]*")
        dated = series.get("dated_link") if series else None
        self.series_dated = re.compile(dated) if dated else None
        self.from_opens = self.from_to = self.from_chain = None
        # "platelets 261 (previously 590)", "12.4 g/L (down from 34 g/L)": labs.yml series.bracket
        self.series_bracket = re.compile(series["bracket"]) if series.get("bracket") else None
        if series.get("from_to"):  # "come down from 620 to 410": labs.yml series.from_to
            self.from_opens = re.compile(series["from_to"]["opens"])
            self.from_to = re.compile(series["from_to"]["to"])
            self.from_chain = re.compile(rf"{series['from_to']['to']}{NUM}[ \t]*")
        self.not_a_value = re.compile(data["not_a_value"], re.I) if data.get("not_a_value") else None
        # a hormone value restated in another unit before its range (labs.yml restated_value)
        self.restated_value = re.compile(data["restated_value"]) if data.get("restated_value") else None
        same = data.get("restated_same_value") or {}
        self.restated_factors = {str(k): float(v) for k, v in (same.get("factors") or {}).items()}
        self.restated_tolerance = float(same.get("tolerance", 0.05))
        # "Plt 480s", "platelets in the 480s", "Plt 500s-600s": a decade written for the value (labs.yml
        # ``decade``), read as its lower bound (comparator ">=")
        decade = data.get("decade") or {}
        self.decade_suffix = re.compile(decade["suffix"]) if decade.get("suffix") else None
        self.decade_lead = re.compile(decade["lead"], re.I) if decade.get("lead") else None
        # "platelets have been 480-520", "Hb ran 17-18": a range run over time (labs.yml ``trend_range``),
        # read as its lower end (comparator ">=")
        trend = data.get("trend_range") or {}
        self.trend_lead = re.compile(trend["lead"]) if trend.get("lead") else None
        self.trend_to = re.compile(rf"(?:{trend['to']})(?P<num>{NUM})") if trend.get("to") else None
        self.value_mark = re.compile(data["value_mark"]) if data.get("value_mark") else None
        bracket = data.get("bracketed_unit") or {}
        self.bracket_open = re.compile(bracket.get("open") or BRACKETED_UNIT.pattern, re.I)
        self.bracket_goes_on = re.compile(bracket["goes_on"]) if bracket.get("goes_on") else None
        # "结果：512　单位：×10^9/L": a printout whose fields are labelled, the unit named as the unit
        self.unit_label = re.compile(data["unit_label"], re.I) if data.get("unit_label") else None
        # the words between a name and a value whose unit is told after it (labs.yml unit_told_gap)
        self.unit_told_gap = re.compile(data["unit_told_gap"]) if data.get("unit_told_gap") else None
        # a flattened row's flag column that says normal (labs.yml normal_flag_column)
        self.normal_column = re.compile(data["normal_flag_column"]) if data.get("normal_flag_column") else None
        # "the hemoglobin is usually normal or high (his is 15.8 g/dL)" (labs.yml own_value_gap / own_value_bracket)
        self.own_value = re.compile(
            "(?:" + data["own_value_gap"] + ")" + data["own_value_bracket"]) \
            if data.get("own_value_gap") and data.get("own_value_bracket") else None
        # "日期  PLT(×10^9/L)  Hb(g/L)" over dated rows of numbers (nlu/components/dated_table.py)
        self.dated_table = DatedTable(data["dated_table"]) if data.get("dated_table") else None
        # "项目  既往值  本次值  参考范围" over one analyte per row (nlu/components/dated_table.py)
        self.compare_table = CompareTable(data["compare_table"]) if data.get("compare_table") else None
        # an upper reference limit after the value, outside brackets, in words no plan uses
        # ("VEGF 980 pg/mL, ULN 250", ", upper limit of VEGF 250", "，VEGF正常上限 250"):
        # labs.yml ``reference_upper_named``
        self.named_upper = data.get("reference_upper_named")
        self._named_upper_res: Dict[str, "re.Pattern"] = {}
        self.threshold_before = re.compile(data["threshold_before"], re.I) \
            if data.get("threshold_before") else None
        # "PLT > 450 was used as the cut-off": the cut-off named after the value (labs.yml threshold_after)
        self.threshold_after = re.compile(data["threshold_after"], re.I) \
            if data.get("threshold_after") else None
        # "Mayo风险分层：…、M蛋白<15 g/L": a risk score's cut-offs (labs.yml risk_line)
        self.risk_line = StartScan(re.compile(data["risk_line"])) if data.get("risk_line") else None
        self.value_power = re.compile(data["value_power"]) if data.get("value_power") else None
        self.value_before_lead = re.compile(data["value_before_lead"], re.I) \
            if data.get("value_before_lead") else None
        # "PLT (x10^9/L) 612", "血红蛋白(g/L) 178", "VEGF (pg/mL): 1850": the unit before the value
        # ("Vascular endothelial growth factor, plasma (pg/ml) | <100 | 540": a sample word first)
        self.unit_first_open = re.compile(r"(?:[ \t]*[,，][ \t]*(?P<w>" + alternation(
            [w for s in ("serum", "plasma") for w in data["samples"].get(s, [])])
            + r"))?[ \t]*[:：]?[ \t]*(?P<open>[\(（\[][ \t]*)?", re.I)
        self.unit_first_close = re.compile(r"[ \t]*[\)）\]]")
        self.unit_first_gap = re.compile(r"[ \t]*[:：|]?[ \t]*(?=[<>≤≥＜＞]?[ \t]*\d)")
        self.difference_after = re.compile(data["difference_after"], re.I) \
            if data.get("difference_after") else None
        # "2,960 pg/mL  (VEGF, serum)  ↑": a value and unit written before the name in brackets
        self.value_before = set(data.get("value_before_name") or [])
        self.open_before_name = re.compile(r"[\(（][ \t]*\Z")
        # "血小板计数(PLT)　×10^9/L　586": a code or sample bracket after the name, then the unit
        self.name_bracket_unit = re.compile(data["name_bracket_unit"], re.I) \
            if data.get("name_bracket_unit") else None
        self.plain_number = re.compile(rf"(?<![\d.,]){NUM}")
        self.after_name = re.compile(r"[ \t]*(?:[,，;；][ \t]*(?P<w>" + alternation(
            [w for s in ("serum", "plasma") for w in data["samples"].get(s, [])]) + r"))?[ \t]*[\)）]", re.I)
        # "Hb/Hct 17.8/54": two analytes and two numbers, each joined by a slash; "sFLC K 19 /
        # L 38 mg/L": a pattern with both numbers (groups a and b)
        self.pairs = [Pair(StartScan(re.compile(pair.get("names") or pair["pattern"])),
                           self.by_id[pair["analytes"][0]], self.by_id[pair["analytes"][1]],
                           "pattern" in pair, bool(pair.get("shared_unit")),
                           tuple(pair.get("required_units") or ()))
                      for pair in data.get("pairs") or []]
        self.pair_values = re.compile(r"(?P<a>\d+(?:\.\d+)?)[ \t]*/[ \t]*(?P<b>\d+(?:\.\d+)?)(?![\d/.:])")
        ihc = data.get("ihc") or {}
        self.ihc = None
        if ihc:
            self.ihc = (StartScan(re.compile(ihc["ratio"])), re.compile(ihc["count"], re.I),
                        re.compile(ihc["context"]), int(ihc.get("window", 80)))
        hormone_phrases = self._compile_hormones(data)
        self.any_flag_re = re.compile(
            "|".join(f"(?P<f{i}>{form})" for i, (_, form) in enumerate(self.flags)))
        self.any_unit = re.compile(r"[a-zA-Zµμ%][\w/µμ.·\-]{0,12}")
        # analyte and hormone names found with one scan of the note (the same matches as
        # each regex's finditer, see nlu/components/prescan.py)
        self.prescan = PrescanGroup(
            [(a.alias_re, a.phrases) for a in self.analytes]
            + [(pattern, words) for (_, pattern, _, _), words in zip(self.hormones, hormone_phrases)])
        # the Chinese names an OCR'd scan may break with spaces ("血 管内皮生长 因子"), written whole
        # before the names are looked for (nlu.tokenizer.close_ocr_gaps)
        self.ocr_words = frozenset(
            ocr_word(p) for p in [q for a in self.analytes for q in a.phrases]
            + [q for words in hormone_phrases for q in words]
            + [str(q) for q in data.get("ocr_header_words") or []] if is_cjk_word(ocr_word(p)))

    # ------------------------------------------------------------------ parsing helpers
    def _unit_at(self, text: str, pos: int, prefer: Sequence[str] = ()) -> Tuple[Optional[str], int]:
        """The longest unit written at ``pos``; of equally long readings, one in ``prefer`` (the
        analyte's own units): "Plt 455 G/L" is 10^9/L, not g/L."""
        best = (None, pos)
        for canonical, pattern in self._forms_at(text, pos):
            m = pattern.match(text, pos)
            if m and (m.end() > best[1] or (
                    m.end() == best[1] and canonical in prefer and best[0] not in prefer)):
                # a unit must not run into more letters ("mg/L" vs "mg/Lx")
                if m.end() < len(text) and LATIN_LETTER.match(text, m.end()) \
                        and LATIN_LETTER.match(text, m.end() - 1):
                    continue
                best = (canonical, m.end())
        return best

    def _forms_at(self, text: str, pos: int) -> List[Tuple[str, "re.Pattern"]]:
        """The unit forms, in order, that can match at ``pos``: those whose first character
        can be the one there (all of them at the end of the text)."""
        if pos >= len(text):
            return self.unit_forms
        ch = text[pos]
        forms = self._forms_by_char.get(ch)
        if forms is None:
            forms = [form for form, start in zip(self.unit_forms, self._unit_starts)
                     if start is None or start.match(ch)]
            if len(self._forms_by_char) < 4096:
                self._forms_by_char[ch] = forms
        return forms

    def _unit_first(self, text: str, pos: int, analyte: Analyte
                    ) -> Optional[Tuple[str, int, Optional[str]]]:
        """One of the analyte's units written between the name and the value ("PLT (x10^9/L)
        612", "VEGF (pg/mL): 1850"): (unit, where the value starts, the sample word written
        before the unit or None), or None."""
        opening = self.unit_first_open.match(text, pos)
        unit, end = self._unit_at(text, opening.end(), analyte.units)
        if unit not in analyte.units:
            return None
        if opening.group("open"):
            close = self.unit_first_close.match(text, end)
            if not close:
                return None
            end = close.end()
        gap = self.unit_first_gap.match(text, end)
        sample = self.sample_word.get((opening.group("w") or "").lower())
        return (unit, gap.end(), sample) if gap else None

    def _power_at(self, text: str, pos: int, analyte: Analyte) -> Optional[Tuple[int, int]]:
        """A power of ten written on the value at ``pos`` and followed by one of the analyte's
        units ("1.85 × 10^3 pg/mL"): (exponent, where the unit starts), or None."""
        if self.value_power is None:
            return None
        p = self.value_power.match(text, pos)
        if not p:
            return None
        exponent = int(p.group("e") or p.group("sup").translate(SUPERSCRIPTS))
        start = p.end() + len(text[p.end():]) - len(text[p.end():].lstrip(" \t"))
        if text[start:start + 1] == "/":
            return None  # "5.2 x 10^6/uL": a count unit of its own (read or refused as written)
        unit, _ = self._unit_at(text, start, analyte.units)
        return (exponent, start) if unit in analyte.units else None

    def _comparator(self, n: "re.Match") -> Optional[str]:
        """The comparator written before a number (">", ">=", "<", "<="), or None."""
        if n.group("cmp") is None:
            return None
        return next(symbol for i, (symbol, _) in enumerate(self.comparators)
                    if n.group(f"c{i}") is not None)

    def _named_range(self, text: str, pos: int, analyte: Analyte) -> Optional[Tuple[float, float]]:
        """A reference range named in words in the clause after the value ("FLC ratio 2.1
        (CKD-specific range)"): the published (low, high) it names, or None."""
        named = self.named_ranges.get(analyte.id)
        if not named:
            return None
        pos += len(text[pos:pos + 4]) - len(text[pos:pos + 4].lstrip(" \t,，"))  # "2.4, within"
        stop = CLAUSE_END.search(text, pos, pos + self.named_range_window)
        limit = stop.start() if stop else min(len(text), pos + self.named_range_window)
        for pattern, low, high in named:
            if pattern.search(text, pos, limit):
                return low, high
        return None

    def _named_upper(self, text: str, pos: int, analyte: Analyte) -> Optional[Tuple[float, int]]:
        """The upper limit and where it ends, when the words after ``pos`` give the value's
        upper reference limit, the analyte's name before or after those words or not at all."""
        pattern = self._named_upper_res.get(analyte.id)
        if pattern is None:
            name = analyte.alias_re.pattern
            pattern = re.compile(
                rf"[ \t]*[,，;；][ \t]*(?:(?:the[ \t]+)?(?:{name})[ \t]*)?(?:{self.named_upper})"
                rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:{name}))?[ \t]*(?:(?:is|was)[ \t]+|[:：=][ \t]*)?"
                rf"(?P<uln>{LIMIT_NUM})", re.I)
            self._named_upper_res[analyte.id] = pattern
        m = pattern.match(text, pos)
        if not m:
            return None
        end = m.end()
        unit, unit_end = self._unit_at(text, BLANKS.match(text, end).end(), analyte.units)
        if unit is not None and unit in analyte.units:
            end = unit_end
        return to_float(m.group("uln")), end

    def _flag_at(self, text: str, pos: int) -> Tuple[Optional[str], int]:
        m = self.flag_re.match(text, pos)
        if not m:
            return None, pos
        for i, (flag, _) in enumerate(self.flags):
            if m.group(f"f{i}") is not None:
                return flag, m.end()
        return None, pos

    def _flat_row_unit(self, text: str, pos: int, analyte: Analyte
                       ) -> Optional[Tuple[str, int, Optional[float], Optional[float], Optional[str], int]]:
        """Unit, reference range, flag and end of a flattened table row ("Hb 141 130-170 g/L",
        "VEGF 1,234 H 0-115 pg/mL", "Platelet Count 512 150 - 400 x10E3/uL H": an EMR export's
        Value / Ref Range / Flag columns, the unit in the range column and the flag after it):
        read only when one of the analyte's units follows the bare range and ends the row, or
        only a flag stands between it and the row's end, so that a range in running text ("PLT
        450 150-400 yesterday") stays unread."""
        m = FLAT_ROW_RANGE.match(text, pos)
        if not m:
            return None
        unit, unit_end = self._unit_at(text, m.end(), analyte.units)
        if unit not in analyte.units:
            return None
        flag, end = None, unit_end
        if not ROW_END.match(text, unit_end):
            flag, end = self._flag_at(text, unit_end)
            if flag is None and self.normal_column is not None:
                # "Hemoglobin   148   135 - 175 g/L   Normal": the flag column says normal
                normal = self.normal_column.match(text, unit_end)
                end = normal.end() if normal else end
                if normal is None:
                    return None
            if not ROW_END.match(text, end):
                return None
        if m.group("lim") is not None:
            limit = to_float(m.group("lim"))
            low_side = m.group("cmp") in ">≥＞"
            return unit, unit_end, (limit if low_side else None), (None if low_side else limit), flag, end
        low, high = to_float(m.group("lo")), to_float(m.group("hi"))
        if low > high:
            return None
        return unit, unit_end, low, high, flag, end

    def _flc_rows_end(self, text: str, pos: int) -> int:
        """End of the line at ``pos`` and of the lines after it that open with an FLC member
        ("κ/λ比值  0.22", "K/L ratio  0.69": the rows of one lab table)."""
        end = text.find("\n", pos)
        while end >= 0:
            start = end + 1
            start += len(text[start:]) - len(text[start:].lstrip(" \t"))
            if not any(p.match(text, start) for _, p in self.flc_members):
                return end
            end = text.find("\n", start)
        return len(text)

    def _specimen(self, text: str, start: int, headers: list) -> Optional[str]:
        """The specimen named by a report header (``headers``, in text order) above ``start`` in
        the same block ("标本：血清")."""
        found = None
        for m in headers:
            if m.end() > start:
                break
            found = m
        if found is None or re.search(r"\n[ \t]*\n", text[found.end():start]):
            return None
        return self.sample_word.get(found.group("w").lower())

    @staticmethod
    def _heading_sample(text: str, start: int, headings: list) -> Optional[str]:
        """The sample named by the last heading before ``start`` (``headings``, in text order):
        on the heading's line up to a sentence break, or below a heading with nothing after its
        colon up to a blank line."""
        found = None
        for m in headings:
            if m.end() > start:
                break
            found = m
        if found is None:
            return None
        between = text[found.end():start]
        if "\n" not in between:
            return None if re.search(r"[。；;]", between) else found.lastgroup
        line_end = text.find("\n", found.end())
        if text[found.end():line_end].strip() or re.search(r"\n[ \t]*\n", between):
            return None
        return found.lastgroup

    def _sample_before(self, text: str, start: int) -> Optional[str]:
        line_start = max(text.rfind("\n", 0, start) + 1, start - self.sample_window)
        window = text[line_start:start]
        if self.sample_stop is not None:
            # a sample named before a sentence or clause break belongs to another test
            breaks = [b.end() for b in self.sample_stop.finditer(window)]
            if breaks:
                window = window[breaks[-1]:]
        found = None
        best = -1
        for sample, pattern in self.samples.items():
            for m in pattern.finditer(window):
                if m.start() > best:
                    best, found = m.start(), sample
        return found

    def _value_after(self, text: str, analyte: Analyte, pos: int, alias_start: int,
                     sample: Optional[str], labs: list, warnings: list) -> Optional[int]:
        """Parse "<filler> number [unit] [flag] [reference]" at ``pos``; return end or None."""
        unit_first = self._unit_first(text, pos, analyte)
        if unit_first is None and self.name_bracket_unit is not None:
            # "血小板计数(PLT)  ×10^9/L  586", "VEGF(血清)  pg/ml  1 420": the unit after a bracket
            bracket = self.name_bracket_unit.match(text, pos)
            if bracket:
                unit_first = self._unit_first(text, bracket.end(), analyte)
                if unit_first is not None and bracket.group("w"):
                    unit_first = unit_first[:2] + (
                        unit_first[2] or self.sample_word.get(bracket.group("w").lower()),)
        if unit_first is not None:
            pos = unit_first[1]
            sample = sample or unit_first[2]
        m = self.filler.match(text, pos)
        filler_end = m.end() if m else pos
        filler = text[pos:filler_end]
        pre_flag = None
        pf = self.pre_flag_re.search(filler)
        if pf:
            for i, (flag, _) in enumerate(self.flags):
                if pf.group(f"f{i}") is not None:
                    pre_flag = flag
        for s, pattern in self.samples.items():
            if pattern.search(filler):
                sample = sample or s
        if self.sample_abbreviation is not None:
            abbreviated = self.sample_abbreviation.search(filler)
            if abbreviated:
                sample = sample or abbreviated.lastgroup  # "VEGF (S) 1 200 pg/mL"
        first_ref = self._reference_first(text, filler_end, analyte)
        if first_ref is not None:
            # "VEGF（血清，参考值0~142 pg/ml）：2025-06 3580": a sample word in the reference's bracket, a
            # date between the reference and the value
            for s_, pattern in self.samples.items():
                if pattern.search(text, filler_end, first_ref[0]):
                    sample = sample or s_
            filler_end = first_ref[0]
            after = self.filler.match(text, filler_end)
            if after and after.end() > filler_end and self.number.match(text, after.end()):
                filler_end = after.end()
        trend = self.trend_lead.match(text, filler_end) if self.trend_lead is not None else None
        if trend is not None and (trend.end() == filler_end or not self.number.match(text, trend.end())):
            trend = None
        if trend is not None:
            filler_end = trend.end()  # "Hb ran 17-18", "platelets between 480 and 520"
        elif self.trend_lead is not None:
            # "platelets have been 480-520": the course's words already passed by the name's own value
            trend = self.trend_lead.search(text, alias_start, filler_end)
        minus = MINUS.match(text, filler_end)
        n = self.number.match(text, minus.end() if minus else filler_end)
        lead = self.decade_lead.match(text, filler_end) if not n and self.decade_lead is not None else None
        if lead:
            n = self.number.match(text, lead.end())  # "platelets in the (low) 480s": a decade only
        if not n or (minus and n.group("cmp")):
            return None
        num_end = n.end()
        decade = self._decade(text, n) if not minus else None
        if lead and decade is None:
            return None
        if decade is not None:
            num_end = decade  # "480s" (and "500s-600s"): the decade's lower bound, "s" no unit
        if RANGE_ON.match(text, num_end) and SPACED_GROUP.search(n.group("num")):
            # "Platelets 233 150-400 x10^9/L": a value and a range column, not 233 150 to 400
            n = self.number_ungrouped.match(text, filler_end)
            num_end = n.end()
        # a number that runs into letters or a date/time is not a value ("x2", "3/12")
        if num_end < len(text) and text[num_end] in "/:" and text[num_end + 1: num_end + 2].isdigit():
            return None
        from_to = self.from_opens is not None and self.from_opens.search(filler) is not None \
            and self.from_to.match(text, num_end) is not None  # "come down from 620 to 410"
        ranged = False
        if trend is not None and decade is None and not minus and self.trend_to is not None:
            upper = self.trend_to.match(text, num_end)
            if upper is not None and to_float(upper.group("num")) >= to_float(n.group("num")):
                num_end, ranged = upper.end(), True  # its lower end, at least (below)
        if RANGE_ON.match(text, num_end) and not from_to:
            return None  # "PLT 450-500", "VEGF 1850-2000 pg/mL": a range, no single value
        if self.not_a_value is not None and self.not_a_value.match(text, num_end):
            return None  # "Platelets 8 weeks ago", "VEGF 3 times the upper limit"
        sign = -1 if minus else 1
        value = sign * to_float(n.group("num"))
        comparator = self._comparator(n)
        if decade is not None:
            comparator = ">="  # "Plt 480s": somewhere from 480 up, never exactly 480
        if ranged:
            comparator = ">="  # "platelets have been 480-520": 480 or more
        # "Hb 18,5 g/dl": a decimal comma, read only when one of the analyte's units follows;
        # a ratio has none ("κ/λ=0,08", "kappa/lambda ratio 1,9, albumin ..."), but not in a list
        # of numbers ("1,2,3")
        decimal = decimal_comma(text, n, num_end, lambda end: self._unit_at(
            text, SPACES.match(text, end).end(), analyte.units)[0] in analyte.units or (
                analyte.unitless and not LIST_GOES_ON.match(text, end))) if decade is None else None
        if decimal is not None:
            value, num_end = sign * decimal[0], decimal[1]
        mark = self.value_mark.match(text, num_end) if self.value_mark is not None else None
        if mark:
            num_end = mark.end()  # "PLT 612*": an abnormal mark glued to the value
        space = SPACES_BARS.match(text, num_end).end() - num_end
        unit, unit_end = self._unit_at(text, num_end + space, analyte.units)
        if unit not in analyte.units:
            power = self._power_at(text, num_end, analyte)
            if power is not None:
                # "VEGF 1.85 × 10^3 pg/mL": the value multiplied out, the unit after the power
                value = round(value * 10 ** power[0], 6)
                num_end, space = power[1], 0
                unit, unit_end = self._unit_at(text, num_end, analyte.units)
        if unit is None and self.unit_label is not None:
            label = self.unit_label.match(text, num_end)
            labelled, labelled_end = self._unit_at(text, label.end(), analyte.units) if label else (None, 0)
            if labelled in analyte.units:
                unit, unit_end = labelled, labelled_end
        if unit is None:
            unit_end = num_end
            bracket = self.bracket_open.match(text, num_end)
            if bracket:
                # "VEGF 1850（pg/ml）", "VEGF 2386（单位：pg/ml）"
                inner, inner_end = self._unit_at(text, bracket.end(), analyte.units)
                close = CLOSING.match(text, inner_end) if inner else None
                if inner in analyte.units and close:
                    unit, unit_end = inner, close.end()
                elif inner in analyte.units and self.bracket_goes_on is not None \
                        and self.bracket_goes_on.match(text, inner_end):
                    # "VEGF 2386（pg/ml，参考值0-142）": the bracket goes on after its unit
                    unit, unit_end = inner, inner_end
        flag, flag_end = self._flag_at(text, unit_end)
        if unit is None and flag is not None:
            # "血小板：612（↑）×10^9/L": the unit after the flag (also in the next cell of a pipe table:
            # "| 游离κ轻链 | 86.4 ↑ | mg/L |")
            late = CELL_GAP.match(text, flag_end).end() - flag_end
            after_flag, after_end = self._unit_at(text, flag_end + late, analyte.units)
            if after_flag in analyte.units:
                unit, unit_end, flag_end = after_flag, after_end, after_end
        row_range = None
        if unit is None:
            row_range = self._flat_row_unit(text, flag_end, analyte)
            if row_range is not None:
                unit, unit_end, flag_end = row_range[0], row_range[1], row_range[5]
                flag = flag or row_range[4]
        if unit == "/uL" and DOT_GROUPS.fullmatch(n.group("num")):
            value = sign * to_float(n.group("num").replace(".", ""))  # "612.000/µL" is 612 000 per µL
        flag = flag or pre_flag
        ref_low = ref_high = None
        end = flag_end
        r = self.ref_re.match(text, flag_end)
        if r and (not (r.group("open") or r.group("kw")) or is_dated_range(r)):
            r = None
        if r is None and unit is not None:
            between = self.sample_after.read(text, flag_end)
            r = self.ref_re.match(text, between.end) if between else None
            if r and (not (r.group("open") or r.group("kw")) or is_dated_range(r)):
                r = None
            if r:
                sample = sample or between.sample
        if r is None and (unit is not None or unit_first is not None or analyte.unitless):
            # "血小板计数(PLT)  612  10^9/L  ↑  125-350": the range column that ends a table row;
            # also after a unit column written before the value, the flag last ("VEGF(血清)  pg/ml
            # 1 420  0-160  ↑", a row whose columns slipped), or after a value that has no unit
            # ("κ/λ | 1.86 | 0.37-3.10（肾功能不全）": a comment in brackets may close the range)
            column = COLUMN_RANGE.match(text, flag_end)
            if column and unit_first is not None and column.group("gap") == " ":
                column = None
            if column:
                # "pg/mL  <600  H": the upper limit alone, or the range "125-350"
                last = "lt" if column.group("lt") is not None else "hi"
                low = None if last == "lt" else to_float(column.group("lo"))
                high = to_float(column.group(last))
                if low is None or low <= high:
                    ref_low, ref_high = low, high
                    end = column.end()
                    if flag is None and column.group("flag"):
                        flag, _ = self._flag_at(text, column.end(last))
                    # "0-142  偏高   标本类型：血清", "0-142  ↑  (标本：血清)": the row's specimen field
                    field = self.sample_after.read(
                        text, column.end("flag") if column.group("flag") else column.end())
                    if field is not None and field.settled:
                        sample = sample or field.sample
        if r:
            ref_low, ref_high = reference_bounds(r)
            end = r.end()
            if flag is None:
                flag, end2 = self._flag_at(text, end)
                end = end2 if flag else end
            if unit is None and r.group("open"):
                # "VEGF 3680（参考值0-142 pg/ml）", "VEGF 3,680 (ref 0-142 pg/mL)": the unit written only
                # with the range, last in its bracket, is the value's
                range_end = max(r.end(g) for g in ("hi", "lt", "gt", "uln") if r.group(g) is not None)
                inner, inner_end = self._unit_at(text, BLANKS.match(text, range_end).end(), analyte.units)
                close = CLOSING.match(text, inner_end) if inner in analyte.units else None
                if close and close.end() <= r.end():
                    unit, unit_end = inner, num_end
            if unit is None:
                # "VEGF 1,520 (ref 0-500) pg/mL": the unit written after the reference range
                after_ref = BLANKS.match(text, end).end()
                late_unit, late_end = self._unit_at(text, after_ref, analyte.units)
                if late_unit is not None:
                    unit, unit_end, end = late_unit, late_end, late_end
                    if flag is None:
                        # "PLT 612 (150 - 450) x10^9/L H": the flag after the late unit
                        flag, late_flag_end = self._flag_at(text, end)
                        end = late_flag_end if flag else end
        if row_range is not None and ref_low is None and ref_high is None:
            ref_low, ref_high = row_range[2], row_range[3]
        if ref_low is None and ref_high is None and self.named_upper:
            limit = self._named_upper(text, end, analyte)
            if limit is not None:
                ref_high, end = limit  # "VEGF 980 pg/mL, upper limit of VEGF 250"
        span_end = None
        if first_ref is not None and self.difference_after is not None \
                and self.difference_after.match(text, unit_end if unit else num_end):
            return None  # "Hb (normal 130-175) 2 g/dL below last year": a difference
        if first_ref is not None:
            ref_low, ref_high = ref_low if ref_low is not None else first_ref[1], \
                ref_high if ref_high is not None else first_ref[2]
            if unit is None and first_ref[3] is not None:
                # "VEGF (0-142 pg/ml) 1856": the unit written with the reference range
                unit = first_ref[3]
        if unit is None and unit_first is not None:
            unit = unit_first[0]  # "PLT (x10^9/L) 612": the unit written before the value
        if unit is None and self.arrow_chain is not None:
            # "VEGF 4410 → 2050 pg/mL": the unit after the last number of an arrow chain
            # ("fell from 612 to 284 x10^9/L": of a change from one value to another)
            chain = (self.from_chain if from_to else self.arrow_chain).match(text, num_end)
            if chain:
                chain_unit, _ = self._unit_at(text, chain.end(), analyte.units)
                if chain_unit in analyte.units:
                    unit, span_end = chain_unit, num_end
                    unit_end = end = num_end
        span = (alias_start, span_end or (unit_end if unit else num_end))
        if unit is not None and analyte.units and unit not in analyte.units:
            # "VEGF 5000 mmol/L": a unit of another kind of test, set aside with why, never read
            warnings.append({"analyte": analyte.id, "reason": "unit_not_expected", "value": value,
                             "unit": unit, "start": span[0], "end": span[1]})
            return end
        if unit is None and not analyte.unitless:
            unit_like = SCIENTIFIC_UNIT.match(text, num_end) or self.unitish.match(text, num_end)
            glued_flag = flag_end > num_end and self._flag_at(text, num_end)[0] is not None
            spaced_unit = "/" in (unit_like.group() if unit_like else "") or bool(
                unit_like and self.foreign_unit is not None and self.foreign_unit.fullmatch(unit_like.group().strip())) \
                or bool(unit_like and self._unknown_word(text, unit_like))
            if unit_like and not glued_flag and (space == 0 or spaced_unit) and not NOT_A_UNIT.match(
                    text, num_end) and not LIST_SLASH.match(
                    text, num_end):
                # the value and the unit as written (set aside and asked again, never guessed)
                warnings.append({"analyte": analyte.id, "reason": "unknown_unit", "value": value,
                                 "unit": WRITTEN_UNIT.match(unit_like.group().strip()).group().rstrip(".")[:24],
                                 "start": span[0], "end": unit_like.end()})
                return end
            readable, unit = self._without_unit(analyte, value, span, warnings)
            if not readable:
                return end  # the number alone is ambiguous: flagged, not emitted
        if analyte.id not in self.sample_aware:
            sample = None
        if ref_low is None and ref_high is None:
            named = self._named_range(text, end, analyte)
            if named is not None:
                ref_low, ref_high = named  # "FLC ratio 2.1 (CKD-specific range)"
        labs.append({
            "analyte": analyte.id, "value": value, "unit": unit, "sample": sample,
            "reference_low": ref_low, "reference_high": ref_high, "flag": flag,
            "comparator": comparator, "start": span[0], "end": span[1],
        })
        again = self._restated_same(text, end, analyte, value, unit) if comparator is None else None
        if again is not None:  # "Hb 168 g/L (16.8 g/dL)": the same value in another unit
            labs.append({
                "analyte": analyte.id, "value": again[0], "unit": again[1], "sample": sample,
                "reference_low": None, "reference_high": None, "flag": flag,
                "comparator": None, "start": again[2], "end": again[3],
            })
            end = again[4]
        return end

    def _restated_same(self, text: str, pos: int, analyte: Analyte, value: float,
                       unit: Optional[str]) -> Optional[Tuple[float, str, int, int, int]]:
        """The value restated in another unit of ``analyte`` in a bracket at ``pos`` ("168 g/L
        (16.8 g/dL)", labs.yml ``restated_same_value``): (value, unit, its start, its unit's end,
        the bracket's end), or None when there is none or it is another amount."""
        if self.restated_value is None or unit is None or unit not in self.restated_factors:
            return None
        m = self.restated_value.match(text, pos)
        if m is None:
            return None
        second, second_end = self._unit_at(text, m.start("unit"), analyte.units)
        if second is None or second == unit or second not in analyte.units \
                or second not in self.restated_factors or second_end != m.end("unit"):
            return None
        again = to_float(m.group("num"))
        first_base = value * self.restated_factors[unit]
        second_base = again * self.restated_factors[second]
        if first_base <= 0 or abs(first_base - second_base) > self.restated_tolerance * first_base:
            return None
        return again, second, m.start("num"), second_end, m.end()

    def _restated_range(self, text: str, pos: int, unit: Optional[str]):
        """(reference match, value to compare or None for the first one) of a range written after
        the value restated in another unit in a bracket ("Testosterone 4.1 nmol/L (118 ng/dL) [ref
        8.6-29.0 nmol/L]", labs.yml ``restated_value``): the range is read against the value of the
        unit it names; a range naming neither unit is not read (its scale is not known)."""
        restated = self.restated_value.match(text, pos)
        if restated is None:
            return None
        r = self.ref_re.match(text, restated.end())
        if not r or not (r.group("open") or r.group("kw")) or is_dated_range(r):
            return None
        written = r.group().lower().replace(" ", "")
        second = restated.group("unit").lower().replace(" ", "")
        if unit and unit.lower().replace(" ", "") in written and second not in written:
            return r, None
        if second in written and not (unit and unit.lower().replace(" ", "") in written):
            return r, to_float(restated.group("num"))
        return None

    def _decade(self, text: str, n: "re.Match") -> Optional[int]:
        """The end of a decade's "s" after the number ``n`` ("480s", "500s-600s", "1990s" is a year
        and no value), or None: a whole number ending in 0, no comparator before it."""
        num = n.group("num")
        if self.decade_suffix is None or n.group("cmp") or not re.fullmatch(r"\d*[1-9]\d*0", num) \
                or (len(num) == 4 and num[:2] in ("19", "20")):
            return None
        m = self.decade_suffix.match(text, n.end())
        return m.end() if m else None

    def _unknown_word(self, text: str, unit_like) -> bool:
        """A plain lower-case word after the value's space on its line that is no unit, flag,
        sample, range or prose word (labs.yml ``words_after_value``, ``prose_after_value``), nor
        the name of the next value ("hb 142 plt 466")."""
        word = unit_like.group().strip()
        return self.known_after is not None and text[unit_like.start():unit_like.start() + 1] in " \t" \
            and PLAIN_WORD.fullmatch(word) is not None and not self.prose_word.fullmatch(word) \
            and not self.known_after.fullmatch(word) and not VALUE_NEXT.match(text, unit_like.end())

    def _ratio_after(self, text: str, pos: int, sample: Optional[str], labs: list, warnings: list,
                     free: Callable[[int, int], bool], taken: list) -> None:
        """The FLC ratio named on the line of a light chain value read without an FLC word,
        within the FLC window after it."""
        stop = LIST_END.search(text, pos)
        limit = min(len(text), pos + self.flc_window, stop.start() if stop else len(text))
        ratio = self.by_id["flc_ratio"]
        for analyte_id, pattern in self.flc_members:
            if analyte_id != "flc_ratio":
                continue
            m = pattern.search(text, pos, limit)
            if m and free(m.start(), m.end()):
                end = self._value_after(text, ratio, m.end(), m.start(), sample, labs, warnings)
                if end is not None:
                    taken.append((m.start(), end))

    @staticmethod
    def _without_unit(analyte: Analyte, value: float, span: Tuple[int, int],
                      warnings: list) -> Tuple[bool, Optional[str]]:
        """A number written without a unit: (whether it is emitted, the unit it is read in).
        Inside the analyte's ``unitless_range`` it is emitted as written (unit None); where only
        one unit makes it plausible ("Hgb 18.1") it is read in that unit; either way a warning
        says so. Otherwise it is only flagged."""
        low, high = analyte.unitless_range or (None, None)
        inferred = next((u for lo, hi, u in analyte.infer if lo <= value <= hi), None)
        if inferred:
            warnings.append({"analyte": analyte.id, "reason": "unit_assumed", "unit": inferred,
                             "start": span[0], "end": span[1]})
            return True, inferred
        readable = low is not None and low <= value <= high
        warning = {"analyte": analyte.id, "reason": "unit_missing", "start": span[0], "end": span[1]}
        if not readable:  # not emitted: the value is kept for the statement of why (extractor)
            warning.update(value=value, withheld=True)
        warnings.append(warning)
        return readable, None

    def _pairs(self, text: str, labs: list, warnings: list, free: Callable[[int, int], bool],
               taken: list) -> None:
        """"Hb/Hct 17.8/54", "H/H 15.2/45.6": two analytes named together with a slash and their
        numbers written the same way, each number read like a number without a unit. A pair
        with ``shared_unit`` ("FLC kappa/lambda 19/38 mg/L") reads the unit after the second
        number as both's (one of ``required_units`` when given; another unit reads neither)."""
        for pair in self.pairs:
            first, second = pair.first, pair.second
            for m in pair.names.finditer(text):
                if not free(m.start(), m.end()):
                    continue
                v = m if pair.whole else self.pair_values.match(
                    text, self.filler.match(text, m.end()).end())
                if not v:
                    continue
                end = v.end()
                unit = None
                if pair.shared_unit:
                    unit, unit_end = self._unit_at(text, BLANKS.match(text, end).end(), first.units)
                    if unit is not None and (unit not in first.units or unit not in second.units):
                        continue  # "κ/λ 250/150 mg/dL" where only mg/L is read: serum totals
                    if unit is None and pair.required_units:
                        continue
                    if unit is not None:
                        end = unit_end
                if pair.required_units and unit not in pair.required_units:
                    continue
                sample = None
                if first.id in self.sample_aware:
                    named = m.group().lower()
                    sample = next((s for w, s in self.flc_context_sample.items() if w in named), None) \
                        or self._sample_before(text, m.start())
                for analyte, group in ((first, "a"), (second, "b")):
                    value = to_float(v.group(group))
                    span = (m.start(), v.end(group) if unit is None else end)
                    if unit is not None:
                        readable, read_unit = True, unit
                    else:
                        readable, read_unit = self._without_unit(analyte, value, span, warnings)
                    if readable:
                        labs.append({
                            "analyte": analyte.id, "value": value, "unit": read_unit,
                            "sample": sample, "reference_low": None, "reference_high": None,
                            "flag": None, "start": span[0], "end": span[1]})
                taken.append((m.start(), end))

    def _range_unit_column(self, text: str, pos: int, analyte: Analyte
                           ) -> Optional[Tuple[int, Optional[float], Optional[float], str]]:
        """An Epic "Ref Range & Units" column before the value: a bare range ("150 - 400",
        "<=115") and one of the analyte's units, then a column gap (a tab or two spaces) and the
        value ("PLATELETS   150 - 400 K/uL   612 (H)", "PLATELETS  150-450 x10E3/uL  512 (H)",
        "VEGF, PLASMA  <=115 pg/mL  312 (H)"); (where the value starts, low, high, unit) or None."""
        r = RANGE_THEN_UNIT.match(text, pos)
        if r is None:
            return None
        unit, unit_end = self._unit_at(text, r.end(), analyte.units)
        if unit not in analyte.units:
            return None
        gap = COLUMN_GAP.match(text, unit_end)
        if gap is None or gap.end() == unit_end or not RANGE_COLUMN_VALUE.match(text, gap.end()):
            return None
        if r.group("lo"):
            bounds = range_bounds(r.group("lo"), r.group("hi"))
            if bounds is None:
                return None
            low, high = bounds
        else:
            low, high = None, to_float(r.group("lt"))
        return gap.end(), low, high, unit

    def _reference_first(self, text: str, pos: int, analyte: Analyte
                         ) -> Optional[Tuple[int, Optional[float], Optional[float], Optional[str]]]:
        """A reference range at ``pos`` written before the value ("PLT (150-400) 612", "Hb
        130-175 178 g/L"): (where the value starts, low, high, the range's own unit or None).
        A bare "a-b" needs white space before the value; a range in brackets or after a
        reference keyword does not."""
        column = self._range_unit_column(text, pos, analyte)
        if column is not None:
            return column
        r = self.ref_first.match(text, pos)
        if not r:
            return None
        # the filler may have taken the opening bracket ("PLT (150-400) 612")
        opened = bool(r.group("open")) or text[:pos].rstrip(" \t")[-1:] in ("(", "（", "[", "【")
        in_bars = text[:pos].rstrip(" \t")[-1:] == "|" and not opened and not r.group("unit") \
            and BAR_GAP.fullmatch(text, r.end("hi") if r.group("lo") else r.end("lt"), r.end())
        if not in_bars and not (opened and r.group("close")) and not r.group("kw"):
            # a bare "a-b" in a table row: the value after a tab or a column of spaces
            if r.group("lt") or opened or r.group("close") or r.group("unit") \
                    or not COLUMN_GAP.fullmatch(text, r.end("hi"), r.end()):
                return None
        unit = None
        if r.group("unit"):
            unit, unit_end = self._unit_at(text, r.start("unit"), analyte.units)
            if unit not in analyte.units or text[unit_end:r.end("unit")].strip():
                return None
        if r.group("lo"):
            bounds = range_bounds(r.group("lo"), r.group("hi"))
            if bounds is None:
                return None  # "PLT (2023-05) 612", "VEGF (2019-2021) 1850": dates, not a range
            low, high = bounds
        else:
            low, high = None, to_float(r.group("lt"))
        return r.end(), low, high, unit

    def _value_unit_told(self, text: str, analyte: Analyte, m: "re.Match", sample: Optional[str],
                         labs: list, warnings: list, names: List[List["re.Match"]]) -> Optional[int]:
        """"还查了一个叫VEGF的，说高得很，单子上写的3260，单位是pg/ml", "VEGF came back very high, the slip
        said 3260, units pg/mL": the first number after the name, a few words or clauses on in its
        sentence (labs.yml unit_told_gap), read when one of the analyte's units is told in words
        after it (unit_label) and no other test is named between; returns the end or None."""
        gap = self.unit_told_gap.match(text, m.end())
        if gap is None or self.unit_label is None:
            return None
        n = self.number.match(text, gap.end())
        if n is None:
            return None
        label = self.unit_label.match(text, n.end())
        told, _ = self._unit_at(text, label.end(), analyte.units) if label else (None, 0)
        if told not in analyte.units:
            return None
        if any(m.end() <= other.start() < gap.end() for found in names for other in found):
            return None  # "VEGF很高，血小板586，单位是10^9/L": the number is the other test's
        return self._value_in_own_unit(text, analyte, gap.end(), m, sample, labs)

    def _own_value(self, text: str, analyte: Analyte, m: "re.Match", sample: Optional[str],
                   labs: list, warnings: list, names: List[List["re.Match"]]) -> Optional[int]:
        """"the hemoglobin is usually normal or high (his is 15.8 g/dL)": the patient's own value in a
        bracket that says whose it is, after words about the test in general in the same sentence
        (labs.yml own_value_gap / own_value_bracket), read only with one of the analyte's units and
        when no other test is named between; returns the end or None."""
        own = self.own_value.match(text, m.end())
        if own is None:
            return None
        if any(m.end() <= other.start() < own.end() for found in names for other in found):
            return None  # "VEGF is high in POEMS, platelets too (his were 512)": the other test's
        return self._value_in_own_unit(text, analyte, own.end(), m, sample, labs)

    def _value_in_own_unit(self, text: str, analyte: Analyte, at: int, m: "re.Match",
                           sample: Optional[str], labs: list) -> Optional[int]:
        """The value read at ``at`` for the name at ``m``, kept only in one of the analyte's own
        units (a value met far from its name is the name's only then); returns its end or None."""
        found: list = []
        end = self._value_after(text, analyte, at, m.start(), sample, found, [])
        if end is None or not found or found[0]["unit"] not in analyte.units:
            return None
        found[0]["start"] = m.start()
        labs.extend(found)
        return end

    def _value_before(self, text: str, analyte: Analyte, m: "re.Match", labs: list,
                      free: Callable[[int, int], bool]) -> Optional[int]:
        """"2,960 pg/mL  (VEGF, serum)  ↑", "468 ×10^9/L（血小板）": a number and one of the
        analyte's units just before its name in brackets (with a sample word at most); returns
        the end or None."""
        if analyte.id not in self.value_before:
            return None
        close = self.after_name.match(text, m.end())
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40)
        opening = self.open_before_name.search(text, line_start, m.start()) if close else None
        if opening is None:
            # "468 × 10^3/μL platelets": no bracket, the number opens its clause
            if self.value_before_lead is None or not text[max(0, m.start() - 1):m.start()].isspace():
                return None
            bare_end = m.start()
        else:
            bare_end = None
        stop = opening.start() if opening is not None else bare_end
        for n in reversed(list(self.plain_number.finditer(text, line_start, stop))[-3:]):
            unit_start = n.end() + len(text[n.end():stop]) - len(text[n.end():stop].lstrip(" \t"))
            unit, unit_end = self._unit_at(text, unit_start, analyte.units)
            if unit in analyte.units and not text[unit_end:stop].strip():
                if not free(n.start(), unit_end):
                    return None  # "Hb 17.8 g/dL (Hb)": the value already read after the name
                if bare_end is not None and not self.value_before_lead.search(
                        text, max(0, n.start() - 12), n.start()):
                    continue  # "WBC 12.1 x10^9/L platelets": the number of another test
                break
        else:
            return None
        if bare_end is not None:
            labs.append({
                "analyte": analyte.id, "value": to_float(n.group()), "unit": unit, "sample": None,
                "reference_low": None, "reference_high": None, "flag": None,
                "start": n.start(), "end": m.end(),
            })
            return m.end()
        flag, end = self._flag_at(text, close.end())
        sample = self.sample_word.get((close.group("w") or "").lower())
        labs.append({
            "analyte": analyte.id, "value": to_float(n.group()), "unit": unit,
            "sample": sample if analyte.id in self.sample_aware else None,
            "reference_low": None, "reference_high": None, "flag": flag,
            "start": n.start(), "end": close.end(),
        })
        return end if flag else close.end()

    def _series(self, text: str, analyte: Analyte, end: int, sample: Optional[str],
                labs: list, warnings: list) -> int:
        """The values that go on a series after the value ending at ``end`` ("VEGF 4410 pg/mL,
        出院前 2050 pg/mL", "PLT 612 → 380"): appended to ``labs``; returns the series' end."""
        if self.series_link is None:
            return end
        # "from 620 to 410": after a value read as the start of a change, "to" links like an arrow
        to = self.from_to.match(text, end) if self.from_to is not None and labs else None
        if to is not None and not self.from_opens.search(
                text, labs[-1]["start"], number_start(text, labs[-1]["start"], end)):
            to = None
        while True:
            link, arrow = (to, True) if to is not None else (self.series_link.match(text, end), False)
            to = None
            bracket = False
            # a word of now the link reads ("512 pg/mL now (previously 3,120)") may open a bracket instead
            if self.series_bracket is not None and (
                    not link or not self.number.match(text, self.filler.match(text, link.end()).end())):
                opened = self.series_bracket.match(text, end)
                if opened is not None:
                    link, arrow, bracket = opened, False, True
            if not link or not self.number.match(text, self.filler.match(text, link.end()).end()):
                return end
            arrow = arrow or (not bracket and bool(link.group("arrow")))
            found: list = []
            noted: list = []
            start = self.filler.match(text, link.end()).end()
            if start > link.end() and any(other is not analyte and other.alias_re.search(text, link.end(), start)
                                          for other in self.analytes):
                return end  # "Hgb 17.8 g/dl, M-spike 0.4 g/dL": another test's name opens the next value
            nxt = self._value_after(text, analyte, link.end(), start, sample, found, noted)
            # a bracket's earlier value may leave its unit unsaid when the bracket closes on it
            # ("platelets 261 x10^9/L (previously 590)"): the first value's analyte
            unsaid = bracket and found and found[0]["unit"] is None and re.match(r"[ \t]*[)）]", text[nxt:]) is not None
            # "…：2025-06 3 580；2025-12 1 260；2026-11 218": a dated value without a unit (or with the same
            # unit: "诱导前 3680 pg/ml，本次 1520 pg/ml") after a value of the series takes that value's unit,
            # sample and reference (labs.yml series.dated_link)
            prev = labs[-1] if labs else None
            if nxt is not None and found and prev is not None and found[0]["unit"] in (None, prev["unit"]) \
                    and not arrow and not bracket \
                    and self.series_dated is not None and self.series_dated.match(text, link.end()) \
                    and prev["analyte"] == found[0]["analyte"] \
                    and prev["unit"] in analyte.units and re.match(r"[ \t]*[;；,，]", text[end:link.end()]) \
                    and re.match(r"[ \t]*(?:[;；,，。\n]|\Z)", text[nxt:]):
                lab = found[0]
                lab["unit"] = prev["unit"]
                for key in ("sample", "reference_low", "reference_high"):
                    if lab.get(key) is None:
                        lab[key] = prev.get(key)
                noted = [w for w in noted if w.get("reason") != "unit_missing"]
            if nxt is None or not found or not (found[0]["unit"] in analyte.units or arrow or unsaid):
                return end
            earlier = bracket or (self.from_opens is not None and not arrow and self.from_opens.search(
                text, link.end(), number_start(text, link.end(), nxt)) is not None)
            for lab in found:
                lab["series"] = True  # a measurement of its own (see _restated)
                if earlier:  # "386 pg/mL, down from 4,120 pg/mL": the value it changed from
                    lab["earlier"] = True
            labs.extend(found)
            warnings.extend(noted)
            end = nxt

    def _ihc_ratios(self, text: str) -> List[dict]:
        """"κ:λ约1:6（计数>200个浆细胞）": the IHC ratio (κ over λ) and the plasma cells counted."""
        if self.ihc is None:
            return []
        ratio_re, count_re, context_re, window = self.ihc
        out: List[dict] = []
        for m in ratio_re.finditer(text):
            b = float(m.group("b"))
            if b == 0:
                continue
            lo = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start()),
                     text.rfind(". ", 0, m.start())) + 1
            hi = min(len(text), m.end() + window)
            if not context_re.search(text, lo, hi):
                continue
            out.append({"analyte": "ihc_kappa_lambda_ratio", "value": round(float(m.group("a")) / b, 4),
                        "unit": None, "sample": None, "reference_low": None, "reference_high": None,
                        "flag": None, "start": m.start(), "end": m.end()})
            c = count_re.search(text, m.end(), hi)
            if c:
                out.append({"analyte": "ihc_plasma_cells_counted",
                            "value": float(c.group("n") or c.group("n2")), "unit": None,
                            "sample": None, "reference_low": None, "reference_high": None,
                            "flag": None, "start": c.start(), "end": c.end()})
        return out

    def _names(self, text: str) -> List[List["re.Match"]]:
        """The matches of each analyte's and then each hormone's name regex in ``text``."""
        if fast():
            return self.prescan.matches(text)
        return [list(a.alias_re.finditer(text)) for a in self.analytes] + [
            list(pattern.finditer(text)) for _, pattern, _, _ in self.hormones]

    # ------------------------------------------------------------------ component
    def _other_fluid(self, text: str, name: "re.Match") -> Optional[int]:
        """Where the value may start when the analyte's name is of a body fluid other than blood
        (labs.yml other_fluid): after the name, or after the fluid's words that follow it ("VEGF in the
        CSF was 85"); None for a blood value."""
        if self.fluid_before is None:
            return None
        if self.fluid_before.search(text, max(0, name.start() - self.fluid_window), name.start()):
            return name.end()
        after = self.fluid_after.match(text, name.end())
        return after.end() if after else None

    def _decimal_commas(self, text: str) -> bool:
        """Whether the note writes decimals with a comma: a number such as "10,2" followed by a unit."""
        for m in DECIMAL_WRITTEN.finditer(text):
            if self._unit_at(text, SPACES.match(text, m.end()).end())[0] is not None:
                return True
        return False

    @staticmethod
    def _grouping_read(text: str, labs: List[dict], warnings: List[dict]) -> List[dict]:
        """In a note that writes decimals with a comma, a value written "1,250" or "1.250" may be 1.25
        or 1250 ("VEGF 1,250 pg/mL (0-115)" in a report whose Hb is "15,8 g/dL"): set aside with why
        (``grouping_ambiguous``, the value its thousands reading, the separator as written), never read
        as either."""
        kept = []
        for lab in labs:
            written = next((g for g in ONE_GROUP.finditer(text, lab["start"], lab["end"])
                            if float(g.group(1) + g.group(2)) == abs(lab["value"])), None)
            separator = ","
            if written is None:
                # "1.250" read 1.25: the warning keeps the thousands reading, as for "1,250"
                written = next((g for g in ONE_DOT_GROUP.finditer(text, lab["start"], lab["end"])
                                if float(g.group(1) + "." + g.group(2)) == abs(lab["value"])), None)
                separator = "."
            if written is None:
                kept.append(lab)
                continue
            sign = -1 if lab["value"] < 0 else 1
            warnings.append({"analyte": lab["analyte"], "reason": "grouping_ambiguous",
                             "value": sign * float(written.group(1) + written.group(2)), "separator": separator,
                             "unit": lab["unit"], "start": lab["start"], "end": lab["end"]})
        return kept

    def __call__(self, doc: Doc) -> Doc:
        text = close_ocr_gaps(doc_text(doc), self.ocr_words)
        labs: List[dict] = []
        warnings: List[dict] = list(doc._.poems_warnings or [])
        taken: List[Tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return not any(x < b and a < y for x, y in taken)

        names = self._names(text)
        if self.compare_table is not None:  # a comparison table: a row per analyte, a column per time
            # (first: an FLC row's name would open the FLC reading below)
            compared, spans = self.compare_table.read(self, text, names)
            labs.extend(compared)
            taken.extend(spans)
        # two analytes written as a pair ("Hb/Hct 17.8/54", "FLC κ/λ 19/38 mg/L"), before the
        # FLC mentions' members take the names one by one
        if self.pairs:
            self._pairs(text, labs, warnings, free, taken)
        # free light chains: κ, λ and ratio after an FLC mention
        contexts = list(self.flc_context.finditer(text))
        headings = list(self.sample_heading.finditer(text)) if self.sample_heading is not None else []
        samples = [self.flc_context_sample.get(c.group().lower()) or self._sample_before(text, c.start())
                   or self._heading_sample(text, c.start(), headings) for c in contexts]
        for index, ctx in enumerate(contexts):
            line_end = text.find("\n", ctx.end())
            line_end = line_end if line_end >= 0 else len(text)
            rows_end = self._flc_rows_end(text, ctx.end())
            # the window ends with the line, or with the FLC rows of a table that follow it
            limit = rows_end if rows_end > line_end else min(len(text), ctx.end() + self.flc_window, line_end)
            ctx_sample = samples[index]
            # "血清游离轻链 κ 15.1 mg/L；尿游离轻链 κ 38.5 mg/L": the window stops where light chains
            # of another sample are named
            limit = min([limit] + [c.start() for c, other in zip(contexts[index + 1:], samples[index + 1:])
                                   if other is not None and other != ctx_sample and c.start() > ctx.end()])
            for analyte_id, pattern in self.flc_members:
                analyte = self.by_id[analyte_id]
                pos = ctx.start()
                while True:
                    m = pattern.search(text, pos, limit)
                    if not m:
                        break
                    pos = m.end()
                    if not free(m.start(), m.end()):
                        continue
                    if self.flc_member_not_after is not None and self.flc_member_not_after.search(
                            text, max(0, m.start() - 8), m.start()):
                        continue
                    n_before = len(labs)
                    end = self._value_after(text, analyte, m.end(), m.start(), ctx_sample, labs, warnings)
                    if end is not None:
                        if len(labs) > n_before:
                            labs[-1]["start"] = m.start()
                            end = self._series(text, analyte, end, ctx_sample, labs, warnings)
                        taken.append((m.start(), end))
        headers = list(self.specimen_header.finditer(text)) if self.specimen_header is not None else []
        risk_lines = [r.span() for r in self.risk_line.finditer(text)] if self.risk_line is not None else []
        if self.dated_table is not None:  # a follow-up table: names in the header, values by date below
            dated, spans = self.dated_table.read(self, text, names)
            labs.extend(dated)
            taken.extend(spans)
        for analyte, found in zip(self.analytes, names):
            for m in found:
                if not free(m.start(), m.end()):
                    continue
                if analyte.not_in_sentence_with is not None and in_sentence(
                        text, m.start(), m.end(), analyte.not_in_sentence_with):
                    continue
                if self.threshold_before is not None and self.threshold_before.search(
                        text, max(0, m.start() - 16), m.start()):
                    continue  # "phlebotomy if Hct >56%": a threshold, not a result
                sample = analyte.sample_aliases.get(m.group().lower()) or analyte.sample
                sample = sample or self._sample_before(text, m.start())
                if sample is None and headers:
                    sample = self._specimen(text, m.start(), headers)
                if sample is None and analyte.id in self.heading_analytes:
                    sample = self._heading_sample(text, m.start(), headings)
                n_before, n_warned = len(labs), len(warnings)
                fluid_at = self._other_fluid(text, m) if analyte.id in self.sample_aware else None
                if fluid_at is not None:
                    # "脑脊液VEGF 85 pg/mL", "vitreous VEGF 900 pg/mL": another body fluid's value,
                    # set aside with why
                    fluid: list = []
                    end = self._value_after(text, analyte, fluid_at, m.start(), None, fluid, [])
                    warnings.extend({"analyte": lab["analyte"], "reason": "fluid_sample", "value": lab["value"],
                                     "unit": lab["unit"], "start": lab["start"], "end": lab["end"]} for lab in fluid)
                    if end is not None:
                        taken.append((m.start(), end))
                    continue
                if analyte.required_units:
                    found: list = []
                    missing: list = []
                    end = self._value_after(text, analyte, m.end(), m.start(), sample, found, missing)
                    if end is not None and found and found[0]["unit"] is None:
                        # "kappa 19.6 lambda 62.3 mg/L": the unit written after the next value of
                        # its series may be this one's (extractor._share_units; dropped otherwise)
                        warnings.extend(dict(w, required_units=analyte.required_units)
                                        for w in missing if w.get("reason") == "unit_missing")
                    if end is None or not found or found[0]["unit"] not in analyte.required_units:
                        continue
                    labs.extend(found)
                    taken.append((m.start(), end))
                    # "κ 12.1 mg/L; λ 152 mg/L; ratio 0.08": the ratio of the same line
                    self._ratio_after(text, end, sample, labs, warnings, free, taken)
                    continue
                end = self._value_after(text, analyte, m.end(), m.start(), sample, labs, warnings)
                if end is None and self.unit_told_gap is not None:
                    end = self._value_unit_told(text, analyte, m, sample, labs, warnings, names)
                if end is None and self.own_value is not None:
                    end = self._own_value(text, analyte, m, sample, labs, warnings, names)
                if end is None and self.value_before:
                    end = self._value_before(text, analyte, m, labs, free)
                    if end is not None:
                        taken.append((labs[-1]["start"], end))
                        continue
                if end is not None and (
                        (self.threshold_after is not None and self.threshold_after.match(text, end))
                        or _cut_off_in(risk_lines, m.start(), labs[n_before:])):
                    # "a platelet count above 450 x10^9/L was taken as the threshold", "风险分层：…eGFR<30"
                    del labs[n_before:]
                    del warnings[n_warned:]
                    taken.append((m.start(), end))
                    continue
                if end is not None:
                    # after a value read, or withheld ("M蛋白 4.2%，定量3.1g/L")
                    series_sample = labs[-1]["sample"] if len(labs) > n_before else None
                    end = self._series(text, analyte, end, series_sample or sample, labs, warnings)
                    taken.append((m.start(), end))
        labs.extend(self._ihc_ratios(text))
        if labs and self._decimal_commas(text):
            labs = self._grouping_read(text, labs, warnings)
        # (a dated table's values in the order of their dates: ``order``, dated_table.py)
        labs.sort(key=lambda lab: lab.get("order", lab["start"]))
        labs = _restated(labs)
        doc._.poems_labs = labs
        doc._.poems_hormones = self._hormones(text, names[len(self.analytes):])
        doc._.poems_warnings = warnings
        return doc


@Language.factory("poems_labs", default_config={"rules_dir": None})
def make_labs(nlp: Language, name: str, rules_dir: Optional[str]):
    return LabValues(rules_dir)
