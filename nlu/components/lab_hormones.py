"""Hormone and physiological values read for the endocrine (and other) findings they show, not as
lab values of the criteria: "testosterone 5.2 nmol/L (8.4-28.7)" -> hypogonadism, "TSH 12.5" ->
hypothyroidism, "PASP 55 mmHg" -> pulmonary hypertension (labs.yml ``hormones``).

``HormoneReading`` is a part of ``LabValues`` (its base class): it compiles the hormone rules and
reads the values with the lab reader's number, unit, flag and reference-range readers
(``number``, ``filler``, ``_unit_at``, ``_flag_at``, ``ref_re``, ``ref_first``, ``_restated_range``,
``_names``), so a hormone value is written in the same notation as any lab value.
"""

import re
from typing import Dict, List, NamedTuple, Optional, Tuple

from nlu.components._text import bounded_trie, first_char_guard
from nlu.components.lab_notation import (BAR_GAP, BLANKS, COLUMN_GAP, HORMONE_COLUMN_RANGE,
                                        HORMONE_ROW, LIST_GOES_ON, ROW_END, decimal_comma,
                                        is_dated_range, range_bounds, reference_bounds, to_float)


class MorningCutoff(NamedTuple):
    """A morning hormone value's cut-off (labs.yml morning_cutoff, bot/data/thresholds.yml)."""
    low_below: float
    unit: str
    units: frozenset
    morning: "re.Pattern"
    window: int
    clause_break: "re.Pattern"


class SexCutoff(NamedTuple):
    """A hormone's lower cut-off by the patient's sex (labs.yml sex_cutoff, bot/data/thresholds.yml)."""
    low_below: Dict[str, float]
    unit: str
    units: frozenset
    other: "re.Pattern"  # a word in the name, or just before it, that makes it another measure ("free")
    window: int
    clause_break: "re.Pattern"


def below_cutoff(value: float, unit: str, analyte: str, low_below: float, cutoff_unit: str) -> bool:
    """Whether ``value`` in ``unit`` lies under the cut-off ``low_below`` (in ``cutoff_unit``), converted."""
    from bot.errors import UnitError
    from bot.evidence import in_unit
    try:
        return in_unit(value, unit, analyte, cutoff_unit) < low_below
    except UnitError:
        return False


class HormoneReading:
    """The hormone half of :class:`nlu.components.labs.LabValues` (see the module)."""

    def _compile_hormones(self, data: dict) -> List[List[str]]:
        """Compile labs.yml ``hormones``; returns each hormone's name phrases (for the prescan)."""
        # hormone values: the endocrine finding an abnormal value shows (see labs.yml)
        self.hormones = []
        self.hormone_high_male: Dict[str, str] = {}  # name -> the concept its high value shows in a man
        self.cutoffs: Dict[str, Tuple[float, float]] = {}  # name -> (high above, normal at most)
        # name -> a regex on the text before the name that makes it another measure ("mean PA
        # pressure" is not the systolic pressure)
        self.hormone_not_after: Dict[str, "re.Pattern"] = {}
        # name -> (low, high, units it holds for, largest value read as the hormone's)
        self.default_ranges: Dict[str, Tuple[float, float, frozenset, float]] = {}
        # name -> a morning value's cut-off (labs.yml morning_cutoff: a cortisol without a flag or range)
        self.morning_cutoffs: Dict[str, MorningCutoff] = {}
        # name -> its cut-offs by the patient's sex (labs.yml sex_cutoff: a total testosterone)
        self.sex_cutoffs: Dict[str, SexCutoff] = {}
        hormone_phrases: List[List[str]] = []
        for name, spec in (data.get("hormones") or {}).items():
            aliases = [str(a) for a in spec.get("aliases") or []]
            sensitive = [str(a) for a in spec.get("abbreviation") or []]
            parts = [f"(?i:{bounded_trie(aliases)})"] if aliases else []
            if sensitive:
                parts.append(bounded_trie(sensitive))
            pattern = re.compile(
                first_char_guard(aliases + sensitive) + "(?:" + "|".join(parts) + ")"
                # a name ending in a digit (T4, E2) is no other name's start ("T45"); any other
                # may have its value glued on ("睾酮3.2nmol/L", "TSH12.5mIU/L", as Chinese notes write)
                + r"(?:(?<![0-9])|(?![0-9]))(?:\s*[\(（][A-Za-z0-9:\-]{1,8}[\)）])?")
            self.hormones.append((name, pattern, spec.get("low"), spec.get("high")))
            if spec.get("high_male"):  # oestradiol raised in a man (labs.yml): the finding, men only
                self.hormone_high_male[name] = str(spec["high_male"])
            if spec.get("not_after"):
                self.hormone_not_after[name] = re.compile(str(spec["not_after"]) + r"\Z")
            hormone_phrases.append(aliases + sensitive)
            if spec.get("high_above") is not None:  # a fixed cut-off (labs.yml, e.g. pasp)
                self.cutoffs[name] = (float(spec["high_above"]), float(spec["normal_at_most"]))
            morning = spec.get("morning_cutoff")
            if morning:  # a morning value below the thresholds.yml cut-off is low (cortisol)
                from bot.thresholds import load_thresholds
                cut = getattr(load_thresholds(), str(morning["threshold"]))
                self.morning_cutoffs[name] = MorningCutoff(
                    cut.low_below, cut.unit, frozenset(str(u) for u in morning["units"]),
                    re.compile(str(morning["morning"])), int(morning.get("window", 24)),
                    re.compile(str(morning["clause_break"])))
            sexed = spec.get("sex_cutoff")
            if sexed:  # a value below the thresholds.yml cut-off of the patient's sex is low (testosterone)
                from bot.thresholds import load_thresholds
                cut = getattr(load_thresholds(), str(sexed["threshold"]))
                self.sex_cutoffs[name] = SexCutoff(
                    dict(cut.low_below), cut.unit, frozenset(str(u) for u in sexed["units"]),
                    re.compile(str(sexed["other"])), int(sexed.get("window", 16)),
                    re.compile(str(sexed["clause_break"])))
            default = spec.get("default_range")
            if default:  # the range a value without a flag or a stated range is read against (tsh)
                self.default_ranges[name] = (
                    float(default["low"]), float(default["high"]),
                    frozenset(str(u) for u in default.get("units") or []),
                    float(default.get("at_most", float("inf"))))
        return hormone_phrases

    def _hormone_column_range(self, text: str, num_end: int, unit_end: int, flag_end: int
                              ) -> Optional[Tuple[float, float, Optional[str]]]:
        """(low, high, flag written after it) of a reference range in the column after a
        hormone's value and unit, ending its table row ("睾酮 3.8 nmol/L 8.4-28.7", "| 3.8 |
        nmol/L | 8.4-28.7 |"); None when the range may be another thing's (a date, a dose's
        duration "30 mg 1-2周", a range on the next line). One space is enough after a unit; after
        the value alone the range needs a column gap."""
        if unit_end == num_end:
            bar = BAR_GAP.match(text, num_end)
            unit = self.any_unit.match(text, bar.end()) if bar and bar.end() > num_end else None
            if unit is not None and "|" in bar.group():
                unit_end = flag_end = unit.end()  # "| 3.8 | nmol/L | 8.4-28.7 |": the unit column
        column = HORMONE_COLUMN_RANGE.match(text, flag_end)
        if column is None or (column.group("gap") is None and unit_end == num_end):
            return None
        bounds = range_bounds(column.group("lo"), column.group("hi"))
        if bounds is None:
            return None
        low, high = bounds
        flag, after = self._flag_at(text, column.end())
        if flag is not None and "\n" in text[column.end():after]:
            flag, after = None, column.end()
        if not ROW_END.match(text, after):
            return None
        return low, high, flag

    def _hormone_range_first(self, text: str, pos: int
                             ) -> Optional[Tuple[float, float, None, int]]:
        """(low, high, None, where the value starts) of a reference range and its unit written
        between a hormone's name and its value, then a column gap ("TESTOSTERONE, TOTAL   264 - 916
        ng/dL   118 (L)": an Epic "Ref Range & Units" column); None otherwise."""
        r = self.ref_first.match(text, pos)
        if r is None or not r.group("lo") or not r.group("unit") or r.group("open") or r.group("close") \
                or not COLUMN_GAP.fullmatch(text, r.end("unit"), r.end()):
            return None
        u = self.any_unit.match(text, r.start("unit"))
        if u is None or text[u.end():r.end("unit")].strip():
            return None
        bounds = range_bounds(r.group("lo"), r.group("hi"))
        if bounds is None:
            return None
        low, high = bounds
        return low, high, None, r.end()

    @staticmethod
    def _morning_named(text: str, name: "re.Match", morning: "MorningCutoff") -> bool:
        """Whether the hormone's name, or its clause's words just before it, say the sample was a
        morning one ("AM cortisol", "皮质醇(8am)", "晨起皮质醇", "morning serum cortisol")."""
        if morning.morning.search(name.group()):
            return True
        before = text[max(0, name.start() - morning.window):name.start()]
        breaks = list(morning.clause_break.finditer(before))
        if breaks:
            before = before[breaks[-1].end():]
        return bool(morning.morning.search(before))

    @staticmethod
    def _named_other(text: str, name: "re.Match", sexed: "SexCutoff") -> bool:
        """Whether the hormone's name, or its clause's words just before it, name another measure
        than the one the cut-off is for ("free testosterone", "游离睾酮", "bioavailable testosterone")."""
        before = text[max(0, name.start() - sexed.window):name.start()]
        breaks = list(sexed.clause_break.finditer(before))
        if breaks:
            before = before[breaks[-1].end():]
        return bool(sexed.other.search(before + name.group()))

    def _hormones(self, text: str, names: Optional[List[List["re.Match"]]] = None) -> List[dict]:
        """Hormone values with an abnormal flag or outside their stated reference range:
        [{concept, status (present | normal), start, end}] (nlu/extractor.py makes findings).
        ``names``: the hormone name matches (:meth:`_names` after the analytes')."""
        out: List[dict] = []
        if names is None:
            names = self._names(text)[len(self.analytes):]
        for (name, pattern, low_concept, high_concept), found in zip(self.hormones, names):
            not_after = self.hormone_not_after.get(name)
            for m in found:
                if not_after is not None and not_after.search(text, max(0, m.start() - 40), m.start()):
                    continue
                row = HORMONE_ROW.match(text, m.end())
                if row:
                    value = to_float(row.group("num"))
                    low_raw = row.group("lo") or row.group("gt")
                    high_raw = row.group("hi") or row.group("lt")
                    low = to_float(low_raw) if low_raw else None
                    high = to_float(high_raw) if high_raw else None
                    flag = "low" if low is not None and value < low else \
                        "high" if high is not None and value > high else "normal"
                    concept = {"low": low_concept, "high": high_concept}.get(flag)
                    if flag == "normal":
                        out.append({"concept": low_concept or high_concept, "status": "normal",
                                    "start": m.start(), "end": row.end()})
                    elif concept:
                        out.append({"concept": concept, "status": "present", "start": m.start(),
                                    "end": row.end()})
                    elif flag == "high" and name in self.hormone_high_male:
                        out.append({"concept": self.hormone_high_male[name], "status": "present",
                                    "sex": "male", "start": m.start(), "end": row.end()})
                    continue
                filler = self.filler.match(text, m.end())
                filler_end = filler.end() if filler else m.end()
                pre_flag = None
                pf = self.any_flag_re.search(text, m.end(), filler_end)
                if pf:
                    pre_flag = next(flag for i, (flag, _) in enumerate(self.flags)
                                    if pf.group(f"f{i}") is not None)
                first_bounds = self._hormone_range_first(text, filler_end)
                if first_bounds is not None:
                    filler_end = first_bounds[3]
                n = self.number.match(text, filler_end)
                if not n:
                    continue
                num_end = n.end()
                if num_end < len(text) and text[num_end] in "/:" and text[num_end + 1:num_end + 2].isdigit():
                    continue
                value = to_float(n.group("num"))
                # "Testosteron 6,1 nmol/l ↓", "TSH 2,1 mU/l": a decimal comma (not "1,2,3", a list)
                decimal = decimal_comma(text, n, num_end, lambda end: not LIST_GOES_ON.match(text, end))
                if decimal is not None:
                    value, num_end = decimal
                space = BLANKS.match(text, num_end).end() - num_end
                unit, unit_end = self._unit_at(text, num_end + space)
                if unit is None:
                    u = self.any_unit.match(text, num_end + space)
                    # a word of the sentence is no unit: "TSH 5.9 with normal fT4" (labs.yml)
                    unit_end = u.end() if u and not self.flag_re.match(text, num_end) and not (
                        space and self.prose_word.fullmatch(u.group())) else num_end
                flag, flag_end = self._flag_at(text, unit_end)
                flag = flag or pre_flag
                end = flag_end if flag else unit_end
                r = self.ref_re.match(text, flag_end)
                if not (r and (r.group("open") or r.group("kw"))) and self.restated_value is not None:
                    restated = self._restated_range(text, flag_end, unit)
                    if restated is not None:  # "4.1 nmol/L (118 ng/dL) [ref 8.6-29.0 nmol/L]"
                        r, value = restated[0], restated[1] if restated[1] is not None else value
                bounds = None
                if r and (r.group("open") or r.group("kw")) and not is_dated_range(r):
                    bounds = reference_bounds(r) + (self._flag_at(text, r.end())[0],)
                elif flag is None:
                    bounds = self._hormone_column_range(text, num_end, unit_end, flag_end)
                if bounds is None and first_bounds is not None:
                    bounds = first_bounds[:3]
                if bounds is not None:
                    low, high, flag2 = bounds
                    if flag is None:
                        if flag2:
                            flag = flag2
                        elif low is not None and value < low:
                            flag = "low"
                        elif high is not None and value > high:
                            flag = "high"
                        elif low is not None or high is not None:
                            flag = "normal"
                default = self.default_ranges.get(name)
                if default is not None and flag is None and bounds is None and value <= default[3] \
                        and (unit in default[2] if unit is not None else unit_end == num_end):
                    # "TSH 7.9 (fT4 normal)": a value with neither a flag nor a range written with
                    # it, in the hormone's unit or none, read against its usual range (labs.yml)
                    flag = "low" if value < default[0] else "high" if value > default[1] else "normal"
                morning = self.morning_cutoffs.get(name)
                if morning is not None and flag is None and bounds is None and unit in morning.units \
                        and self._morning_named(text, m, morning) \
                        and below_cutoff(value, unit, name, morning.low_below, morning.unit):
                    # "AM cortisol 3.1 mcg/dL": a morning value under the cut-off (labs.yml morning_cutoff)
                    flag = "low"
                sexed = self.sex_cutoffs.get(name)
                if sexed is not None and flag is None and bounds is None and unit in sexed.units \
                        and not self._named_other(text, m, sexed):
                    # "testosterone 5 nmol/L": under the cut-off of a sex (labs.yml sex_cutoff), low in
                    # a patient of that sex only (nlu/extractor.py); a sex without a cut-off reads nothing
                    out.extend({"concept": low_concept, "status": "present", "sex": sex, "start": m.start(),
                                "end": end} for sex, below in sexed.low_below.items()
                               if below_cutoff(value, unit, name, below, sexed.unit))
                    continue
                cutoff = self.cutoffs.get(name)
                if cutoff is not None and flag is None:
                    # a measurement with a fixed cut-off and no range or flag written with it
                    # ("PASP 55 mmHg"): above it the finding, at or below the normal limit the
                    # finding absent, in between nothing
                    if value > cutoff[0]:
                        flag = "high"
                    elif value <= cutoff[1]:
                        out.append({"concept": high_concept, "status": "absent", "start": m.start(),
                                    "end": end})
                        continue
                concept = {"low": low_concept, "high": high_concept}.get(flag)
                if flag == "normal":
                    concept = low_concept or high_concept
                    out.append({"concept": concept, "status": "normal", "start": m.start(), "end": end})
                elif concept:
                    out.append({"concept": concept, "status": "present", "start": m.start(), "end": end})
                elif flag == "high" and name in self.hormone_high_male:
                    out.append({"concept": self.hormone_high_male[name], "status": "present",
                                "sex": "male", "start": m.start(), "end": end})
        out.sort(key=lambda h: h["start"])
        return out
