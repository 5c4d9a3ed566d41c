"""A list of tests under a heading that says they were not done or are awaited ("Not done: sFLC,
VEGF", "Pending: sFLC, VEGF.", "Outstanding: VEGF, bone CT", "未查：游离轻链、VEGF", "结果未回：VEGF、游离
轻链"): every test of the list is not done (or pending), its result unknown. ConText's not-done words
look backwards, or stop at the list's first separator; and a negation earlier in the sentence
("no hepatosplenomegaly, not done: sFLC") must not reach over the heading and make the test's
result normal (an unknown read as absent)."""

from __future__ import annotations

import re
from typing import Callable, Dict, Optional

from nlu.span_values import span_value

# statuses a heading may replace: never family, other or historical (those say who or when)
_REPLACED = ("present", "absent", "uncertain")


class NotDoneList:
    """implications.yml ``not_done_list``."""

    def __init__(self, data: dict):
        start, colon = data["start"], data["colon"]
        reasons = data.get("heading_reasons") or {}
        self.headings = [(reasons.get(name, name), re.compile(f"{start}(?:{pattern}){colon}"),
                          frozenset((data.get("in_doubt") or {}).get(name) or ()))
                         for name, pattern in (data["headings"] or {}).items()]
        # any heading, for one scan of a note that has none (most notes)
        self.any_heading = re.compile(f"{start}(?:" + "|".join(
            f"(?:{pattern})" for pattern in (data["headings"] or {}).values()) + f"){colon}")
        self.first_gap = re.compile(data["first_gap"])
        self.separator = re.compile(data["separator"])
        self.list_end = re.compile(data["list_end"])
        self.own_result = re.compile(data["own_result"])


def not_done_lists(text: str, targets, statuses: Dict[object, Optional[str]],
                   rule: "NotDoneList | None", tested: Callable[[object], bool]) -> None:
    """Each test (``tested``) after a heading, the first one right after it (``first_gap``), each
    next one joined to the one before by a ``separator``, gets the heading's reason (``not_done``
    or ``pending``). A member followed by its own result (``own_result``: a value, "negative")
    before the next member or the list's end, or holding it in its own words, keeps its status and
    ends the list, and so does anything that is no test. A finding the heading leaves in doubt
    (``in_doubt``: "Outstanding: papilloedema") is uncertain instead. In place."""
    if rule is None:
        return
    first = rule.any_heading.search(text)
    if first is None:
        return
    items = sorted((e for e in targets if e.label_ != "ignore"), key=lambda e: e.start_char)
    for reason, heading, in_doubt in rule.headings:
        # no heading starts before the first match of any heading (a look-behind still reads
        # the text before the position a scan starts from)
        for match in heading.finditer(text, first.start()):
            position, gap = match.end(), rule.first_gap
            for i, ent in enumerate(items):
                if ent.start_char < position:
                    continue
                if not tested(ent) or not gap.fullmatch(text, position, ent.start_char):
                    break
                nxt = items[i + 1].start_char if i + 1 < len(items) else len(text)
                end = rule.list_end.search(text, ent.end_char, nxt)
                tail = text[ent.end_char:end.start() if end else nxt]
                if rule.own_result.search(tail) or _states_result(ent):
                    break
                if statuses[ent] in _REPLACED:
                    statuses[ent] = "uncertain" if ent.label_ in in_doubt else reason
                position, gap = ent.end_char, rule.separator


def _states_result(ent) -> bool:
    """A mention whose own words hold its result ("IFE negative", "optic discs sharp")."""
    attributes = span_value(ent, "poems_attributes") or {}
    return bool(span_value(ent, "poems_fixed_status")) or attributes.get("_result", "none") != "none"

