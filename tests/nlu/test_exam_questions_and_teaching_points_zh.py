"""Chinese teaching material pasted to ask about a patient: an exam question's options ("A. POEMS综合征　B. 多发性骨髓瘤")
and its key are diagnoses to choose from, and a handout's teaching points ("【讨论要点】…") speak of the diseases; neither
is the patient's finding. The vignette itself is read as usual. Also: a list of tests said not done with 都 ("M 蛋白、VEGF
都没查"), organs listed and then "，都不大", a value said after a comma ("VEGF，是 510 pg/ml"), and a doctor's own doubt
("我不太确定是不是神经病变")."""

import pytest

from conftest import criterion, labs_of, not_done, status_of

EXAM = ("（共用题干）男，68岁。腰背部疼痛4个月。无肢体麻木无力，神经系统查体未见异常。血清免疫固定电泳IgG-κ型，M蛋白 46 g/L。"
        "全身低剂量CT：颅骨、腰椎多发穿凿样溶骨性破坏，未见成骨性病变。\n"
        "1. 该患者最可能的诊断是（　）\n"
        "A. POEMS综合征　B. 多发性骨髓瘤　C. Castleman病　D. 骨转移癌　E. 原发性甲旁亢\n"
        "答案：B\n"
        "2. 下列哪项不是本病常见的临床表现（　）\n"
        "A. 骨痛　B. 贫血　C. 肾功能不全　D. 高钙血症　E. 视乳头水肿\n")

HANDOUT = ("【简要病史】女，61岁，双足麻木、刺痛7个月。肝脾不大。\n"
           "【辅助检查】神经传导：四肢感觉运动性多发性周围神经病。血清免疫固定电泳已送，待回报。\n"
           "【讨论要点】\n"
           "1. 何时需要考虑POEMS：周围神经病 + 单克隆浆细胞病，再加Castleman病、硬化性骨病或VEGF升高中的一项，"
           "以及器官肿大、水肿、内分泌、皮肤、视乳头水肿或血小板/红细胞增多中的一项。\n"
           "2. 蛋白电泳阴性不能代替免疫固定电泳。\n")


def test_exam_options_are_not_the_patients_findings(ex):
    reading = ex(EXAM)
    assert criterion(reading, "castleman") == "unknown"
    assert criterion(reading, "papilledema") == "unknown"
    assert criterion(reading, "polyneuropathy") == "absent"
    assert criterion(reading, "monoclonal_plasma_cell_disorder") == "present"


def test_teaching_points_are_not_the_patients_findings(ex):
    reading = ex(HANDOUT)
    for name in ("castleman", "sclerotic_bone_lesions", "vegf_elevated", "papilledema", "thrombocytosis_polycythemia"):
        assert criterion(reading, name) == "unknown", name
    assert criterion(reading, "polyneuropathy") == "present"


def test_an_english_question_still_has_its_options_blanked(ex):
    text = ("52M, demyelinating neuropathy, IgA lambda. Which of the following is the most likely diagnosis?\n"
            "A. CIDP\nB. Castleman disease\nC. POEMS syndrome\nAnswer: C")
    assert criterion(ex(text), "castleman") == "unknown"


@pytest.mark.parametrize("text, tests", [
    ("M 蛋白、VEGF 都没查。", {"serum_immunofixation", "serum_vegf"}),
    ("IFE、FLC均未做。", {"serum_immunofixation", "serum_free_light_chains"}),
])
def test_tests_listed_then_said_all_not_done(ex, text, tests):
    found = not_done(ex(text))
    assert tests <= {t for t, reason in found.items() if reason == "not_done"}


def test_the_m_protein_of_tests_not_done_is_no_finding(ex):
    assert criterion(ex("双足麻木。M 蛋白、VEGF 都没查。"), "monoclonal_plasma_cell_disorder") == "unknown"


def test_organs_listed_then_all_not_enlarged(ex):
    reading = ex("B超看了肝脏、脾脏和淋巴结，都不大。")
    assert criterion(reading, "organomegaly") == "absent"


def test_a_value_said_after_a_comma(ex):
    reading = ex("上级让我查了血清VEGF，是 510 pg/ml（参考 0–600）。")
    assert [lab.value for lab in labs_of(reading, "vegf")] == [510.0]


def test_a_doctors_own_doubt_is_no_denial(ex):
    text = "她说脚有点麻，但说得很含糊，我不太确定是不是神经病变。"
    assert status_of(ex(text), "polyneuropathy") == "uncertain"


def test_an_exam_questions_explanation_is_not_the_patients_finding(ex):
    text = ("患者女，49岁。四肢麻木无力10个月。眼科会诊：双眼视乳头水肿。血清免疫固定电泳：IgA-λ型。\n"
            "问题：为明确诊断，下一步最应完善的检查是（　）\nA. 重复肌电图\nB. 血清VEGF及全身骨骼CT\n参考答案：B\n"
            "解析：VEGF和骨硬化性病变是重要的其他主要标准，本例均未检查。")
    reading = ex(text)
    assert criterion(reading, "sclerotic_bone_lesions") == "unknown"
    assert criterion(reading, "papilledema") == "present"


@pytest.mark.parametrize("text, test", [
    ("家属问要不要验M蛋白。", "serum_immunofixation"),
    ("需不需要验VEGF？", "serum_vegf"),
])
def test_asking_whether_to_test_names_a_test_not_done(ex, text, test):
    reading = ex(text)
    assert not_done(reading).get(test) == "not_done"
    assert criterion(reading, "monoclonal_plasma_cell_disorder") == "unknown"
