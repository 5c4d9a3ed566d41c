"""Chinese general statements of a 讨论 or 科普 paragraph (sentences written for the tests; context_zh.yml,
``subject_before`` in nlu/components/context.py): the disease that a definition ("Castleman病是一种罕见的淋巴增殖性
疾病") or a statement of what it can cause ("多发性骨髓瘤可导致骨质破坏、贫血…") opens with is the statement's
subject, not the patient's diagnosis, and what it can cause is in doubt; a usual presentation ("POEMS综合征常表现
为多发性周围神经病、脏器肿大…") lists the syndrome's findings, not the patient's. The patient's own diagnosis in
another clause or sentence, and a patient's 主要表现为, stay present."""
import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("Castleman病是一种罕见的淋巴增殖性疾病，可分为单中心型和多中心型。", "castleman_disease"),
    ("多发性骨髓瘤可导致骨质破坏、贫血、肾功能损害及高钙血症。", "multiple_myeloma"),
    ("多发性骨髓瘤可导致骨质破坏、贫血、肾功能损害及高钙血症。", "lytic_bone_lesion"),
    ("淀粉样变性可引起水肿。", "amyloidosis"),
    ("淀粉样变性可引起水肿。", "peripheral_edema"),
    ("POEMS综合征常表现为多发性周围神经病、脏器肿大、皮肤改变。", "polyneuropathy"),
    ("POEMS综合征常表现为多发性周围神经病、脏器肿大、皮肤改变。", "skin_changes"),
    ("该病多表现为脏器肿大。", "organomegaly"),
])
def test_what_a_general_statement_names_is_no_finding(text, concept):
    # a doubt (ConText), or nothing where the sentence is about the syndrome (implications.yml
    # others_sentence); never the patient's finding
    found = statuses(text, concept)
    assert "present" not in found


def test_a_defined_castleman_disease_implies_no_nodes():
    assert "present" not in statuses("Castleman病是一种淋巴增殖性疾病。", "lymphadenopathy")


@pytest.mark.parametrize("text, concept, expected", [
    ("右腋窝淋巴结活检：Castleman病（浆细胞型）。Castleman病是一种罕见的淋巴增殖性疾病。", "castleman_disease",
     ["present", "uncertain"]),
    ("患者诊断为多发性骨髓瘤，多发性骨髓瘤可导致骨质破坏。", "multiple_myeloma", ["present", "uncertain"]),
    ("患者双下肢水肿，淀粉样变性可引起水肿。", "peripheral_edema", ["present", "uncertain"]),
])
def test_the_patients_own_finding_beside_the_statement_stays(text, concept, expected):
    assert statuses(text, concept) == expected


@pytest.mark.parametrize("text, concept", [
    ("患者主要表现为四肢麻木、双下肢水肿。", "peripheral_edema"),
    ("诊断为多发性骨髓瘤", "multiple_myeloma"),
    ("腹股沟淋巴结活检：Castleman病（透明血管型）。", "castleman_disease"),
])
def test_a_patients_presentation_and_diagnosis_stay(text, concept):
    assert "present" in statuses(text, concept)


def test_a_negated_finding_in_the_same_note_stays_absent():
    text = "全身骨骼CT未见骨质破坏或硬化。讨论：多发性骨髓瘤可导致骨质破坏。"
    assert "absent" in statuses(text, "sclerotic_bone_lesion")
