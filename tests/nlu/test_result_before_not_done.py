"""A test given its own result after its name has been done: a "not done" after that result is
another test's, though nothing but an emoji stands between them ("免疫固定电泳查了说阴性😂 VEGF没查"
had read the immunofixation not done; "NCS normal (requested by neurology)" pending). A "not done"
right after the name still is the test's. Sentences written for the tests."""

import pytest

from nlu import extract_evidence
from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", ["免疫固定电泳查了说阴性😂 VEGF没查。", "IFE negative 👍 VEGF not done"])
def test_the_not_done_after_a_result_is_another_test_s(text):
    evidence = extract_evidence(text)
    assert statuses(text, "serum_immunofixation") == ["absent"]
    assert [n.test for n in evidence.not_done] == ["serum_vegf"]


def test_a_result_then_requested_is_a_result():
    evidence = extract_evidence("NCS of four limbs normal (requested by neurology to exclude POEMS).")
    assert not [n for n in evidence.not_done if n.test == "nerve_conduction_study"]


@pytest.mark.parametrize("text, test", [("VEGF 未查", "serum_vegf"), ("IFE not done, VEGF negative", "serum_immunofixation")])
def test_a_not_done_right_after_the_name_stays(text, test):
    assert [n.test for n in extract_evidence(text).not_done] == [test]
