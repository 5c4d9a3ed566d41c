"""What ``labs.yml`` says of each analyte, compiled once: its names, units, plausible range and
sample (``Analyte``), analytes written as a pair (``Pair``), and the hormone cut-offs by time of
day or by sex (``MorningCutoff``, ``SexCutoff``).
"""

import re
from typing import Dict, NamedTuple, Tuple

from nlu.components._text import bounded_trie, first_char_guard
from nlu.components.start_chars import StartScan


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
# a bare reference range and the blanks before its unit, in a "Ref Range & Units" column written


class Pair(NamedTuple):
    """Two analytes written as a pair (labs.yml ``pairs``): the names (or, ``whole``, a pattern
    holding both numbers as groups a and b), the analytes in order, whether the unit after the
    second number is both's, and the units it must be."""

    names: StartScan
    first: "Analyte"
    second: "Analyte"
    whole: bool
    shared_unit: bool
    required_units: Tuple[str, ...]


class Analyte:
    def __init__(self, analyte: str, spec: dict, units_re: Dict[str, "re.Pattern"]):
        self.id = analyte
        self.units = list(spec.get("units") or [])
        self.unitless = bool(spec.get("unitless", False))
        # [(low, high, unit)]: a number without a unit that is only plausible in that unit
        self.infer = [(float(i["range"][0]), float(i["range"][1]), str(i["unit"]))
                      for i in spec.get("infer_unit") or []]
        self.sample = spec.get("sample")
        self.sample_aliases = {}
        for sample, aliases in (spec.get("sample_aliases") or {}).items():
            for alias in aliases:
                self.sample_aliases[alias.lower()] = sample
        aliases = list(spec.get("aliases") or []) + list(self.sample_aliases)
        sensitive = list(spec.get("case_sensitive") or [])
        parts = []
        if aliases:
            parts.append(f"(?i:{bounded_trie(aliases)})")
        if sensitive:
            parts.append(bounded_trie(sensitive))
        pre = "".join(f"(?<!{re.escape(p)})" for p in spec.get("not_preceded_by") or [])
        post = "".join(f"(?!{re.escape(p)})" for p in spec.get("not_followed_by") or [])
        guard = first_char_guard(aliases + sensitive)
        self.alias_re = re.compile(guard + pre + "(?:" + "|".join(parts) + ")" + post)
        self.phrases = aliases + sensitive  # for the note's one prescan (LabValues.prescan)
        self.unit_re = units_re
        self.range = spec.get("plausible")
        # read only when the value carries one of these units (named_by_unit in labs.yml)
        self.required_units = list(spec.get("required_units") or [])
        # a name in a sentence that matches this regex names another test ("κ/λ" of plasma cells)
        not_with = spec.get("not_in_sentence_with")
        self.not_in_sentence_with = re.compile(not_with) if not_with else None
        # where a number without a unit is unambiguous in the analyte's usual unit
        self.unitless_range = spec.get("unitless_range")
