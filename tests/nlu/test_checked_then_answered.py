"""A finding said checked, its result after the comma ("查了M蛋白，阴性", "M-protein checked,
negative"), and a test named with its result after a comma ("免疫固定电泳，阴性"): the result is
the finding's. Before, the M-protein read present (the mandatory criterion met by a negative)."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("查了M蛋白，阴性。", "m_protein"), ("查了M蛋白，结果阴性。", "m_protein"), ("查了M蛋白，未见异常。", "m_protein"),
    ("查了M蛋白，没有。", "m_protein"), ("查了M蛋白，阴性，但FLC比值异常。", "m_protein"),
    ("M-protein checked, negative.", "m_protein"), ("We checked for a paraprotein, negative.", "m_protein"),
    ("免疫固定电泳，阴性。", "serum_immunofixation"), ("IFE, negative.", "serum_immunofixation"),
    ("SPEP, normal; IFE pending.", "m_spike"),
])
def test_a_result_after_the_comma_is_the_checked_findings(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept, expected", [
    ("查了M蛋白，阳性。", "m_protein", ["present"]),
    ("脾大，没有变化。", "splenomegaly", ["present"]),   # unchanged, not absent
    ("脾大，阴性。", "splenomegaly", ["present"]),        # no check word, no test: not read as an answer
    ("双下肢水肿，无胸腹水。", "peripheral_edema", ["present"]),
    ("血清免疫固定电泳，IgA-λ型。", "serum_immunofixation", ["present"]),  # the isotype after the comma is its result
])
def test_look_alikes_keep_their_reading(text, concept, expected):
    assert statuses(text, concept) == expected


@pytest.mark.parametrize("text", ["M蛋白查了，没问题。", "M蛋白也查了，正常的。", "We looked for an M-protein and found none."])
def test_looked_for_and_not_found(text):
    assert statuses(text, "m_protein") == ["absent"]


def test_looked_for_and_found_stays_present():
    assert statuses("We looked for an M-protein and found an IgA lambda.", "m_protein") == ["present"]
