"""A heading on bone lesions in general answered none ("骨病变：无", "Bone lesions: none") denies sclerotic
lesions too; one on lytic lesions ("溶骨性病变：无", "溶骨性骨病变：无") says nothing of sclerotic ones."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "骨病变：无", "骨病灶：无", "骨损害：未见", "骨质损害：无", "无骨病变", "成骨性骨病变：无",
    "Bone lesions: none", "Bony lesions: nil",
])
def test_bone_lesions_answered_none_deny_sclerotic_ones(text):
    assert statuses(text, "sclerotic_bone_lesion") == ["absent"]


@pytest.mark.parametrize("text", ["溶骨性病变：无", "溶骨性骨病变：无", "溶骨性骨病灶：无"])
def test_lytic_lesions_answered_none_say_nothing_of_sclerotic_ones(text):
    assert statuses(text, "sclerotic_bone_lesion") == []
    assert statuses(text, "lytic_bone_lesion") == ["absent"]


def test_a_bone_lesion_heading_answered_sclerotic_stays_present():
    assert statuses("骨病变：硬化性", "sclerotic_bone_lesion") == ["present"]


@pytest.mark.parametrize("text", ["原骨盆硬化灶较前缩小，未见活动性骨病变", "未见新发骨质病变", "未见新发骨病灶"])
def test_no_active_or_new_lesion_leaves_the_old_ones(text):
    assert "absent" not in statuses(text, "sclerotic_bone_lesion")
