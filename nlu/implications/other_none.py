""""No other skin lesions" after a skin finding that is not a POEMS change (psoriatic plaques,
purpura) is a skin examination without the POEMS changes: "no other" excludes only the others,
and when nothing of the criterion was stated before, the others are all of it (README 表2 skin
changes)."""

from __future__ import annotations

from typing import Dict, Set

from nlu.implications.categories import NEGATED, OTHER
from nlu.span_values import span_value


def other_means_none(targets, statuses, groups: Dict[str, Set[str]]) -> None:
    """A mention of a ``groups`` label negated with "other" ("no other skin changes", "余皮肤未见
    异常": status "other") is absent when no mention of the group's members is present, past or
    in doubt in the note. In place."""
    if not groups:
        return
    for ent in targets:
        members = groups.get(ent.label_)
        if members is None or statuses[ent] != "other":
            continue
        categories = {m.category for m in span_value(ent, "modifiers")}
        negated = NEGATED in categories or span_value(ent, "poems_fixed_status") == "absent"
        if OTHER not in categories or not negated:
            continue
        if any(t is not ent and t.label_ in members and statuses[t] in ("present", "historical", "uncertain")
               for t in targets):
            continue
        statuses[ent] = "absent"
