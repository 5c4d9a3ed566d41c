"""Each target's status, with the tests of a list stated normal as a whole read normal too."""

from __future__ import annotations

import re
from typing import Dict, Optional

from nlu.implications.categories import POSSIBLE
from nlu.implications.explained import explained_by
from nlu.implications.other_none import other_means_none
from nlu.implications.negated_lists import negated_lists
from nlu.implications.negative_results import negative_results
from nlu.implications.rules import ImplicationRules
from nlu.implications.ruled_out import ruled_out
from nlu.implications.status import asserted_object, forward_negation, span_status
from nlu.rules import TEST_PREFIX
from nlu.span_values import span_value

# from a group's name to the parenthesis that lists its members: " were negative ("
_TO_PARENTHESIS = re.compile(r"[^()\n.;。；]*?\(")


def list_member(ent, rules: ImplicationRules) -> bool:
    """A test name, or a test written as a concept without its own result ("IFE", "SPEP")."""
    label = ent.label_
    if label.startswith(TEST_PREFIX):
        return True
    if label not in rules.list_members:
        return False
    return (span_value(ent, "poems_attributes") or {}).get("_result", "none") == "none"


def _to_be_done(ent, words) -> bool:
    """A test name doubted only by words that mean "still to be examined" ("骨CT待查"): the test
    is not done yet, its result unknown (a finding doubted by them stays in doubt)."""
    if not ent.label_.startswith(TEST_PREFIX):
        return False
    doc = ent.doc
    doubts = [m for m in span_value(ent, "modifiers") if m.category == POSSIBLE]
    return bool(doubts) and all(
        doc[m.modifier_span[0]:m.modifier_span[1]].text.strip() in words for m in doubts)


def list_statuses(text: str, targets, rules: ImplicationRules) -> Dict[object, Optional[str]]:
    """Each target's status; a test named in a list whose last member is stated normal
    ("..., cortisol and prolactin normal") is normal too, and so is each test listed in the
    parenthesis of a group stated negative ("M-protein studies negative (SPEP, IFE, FLC)").
    Then the lists negated as a whole, the tests read negative through their result, the
    findings of a criterion the writer rules out, the signs put down to another disease and "no
    other ..." where nothing of the kind was stated."""
    statuses = {ent: span_status(ent) for ent in targets}
    if rules.test_to_be_done:
        for ent in targets:
            if statuses[ent] == "uncertain" and _to_be_done(ent, rules.test_to_be_done):
                statuses[ent] = "not_done"
    tests = [e for e in targets if list_member(e, rules)]
    if rules.routine_tail is not None:  # "FBC, U&E, LFT unremarkable"
        for ent in tests:
            if statuses[ent] == "present" and rules.routine_tail.match(text[ent.end_char:ent.end_char + 80]):
                statuses[ent] = "absent"
    for i in range(len(tests) - 2, -1, -1):
        ent, nxt = tests[i], tests[i + 1]
        if statuses[ent] != "present" or ent.end_char > nxt.start_char:
            continue
        if statuses[nxt] == "absent" and not forward_negation(nxt) and rules.list_gap.match(
                text[ent.end_char:nxt.start_char]) and not asserted_object(ent):
            statuses[ent] = "absent"
    for group in tests:
        if statuses[group] != "absent" or forward_negation(group):
            continue
        opening = _TO_PARENTHESIS.match(text, group.end_char, group.end_char + rules.list_parenthesis_within)
        close = text.find(")", opening.end()) if opening else -1
        if close < 0:
            continue
        for ent in tests:
            if opening.end() <= ent.start_char and ent.end_char <= close and statuses[ent] == "present":
                statuses[ent] = "absent"
    negated_lists(text, targets, statuses, rules.list_gap, rules.list_stated_normal, rules.list_own_result,
                  rules.list_own_grade)
    negative_results(text, targets, statuses, rules)
    ruled_out(text, targets, statuses, rules.ruled_out)
    explained_by(text, targets, statuses, rules.explained_by, rules.explained_same_words)
    other_means_none(targets, statuses, rules.other_means_none)
    return statuses
