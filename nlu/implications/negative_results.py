"""A test next to its negated monoclonal result is a negative test; a test sent and then
reported back ("IFE was sent, which came back negative") has that result, not a pending one."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Tuple

from nlu.implications.rules import ImplicationRules
from nlu.rules import load_yaml
from nlu.span_values import span_value

_GAP_WORD = re.compile(r"[A-Za-z]+|[\u4e00-\u9fff]|\S")
# the end of the sentence a reported result is looked for in
_SENTENCE_END = re.compile(r"[。！!？?\n]|\.(?:\s|$)")


def negative_results(text: str, targets, statuses, rules: ImplicationRules) -> None:
    """"IFE showed no monoclonal band", "no M-protein on immunofixation": a test next to its
    negated monoclonal result (only linking words between them) is negative. The test's entry
    in ``statuses`` becomes ("absent", start, end) over both mentions. First, a test said to be
    pending whose result the sentence reports back is read with that result (``reported_back``)."""
    reported_back(text, targets, statuses)
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


@lru_cache(maxsize=1)
def _reported_back() -> Optional[Tuple["re.Pattern", int]]:
    """The reported-result pattern of immunofixation.yml ``reported_back`` (group ``negative``
    or ``positive`` says which) and its window, or None when the rules have none."""
    spec = load_yaml("immunofixation.yml", None).get("reported_back")
    if not spec:
        return None

    def either(forms) -> str:
        return "|".join(f"(?:{form})" for form in forms)

    pattern = re.compile(
        rf"(?<![A-Za-z])(?:{either(spec['report'])}){spec['joiner']}"
        rf"(?:(?P<negative>{either(spec['negative'])})|(?P<positive>{either(spec['positive'])}))"
        rf"(?![A-Za-z])", re.I)
    return pattern, int(spec.get("window", 80))


def reported_back(text: str, targets, statuses) -> None:
    """"Serum IFE was sent, which came back negative", "免疫固定电泳已送检，结果回报阴性": a target
    whose status is pending, followed in its sentence (before any other target) by a result
    reported back, takes that result: ("absent" | "present", start, end) over the test and the
    result. "sent, result pending" / "结果未回" reports nothing and stays pending."""
    rule = _reported_back()
    if rule is None:
        return
    pattern, window = rule
    for i, ent in enumerate(targets):
        if statuses[ent] != "pending":
            continue
        limit = min(len(text), ent.end_char + window)
        stop = _SENTENCE_END.search(text, ent.end_char, limit)
        if stop:
            limit = stop.start()
        found = pattern.search(text, ent.end_char, limit)
        if not found:
            continue
        result = "negative" if found.group("negative") else "positive"
        # another finding named before the result has it ("FLC sent, SPEP came back negative");
        # one inside the result's words is what it reports ("结果回报：未见单克隆条带")
        if any(ent.end_char <= t.start_char < found.start(result) for t in targets[i + 1:]):
            continue
        statuses[ent] = ("absent" if result == "negative" else "present", ent.start_char, found.end())
        attributes = dict(span_value(ent, "poems_attributes") or {})
        if result == "positive" and attributes.get("_result", "none") == "none":
            attributes["_result"] = "positive"  # the result it names (nlu/components/immunofixation.py)
            ent._.poems_attributes = attributes
