"""Loss of walking ("unable to walk", "wheelchair-bound", "坐轮椅") is distal weakness only in a
neuropathic context: after a stroke, a hip fracture or in a myopathy it says nothing about a
polyneuropathy (README 表2 polyneuropathy; 二(三) differential). Likewise weakness written as
proximal ("四肢近端无力", "proximal weakness") is not distal weakness."""

from __future__ import annotations

import re

from nlu.components._text import stretch, stretch_start


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
        mention = text[ent.start_char:ent.end_char]  # ent.text, without building the tokens
        if rule.weakness.search(mention):
            clause = stretch_start(text, ent.start_char, rule.clause_start)
            if rule.proximal.search(text, clause, ent.end_char) and not rule.distal.search(
                    text, clause, ent.end_char):
                statuses[ent] = "other"
            continue
        if not rule.immobility.search(mention):
            continue
        lo, hi = stretch(text, ent.start_char, ent.end_char, rule.sentence_end)
        if rule.other_cause.search(text, lo, hi):
            statuses[ent] = "other"
            continue
        lo, hi = stretch(text, ent.start_char, ent.end_char, rule.paragraph_break)
        if not any(other is not ent and other.label_ in rule.context and statuses[other] == "present"
                   and lo <= other.start_char < hi and not rule.not_context.search(text[other.start_char:other.end_char])
                   for other in targets):
            statuses[ent] = "other"
