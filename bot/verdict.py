"""The verdict: a function of the eleven criterion states only (表2).

Four groups: polyneuropathy, monoclonal plasma-cell disorder, other major (any of three), minor
(any of six). A group is present when a member is present, absent when every member is absent
(the two mandatory groups have one member each), unknown otherwise.

* meets_criteria - all four groups present;
* unlikely - some group absent;
* suspected - neither, and at least two groups present;
* possible - everything else.

Order used by tests and batch ranking: unlikely < possible < suspected < meets_criteria. Setting
a criterion to present never lowers the verdict; setting an unknown one to absent never raises it.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache
from typing import Dict, Mapping

from bot.criteria import CRITERIA_IDS, kind_of
from bot.models import CriterionState

GROUPS = ("polyneuropathy", "monoclonal_plasma_cell_disorder", "other_major", "minor")


class Verdict(str, Enum):
    meets_criteria = "meets_criteria"
    suspected = "suspected"
    possible = "possible"
    unlikely = "unlikely"

    @property
    def rank(self) -> int:
        return VERDICT_RANK[self]


VERDICT_RANK = {Verdict.unlikely: 0, Verdict.possible: 1, Verdict.suspected: 2, Verdict.meets_criteria: 3}


@lru_cache(maxsize=None)
def _group_members(group: str) -> tuple:
    if group in ("polyneuropathy", "monoclonal_plasma_cell_disorder"):
        return (group,)
    return tuple(c for c in CRITERIA_IDS if kind_of(c) == group)


def _state(value: object) -> CriterionState:
    return value if type(value) is CriterionState else CriterionState(value)


def group_states(states: Mapping[str, CriterionState]) -> Dict[str, CriterionState]:
    """State of each of the four groups from the criterion states (missing ids count unknown)."""
    out: Dict[str, CriterionState] = {}
    for group in GROUPS:
        members = [_state(states.get(c, CriterionState.unknown)) for c in _group_members(group)]
        if CriterionState.present in members:
            out[group] = CriterionState.present
        elif all(m == CriterionState.absent for m in members):
            out[group] = CriterionState.absent
        else:
            out[group] = CriterionState.unknown
    return out


def decide(states: Mapping[str, CriterionState]) -> Verdict:
    """The verdict from the criterion states alone."""
    groups = group_states(states)
    values = list(groups.values())
    if all(v == CriterionState.present for v in values):
        return Verdict.meets_criteria
    if CriterionState.absent in values:
        return Verdict.unlikely
    if sum(v == CriterionState.present for v in values) >= 2:
        return Verdict.suspected
    return Verdict.possible
