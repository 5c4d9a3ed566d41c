"""Telegraphic negatives written with a minus glued to the finding ("HSM-, LAD-")."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text, concept", [
    ("PE: HSM-, LAD-, edema 2+ bilat LE.", "hepatosplenomegaly"),
    ("PE: HSM-, LAD-, edema 2+ bilat LE.", "lymphadenopathy"),
    ("Exam: ascites-; papilledema-.", "papilledema"),
    ("Exam: ascites-; papilledema-.", "ascites"),
    ("HSM+, LAD-", "lymphadenopathy"),
])
def test_a_glued_minus_negates_its_finding(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text, concept, state", [
    ("PE: HSM-, LAD-, edema 2+ bilat LE.", "peripheral_edema", "present"),
    ("HSM+, LAD-", "hepatosplenomegaly", "present"),
    ("Splenomegaly - mild.", "splenomegaly", "present"),
    ("IFE: IgA-lambda.", "serum_immunofixation", "present"),
])
def test_hyphens_and_dashes_elsewhere_change_nothing(ex, text, concept, state):
    assert status_of(ex(text), concept) == state
