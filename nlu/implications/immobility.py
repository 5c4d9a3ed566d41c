"""Loss of walking ("unable to walk", "wheelchair-bound", "坐轮椅") is distal weakness only in a
neuropathic context: after a stroke, a hip fracture or in a myopathy it says nothing about a
polyneuropathy (README 表2 polyneuropathy; 二(三) differential). Likewise weakness written as
proximal ("四肢近端无力", "proximal weakness") is not distal weakness."""

from __future__ import annotations

import re


class ImmobilityContext:
    """implications.yml ``immobility``."""

    def __init__(self, data: dict):
        self.concept = str(data["concept"])
        self.immobility = re.compile(data["immobility"])
        self.other_cause = re.compile(data["other_cause"])
        self.sentence_end = re.compile(data["sentence_end"])
        self.paragraph_break = re.compile(data["paragraph_break"])
        self.context = set(data.get("context") or [])
        self.not_context = re.compile(data["not_context"])
        self.weakness = re.compile(data.get("weakness") or "(?!)")
        self.proximal = re.compile(data.get("proximal") or "(?!)")
        self.distal = re.compile(data.get("distal") or "(?!)")
        self.clause_start = re.compile(data.get("clause_start") or r"[,，;；。\n]")


def _bounds(pattern, text: str, start: int, end: int) -> tuple:
    """The stretch around ``start:end`` between two matches of ``pattern`` (or the note's ends)."""
    lo = max((m.end() for m in pattern.finditer(text, 0, start)), default=0)
    hi = pattern.search(text, end)
    return lo, hi.start() if hi else len(text)


def immobility_in_context(text: str, targets, statuses, rule: "ImmobilityContext | None") -> None:
    """A present loss-of-walking mention of ``concept`` says nothing (status "other") when its
    sentence names another cause, or when no other present neuropathic finding (``context``,
    not itself an immobility or a bare weakness: ``not_context``) stands in its paragraph. A
    weakness with a proximal word before it in its clause (and no distal one) says nothing
    either. In place."""
    if rule is None:
        return
    for ent in targets:
        if ent.label_ != rule.concept or statuses[ent] != "present":
            continue
        if rule.weakness.search(ent.text):
            clause = max((m.end() for m in rule.clause_start.finditer(text, 0, ent.start_char)), default=0)
            if rule.proximal.search(text, clause, ent.end_char) and not rule.distal.search(
                    text, clause, ent.end_char):
                statuses[ent] = "other"
            continue
        if not rule.immobility.search(ent.text):
            continue
        lo, hi = _bounds(rule.sentence_end, text, ent.start_char, ent.end_char)
        if rule.other_cause.search(text, lo, hi):
            statuses[ent] = "other"
            continue
        lo, hi = _bounds(rule.paragraph_break, text, ent.start_char, ent.end_char)
        if not any(other is not ent and other.label_ in rule.context and statuses[other] == "present"
                   and lo <= other.start_char < hi and not rule.not_context.search(other.text)
                   for other in targets):
            statuses[ent] = "other"
