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
        # "查了M蛋白，阴性", "M-protein checked, negative": one finding said checked, its result
        # after the comma closing the clause (``checked_answer``; the check word before the
        # finding, ``checked_before``, or inside the answer)
        self.checked_answer = re.compile(data.get("checked_answer") or "(?!)")
        self.checked_before = re.compile(data.get("checked_before") or "(?!)")
        self.checked_tests = frozenset(data.get("checked_tests") or ())


def heading_answers(text: str, targets, statuses, rule: "HeadingAnswer | None") -> None:
    """The findings of a heading (one finding, or several joined by ``separator``) followed by
    ``answer`` become absent when the heading opens its line or clause (only ``before_heading``
    between ``heading_start`` and its first finding). In place; only present ones change."""
    if rule is None:
        return
    items = []
    for ent in targets:
        if ent.label_.startswith(TEST_PREFIX):
            _checked_answer(text, ent, statuses, rule)  # "Fundoscopy, normal", "眼底查了，正常"
        elif ent.label_ != "ignore":
            items.append(ent)
    for i, last in enumerate(items):
        if not rule.answer.match(text, last.end_char):
            _checked_answer(text, last, statuses, rule)
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


def _checked_answer(text: str, ent, statuses, rule: HeadingAnswer) -> None:
    """``ent`` said checked and answered after a comma ("查了M蛋白，阴性", "M-protein checked,
    negative", "查了M蛋白，结果阴性", "免疫固定电泳，阴性", "Fundoscopy, normal", "IFE做了吗？做了，
    阴性"): absent (a test: done and normal). Only a finding that opens its clause (after
    ``before_heading`` words) and only when a check word stands before it or in the answer, or it
    names a test or a test's result (``checked_tests``). A question mark after the result ("M蛋白，
    阴性？") leaves it in doubt (uncertain); a positive result counts only so doubted."""
    answer = rule.checked_answer.match(text, ent.end_char)
    if answer is None:
        return
    # the question mark of a check asked and answered ("IFE做了吗？做了，阴性") is no doubt
    asked = "asked" in answer.re.groupindex and answer.group("asked")
    if statuses[ent] != "present" and not (asked and statuses[ent] == "uncertain"):
        return
    doubt = answer.group("doubt") if "doubt" in answer.re.groupindex else None
    if "positive" in answer.re.groupindex and answer.group("positive") and not doubt:
        return
    opening = stretch_start(text, ent.start_char, rule.heading_start)
    before = text[opening:ent.start_char]
    if not rule.before_heading.fullmatch(before):
        return
    if answer.group("checked") or ent.label_ in rule.checked_tests or ent.label_.startswith(TEST_PREFIX) \
            or rule.checked_before.search(before):
        statuses[ent] = "uncertain" if doubt else "absent"
