"""Telegraphic negatives written with a minus glued to the finding ("HSM-, LAD-")."""

import pytest

import nlu


def states(text):
    return {f.concept: f.status.value for f in nlu.extract_evidence(text).findings}


@pytest.mark.parametrize("text, concept", [
    ("PE: HSM-, LAD-, edema 2+ bilat LE.", "hepatosplenomegaly"),
    ("PE: HSM-, LAD-, edema 2+ bilat LE.", "lymphadenopathy"),
    ("Exam: ascites-; papilledema-.", "papilledema"),
    ("Exam: ascites-; papilledema-.", "ascites"),
    ("HSM+, LAD-", "lymphadenopathy"),
])
def test_a_glued_minus_negates_its_finding(text, concept):
    assert states(text)[concept] == "absent"


@pytest.mark.parametrize("text, concept, state", [
    ("PE: HSM-, LAD-, edema 2+ bilat LE.", "peripheral_edema", "present"),
    ("HSM+, LAD-", "hepatosplenomegaly", "present"),
    ("Splenomegaly - mild.", "splenomegaly", "present"),
    ("IFE: IgA-lambda.", "serum_immunofixation", "present"),
])
def test_hyphens_and_dashes_elsewhere_change_nothing(text, concept, state):
    assert states(text)[concept] == state
