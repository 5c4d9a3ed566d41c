"""A line headed as the state before treatment ("治疗前情况：…", "基线：…", "Baseline: …",
"At diagnosis: …") in a follow-up note lists the findings the treatment was for: past, and not said
to persist, so they are set aside like a resolved finding and the note's statements of now decide
(README gold rules: historical / resolved findings are unknown). ConText cannot carry the heading
across the commas of its list (a Chinese comma ends every scope)."""

from __future__ import annotations

import re
from typing import Iterator

from nlu.prefilter import PrefilteredPattern


class PastHeading:
    """implications.yml ``past_heading``."""

    def __init__(self, data: dict):
        self.heading = re.compile(data["heading"])
        self.line_end = re.compile(data.get("line_end") or r"\n")
        self.now_heading = re.compile(data["now_heading"])
        sentence = data.get("sentence_heading")
        self.sentence_heading = PrefilteredPattern(sentence) if sentence else None
        self.sentence_end = re.compile(data.get("sentence_end") or r"[。\n]")


def past_headings(text: str, targets, statuses, rule: "PastHeading | None") -> set:
    """Each present target after a ``heading`` match and before its line ends (``line_end``)
    becomes historical when a later line opens with a ``now_heading`` (the note sets the state of
    now against it; without one, "Baseline:" is the work-up the diagnosis rests on). In place;
    absent, doubtful and family findings keep their status. Returns those targets: the caller
    marks their findings resolved."""
    past = set()
    if rule is None:
        return past
    for heading, end in _past_spans(text, rule):
        if not rule.now_heading.search(text, end):
            continue
        for ent in targets:
            if ent.label_ != "ignore" and heading.end() <= ent.start_char and ent.end_char <= end \
                    and statuses[ent] == "present":
                statuses[ent] = "historical"
                past.add(ent)
    return past


def _past_spans(text: str, rule: PastHeading) -> Iterator[tuple[re.Match, int]]:
    """(heading match, end of its reach): a heading that opens a line reaches to the line's end;
    one that opens a sentence inside a line ("…（IgG-κ型）。2024年3月确诊时：肝脾肿大，双下肢水肿…")
    reaches only to that sentence's end (``sentence_end``), as the line may go on to say what is
    so now."""
    for heading in rule.heading.finditer(text):
        stop = rule.line_end.search(text, heading.end())
        yield heading, (stop.start() if stop else len(text))
    if rule.sentence_heading is not None:
        for heading in rule.sentence_heading.finditer(text):
            stop = rule.sentence_end.search(text, heading.end())
            yield heading, (stop.start() if stop else len(text))
