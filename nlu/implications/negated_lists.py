"""A list negated after its last member, or by a verb before its first, is negated as a whole."""

from __future__ import annotations

import re
from typing import List, Optional, Pattern, Tuple

from nlu.implications.list_gap import LIST_GAP
from nlu.implications.status import NEGATED, asserted_object
from nlu.rules import TEST_PREFIX
from nlu.span_values import span_value

# "..., ascites and effusions were not present": a list joined by a coordinator, or negated by a
# plural verb, is negated as a whole
COORDINATOR = re.compile(r"\b(?:and|or|nor)\b|[和及与或、]", re.I)
PLURAL_TRIGGER = re.compile(r"(?:were|are|all|both|均|都|皆)(?![A-Za-z])", re.I)
# a member's own bracket ("全身皮肤色素沉着（以面部及四肢为著），浅表淋巴结未触及"): its "及" joins the
# sites of that member, not the members of a list
_BRACKETED = re.compile(r"[(（\[【][^()（）\[\]【】]*[)）\]】]")


def coordinated_across(gap: str) -> bool:
    """A coordinator joins the two members across ``gap``, outside any bracket in it."""
    return bool(COORDINATOR.search(_BRACKETED.sub(" ", gap)))


def _negated_after(last, stated_normal: Optional[Pattern[str]]) -> Optional[Tuple[str, str]]:
    """(words between, trigger) of the negation after ``last``: ConText's, or the end of a phrase
    that states the count normal after its name ("platelets normal", "血小板正常": a fixed
    status, ``stated_normal``); None when nothing negates it from after."""
    if span_value(last, "poems_fixed_status"):
        said = stated_normal.search(last.text) if stated_normal is not None else None
        return ("", said.group(0)) if said else None
    after = [m for m in span_value(last, "modifiers") if m.category == NEGATED and m.modifier_span[0] >= last.end]
    if not after:
        return None
    return (last.doc[last.end:after[0].modifier_span[0]].text,
            last.doc[after[0].modifier_span[0]:after[0].modifier_span[1]].text)


def _own_result(ent, own_result: Optional[Pattern[str]]) -> bool:
    """The member states its own result ("Hb raised", a phrase of fixed status): the list's
    negation after it is not its result ("Hb raised, WCC and platelets normal")."""
    return bool(span_value(ent, "poems_fixed_status")) or (own_result is not None and own_result.search(ent.text))


def _own_grade(text: str, ent, own_grade: Optional[Pattern[str]]) -> bool:
    """The member is followed by its own grade or amount in brackets ("双下肢水肿（轻度）、胸水：无",
    "Leg oedema (mild) and effusions: none"): it states itself present, the list's answer is the
    other members'."""
    return own_grade is not None and own_grade.match(text, ent.end_char) is not None


def negated_lists(text: str, targets, statuses, joins: Pattern[str] = LIST_GAP,
                  stated_normal: Optional[Pattern[str]] = None, own_result: Optional[Pattern[str]] = None,
                  own_grade: Optional[Pattern[str]] = None) -> None:
    """"Hyperpigmentation, hypertrichosis and haemangiomas were absent": findings listed before
    the last one of a list negated after it are negated too (ConText ends a backward scope at
    each comma and "and"; "Hb and platelets normal" ends with a phrase stated normal). The list
    must be coordinated ("and", "or", "、") or negated with a plural verb ("were absent"), so
    "mild oedema, ascites absent" keeps its oedema."""
    items = [e for e in targets if e.label_ != "ignore" and not e.label_.startswith(TEST_PREFIX)]
    for i in range(len(items) - 1, 0, -1):
        last = items[i]
        negation = _negated_after(last, stated_normal) if statuses[last] == "absent" else None
        if negation is None:
            continue
        between, trigger = negation
        chain = []
        for j in range(i, 0, -1):
            prev, cur = items[j - 1], items[j]
            gap = text[prev.end_char:cur.start_char]
            if prev.end_char > cur.start_char or not joins.match(gap):
                break
            if asserted_object(prev):  # "she has a small paraprotein and anti-MAG was negative"
                break
            chain.append((prev, gap))
        if not chain:
            continue
        if not (any(coordinated_across(gap) for _, gap in chain)
                or PLURAL_TRIGGER.match(between.strip(" \t-–—:：,，") + " " + trigger)):
            continue
        for prev, _ in chain:
            if statuses[prev] == "present" and not _own_result(prev, own_result) \
                    and not _own_grade(text, prev, own_grade):
                statuses[prev] = "absent"
    forward_lists(text, items, statuses, joins)


def _terminators(doc) -> List[int]:
    """Where ConText's terminators (TERMINATE modifiers) start in the note (token indices)."""
    graph = getattr(doc._, "context_graph", None)
    if graph is None:
        return []
    if hasattr(graph, "terminator_starts"):  # without building every modifier of the note
        return graph.terminator_starts()
    # a doc sent back from another process (nlp.pipe with n_process) holds medspaCy's own graph
    return [m.modifier_span[0] for m in graph.modifiers if m.category == "TERMINATE"]


def forward_lists(text: str, items, statuses, joins: Pattern[str] = LIST_GAP) -> None:
    """"CT excluded hepatosplenomegaly and lymphadenopathy", "ruled out ascites or effusions":
    findings coordinated after one negated from before are negated too (a verb-like trigger
    such as "excluded" ends its scope at "and", so it reaches only the first member). Only
    members that ConText left without any modifier are changed, and the chain must be
    coordinated ("and", "or", "nor"): "no ascites, mild oedema" keeps its oedema. A gap that holds
    a ConText terminator ends the chain as it ends the negation's scope ("no ascites as well as
    ...", "no ascites and her skin is darker": the "and" opens a clause of its own)."""
    ends = None
    for i, first in enumerate(items[:-1]):
        if statuses[first] != "absent" or span_value(first, "poems_fixed_status"):
            continue
        if not any(m.category == NEGATED and m.modifier_span[1] <= first.start
                   for m in span_value(first, "modifiers")):
            continue
        if ends is None:
            ends = _terminators(first.doc)
        chain, coordinated = [], False
        for j in range(i + 1, len(items)):
            prev, cur = items[j - 1], items[j]
            gap = text[prev.end_char:cur.start_char]
            if prev.end_char > cur.start_char or not joins.match(gap) \
                    or any(prev.end <= t < cur.start for t in ends):
                break
            coordinated = coordinated or coordinated_across(gap)
            chain.append(cur)
        if not coordinated:
            continue
        for cur in chain:
            if statuses[cur] == "present" and not span_value(cur, "modifiers") \
                    and not span_value(cur, "poems_fixed_status"):
                statuses[cur] = "absent"
