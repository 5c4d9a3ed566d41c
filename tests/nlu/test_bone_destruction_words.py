"""骨质破坏 is lytic destruction: "未见骨质破坏" alone says no lytic lesion and nothing of sclerotic
ones (it had read sclerotic lesions absent, and the criterion not met, from a spine MRI); with
硬化 beside it ("未见骨质破坏或硬化") it says both."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text", ["腰椎MRI：未见骨质破坏", "骨盆CT未见明显骨质破坏。", "胸腰椎CT：未见明确骨质破坏"])
def test_no_destruction_is_no_lytic_lesion_only(ex, text):
    findings = ex(text)
    assert status_of(findings, "lytic_bone_lesion") == "absent"
    assert status_of(findings, "sclerotic_bone_lesion") is None


@pytest.mark.parametrize("text", ["全身低剂量CT：未见骨质破坏或硬化。", "骨CT未见骨质破坏及硬化灶", "CT：未见骨质硬化"])
def test_no_destruction_or_sclerosis_is_no_sclerotic_lesion(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") == "absent"
