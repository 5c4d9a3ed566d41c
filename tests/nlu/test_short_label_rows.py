"""A registry or checklist row named by the criterion's short label and answered yes or no:
"Monoclonal: Y (IgA-L)" and "Skin: Y" had read nothing. "Skin: no rash" denies a rash only, and a
label alone says nothing. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept,status", [
    ("Polyneuropathy: Y\nMonoclonal: Y (IgA-L)\nSkin: Y", "m_protein", "present"),
    ("Polyneuropathy: Y\nMonoclonal: Y (IgA-L)\nSkin: Y", "skin_changes", "present"),
    ("Monoclonal: N", "m_protein", "absent"),
    ("Skin: N\nPapilledema: not assessed", "skin_changes", "absent"),
    ("Skin: No\nOedema: Y", "skin_changes", "absent"),
])
def test_a_short_label_answered(text, concept, status):
    assert statuses(text, concept) == [status]


@pytest.mark.parametrize("text", ["Skin: no rash", "Skin: No rash.", "Skin: warm and dry"])
def test_a_label_not_answered_says_nothing(text):
    assert statuses(text, "skin_changes") == []
