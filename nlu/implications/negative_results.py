"""A test next to its negated monoclonal result is a negative test."""

from __future__ import annotations

import re

from nlu.implications.rules import ImplicationRules

_GAP_WORD = re.compile(r"[A-Za-z]+|[\u4e00-\u9fff]|\S")


def negative_results(text: str, targets, statuses, rules: ImplicationRules) -> None:
    """"IFE showed no monoclonal band", "no M-protein on immunofixation": a test next to its
    negated monoclonal result (only linking words between them) is negative. The test's entry
    in ``statuses`` becomes ("absent", start, end) over both mentions."""
    if not rules.result_tests:
        return
    for i, ent in enumerate(targets):
        if ent.label_ not in rules.result_tests or statuses[ent] not in ("present", "absent"):
            continue
        if statuses[ent] == "present" and (ent._.poems_attributes or {}).get("_result", "none") == "isotype":
            continue  # "IFE: IgA-λ; no M-spike on SPEP" names its own result
        for j, words, sign in ((i + 1, rules.result_after, 1), (i - 1, rules.result_before, -1)):
            if not 0 <= j < len(targets):
                continue
            other = targets[j]
            if other.label_ not in rules.result_concepts or statuses[other] != "absent":
                continue
            lo, hi = (ent.end_char, other.start_char) if sign > 0 else (other.end_char, ent.start_char)
            if hi < lo or hi - lo > rules.result_gap:
                continue
            if all(w.lower() in words for w in _GAP_WORD.findall(text[lo:hi])):
                statuses[ent] = ("absent", min(ent.start_char, other.start_char),
                                 max(ent.end_char, other.end_char))
                break
