"""Wording of published case reports and vignettes: the criteria listed in a discussion are the
syndrome's, to their last member ("Major criteria: …, and Castleman disease"; before, the members
after the 15th token were read as the patient's), a diagnosis "to be differentiated from" is weighed,
not the patient's, and a VEGF written as a multiple of normal ("VEGF level X3 normal", "3x normal")
is that multiple of the upper limit (before, "X3 normal" read as a normal VEGF: not elevated)."""

import pytest

from bot.engine import assess
from nlu import extract


def findings(text):
    return {(f.concept, f.status.value) for f in extract(text).evidence.findings}


def state(text, criterion):
    return assess(extract(text).evidence).criteria[criterion].state.value


LISTS = (
    "The diagnosis needs three major criteria, two of which must include polyneuropathy and a clonal plasma-cell "
    "disorder, and one minor criterion. Major criteria: polyradiculoneuropathy, clonal plasma-cell disorder, sclerotic "
    "bone lesions, elevated VEGF, and Castleman disease. Minor criteria: organomegaly, endocrinopathy, characteristic "
    "skin changes, papilledema, extravascular volume overload, and thrombocytosis."
)


@pytest.mark.parametrize("concept", ["castleman_disease", "thrombocytosis", "polyneuropathy", "papilledema",
                                     "extravascular_volume_overload"])
def test_every_member_of_a_listed_criterion_is_the_syndromes(concept):
    assert (concept, "present") not in findings(LISTS)


def test_a_listed_criterion_list_leaves_the_criteria_unknown():
    for criterion in ("castleman", "thrombocytosis_polycythemia", "polyneuropathy"):
        assert state(LISTS, criterion) == "unknown"


@pytest.mark.parametrize("text, concept", [
    ("POEMS syndrome is to be differentiated from CIDP and a concomitant MGUS.", "mgus"),
    ("The neuropathy must be distinguished from chronic inflammatory demyelinating polyneuropathy.", "cidp_diagnosis"),
])
def test_a_diagnosis_to_be_differentiated_from_is_weighed_not_the_patients(text, concept):
    assert (concept, "present") not in findings(text)


def test_the_patients_own_findings_beside_a_list_are_kept():
    text = "Exam: splenomegaly and ankle oedema. " + LISTS
    assert state(text, "organomegaly") == "present" and state(text, "extravascular_volume_overload") == "present"


@pytest.mark.parametrize("text, expected", [
    ("Serum VEGF level X3 normal.", "present"), ("VEGF 3x normal", "present"), ("VEGF x 3 normal", "present"),
    ("VEGF three times normal", "present"), ("VEGF 4-fold above normal", "present"),
    ("VEGF 1.5x normal", "absent"), ("VEGF twice normal", "unknown"),
])
def test_a_vegf_given_as_a_multiple_of_normal(text, expected):
    assert state(text, "vegf_elevated") == expected


@pytest.mark.parametrize("text", ["VEGF 350 normal", "VEGF 350 pg/mL, normal", "VEGF normal"])
def test_a_value_said_normal_is_no_multiple(text):
    assert state(text, "vegf_elevated") != "present"
