"""A clause that opens with a disease's general statement makes the rest of its sentence the disease's (implications.yml
general_sentence, a stretch rule of nlu/implications/normal_list.py): the later clauses of a 讨论 sentence ("…，血清VEGF常明显升高，
可见硬化性骨病变。") are in doubt though a comma ends every ConText scope, so they do not outweigh the patient's own
normal study. A clause about the patient (本例) ends it, and a diagnosis list with a bare 伴 is no general statement.
Sentences written for the tests."""
import pytest

import nlu
from tests.nlu.conftest import criterion, statuses


def test_a_discussion_sentence_does_not_outweigh_the_patients_normal_study():
    text = ("全身骨骼CT未见骨质破坏或硬化。讨论：POEMS综合征常表现为多发性周围神经病、脏器肿大，"
            "血清VEGF常明显升高，可见硬化性骨病变。")
    e = nlu.extract(text)
    assert criterion(e, "sclerotic_bone_lesions") == "absent"
    assert "present" not in statuses(text, "sclerotic_bone_lesion")
    assert "present" not in statuses(text, "vegf_elevated")


@pytest.mark.parametrize("text, concept", [
    ("多发性骨髓瘤可导致贫血，可见溶骨性病变。", "lytic_bone_lesion"),
    ("Castleman病是一种淋巴增殖性疾病，可有双下肢水肿。", "peripheral_edema"),
])
def test_later_clauses_of_a_general_sentence_are_in_doubt(text, concept):
    assert "present" not in statuses(text, concept)


@pytest.mark.parametrize("text, concept", [
    ("POEMS综合征常表现为多发性周围神经病，本例有视乳头水肿。", "papilledema"),
    ("诊断：POEMS综合征伴Castleman病，双下肢水肿。", "peripheral_edema"),
    ("诊断：POEMS综合征伴Castleman病，双下肢水肿。", "castleman_disease"),
    ("POEMS综合征常表现为多发性周围神经病。骨盆CT：左髂骨硬化性病变。", "sclerotic_bone_lesion"),
])
def test_the_patients_own_findings_stay(text, concept):
    assert "present" in statuses(text, concept)
