"""The engine's conclusions do not depend on the evidence's language: ``bot.engine.restate`` of a
``weigh`` in one language equals ``assess`` in the other (bot.assessment_memo.AssessmentMemo weighs an
evidence state once for every language and set of excluded tests). A criterion, planner or
risk rule that started reading ``Facts.language`` would fail here."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import List

import pytest

from bot.concepts import catalogue
from bot.engine import assess, restate, weigh
from bot.errors import EvidenceError
from bot.models import Evidence, Finding, FindingStatus, LabValue, SampleType, TestNotDone
from bot.planner import catalogue as tests_catalogue

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"


def _dev_labs() -> List[LabValue]:
    """The labs of the dev notes' gold annotations (values, units and samples as written)."""
    labs = []
    with open(DEV, encoding="utf-8") as handle:
        for line in handle:
            for lab in json.loads(line).get("gold", {}).get("labs") or []:
                sample = lab.get("sample")
                labs.append(LabValue(analyte=lab["analyte"], value=lab["value"], unit=lab.get("unit"),
                                     sample=SampleType(sample) if sample in ("serum", "plasma") else None))
    return labs


def _evidences(n: int = 80) -> List[Evidence]:
    rng = random.Random(7)
    concepts = sorted(catalogue().concepts)
    statuses = list(FindingStatus)
    labs = _dev_labs()
    tests = sorted(tests_catalogue())
    out = []
    for _ in range(n):
        findings = [Finding(concept=c, status=rng.choice(statuses))
                    for c in rng.sample(concepts, rng.randint(0, min(12, len(concepts))))]
        out.append(Evidence(findings=findings, labs=rng.sample(labs, rng.randint(0, min(5, len(labs)))),
                            not_done=[TestNotDone(test=t) for t in rng.sample(tests, rng.randint(0, 2))],
                            age=rng.choice([None, 34, 52, 67]), sex=rng.choice([None, "male", "female"])))
    return out


@pytest.mark.parametrize("base_language, language", [("en", "zh"), ("zh", "en"), ("en", "en")])
def test_one_weighing_gives_every_language_and_exclusion(base_language, language):
    tests = sorted(tests_catalogue())
    compared = 0
    for evidence in _evidences():
        base = evidence.copy(update={"language": base_language})
        target = evidence.copy(update={"language": language})
        try:
            weighed, facts = weigh(base)
        except EvidenceError:
            with pytest.raises(EvidenceError):
                assess(target)
            continue
        for exclude in ((), tuple(tests[:3]), tuple(tests[3:5])):
            expected = assess(target, exclude_tests=exclude)
            made = restate(weighed, facts, target, exclude)
            assert made == expected
            assert made.contract() == expected.contract()
            compared += 1
    assert compared > 100
