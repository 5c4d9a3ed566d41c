"""What ``labs.yml`` says of each analyte, compiled once: its names, units, plausible range and
sample (``Analyte``) and analytes written as a pair (``Pair``).
"""

import re
from typing import Dict, NamedTuple, Tuple

from nlu.components._text import bounded_trie, first_char_guard
from nlu.components.start_chars import StartScan


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
