"""A list of tests answered not done (or pending) after its last one ("M蛋白、VEGF均未查", "IFE、FLC和
VEGF都没查", "M protein and VEGF not yet checked"): every test of the list is not done, its result
unknown. ConText ends the not-done word's backward scope at each 、 and "and", so it reached only
the last test, and a test named as a concept ("M蛋白", "M protein") was read present from its name:
an unknown read as present."""

from __future__ import annotations

from typing import Callable, Dict, Optional, Set, Tuple

from nlu.implications.categories import NOT_DONE, PENDING, POSSIBLE
from nlu.implications.list_gap import LIST_GAP
from nlu.implications.negated_lists import PLURAL_TRIGGER, coordinated_across
from nlu.implications.undone_rule import UndoneList
from nlu.span_values import span_value

# the words after the last test that made it not done or pending; a doubt among them is a test
# "still to be examined" ("VEGF待查": lists.py _to_be_done has read its status not done)
_REASONS = (NOT_DONE, PENDING, POSSIBLE)


def _has_own_result(ent) -> bool:
    """A mention whose own words hold its result ("IFE negative", a phrase of fixed status)."""
    attributes = span_value(ent, "poems_attributes") or {}
    return bool(span_value(ent, "poems_fixed_status")) or attributes.get("_result", "none") != "none"


def undone_lists(text: str, targets, statuses: Dict[object, Optional[str]],
                 tested: Callable[[object], bool], rule: "UndoneList | None") -> None:
    """The tests (``tested``) listed before the last one of a list that a not-done or pending word
    after it answers take its status. As for a negated list (negated_lists.py) the list must be
    coordinated ("、", "and") or answered with a plural word ("均", "都", "were"); a member with a
    result or a modifier of its own ("M蛋白阳性、VEGF未查") keeps its status, and anything that is
    no test ends the list. In place."""
    items = [e for e in targets if e.label_ != "ignore"]
    for i in range(len(items) - 1, 0, -1):
        last = items[i]
        reason = statuses[last]
        if reason not in ("not_done", "pending") or not tested(last):
            continue
        after = [m for m in span_value(last, "modifiers")
                 if m.category in _REASONS and m.modifier_span[0] >= last.end]
        if not after:
            continue
        doc, (start, end) = last.doc, after[0].modifier_span
        between, trigger = text[last.end_char:doc[start].idx], doc[start:end].text
        chain, coordinated = [], False
        for j in range(i, 0, -1):
            prev, cur = items[j - 1], items[j]
            gap = text[prev.end_char:cur.start_char]
            if prev.end_char > cur.start_char or not tested(prev) or not LIST_GAP.match(gap):
                break
            coordinated = coordinated or coordinated_across(gap)
            chain.append(prev)
        if not chain or not (coordinated or PLURAL_TRIGGER.match(
                between.strip(" \t-–—:：,，") + " " + trigger)):
            continue
        shared = {m.modifier_span for m in after}
        for prev in chain:
            if statuses[prev] in ("present", "uncertain") and _only_shared(prev, shared) \
                    and not _has_own_result(prev):
                statuses[prev] = reason
    if rule is not None:
        _lists_after(text, items, statuses, tested, rule)


def _lists_after(text: str, items, statuses: Dict[object, Optional[str]],
                 tested: Callable[[object], bool], rule: UndoneList) -> None:
    """The same read forward: the tests listed after the first one that a not-done or pending
    word before it answers ("已送检血清免疫固定电泳、VEGF、游离轻链", "未查VEGF、游离轻链", "still need
    VEGF and FLC") take its status. ConText ends that word's forward scope at the first 、,
    so the later members were read as mere mentions. The list must be coordinated (、, and); a
    member with its own result or value after it ("已送检VEGF、FLC 20 mg/L": ``rule``) keeps it and
    ends the list, and anything that is no test ends it."""
    for i in range(len(items) - 1):
        first = items[i]
        reason = statuses[first]
        if reason not in ("not_done", "pending") or not tested(first):
            continue
        before = [m for m in span_value(first, "modifiers")
                  if m.category in (NOT_DONE, PENDING) and m.modifier_span[1] <= first.start]
        if not before:
            continue
        chain, coordinated = [], False
        for j in range(i + 1, len(items)):
            prev, cur = items[j - 1], items[j]
            gap = text[prev.end_char:cur.start_char]
            if prev.end_char > cur.start_char or not tested(cur) or not LIST_GAP.match(gap):
                break
            coordinated = coordinated or coordinated_across(gap)
            end = rule.member_end.search(text, cur.end_char)
            own = text[cur.end_char:end.start() if end else len(text)]
            if rule.own_result.search(own):
                break
            chain.append(cur)
        if not chain or not coordinated:
            continue
        shared = {m.modifier_span for m in before}
        for cur in chain:
            if statuses[cur] in ("present", "uncertain") and _only_shared(cur, shared) \
                    and not _has_own_result(cur):
                statuses[cur] = reason


def _only_shared(ent, shared: Set[Tuple[int, int]]) -> bool:
    """No modifier of the member's own: none at all, or only the list's answer that also reaches
    it ("M蛋白、VEGF待查": the doubt word after the list doubts every member, context_zh.yml; the
    member is then a test still to be examined like the last one, not a finding in doubt)."""
    return all(m.modifier_span in shared for m in span_value(ent, "modifiers"))
