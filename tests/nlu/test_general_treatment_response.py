"""What a disease usually does with a treatment ("CIDP typically responds to IVIG, whereas POEMS usually does not
respond to IVIG", "POEMS综合征通常对IVIG治疗无效") is no response or non-response of the patient (implications.yml
general_sentence, English forms, and others_sentence: a treatment outcome read inside either is dropped by the
extractor). The patient's own response beside it stays. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "CIDP typically responds to IVIG, whereas POEMS usually does not respond to IVIG.",
    "POEMS syndrome usually does not respond to IVIG.",
    "POEMS is typically refractory to IVIG and steroids.",
    "CIDP generally responds to steroids, whereas POEMS tends to be steroid-refractory.",
    "Unlike CIDP, POEMS usually fails to improve with IVIG or plasma exchange.",
    "Discussion: POEMS syndrome classically shows no response to immunotherapy.",
    "POEMS syndrome should be excluded in patients labelled as CIDP, because it does not respond to IVIG.",
    "POEMS综合征通常对IVIG治疗无效。",
    "POEMS综合征一般对激素治疗反应差。",
])
@pytest.mark.parametrize("concept", ["treatment_nonresponse", "treatment_response"])
def test_a_diseases_usual_response_is_not_the_patients(text, concept):
    assert "present" not in statuses(text, concept)


@pytest.mark.parametrize("text, concept", [
    ("CIDP typically responds to IVIG, and he improved after IVIG.", "treatment_response"),
    ("POEMS usually does not respond to IVIG; our patient had no response to IVIG either.", "treatment_nonresponse"),
    ("He did not respond to IVIG.", "treatment_nonresponse"),
    ("She received IVIG 2 g/kg with clear improvement.", "treatment_response"),
    ("本例IVIG治疗无效。", "treatment_nonresponse"),
    ("IVIG x3, no better.", "treatment_nonresponse"),
])
def test_the_patients_own_response_stays(text, concept):
    assert "present" in statuses(text, concept)
