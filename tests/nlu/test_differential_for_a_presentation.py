"""A differential named for a presentation, with its words before the verb ("The differential diagnosis of a
neuropathy with a paraprotein includes POEMS syndrome, AL amyloidosis and myeloma"; context_en.yml), weighs the
diagnoses after it: none is the patient's. The patient's own diagnosis stated elsewhere stays."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("Discussion: The differential diagnosis of a neuropathy with a paraprotein includes POEMS syndrome, "
     "AL amyloidosis and myeloma.", "amyloidosis"),
    ("Discussion: The differential diagnosis of a neuropathy with a paraprotein includes POEMS syndrome, "
     "AL amyloidosis and myeloma.", "multiple_myeloma"),
    ("Differential for her neuropathy includes CIDP and MGUS.", "mgus"),
    ("The differential in this setting included Castleman disease.", "castleman_disease"),
])
def test_the_diagnoses_weighed_are_no_diagnosis(text, concept):
    found = statuses(text, concept)
    assert found and "present" not in found


@pytest.mark.parametrize("text, concept", [
    ("Known myeloma; the differential of the neuropathy includes amyloidosis.", "multiple_myeloma"),
    ("He has MGUS. The differential of his neuropathy includes CIDP.", "mgus"),
])
def test_the_patients_own_diagnosis_stays(text, concept):
    assert "present" in statuses(text, concept)


def test_the_presentation_named_for_the_differential_is_in_doubt():
    text = ("The differential diagnosis of a demyelinating neuropathy with a monoclonal protein includes CIDP "
            "and POEMS syndrome.")
    for concept in ("demyelinating_neuropathy", "m_protein", "cidp_diagnosis"):
        found = statuses(text, concept)
        assert found and "present" not in found, concept
