import pytest

from conftest import status_of


@pytest.mark.parametrize("text,concept,status", [
    ("No hepatosplenomegaly.", "hepatosplenomegaly", "absent"),
    ("Exam: HSM not palpable, mild ankle oedema.", "hepatosplenomegaly", "absent"),
    ("Exam: HSM not palpable, mild ankle oedema.", "peripheral_edema", "present"),
    ("HSM(-), 双下肢水肿(+)", "hepatosplenomegaly", "absent"),
    ("HSM(-), 双下肢水肿(+)", "peripheral_edema", "present"),
    ("No organomegaly, no oedema, skin normal.", "organomegaly", "absent"),
    ("No organomegaly, no oedema, skin normal.", "skin_changes", "absent"),
    ("NCS: demyelinating, uniform slowing, no CB.", "conduction_block", "absent"),
    ("NCS: demyelinating, uniform slowing, no CB.", "uniform_slowing", "present"),
    ("He denies numbness.", "distal_numbness_weakness", "absent"),
    ("Papilloedema absent.", "papilledema", "absent"),
    ("IFE negative", "serum_immunofixation", "absent"),
    ("The patient has no ascites but has bilateral pleural effusions.", "pleural_effusion", "present"),
    ("The patient has no ascites but has bilateral pleural effusions.", "ascites", "absent"),
    ("LH not\nraised, new-onset diabetes", "diabetes", "present"),
])
def test_english_negation(ex, text, concept, status):
    assert status_of(ex(text), concept) == status


@pytest.mark.parametrize("text,concept,status", [
    ("肝脾肋下未及 双下肢水肿(-)", "hepatosplenomegaly", "absent"),
    ("肝脾肋下未及 双下肢水肿(-)", "peripheral_edema", "absent"),
    ("查体：皮肤黝黑 多毛 乳腺发育(+) 肝脾肋下未及", "hypertrichosis", "present"),
    ("查体：皮肤黝黑 多毛 乳腺发育(+) 肝脾肋下未及", "gynecomastia", "present"),
    ("无脾大，λ轻链阳性", "splenomegaly", "absent"),
    ("无肝脾肿大、淋巴结肿大", "lymphadenopathy", "absent"),
    ("否认糖尿病", "diabetes", "absent"),
    ("未见骨质硬化", "sclerotic_bone_lesion", "absent"),
    ("双下肢无水肿，腹水(+)", "ascites", "present"),
    ("双下肢无水肿，腹水(+)", "peripheral_edema", "absent"),
    ("皮肤色素沉着（-）", "hyperpigmentation", "absent"),
    ("双下肢麻木、无力进行性加重", "distal_numbness_weakness", "present"),
    ("免疫固定电泳阴性", "serum_immunofixation", "absent"),
    ("不伴视乳头水肿", "papilledema", "absent"),
])
def test_chinese_negation(ex, text, concept, status):
    assert status_of(ex(text), concept) == status


def test_negation_does_not_cross_chinese_comma(ex):
    e = ex("无水肿，脾大")
    assert status_of(e, "peripheral_edema") == "absent"
    assert status_of(e, "splenomegaly") == "present"
