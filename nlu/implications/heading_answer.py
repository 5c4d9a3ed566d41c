"""A heading answered no ("胸水/腹水: none", "Effusions:\nnone", "胸腹水：\n无"): every finding the
heading names is absent, also when the answer stands on the next line or closes the note, where
ConText reads no answer (its heading rule needs a token after the answer)."""

from __future__ import annotations

import re

from nlu.components._text import stretch_start
from nlu.rules import TEST_PREFIX


class HeadingAnswer:
    """implications.yml ``heading_answer``."""

    def __init__(self, data: dict):
        self.answer = re.compile(data["answer"])
        self.separator = re.compile(data["separator"])
        self.heading_start = re.compile(data["heading_start"])
        self.before_heading = re.compile(data["before_heading"])


def heading_answers(text: str, targets, statuses, rule: "HeadingAnswer | None") -> None:
    """The findings of a heading (one finding, or several joined by ``separator``) followed by
    ``answer`` become absent when the heading opens its line or clause (only ``before_heading``
    between ``heading_start`` and its first finding). In place; only present ones change."""
    if rule is None:
        return
    items = [e for e in targets if e.label_ != "ignore" and not e.label_.startswith(TEST_PREFIX)]
    for i, last in enumerate(items):
        if not rule.answer.match(text, last.end_char):
            continue
        first = i
        while first > 0 and items[first - 1].end_char <= items[first].start_char and rule.separator.fullmatch(
                text, items[first - 1].end_char, items[first].start_char):
            first -= 1
        start = items[first].start_char
        opening = stretch_start(text, start, rule.heading_start)
        if not rule.before_heading.fullmatch(text, opening, start):
            continue
        for ent in items[first:i + 1]:
            if statuses[ent] == "present":
                statuses[ent] = "absent"
