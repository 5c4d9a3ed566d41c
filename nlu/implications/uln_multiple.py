"""A VEGF given as a multiple of the upper limit of normal without a value ("VEGF 2x ULN", "VEGF >3x
upper limit", "VEGF three times the ULN"): the multiple and the bound or approximation before it, read
from the finding's words (``uln_multiple`` and ``comparators`` in ``nlu/rules/labs.yml``). They become
the finding's attributes ``uln_multiple`` and ``comparator``; the engine judges them against the
consensus multiple (bot/criteria.py vegf, bot/data/thresholds.yml vegf.uln_multiple)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Tuple

from bot.number_text import number_text
from nlu.rules import load_yaml


class UlnMultiple:
    def __init__(self, data: dict):
        rule = data.get("uln_multiple") or {}
        self.concepts: FrozenSet[str] = frozenset(rule.get("concepts") or [])
        self.number = re.compile(rule["number"]) if rule.get("number") else None
        self.words: Dict[str, float] = {str(k).lower(): float(v) for k, v in (rule.get("words") or {}).items()}
        self.approximate = re.compile(rule["approximate"]) if rule.get("approximate") else None
        self.below = re.compile(rule["below"]) if rule.get("below") else None
        # the bounds written before a value (labs.yml comparators), tried at the end of the words before the multiple
        self.bounds: List[Tuple[str, "re.Pattern"]] = [
            (op, re.compile(r"(?i)(?:%s)[ \t]*$" % "|".join(alts)))
            for op, alts in (data.get("comparators") or {}).items()]

    def read(self, words: str) -> Dict[str, str]:
        """The attributes of the multiple the words give ({} when they give none)."""
        if self.number is None:
            return {}
        found = self.number.search(words)
        if found is None:
            return {}
        token = found.group(1).lower()
        value = self.words.get(token)
        if value is None:
            try:
                value = float(token)
            except ValueError:
                return {}
        out = {"uln_multiple": number_text(value)}
        comparator = self._comparator(words[:found.start()])
        if comparator:
            out["comparator"] = comparator
        return out

    def _comparator(self, before: str) -> Optional[str]:
        if self.below is not None and self.below.search(before):
            return "<"
        if self.approximate is not None and self.approximate.search(before):
            return "~"
        for op, pattern in self.bounds:
            if pattern.search(before):
                return op
        return None


@lru_cache(maxsize=4)
def uln_multiples(directory: Optional[str] = None) -> UlnMultiple:
    from pathlib import Path

    return UlnMultiple(load_yaml("labs.yml", Path(directory) if directory else None))
