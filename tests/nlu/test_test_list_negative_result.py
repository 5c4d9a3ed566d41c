"""Two tests named together, then their negated monoclonal result ("血清蛋白电泳及免疫固定电泳未发现M蛋白",
"SPEP and IFE: no M-protein found"): the immunofixation is negative (it had been left unknown, as the
joint test name is a test mention of its own). A result naming an isotype stays positive.
Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", ["血清蛋白电泳及免疫固定电泳未发现M蛋白。", "SPEP and IFE: no M-protein found.",
                                  "血清蛋白电泳及免疫固定电泳未见M蛋白。"])
def test_the_joint_tests_negated_result_makes_the_ife_negative(text):
    assert statuses(text, "serum_immunofixation") == ["absent"]


def test_an_isotype_after_a_negative_spep_stays_the_ifes():
    text = "血清蛋白电泳未发现M蛋白，免疫固定电泳示IgG-λ。"
    assert statuses(text, "serum_immunofixation") == ["present"]
