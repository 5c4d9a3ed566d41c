"""Mixed Chinese/English and Chinese wording found by dev file 32 (mx-241–248, zh-505–510).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

from typing import List

import pytest

from nlu.extractor import extract


def _statuses(text: str, concept: str) -> List[str]:
    """Status of every finding of ``concept`` read from ``text``."""
    return [f.status.value for f in extract(text).evidence.findings if f.concept == concept]


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
