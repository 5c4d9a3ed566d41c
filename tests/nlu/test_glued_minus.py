""""-ve for X" opening a sentence after a full stop negates X: the minus glued to "ve" starts the
new sentence (the sentencizer had kept it with the sentence before, and "ve for anti-MAG" was read
without its negation, so the antibody counted as present). Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept", [
    ("Exam: nil palpable LN. -ve for anti-MAG. Plt 488.", "anti_mag"),
    ("Plt 488. -ve for anti-MAG.", "anti_mag"),
    ("CT as above. -ve for sclerotic lesions.", "sclerotic_bone_lesion"),
    ("Abdo soft! -ve for HSM.", "hepatosplenomegaly"),
])
def test_minus_ve_for_after_a_full_stop_negates_what_follows(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text,concept,expected", [
    ("Anti-MAG -ve. Splenomegaly 15 cm.", "splenomegaly", ["present"]),
    ("No oedema. -ve for anti-MAG. Skin darkened.", "hyperpigmentation", ["present"]),
    ("Range 10 -20. Spleen palpable.", "splenomegaly", ["present"]),
])
def test_the_minus_reaches_no_further_than_its_sentence(text, concept, expected):
    assert statuses(text, concept) == expected


def test_sentence_starts_at_the_glued_minus():
    from nlu.pipeline import get_pipeline

    doc = get_pipeline("en")("Nil LN. -ve for anti-MAG.")
    assert [s.text for s in doc.sents] == ["Nil LN.", "-ve for anti-MAG."]
