"""An organ named in Chinese and said enlarged in English, as mixed notes write it: "脾 slightly
enlarged (13.5 cm)" had read nothing. "脾 not enlarged" stays absent. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept", [
    ("Pt 女 44y，双下肢水肿，脾 slightly enlarged (13.5 cm)", "splenomegaly"),
    ("肝 mildly enlarged", "hepatomegaly"),
    ("查体：肝脾 enlarged，LE edema 2+", "hepatosplenomegaly"),
    ("双侧腹股沟淋巴结 palpable", "lymphadenopathy"),
])
def test_an_organ_said_enlarged_in_english(text, concept):
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text,concept", [("脾 not enlarged", "splenomegaly"), ("淋巴结 not enlarged", "lymphadenopathy"),
                                          ("肝脾 not palpable", "hepatosplenomegaly")])
def test_an_organ_said_not_enlarged(text, concept):
    assert statuses(text, concept) == ["absent"]
