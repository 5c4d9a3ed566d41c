"""Whether a scan read as a whole (implications.yml ``normal_scan``: a whole-abdomen ultrasound
or CT) is stated normal: "normal whole abdominal scan" (the word before the name, which ConText
reads as "no <test>", a test not done, when it is a negation) is; "胸腹部CT未见胸腔积液及腹水"
and "腹部超声：脾脏大小正常" are not - their negation is about the findings named with it, which
speak for themselves."""

from __future__ import annotations

import re

from nlu.implications.categories import NEGATED
from nlu.rules import TEST_PREFIX


class NormalScan:
    """implications.yml ``normal_scan``."""

    def __init__(self, data: dict):
        self.tests = {TEST_PREFIX + str(t) for t in data.get("tests") or []}
        # tests stated normal by the word before their name only ("normal thyroid function",
        # "normal TFTs, normal testosterone"); their own negation stays theirs
        self.named_tests = {TEST_PREFIX + str(t) for t in data.get("normal_before_tests") or []}
        self.named_not = re.compile(data.get("normal_before_tests_not") or "(?!)")
        self.normal_before = re.compile(data.get("normal_before") or "(?!)")


def _shared_negation(ent, targets) -> bool:
    """The test's negation also negates a finding named with it, or stands after a finding
    named between the test and it ("腹部超声：脾脏大小正常")."""
    spans = {m.modifier_span for m in ent._.modifiers if m.category == NEGATED}
    findings = [t for t in targets if t is not ent and t.label_ != "ignore"
                and not t.label_.startswith(TEST_PREFIX)]
    return bool(spans) and any(
        any(m.category == NEGATED and m.modifier_span in spans for m in other._.modifiers)
        or any(ent.end <= other.start < start for start, _ in spans)
        for other in findings)


def normal_scans(text: str, targets, statuses, rule: "NormalScan | None") -> None:
    """A whole scan with a normal word right before its name is normal ("absent"); one whose
    negation belongs to findings named with it says nothing by itself ("other"). In place."""
    if rule is None:
        return
    for ent in targets:
        if ent.label_ in rule.named_tests:
            if (statuses[ent] == "present" and rule.normal_before.search(text, 0, ent.start_char)
                    and not rule.named_not.search(text, 0, ent.start_char)):
                statuses[ent] = "absent"
            continue
        if ent.label_ not in rule.tests:
            continue
        if statuses[ent] == "present" and rule.normal_before.search(text, 0, ent.start_char):
            statuses[ent] = "absent"
        elif statuses[ent] == "absent" and _shared_negation(ent, targets):
            statuses[ent] = "other"
