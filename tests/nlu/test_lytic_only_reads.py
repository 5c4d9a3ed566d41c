"""A bone study read negative only for lytic lesions says nothing of sclerotic ones (a myeloma
read names lytic lesions; plain films miss many sclerotic ones, README 表1): "Skeletal survey: no
lytic lesions" had been read as sclerotic lesions absent, an unknown taken for absent
(implications.yml normal_test_only_of; targets_en.yml "bone windows - no lesion")."""

import pytest

import nlu


def _sclerotic(text):
    return [f.status.value for f in nlu.extract_evidence(text).findings if f.concept == "sclerotic_bone_lesion"]


@pytest.mark.parametrize("text", [
    "Skeletal survey: no lytic lesions.",
    "No lytic bone lesions on skeletal survey.",
    "Bone windows: no destructive lesion.",
    "Whole-body low-dose CT: no osteolytic lesions.",
    "骨骼X线：未见溶骨性病变。",
    "全身低剂量CT未见溶骨性骨质破坏。",
])
def test_no_lytic_lesion_leaves_the_sclerotic_lesion_unknown(text):
    assert _sclerotic(text) == []


@pytest.mark.parametrize("text", [
    "CT: no lytic or sclerotic lesions.",
    "Skeletal survey: no lytic lesions, no sclerotic lesions.",
    "Skeletal survey negative.",
    "No bone lesions on CT.",
    "Bone windows: no focal lesion.",
    "全身骨骼CT未见异常。",
    "全身低剂量CT未见溶骨或硬化性病变。",
])
def test_a_study_said_normal_or_without_sclerotic_lesions_still_reads_them_absent(text):
    assert "absent" in _sclerotic(text) and "present" not in _sclerotic(text)
