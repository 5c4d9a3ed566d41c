"""Chat shorthand, printouts and case-report wording found by dev file 37 (zh-571–581, en-356–361,
mx-273–275).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import pytest

from conftest import statuses as _statuses, lab_tuples as _labs


# --- lower-case LN and CT in Chinese chat shorthand --------------------------------------------------

@pytest.mark.parametrize("text", [
    "查体：肝脾大(-)，浅表ln(-)；双下肢水肿(++)。",
    "pe：ln(-)，水肿(-)。",
    "浅表lns (-)",
    "肝脾不大，ln 未及。",
])
def test_lower_case_ln_negated_in_chinese(text: str) -> None:
    assert _statuses(text, "lymphadenopathy") == ["absent"]


@pytest.mark.parametrize("text", [
    "双侧腹股沟ln肿大 ~2cm。",
    "颈部多发ln肿大。",
    "ct：腹膜后肿大ln。",
])
def test_lower_case_ln_enlarged_in_chinese(text: str) -> None:
    assert _statuses(text, "lymphadenopathy") == ["present"]


@pytest.mark.parametrize("text", [
    "骨ct未见异常。",
    "骨ct：未见异常。",
    "全身低剂量ct未见骨质异常。",
    "pet-ct：未见骨质异常。",
    "骨盆ct未见异常。",
])
def test_lower_case_bone_ct_normal(text: str) -> None:
    assert _statuses(text, "sclerotic_bone_lesion") == ["absent"]


def test_lower_case_abbreviations_look_alikes_unchanged() -> None:
    """Look-alikes: a chest CT says nothing of the bones, upper case still reads, a lesion on a
    lower-case bone CT is still present, and English keeps LN case-sensitive (ln = logarithm)."""
    assert _statuses("胸部ct未见异常。", "sclerotic_bone_lesion") == []
    assert _statuses("胸部CT未见异常。", "sclerotic_bone_lesion") == []
    assert _statuses("骨CT未见异常。", "sclerotic_bone_lesion") == ["absent"]
    assert _statuses("浅表LN(-)", "lymphadenopathy") == ["absent"]
    assert _statuses("骨ct：多发硬化灶。", "sclerotic_bone_lesion") == ["present"]
    assert _statuses("The ln of the titre was plotted; no change.", "lymphadenopathy") == []
