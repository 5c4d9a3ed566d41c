"""A disease named as the term of a contrast ("Unlike CIDP, POEMS syndrome rarely shows conduction block",
"in contrast to CIDP", "as opposed to AL amyloidosis") is the one set aside: no diagnosis of the patient and no
polyneuropathy from its name. A diagnosis stated of the patient reads as before."""

import pytest

from conftest import status_of
from nlu import extract


@pytest.mark.parametrize("text, concept", [
    ("Unlike CIDP, POEMS syndrome rarely shows conduction block.", "cidp_diagnosis"),
    ("In contrast to CIDP, the slowing in POEMS is uniform.", "cidp_diagnosis"),
    ("As opposed to AL amyloidosis, the light chain is almost always lambda.", "amyloidosis"),
    ("Unlike multiple myeloma, the bone lesions are sclerotic.", "multiple_myeloma"),
])
def test_a_disease_set_aside_by_a_contrast_is_no_diagnosis(ex, text, concept):
    result = ex(text)
    assert status_of(result, concept) in (None, "uncertain")


def test_no_polyneuropathy_from_the_contrasted_name():
    assert status_of(extract("Unlike CIDP, POEMS syndrome rarely shows conduction block."), "polyneuropathy") is None


@pytest.mark.parametrize("text", ["He was diagnosed with CIDP, unlike his brother.", "CIDP, refractory to IVIG.",
                                  "Diagnosis: CIDP. Unlike before, he now has ankle oedema."])
def test_a_diagnosis_of_the_patient_reads_as_before(ex, text):
    assert status_of(ex(text), "cidp_diagnosis") == "present"
