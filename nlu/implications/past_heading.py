"""A line headed as the state before treatment ("治疗前情况：…", "基线：…", "Baseline: …",
"At diagnosis: …") in a follow-up note lists the findings the treatment was for: past, and not said
to persist, so they are set aside like a resolved finding and the note's statements of now decide
(README gold rules: historical / resolved findings are unknown). ConText cannot carry the heading
across the commas of its list (a Chinese comma ends every scope)."""

from __future__ import annotations

import re


class PastHeading:
    """implications.yml ``past_heading``."""

    def __init__(self, data: dict):
        self.heading = re.compile(data["heading"])
        self.line_end = re.compile(data.get("line_end") or r"\n")
        self.now_heading = re.compile(data["now_heading"])


def past_headings(text: str, targets, statuses, rule: "PastHeading | None") -> set:
    """Each present target after a ``heading`` match and before its line ends (``line_end``)
    becomes historical when a later line opens with a ``now_heading`` (the note sets the state of
    now against it; without one, "Baseline:" is the work-up the diagnosis rests on). In place;
    absent, doubtful and family findings keep their status. Returns those targets: the caller
    marks their findings resolved."""
    past = set()
    if rule is None:
        return past
    for heading in rule.heading.finditer(text):
        stop = rule.line_end.search(text, heading.end())
        end = stop.start() if stop else len(text)
        if not rule.now_heading.search(text, end):
            continue
        for ent in targets:
            if ent.label_ != "ignore" and heading.end() <= ent.start_char and ent.end_char <= end \
                    and statuses[ent] == "present":
                statuses[ent] = "historical"
                past.add(ent)
    return past
