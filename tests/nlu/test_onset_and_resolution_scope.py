"""Two ConText scope misreads (rules as data in nlu/rules/context_en.yml / context_zh.yml).

1. A resolution reached back past a comma to another finding with its own predicate: "麻木减轻，
   水肿已消退" and "Numbness improved, oedema has resolved." read the numbness resolved too. A
   PREDICATE_BREAK (the finding's own state of now: improved / 减轻 / 好转 / unchanged ...) ends
   the backward reach of the RESOLVED rules (terminated_by). A list or an aside has no predicate
   and stays resolved as a whole ("oedema and ascites have resolved", "双下肢水肿、腹水均已消退",
   "oedema, since resolved").
2. "ago" after an onset (appeared / began / noticed / diagnosed ...) dates when a problem of now
   began: a PSEUDO phrase, so the HISTORICAL "ago" does not reach the finding. "He had ascites 5
   years ago", "treated for hepatitis 10 years ago", "oedema 2 years ago, resolved" stay past.
"""
from __future__ import annotations

from typing import List

import pytest

from nlu.extractor import extract
from conftest import statuses as _statuses


# 1. the finding with its own predicate before the comma is present, the next one resolved
@pytest.mark.parametrize("text, present, resolved", [
    ("麻木减轻，水肿已消退", "distal_numbness_weakness", "peripheral_edema"),
    ("麻木好转，腹水已吸收", "distal_numbness_weakness", "ascites"),
    ("双足麻木明显减轻，双下肢水肿已消退", "symmetric_distal_sensory_symptoms", "peripheral_edema"),
    ("Numbness improved, oedema has resolved.", "distal_numbness_weakness", "peripheral_edema"),
    ("Numbness is better, oedema has resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("Numbness unchanged; the skin darkening has faded", "distal_numbness_weakness", "hyperpigmentation"),
    ("Numbness improved, oedema has since resolved", "distal_numbness_weakness", "peripheral_edema"),
])
def test_a_resolution_stops_at_a_clause_with_its_own_predicate(text: str, present: str,
                                                                resolved: str) -> None:
    assert _statuses(text, present) == ["present"]
    assert _statuses(text, resolved) == ["historical"]


# look-alikes: a list or an aside without its own predicate resolves as a whole
@pytest.mark.parametrize("text, concepts", [
    ("oedema and ascites have resolved", ["peripheral_edema", "ascites"]),
    ("双下肢水肿、腹水均已消退", ["peripheral_edema", "ascites"]),
    ("oedema, since resolved", ["peripheral_edema"]),
    ("既往水肿，利尿后已消退", ["peripheral_edema"]),
    ("oedema improved and then resolved", ["peripheral_edema"]),
    ("Ascites appeared 2 years ago but has since resolved", ["ascites"]),
    ("oedema noticed 3 months ago, since resolved", ["peripheral_edema"]),
])
def test_resolved_look_alikes_stay_resolved(text: str, concepts: List[str]) -> None:
    for concept in concepts:
        assert _statuses(text, concept) == ["historical"], concept


# 2. "ago" after an onset: the problem began then and is there now
@pytest.mark.parametrize("text, concept", [
    ("Ankle oedema appeared 3 months ago", "peripheral_edema"),
    ("Numbness began 18 months ago and has progressed", "distal_numbness_weakness"),
    ("Skin darkening noticed a year ago", "hyperpigmentation"),
    ("CIDP diagnosed 2 years ago", "cidp_diagnosis"),
    ("Diagnosed with CIDP two years ago", "cidp_diagnosis"),
    ("Leg swelling started a few weeks ago", "peripheral_edema"),
    ("3月前出现双下肢水肿", "peripheral_edema"),
])
def test_ago_after_an_onset_is_present(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("He had ascites 5 years ago", "ascites"),
    ("oedema 2 years ago, resolved", "peripheral_edema"),
    ("Ascites 5 years ago.", "ascites"),
])
def test_ago_without_an_onset_stays_historical(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["historical"]


def test_treated_for_a_past_disease_is_not_a_finding_of_now() -> None:
    findings = extract("treated for hepatitis 10 years ago").evidence.findings
    assert all(f.status.value != "present" for f in findings)


# 3. two clauses joined by "and" / "but" / "while" / ";" behave as the comma: a finding given its
# own state of now (improved, stable, no better, still present, not resolved ...) is not resolved
# by the next clause
@pytest.mark.parametrize("text, present, resolved", [
    ("Numbness improved and oedema has resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("Numbness improved but oedema has resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("Numbness improved while oedema has resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("Numbness improved; oedema has resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("The numbness is better and the ankle swelling has settled", "distal_numbness_weakness",
     "peripheral_edema"),
    ("Tingling improved and ascites has gone", "distal_numbness_weakness", "ascites"),
    ("Numbness persists and oedema resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("Numbness stable and oedema resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("Numbness is the same and the oedema has resolved", "distal_numbness_weakness",
     "peripheral_edema"),
    ("Numbness no better, oedema has resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("Numbness still present and oedema resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("Numbness not improved and oedema resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("Numbness unresolved and oedema resolved", "distal_numbness_weakness", "peripheral_edema"),
])
def test_joined_clauses_keep_the_first_findings_own_state(text: str, present: str,
                                                          resolved: str) -> None:
    assert _statuses(text, present) == ["present"]
    assert _statuses(text, resolved) == ["historical"]


# a resolution denied or partial leaves the finding there
@pytest.mark.parametrize("text, concept", [
    ("oedema not resolved", "peripheral_edema"),
    ("oedema has not resolved", "peripheral_edema"),
    ("ascites has not yet resolved", "ascites"),
    ("the ankle swelling has not settled", "peripheral_edema"),
    ("oedema partially resolved", "peripheral_edema"),
    ("the pleural effusion has not cleared", "pleural_effusion"),
])
def test_a_resolution_not_reached_leaves_the_finding_present(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


# look-alikes: a subject of two findings joined by "and" resolves as a whole
@pytest.mark.parametrize("text, concepts", [
    ("oedema and effusions have resolved", ["peripheral_edema", "serous_effusions"]),
    ("numbness and oedema resolved", ["distal_numbness_weakness", "peripheral_edema"]),
    ("the numbness and the oedema have both resolved", ["distal_numbness_weakness", "peripheral_edema"]),
    ("oedema improved and then resolved", ["peripheral_edema"]),
])
def test_a_joined_subject_resolves_as_a_whole(text: str, concepts: List[str]) -> None:
    for concept in concepts:
        assert _statuses(text, concept) == ["historical"], concept
