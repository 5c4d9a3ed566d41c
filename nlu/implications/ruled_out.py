"""A criterion the writer rules out in a conclusion ("No evidence of a peripheral neuropathy",
"不支持周围神经病", "no evidence of a monoclonal gammopathy") outweighs the findings that only
fit it (numb feet after walking in lumbar stenosis, foot drop and denervation in ALS, an FLC
ratio raised with renal failure): README 二(三) differential - the writer names the mimic."""

from __future__ import annotations

import re
from typing import List

from nlu.components._text import stretch, stretch_end
from nlu.implications.categories import NEGATED
from nlu.span_values import span_value


class RuledOut:
    """One entry of implications.yml ``ruled_out``."""

    def __init__(self, data: dict, conclusion: "re.Pattern", clause_end: "re.Pattern",
                 sentence_end: "re.Pattern"):
        self.stated_by = set(data["stated_by"])
        self.words = re.compile(data.get("words") or ".")
        self.yields = set(data["yields"])
        self.unless = set(data.get("unless") or [])
        self.not_with = set(data.get("not_with") or [])
        self.conclusion = conclusion
        self.clause_end = clause_end
        self.sentence_end = sentence_end


def rules_from(data: dict) -> List[RuledOut]:
    """implications.yml ``ruled_out``: the shared patterns and the entries."""
    if not data:
        return []
    conclusion = re.compile(data["conclusion"])
    clause_end = re.compile(data["clause_end"])
    sentence_end = re.compile(data["sentence_end"])
    return [RuledOut(entry, conclusion, clause_end, sentence_end) for entry in data["rules"]]


def _concludes(text: str, ent, targets, statuses, rule: RuledOut) -> bool:
    """``ent`` is stated absent by a conclusion: a negation whose words, with the mention's
    clause, read as one ("no evidence of", "不支持", "未见…证据"), in a sentence that names no
    test of ``not_with`` (a normal test speaks through normal_test / soft_absent)."""
    if ent.label_ not in rule.stated_by or statuses[ent] != "absent" \
            or not rule.words.search(text[ent.start_char:ent.end_char]):  # ent.text
        return False
    doc = ent.doc
    negations = [m for m in span_value(ent, "modifiers") if m.category == NEGATED]
    if not negations:
        return False
    start = min([ent.start_char] + [doc[m.modifier_span[0]].idx for m in negations])
    end = stretch_end(text, ent.end_char, rule.clause_end)
    if not rule.conclusion.search(text, start, end):
        return False
    lo, hi = stretch(text, ent.start_char, ent.end_char, rule.sentence_end)
    return not any(t.label_ in rule.not_with and lo <= t.start_char < hi for t in targets)


def ruled_out(text: str, targets, statuses, rules: List[RuledOut]) -> None:
    """The findings of ``yields`` say nothing (status "other") when the note rules the
    criterion out in a conclusion and states none of ``unless`` present or past. In place."""
    for rule in rules:
        if not any(_concludes(text, t, targets, statuses, rule) for t in targets):
            continue
        if any(t.label_ in rule.unless and statuses[t] in ("present", "historical") for t in targets):
            continue
        for t in targets:
            if t.label_ in rule.yields and statuses[t] in ("present", "historical"):
                statuses[t] = "other"
