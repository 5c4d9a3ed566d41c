"""A spleen that can be felt at all is enlarged: "Spleen just palpable" and "the spleen is just
palpable on deep inspiration" had read nothing. Denials and a liver felt at the costal margin
keep their readings. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "Spleen just palpable.",
    "The spleen is just palpable on deep inspiration.",
    "Abdomen soft, just palpable spleen tip.",
    "Splenic edge easily palpable.",
])
def test_a_spleen_felt_is_enlarged(text):
    assert statuses(text, "splenomegaly") == ["present"]


@pytest.mark.parametrize("text", ["Spleen was not palpable.", "Spleen is not felt.", "Spleen could not be palpated."])
def test_a_spleen_not_felt_is_not_enlarged(text):
    assert statuses(text, "splenomegaly") == ["absent"]


def test_a_liver_edge_just_palpable_says_nothing_of_the_spleen():
    assert statuses("Liver edge just palpable.", "splenomegaly") == []
