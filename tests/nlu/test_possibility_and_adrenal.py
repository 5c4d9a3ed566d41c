"""A finding raised as a possibility after it ("Castleman disease was considered", "papilloedema was
queried", "splenomegaly is unlikely") is uncertain, not present, while a judgement of a finding
("was considered to be demyelinating") keeps it; an adrenal stimulation test with an inadequate
cortisol response is adrenal insufficiency. Phrasings written for these tests."""

import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text,concept", [
    ("Castleman disease was considered but the biopsy was non-diagnostic.", "castleman_disease"),
    ("Papilloedema was queried by the optician.", "papilledema"),
    ("Splenomegaly was considered unlikely on ultrasound.", "splenomegaly"),
    ("Castleman disease is unlikely given the histology.", "castleman_disease"),
    ("Papilledema was thought unlikely by ophthalmology.", "papilledema"),
    ("Hepatomegaly was raised as a possibility on the CT.", "hepatomegaly"),
])
def test_a_possibility_raised_after_the_finding_is_uncertain(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


@pytest.mark.parametrize("text,concept", [
    ("The neuropathy was considered to be demyelinating.", "demyelinating_neuropathy"),
    ("Splenomegaly was considered to be massive.", "splenomegaly"),
])
def test_a_judgement_of_the_finding_keeps_it(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text", [
    "Morning cortisol 98 nmol/L; synacthen test showed inadequate response.",
    "Short synacthen test: suboptimal cortisol response.",
    "ACTH stimulation test with a blunted cortisol rise.",
    "Cosyntropin stimulation revealed a subnormal peak cortisol response.",
])
def test_an_inadequate_stimulation_response_is_adrenal_insufficiency(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "adrenal_insufficiency") == "present"
    assert criterion(extraction, "endocrinopathy") == "present"


def test_a_normal_stimulation_test_is_not(ex):
    assert status_of(ex("Synacthen test normal."), "adrenal_insufficiency") == "absent"


@pytest.mark.parametrize("text", [
    "NCS: slowing not uniform, conduction block in 2 nerves.",
    "Demyelination, not symmetrical, with conduction block at the forearm.",
])
def test_a_feature_described_with_not_does_not_negate_the_next_finding(ex, text):
    assert status_of(ex(text), "conduction_block") == "present"
