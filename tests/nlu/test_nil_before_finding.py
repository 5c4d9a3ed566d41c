""""nil" before a finding negates it as "no" does ("Nil LN", "nil palpable lymph nodes", "Nil pleural
effusion on CXR"): Australian and British notes write it first as often as after ("Lymph nodes: nil").
A comma, a semicolon or a sentence end stops it, and a finding stated positive after it stays present.
Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept", [
    ("Nil LN.", "lymphadenopathy"),
    ("O/E: nil palpable lymph nodes.", "lymphadenopathy"),
    ("Nil pleural effusion on CXR.", "pleural_effusion"),
    ("Hands: nil clubbing.", "clubbing"),
    ("Abdo soft, nil hepatomegaly or splenomegaly.", "splenomegaly"),
    ("Abdo soft, nil hepatomegaly or splenomegaly.", "hepatomegaly"),
    ("SPEP: nil M band.", "m_spike"),
    ("Nil sclerotic lesions on CT.", "sclerotic_bone_lesion"),
])
def test_nil_before_the_finding_negates_it(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text,concept,expected", [
    ("Lymph nodes: nil. Spleen palpable.", "splenomegaly", ["present"]),
    ("Lymph nodes: nil. Spleen palpable.", "lymphadenopathy", ["absent"]),
    ("Oedema nil, ascites present.", "ascites", ["present"]),
    ("Oedema nil, ascites present.", "peripheral_edema", ["absent"]),
    ("Nil oedema; splenomegaly 3 cm below the costal margin.", "splenomegaly", ["present"]),
    ("Nil LN.\nSclerotic lesion in L3 on CT.", "sclerotic_bone_lesion", ["present"]),
])
def test_nil_stops_at_its_clause(text, concept, expected):
    assert statuses(text, concept) == expected


@pytest.mark.parametrize("text,concept", [
    ("Skin -ve for hyperpigmentation.", "hyperpigmentation"),
    ("Abdo exam -ve for HSM.", "hepatosplenomegaly"),
])
def test_minus_ve_for_negates_what_follows(text, concept):
    """"-ve for X" is "negative for X" (it had left X present beside a denied skin)."""
    assert statuses(text, concept) == ["absent"]


def test_minus_ve_after_a_finding_stops_at_the_comma():
    assert statuses("Hepatomegaly -ve, ascites present.", "ascites") == ["present"]
