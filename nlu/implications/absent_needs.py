"""A finding that only a particular study can show absent: "Castleman disease absent" needs a
node's pathology (README gold rules: Castleman absent = a node biopsy showing reactive hyperplasia
only; not biopsied = unknown). A clinician's "无Castleman病证据" / "no evidence of Castleman
disease" in an opinion, with no biopsy on its line, states nothing about the criterion."""

from __future__ import annotations

import re


def absent_needs(text: str, targets, statuses, rules: "dict[str, re.Pattern]") -> None:
    """An absent target whose label has a rule in ``rules`` says nothing ("other") unless its line
    (between line breaks) matches the rule: the study that can show it absent. In place."""
    if not rules:
        return
    for ent in targets:
        need = rules.get(ent.label_)
        if need is None or statuses[ent] != "absent":
            continue
        start = text.rfind("\n", 0, ent.start_char) + 1
        stop = text.find("\n", ent.end_char)
        if not need.search(text, start, len(text) if stop < 0 else stop):
            statuses[ent] = "other"
