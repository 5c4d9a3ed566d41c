"""Mixed Chinese/English and Chinese wording found by dev file 32 (mx-241–248, zh-505–510).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

from typing import List, Tuple

import pytest

from nlu.extractor import extract
from conftest import statuses as _statuses


# --- a bone study named in Chinese with its Latin modality typed after a space -------------------

@pytest.mark.parametrize("text", [
    "骨骼 CT 未见异常。",
    "全身骨骼 CT：未见明显异常。",
    "全身 MRI 未见异常。",
    "骨盆 CT 未见异常。",
    "皮肤：no rash。骨骼 X线 未见异常。",
])
def test_a_spaced_bone_study_stated_normal_is_no_sclerotic_lesion(text: str) -> None:
    """骨骼 CT / 全身 MRI typed with a space, as mixed notes do, names the same bone study as 骨骼CT."""
    assert "absent" in _statuses(text, "sclerotic_bone_lesion")


@pytest.mark.parametrize("text, expected", [
    ("骨骼 CT：L2 椎体硬化灶。", "present"),
    ("骨骼CT未见异常。", "absent"),      # unspaced, read before
])
def test_spaced_and_unspaced_bone_studies_keep_their_findings(text: str, expected: str) -> None:
    """Look-alikes: a lesion on a spaced study stays present; the unspaced form is unchanged."""
    assert expected in _statuses(text, "sclerotic_bone_lesion")


@pytest.mark.parametrize("text", [
    "骨骼 CT 待做。",
    "胸部 CT 未见异常。",          # a chest CT names no bone
    "腹部 CT 未见异常。",
])
def test_a_study_not_done_or_without_bones_says_nothing_of_bones(text: str) -> None:
    """Look-alikes: a planned bone CT, or a CT of another region, is not a normal bone study."""
    assert "absent" not in _statuses(text, "sclerotic_bone_lesion")


# --- a flag that opens the bracket of the reference range ----------------------------------------

_FLAG_THEN_RANGE: List[Tuple[str, str]] = [
    ("泌乳素 38 ng/ml（↑，参考 5-25）。", "hyperprolactinemia"),
    ("PRL 38 ng/ml (H, ref 5-25)", "hyperprolactinemia"),
    ("泌乳素 41.2 ng/mL（升高，正常 4.8-23.3）", "hyperprolactinemia"),
    ("睾酮 5.1 nmol/L（↓，参考 8.4-28.7）", "hypogonadism"),
    ("Testosterone 4.9 nmol/L (low; ref 8.6-29)", "hypogonadism"),
]


@pytest.mark.parametrize("text, concept", _FLAG_THEN_RANGE)
def test_a_flag_before_the_range_in_one_bracket_reads_the_hormone(text: str, concept: str) -> None:
    """（↑，参考 5-25）: the flag and the range share a bracket; the flag says the direction."""
    assert "present" in _statuses(text, concept)


@pytest.mark.parametrize("text, concept", [
    ("泌乳素 18 ng/ml（参考 5-25）", "hyperprolactinemia"),     # inside its range, no flag
    ("睾酮 15.2 nmol/L（参考 8.4-28.7）", "hypogonadism"),
    ("泌乳素（↑，参考 5-25）待复查", "hyperprolactinemia"),       # no value at all
])
def test_values_inside_the_range_or_without_a_value_are_not_flagged(text: str, concept: str) -> None:
    """Look-alikes: no flag and a value inside its range, or no value, is no endocrine finding."""
    assert "present" not in _statuses(text, concept)


@pytest.mark.parametrize("text, value", [
    ("VEGF 1856 pg/ml（↑，参考 0-142）", 1856.0),
    ("PLT 512×10^9/L（↑，参考 125-350）", 512.0),
    ("血红蛋白 128 g/L（参考 130-175）", 128.0),
])
def test_a_lab_value_with_its_flag_and_range_in_one_bracket_keeps_its_value(text: str, value: float) -> None:
    """Look-alike: a kept lab value is read with the same number whatever the bracket holds."""
    assert value in [lab.value for lab in extract(text).evidence.labs]
