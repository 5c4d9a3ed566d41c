"""A criterion's name used as the label of a form line ("Organomegaly: Hepatomegaly No / ...",
"Skin changes: Hyperpigmentation No / ...", "Thrombocytosis/polycythemia: Plt 392 × 10^9/L"):
the label states nothing, the findings or values written after it do."""

from __future__ import annotations

import re

from nlu.rules import TEST_PREFIX


class LabelHeading:
    """implications.yml ``label_heading``."""

    def __init__(self, data: dict):
        self.concepts = set(data["concepts"])
        self.colon = re.compile(data["colon"])
        self.joiner = re.compile(data["joiner"])
        self.value_start = re.compile(data["value_start"])
        self.within = int(data.get("within") or 30)
        self.line_end = re.compile(data.get("line_end") or r"[\n。;；]")


def label_headings(text: str, targets, statuses, rule: "LabelHeading | None") -> None:
    """A present finding of ``concepts`` (or several joined by ``joiner``) followed by ``colon``
    and then, on the same line and within ``within`` characters, another finding or a lab value
    (``value_start``) is a label: its status becomes "other" (read as nothing). In place."""
    if rule is None:
        return
    items = [e for e in targets if e.label_ != "ignore"]
    for i, ent in enumerate(items):
        if ent.label_ not in rule.concepts or statuses[ent] != "present":
            continue
        group = [ent]
        j = i
        while j + 1 < len(items) and items[j + 1].label_ in rule.concepts and rule.joiner.fullmatch(
                text, items[j].end_char, items[j + 1].start_char):
            j += 1
            group.append(items[j])
        colon = rule.colon.match(text, group[-1].end_char)
        if not colon:
            continue
        answer = text[colon.end():colon.end() + rule.within]
        stop = rule.line_end.search(answer)
        answer_end = colon.end() + (stop.start() if stop else len(answer))
        follows = any(colon.end() <= e.start_char < answer_end and not e.label_.startswith(TEST_PREFIX)
                      for e in items[j + 1:])
        if follows or rule.value_start.match(text, colon.end()):
            for member in group:
                if statuses[member] == "present":
                    statuses[member] = "other"
