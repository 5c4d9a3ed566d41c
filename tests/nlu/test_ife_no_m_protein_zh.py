"""An immunofixation named next to its negated monoclonal result with Chinese linking words is
negative: "蛋白电泳跟免疫固定都没有M蛋白" and a report row "血清免疫固定电泳　　　未见单克隆条带" had left the
immunofixation unknown or present. A monoclonal result stated present is not made absent.
Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", ["查了蛋白电泳跟免疫固定都没有M蛋白，轻链比值也正常。",
                                  "血清免疫固定电泳　　　未见单克隆条带",
                                  "免疫固定电泳结果未见M蛋白"])
def test_the_immunofixation_is_negative(text):
    assert statuses(text, "serum_immunofixation")[-1] == "absent"


def test_a_monoclonal_result_stated_present_stays():
    assert statuses("免疫固定有M蛋白", "m_protein") == ["present"]
