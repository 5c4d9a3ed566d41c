"""A doubt word alone after a comma, closing its item, qualifies that item: "6 mm sclerotic focus in
the left iliac wing, equivocal; cannot exclude bone island" had read the lesion present. A doubt
word that opens more words ("equivocal for metastasis") is not read so. Sentences written for the
tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept", [
    ("CT: 6 mm sclerotic focus in the left iliac wing, equivocal; cannot exclude bone island.", "sclerotic_bone_lesion"),
    ("Sclerotic focus in L2, equivocal.", "sclerotic_bone_lesion"),
    ("Splenomegaly, questionable, on US.", "splenomegaly"),
])
def test_the_item_closed_by_a_doubt_word_is_in_doubt(text, concept):
    assert statuses(text, concept) == ["uncertain"]


def test_a_doubt_word_opening_more_words_is_not_the_item_s():
    assert statuses("Sclerotic focus in L2, equivocal for metastasis.", "sclerotic_bone_lesion") == ["present"]
