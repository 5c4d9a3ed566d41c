"""A conduction sign written after a nerve's entrapment site in the same sentence, across its commas and a
bracket of latencies, is that mononeuropathy's, not a polyneuropathy's (implications.yml explained_by); other
limbs, nerves or a generalised pattern named between keep the sign's reading. Sentences written for the tests."""
import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text", [
    "神经传导：双侧正中神经腕部运动远端潜伏期延长（右 5.8 ms，左 5.2 ms），感觉传导速度减慢；尺神经、腓总神经传导正常。"
    "结论：双侧腕管综合征（中度），未见广泛周围神经病。",
    "双侧正中神经腕部运动远端潜伏期延长，感觉传导速度减慢；尺神经传导正常。结论：腕管综合征，未见广泛周围神经病变。",
    "左尺神经肘部运动传导速度减慢，感觉波幅降低。结论：左肘管综合征，未见广泛周围神经病。",
])
def test_a_sign_after_an_entrapment_site_is_that_nerves(ex, text):
    e = ex(text)
    assert status_of(e, "demyelinating_neuropathy") != "present"
    assert status_of(e, "axonal_neuropathy") != "present"
    assert criterion(e, "polyneuropathy") == "absent"


@pytest.mark.parametrize("text", [
    "双侧正中神经腕部卡压，四肢感觉传导速度减慢，呈多发性周围神经病。",
    "肌电图：四肢感觉运动神经传导速度减慢，波幅降低。",
])
def test_a_generalised_sign_keeps_its_reading(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"
