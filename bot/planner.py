"""Missing-evidence planner: which tests could still change the verdict, ranked, with why.

Only for verdicts short of meets_criteria, and for unlikely only a test that ``reopens`` the
criterion that alone makes it unlikely (tests.yml: the bone marrow, when serum tests found no
M-protein but an elevated VEGF, sclerotic lesions or Castleman disease point to POEMS; 二(二)1).
A test is a candidate when it settles a criterion that is still unknown; a test already reported
(a finding or lab from it exists) is never recommended again, unless what it reported is in doubt
("sclerotic lesion R ilium, ?bone island", "?splenomegaly") and its criterion is still unknown:
then it is recommended again, said to be in doubt so far (repeat it or have it reviewed). Tests the note says were not done stay recommendable (flag
``not_done``); tests in ``exclude`` (the dialogue has asked already) are dropped.

Ranking: tests that settle a mandatory criterion first; then tests that could complete the
diagnosis (they touch every group not yet present); then the cheapest (cost_rank in tests.yml).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Set

from pydantic import BaseModel, Field

from bot.criteria import CriterionResult, kind_of
from bot.evidence import Facts, is_resolved
from bot.models import CriterionState
from bot.texts import msg
from bot.verdict import Verdict, decide, group_states
from bot.yaml_files import safe_load

DATA = Path(__file__).parent / "data"


class Reports(BaseModel):
    concepts: List[str] = Field(default_factory=list)
    analytes: List[str] = Field(default_factory=list)
    # the parts a complete result has, each a list of concepts or analytes any one of which
    # reports that part (a blood count: the platelets, and the haemoglobin or haematocrit); a test
    # with only some parts reported is still recommended while its criterion is unknown
    parts: List[List[str]] = Field(default_factory=list)


class Reopens(BaseModel):
    """A criterion found absent by cheaper tests that this test can still show present, and the
    criteria one of which must be present before it is worth doing for it."""

    criterion: str
    when_present: List[str]


class TestInfo(BaseModel):
    key: str
    cost_rank: int
    settles: List[str]
    reports: Reports = Field(default_factory=Reports)
    reopens: Optional[Reopens] = None
    staging_needs: List[str] = Field(default_factory=list)
    citation: str
    en: str
    zh: str


class MissingTest(BaseModel):
    """One recommended test: ``criterion`` is the first still-unknown criterion it settles."""

    test: str
    criterion: str
    criteria: List[str]
    why_en: str
    why_zh: str
    citation: str
    cost_rank: int
    settles_mandatory: bool
    not_done: bool = False
    # sent, its result awaited: said so, not "not done" (a referrer who sent it has nothing to order)
    pending: bool = False
    note: Dict[str, str] = Field(default_factory=dict)

    def why(self, language: str = "en") -> str:
        return self.why_zh if language == "zh" else self.why_en

    def contract(self, language: str = "en") -> Dict[str, Any]:
        return {"test": self.test, "why": self.why(language), "criterion": self.criterion,
                "criteria": list(self.criteria), "citation": self.citation,
                "not_done": self.not_done, "pending": self.pending, "settles_mandatory": self.settles_mandatory,
                **({"note": self.note} if self.note else {})}


@lru_cache(maxsize=None)
def catalogue() -> Dict[str, TestInfo]:
    with open(DATA / "tests.yml", encoding="utf-8") as handle:
        raw = safe_load(handle)["tests"]
    return {k: TestInfo(key=k, **v) for k, v in raw.items()}


def equivocal_note() -> Dict[str, str]:
    """What is said of a test whose result so far is only in doubt (messages.yml ``plan.equivocal``)."""
    text = msg("plan.equivocal")
    return {"en": text.en, "zh": text.zh}


def reported(test: TestInfo, facts: Facts) -> bool:
    """A finding (any status) or lab from this test exists."""
    return _reported(test, set(facts.findings) | set(facts.uncertain), set(facts.labs))


def _reported(test: TestInfo, concepts: Set[str], analytes: Set[str]) -> bool:
    """``reported`` with the note's concept and analyte sets built once for all the tests."""
    return not concepts.isdisjoint(test.reports.concepts) or not analytes.isdisjoint(test.reports.analytes)


def _complete(test: TestInfo, concepts: Set[str], analytes: Set[str]) -> bool:
    """Reported with every part of its result (tests.yml ``reports.parts``): "PLT 280" alone
    leaves the haemoglobin, and so polycythaemia, unknown; the blood count is still wanted."""
    if not _reported(test, concepts, analytes):
        return False
    return all(not (concepts | analytes).isdisjoint(part) for part in test.reports.parts)


def tests_reported(concepts: Iterable[str], analytes: Iterable[str]) -> Set[str]:
    """The tests whose result these concepts (any status) or lab analytes are (tests.yml ``reports``)."""
    concepts, analytes = set(concepts), set(analytes)
    return {key for key, test in catalogue().items() if _reported(test, concepts, analytes)}


def _group_of(criterion: str) -> str:
    kind = kind_of(criterion)
    return criterion if kind == "mandatory" else kind


def plan(facts: Facts, criteria: Dict[str, CriterionResult], verdict: Verdict,
         exclude: Iterable[str] = ()) -> List[MissingTest]:
    """The ranked tests that could change the verdict (empty for meets_criteria; for unlikely
    only the tests that reopen the one criterion that makes it unlikely)."""
    if verdict == Verdict.meets_criteria:
        return []
    excluded = set(exclude)
    states = {cid: r.state for cid, r in criteria.items()}
    if verdict == Verdict.unlikely:
        return _reopening(facts, states, excluded)
    groups = group_states(states)
    open_groups = {g for g, s in groups.items() if s != CriterionState.present}
    items: List[MissingTest] = []
    doubted = {c for c, finding in facts.uncertain.items() if not is_resolved(finding)}
    concepts, analytes = set(facts.findings) | set(facts.uncertain), set(facts.labs)
    for test in catalogue().values():
        # reported, but in doubt (a finding once there and since resolved is a result)
        equivocal = not doubted.isdisjoint(test.reports.concepts)
        if test.key in excluded or (_complete(test, concepts, analytes) and not equivocal):
            continue
        if test.staging_needs and all(facts.is_absent(c) for c in test.staging_needs):
            continue  # "no lymphadenopathy": no enlarged node to biopsy (tests.yml staging_needs)
        unknown = [c for c in test.settles if states.get(c) == CriterionState.unknown]
        if not unknown:
            continue
        mandatory = any(kind_of(c) == "mandatory" for c in unknown)
        note: Dict[str, str] = equivocal_note() if equivocal else {}
        why_en, why_zh = (f"{test.en} {note['en']}", f"{test.zh}{note['zh']}") if note else (test.en, test.zh)
        # every value comes from the validated tests.yml or is built here with its field's type
        items.append(MissingTest.construct(
            test=test.key, criterion=unknown[0], criteria=unknown, why_en=why_en, why_zh=why_zh,
            citation=test.citation, cost_rank=test.cost_rank, settles_mandatory=mandatory,
            not_done=test.key in facts.not_done, pending=test.key in facts.pending, note=note,
        ))

    def completes(item: MissingTest) -> bool:
        return open_groups <= {_group_of(c) for c in item.criteria}

    items.sort(key=lambda i: (not i.settles_mandatory, not completes(i), i.cost_rank, i.test))
    return items


def _reopening(facts: Facts, states: Dict[str, CriterionState], excluded: Set[str]) -> List[MissingTest]:
    """The tests that can still show present the criterion whose absence alone makes the verdict
    unlikely (tests.yml ``reopens``), when one of the criteria that make them worth doing is
    present and they have not been reported: cheapest first."""
    concepts, analytes = set(facts.findings) | set(facts.uncertain), set(facts.labs)
    items: List[MissingTest] = []
    for test in catalogue().values():
        reopens = test.reopens
        if reopens is None or test.key in excluded or states.get(reopens.criterion) != CriterionState.absent:
            continue
        if _reported(test, concepts, analytes) or \
                not any(states.get(c) == CriterionState.present for c in reopens.when_present):
            continue
        if decide({**states, reopens.criterion: CriterionState.unknown}) == Verdict.unlikely:
            continue  # another group is excluded as well: the test cannot change the verdict
        items.append(MissingTest.construct(
            test=test.key, criterion=reopens.criterion, criteria=[reopens.criterion],
            why_en=test.en, why_zh=test.zh, citation=test.citation, cost_rank=test.cost_rank,
            settles_mandatory=kind_of(reopens.criterion) == "mandatory",
            not_done=test.key in facts.not_done, pending=test.key in facts.pending, note={}))
    return sorted(items, key=lambda i: (i.cost_rank, i.test))


def staging(assessment: Any) -> List[str]:
    """When the criteria are met, the tests of 表1 that would still settle an unknown criterion
    (not reported yet, cheapest first): the verdict no longer needs them, but confirmation and
    staging do ("complete the work-up" alone names nothing). Empty for any other verdict."""
    evidence = assessment.evidence
    if assessment.verdict != Verdict.meets_criteria or evidence is None:
        return []
    wanted = set(assessment.unknown)
    concepts = {f.concept for f in evidence.findings}
    analytes = {lab.analyte for lab in evidence.labs}
    present = {f.concept for f in evidence.findings if f.status.value == "present"}
    tests = [test for test in catalogue().values()
             if wanted.intersection(test.settles) and not _complete(test, concepts, analytes)
             and (not test.staging_needs or present.intersection(test.staging_needs))]
    return [test.key for test in sorted(tests, key=lambda test: (test.cost_rank, test.key))]
