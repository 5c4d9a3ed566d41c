"""A hormone named with its own value is judged by that value (nlu.components.labs reads it,
against the range written with it or the hormone's usual range in labs.yml): a normal word
written after another hormone's name that follows the value is that hormone's. "TSH 7.9 (fT4
normal)", "Testosterone 6.2 nmol/L (cortisol normal)": the normal is fT4's, cortisol's, not
TSH's or testosterone's; "TSH 2.1 (normal)" and "TSH, fT4 normal" (no value, or nothing
named between) stay read as stated normal."""

from __future__ import annotations

import re

from nlu.implications.categories import NEGATED
from nlu.rules import TEST_PREFIX


class OwnValue:
    """implications.yml ``own_value``."""

    def __init__(self, data: dict):
        self.tests = {TEST_PREFIX + str(t) for t in data.get("tests") or []}
        self.value_after = re.compile(data["value_after"])


def _normal_of_another(ent, targets, labels) -> bool:
    """Every negation of ``ent`` stands after another test of ``labels`` named after it."""
    spans = [m.modifier_span for m in ent._.modifiers if m.category == NEGATED]
    return bool(spans) and all(
        start >= ent.end and any(
            other is not ent and other.label_ in labels and ent.end <= other.start and other.end <= start
            for other in targets)
        for start, _ in spans)


def own_values(text: str, targets, statuses, rule: "OwnValue | None") -> None:
    """A hormone with its value after its name, whose normal word belongs to a hormone named
    after that value: done, its result its value's (``present``: nothing stated normal). In place."""
    if rule is None:
        return
    for ent in targets:
        if ent.label_ in rule.tests and statuses[ent] == "absent" \
                and rule.value_after.match(text, ent.end_char) \
                and _normal_of_another(ent, targets, rule.tests):
            statuses[ent] = "present"
