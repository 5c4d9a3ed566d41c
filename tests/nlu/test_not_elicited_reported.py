"""A finding followed by "not elicited" or "not reported" is denied ("Papilloedema not elicited on
fundoscopy" had read present, "Lymphadenopathy not reported" too), as "not seen" and "not appreciated" are. A
finding after the clause keeps its own reading ("spleen not visualised" stays unread: an organ the
study could not show is not a normal organ). Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept", [
    ("Papilloedema not elicited on fundoscopy.", "papilledema"),
    ("Papilloedema was not elicited on fundoscopy.", "papilledema"),
    ("Lymphadenopathy not reported.", "lymphadenopathy"),
])
def test_denied_after_the_finding(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text,concept", [
    ("Lymphadenopathy not reported; splenomegaly 15 cm on CT.", "splenomegaly"),
    ("Papilloedema not elicited. Skin hyperpigmented.", "hyperpigmentation"),
])
def test_the_next_clause_keeps_its_finding(text, concept):
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text,concept", [
    ("Spleen not visualised on ultrasound.", "splenomegaly"),
    ("Ascites was not visualized on ultrasound.", "ascites"),
])
def test_not_visualised_is_no_normal_organ(text, concept):
    assert "absent" not in statuses(text, concept)


