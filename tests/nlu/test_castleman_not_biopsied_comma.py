"""The biopsy's own answer right after the disease it would show, across a comma ("Castleman病，未活检",
"Castleman disease, not biopsied"), is the biopsy not done (the disease unknown), as the colon form;
other words after a comma, and the nodes, keep their reading."""

import pytest

import nlu
from tests.nlu.conftest import statuses


def _not_done(text):
    return [n.test for n in nlu.extract_evidence(text).not_done]


@pytest.mark.parametrize("text", [
    "Castleman病，未活检", "Castleman病, 待活检", "Castleman病，尚未行活检", "Castleman病：未活检",
    "Castleman disease, not biopsied", "Castleman disease: not biopsied", "? Castleman's - biopsy pending",
    "Castleman disease, no biopsy yet",
])
def test_castleman_not_biopsied_is_unknown(text):
    assert "lymph_node_biopsy" in _not_done(text)
    assert statuses(text, "castleman_disease") == []


@pytest.mark.parametrize("text", ["淋巴结肿大，未活检", "lymphadenopathy, not biopsied"])
def test_nodes_not_biopsied_stay(text):
    assert statuses(text, "lymphadenopathy") == ["present"]


@pytest.mark.parametrize("text", ["Castleman病，未查VEGF", "Castleman病，活检证实", "Castleman disease, biopsy proven"])
def test_other_words_after_the_comma_leave_the_disease(text):
    assert statuses(text, "castleman_disease") == ["present"]
