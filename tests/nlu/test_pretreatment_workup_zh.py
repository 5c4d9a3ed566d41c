"""The work-up before treatment starts ("POEMS综合征治疗前评估：多发性周围神经病…", "化疗前检查示脾大") is what the note
reports now, not the state before a treatment already given; "治疗前双下肢水肿" still reads the past."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text, concept", [
    ("男，61岁，POEMS综合征治疗前评估：多发性周围神经病（EMG证实），IgA λ型M蛋白", "polyneuropathy"),
    ("化疗前检查示脾大，腹水少量", "splenomegaly"),
    ("移植前评估：PET-CT示多发成骨性病变", "sclerotic_bone_lesion"),
    ("治疗前筛查：双下肢水肿", "peripheral_edema"),
])
def test_the_pretreatment_workup_reads_now(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text, concept", [
    ("治疗前双下肢水肿、腹水，现已消退", "peripheral_edema"),
    ("化疗前脾大，现脾脏不大", "splenomegaly"),
])
def test_the_state_before_treatment_is_not_present(ex, text, concept):
    assert status_of(ex(text), concept) != "present"
