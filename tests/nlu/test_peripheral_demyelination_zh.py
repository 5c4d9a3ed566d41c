"""周围神经脱髓鞘 / 周围神经髓鞘损害 in an EMG conclusion names the demyelinating pattern (it had been read as a
polyneuropathy only, the demyelination lost): the polyneuropathy criterion is still met through it. A CIDP
named in full stays a diagnosis, not the pattern. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import criterion, statuses


@pytest.mark.parametrize("text", [
    "肌电图提示周围神经脱髓鞘+轴索损害。",
    "神经电生理示四肢周围神经脱髓鞘伴轴索损害。",
    "肌电图：四肢周围神经脱髓鞘性损害，多发传导阻滞。",
    "肌电图：周围神经髓鞘损害为主。",
])
def test_peripheral_demyelination_is_the_demyelinating_pattern(ex, text):
    assert statuses(text, "demyelinating_neuropathy") == ["present"]
    assert criterion(ex(text), "polyneuropathy") == "present"


def test_cidp_named_in_full_is_a_diagnosis():
    text = "外院诊断慢性炎性脱髓鞘性多发性神经根神经病。"
    assert statuses(text, "demyelinating_neuropathy") == []
    assert statuses(text, "cidp_diagnosis") == ["present"]
