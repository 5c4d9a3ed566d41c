"""A bone scintigraphy reported normal (骨扫描正常, 全身骨显像未见异常, "Bone scan normal") clears nothing:
tracer uptake misses most sclerotic lesions and 表1 names bone CT, whole-body MRI or PET/CT, so the
sclerotic lesion stays unknown; a normal CT or PET still clears it, and lesions any study shows are read."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text", ["骨扫描正常", "全身骨显像未见异常", "骨扫描未见明显异常", "全身骨扫描未见明显异常。", "Bone scan normal.",
                                  "Tc-99m MDP bone scan was unremarkable.", "Whole-body bone scintigraphy: no abnormality",
                                  "核素骨扫描：未见异常放射性浓聚", "全身骨扫描未提示异常。"])
def test_a_normal_bone_scan_leaves_the_lesion_unknown(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") is None


@pytest.mark.parametrize("text", ["骨窗未见异常", "Bone CT normal", "PET-CT未见异常", "骨扫描未见异常，CT骨窗未见硬化性病变",
                                  "Skeletal CT: no sclerotic lesions. Bone scan normal."])
def test_a_normal_ct_or_pet_still_clears_it(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") == "absent"


@pytest.mark.parametrize("text", ["骨扫描示多发成骨性病变", "Bone scan: multiple sclerotic foci"])
def test_lesions_a_bone_scan_shows_are_read(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") == "present"
