"""An isotype written on its own ("MM, IgG-λ", "IgA-κ 42 g/L") names a monoclonal protein."""

from __future__ import annotations

from typing import Callable, Optional

from nlu.implications.rules import ImplicationRules


def _scan(rules: ImplicationRules):
    """The isotype regex's whole-note scan, started where an isotype can start
    (:class:`nlu.components.start_chars.StartScan`; made on first use, as it imports spaCy's
    components package)."""
    scan = rules.__dict__.get("_isotype_scan")
    if scan is None or scan.regex is not rules.isotype:
        from nlu.components.start_chars import StartScan

        scan = rules.__dict__["_isotype_scan"] = StartScan(rules.isotype)
    return scan


def isotype_finding(text: str, rules: ImplicationRules,
                    stated: Callable[[str], bool]) -> Optional[tuple]:
    """(status, start, end, attributes) of the first isotype not followed by a negative result,
    unless a monoclonal mention is already ``stated`` (then the isotype belongs to it). The
    status is uncertain when the isotype is written in doubt ("可疑 IgA λ", "IgG κ?"), historical when
    it sits in a parenthesis closing on the time it was found ("(IgA lambda, ... at diagnosis)")."""
    if rules.isotype is None or any(stated(c) for c in rules.monoclonal_mentions):
        return None
    for m in _scan(rules).finditer(text):
        if rules.isotype_negative.match(text, m.end()):
            continue
        negated = getattr(rules, "isotype_negated_before", None)
        if negated is not None and negated.search(text, max(0, m.start() - 24), m.start()):
            continue  # "未见IgG-λ型M蛋白", "no IgG lambda paraprotein": named as not found
        heavy = rules.heavy.get(m.group("heavy").lower())
        light = rules.light.get(m.group("light").lower())
        doubt = rules.monoclonal_doubt
        status = "uncertain" if doubt and doubt.isotype_in_doubt(text, m.start(), m.end()) else "present"
        past = getattr(rules, "isotype_past", None)
        if status == "present" and past is not None and past.match(text, m.end()):
            status = "historical"  # "(IgA lambda, ..., raised VEGF at diagnosis)"
        return status, m.start(), m.end(), {"heavy_chain": heavy, "light_chain": light}
    return None
