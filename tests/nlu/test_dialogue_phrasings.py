"""Phrasings referrers type in chat: treatment non-response and corrections."""

import pytest

import nlu


def _statuses(text):
    return {(f.concept, f.status.value, f.attributes.get("resolved")) for f in nlu.extract_evidence(text).findings}


@pytest.mark.parametrize(
    "text",
    ["CIDP patient not responding to IVIG", "Her CIDP is not responsive to steroids or IVIG",
     "CIDP, no longer responding to IVIG"],
)
def test_not_responding_is_non_response_not_a_sustained_response(text):
    found = _statuses(text)
    assert ("treatment_nonresponse", "present", None) in found
    assert not any(concept == "treatment_response" for concept, _, _ in found)


@pytest.mark.parametrize("text", ["No, the edema was in the past", "the oedema was in the past"])
def test_a_correction_that_puts_a_finding_in_the_past_marks_it_resolved_not_absent(text):
    found = _statuses(text)
    assert ("peripheral_edema", "historical", "true") in found
    assert not any(status == "absent" for _, status, _ in found)


def test_a_leading_no_of_disagreement_does_not_negate_but_a_real_no_still_does():
    assert ("serum_immunofixation", "absent", None) in _statuses("No, actually IFE was negative")
    assert ("peripheral_edema", "absent", None) in _statuses("No oedema, no ascites.")
