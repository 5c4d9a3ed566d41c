"""A non-response phrase reports on the treatment: the negation word inside it ("did not help",
"without response", "无明显改善") negates none of the findings written after it. Before, "IVIG and
steroids did not help, leg pain, muscle atrophy" read the two POEMS red flags (Nasu 2012) absent,
and "IVIG x1 course without response (outside dx CIDP)" read the CIDP diagnosis absent."""

import pytest

from nlu import extract_evidence


def findings(text: str):
    return {(f.concept, f.status.value) for f in extract_evidence(text).findings}


@pytest.mark.parametrize("text, expected", [
    ("55M, CIDP for 2 years, IVIG and steroids did not help, leg pain, muscle atrophy, no conduction block",
     {("leg_pain", "present"), ("muscle_atrophy", "present"), ("conduction_block", "absent"),
      ("treatment_nonresponse", "present")}),
    ("IVIG x1 course without response (outside dx CIDP).", {("cidp_diagnosis", "present")}),
    ("PLEX made no difference, leg pain worse", {("leg_pain", "present"), ("treatment_nonresponse", "present")}),
])
def test_findings_after_a_non_response_keep_their_status(text, expected):
    assert expected <= findings(text)


@pytest.mark.parametrize("text, expected", [
    ("IVIG did not help. No leg pain.", ("leg_pain", "absent")),
    ("no improvement with IVIG; no muscle atrophy", ("muscle_atrophy", "absent")),
    ("Despite IVIG, no leg pain", ("leg_pain", "absent")),
])
def test_a_negation_of_its_own_still_negates(text, expected):
    assert expected in findings(text)
