"""A sensory symptom named with both limbs is a symmetric distal sensory symptom."""

from __future__ import annotations

import re
from typing import Optional

from nlu.components._text import stretch_start

_CLAUSE_END = re.compile(r"[,，。;；:：\n]")


def bilateral(text: str, ent, rule) -> Optional[tuple]:
    """(start, end) of "双下肢…麻木" / "numbness … in both feet" around a sensory symptom
    (``rule``: implications.yml ``bilateral_symptoms`` as read by ImplicationRules)."""
    _, _, symptom, before, negation, after = rule
    if not symptom.search(text[ent.start_char:ent.end_char]):  # ent.text, without the tokens
        return None
    lo = max(0, ent.start_char - 16)
    window = text[lo:ent.start_char]
    cut = stretch_start(text, ent.start_char, _CLAUSE_END, 16) - lo
    best = None
    for m in before.finditer(window, cut):
        best = m
    if best is not None and not negation.search(window, best.end()):
        return lo + best.start(), ent.end_char
    m = after.match(text, ent.end_char)
    if m:
        return ent.start_char, m.end()
    return None
