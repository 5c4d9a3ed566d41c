"""Names of papilloedema that put 视神经 before 乳突 (Taiwan: 視神經乳突水腫) or say 肿胀 (swelling), and
their negated forms (视神经乳突无水肿), in targets_zh.yml: read as papilloedema, never as the oedema of the
legs. Sentences written for the tests.
"""
import pytest

from conftest import status_of


@pytest.mark.parametrize("text", [
    "眼科會診：兩側視神經乳突水腫。",
    "眼底：双眼视神经乳突水肿，盘周出血",
    "眼科檢查發現雙眼視神經乳突腫脹",
    "双侧视盘肿胀，Frisén 2级",
    "右眼视乳头肿胀",
    "视神经乳头肿胀（双侧）",
])
def test_read_as_papilloedema(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "papilledema") == "present"
    assert status_of(extraction, "peripheral_edema") is None


@pytest.mark.parametrize("text", [
    "眼底檢查：未見視神經乳突水腫。",
    "双眼视神经乳突无水肿",
    "眼科会诊：无视盘肿胀",
])
def test_negated(ex, text):
    assert status_of(ex(text), "papilledema") == "absent"


@pytest.mark.parametrize("text", ["双眼视神经乳头未见水肿", "視神經乳突無水腫，視網膜未見出血"])
def test_negated_form_is_not_the_legs(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "papilledema") == "absent"
    assert status_of(extraction, "peripheral_edema") is None
