"""A skin sign the writer puts down, in its own sentence, to a skin disease that is not a POEMS
change ("皮肤呈天鹅绒样增厚、色素加深，考虑黑棘皮病", "darkened velvety axillae, in keeping with
acanthosis nigricans") says nothing of the POEMS skin criterion (README 表2 skin changes: only
the listed changes count)."""

from __future__ import annotations

import re
from typing import List

from nlu.components._text import stretch_end


class Explained:
    """One rule of implications.yml ``explained_by``."""

    def __init__(self, data: dict, sentence_end: "re.Pattern"):
        self.concepts = set(data["concepts"])
        self.cause = re.compile(data["cause"])
        self.sentence_end = sentence_end


def explained_from(data: dict) -> List[Explained]:
    """implications.yml ``explained_by``: the shared sentence end and the rules."""
    if not data:
        return []
    sentence_end = re.compile(data["sentence_end"])
    return [Explained(entry, sentence_end) for entry in data["rules"]]


def explained_by(text: str, targets, statuses, rules: List[Explained]) -> None:
    """A present mention of ``concepts`` followed in its sentence by ``cause`` (an attribution
    and the other disease) gets the status "other". In place."""
    for rule in rules:
        for ent in targets:
            if ent.label_ not in rule.concepts or statuses[ent] != "present":
                continue
            end = stretch_end(text, ent.end_char, rule.sentence_end)
            if rule.cause.search(text, ent.end_char, end):
                statuses[ent] = "other"
