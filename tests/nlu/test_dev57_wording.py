"""Wording of Chinese journal discussions, follow-up notes and messaging-group questions (sentences
written for the tests, not taken from the corpus).
A share of patients named in a 讨论 or 文献复习 ("文献报道约2/3的患者存在脏器肿大", "约1/3出现视乳头水肿",
"约三分之一的患者伴有水肿", "约30%出现脾大") and what is seen in a share of patients ("硬化性骨病变见于大多数患者",
"视乳头水肿见于约1/3的患者") are said of the syndrome: neither this patient's findings nor their absence.
"有没有" asks, as "有无" does ("看有没有硬化性骨病变", "帮忙看看有没有视乳头水肿"): the finding is in doubt,
not denied; "没有水肿" stays a negation.
The pigment lighter than before ("面部皮肤色素较前变淡", "肤色较前变浅", "色素有所减轻") is pigmentation still
there; "色素减退斑" (pale patches) is none.
Rules: context_zh.yml (POSSIBLE_EXISTENCE), targets_zh.yml (色素较前变淡)."""
import pytest

from conftest import status_of


@pytest.mark.parametrize("text,concept", [
    ("文献报道约2/3的患者存在脏器肿大。", "organomegaly"),
    ("文献报道约2/3的患者存在脏器肿大，约1/3出现视乳头水肿。", "papilledema"),
    ("约三分之一的患者伴有视乳头水肿。", "papilledema"),
    ("约30%出现脾大。", "splenomegaly"),
    ("约15%~25%的患者存在Castleman病样改变，硬化性骨病变见于大多数患者。", "sclerotic_bone_lesion"),
    ("视乳头水肿见于约1/3的患者。", "papilledema"),
    ("双下肢水肿多见于部分病例。", "peripheral_edema"),
])
def test_a_share_of_patients_is_said_of_the_syndrome(ex, text, concept):
    # a doubt (ConText), or nothing where the sentence is about other patients (implications.yml
    # others_sentence); never the patient's finding
    assert status_of(ex(text), concept) in ("uncertain", None)


@pytest.mark.parametrize("text,concept", [
    ("甲板近端2/3变白，脾大。", "splenomegaly"),
    ("腹部B超：脾大，见于右侧。", "splenomegaly"),
    ("患者双下肢水肿，约2周。", "peripheral_edema"),
])
def test_the_patients_own_findings_stay(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text,concept", [
    ("骨盆CT看看有没有硬化性骨病变。", "sclerotic_bone_lesion"),
    ("建议查血清IFE+sFLC、血清VEGF、全身低剂量CT看有没有硬化性骨病变，再加性激素、甲功、腹部B超。", "sclerotic_bone_lesion"),
    ("请帮忙看看有没有视乳头水肿。", "papilledema"),
    ("B超看一下有没有脾大。", "splenomegaly"),
    ("不知道是不是有胸腔积液。", "pleural_effusion"),
])
def test_you_mei_you_asks(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


def test_mei_you_stays_a_negation(ex):
    assert status_of(ex("患者没有水肿。"), "peripheral_edema") == "absent"


@pytest.mark.parametrize("text", [
    "查体：面部皮肤色素较前变淡。",
    "肤色较前变浅，无水肿。",
    "皮肤色素有所减轻。",
    "面部色素较前明显变淡，仍可见。",
])
def test_pigment_lighter_than_before_is_still_there(ex, text):
    assert status_of(ex(text), "hyperpigmentation") == "present"


def test_pale_patches_are_no_pigmentation(ex):
    assert status_of(ex("皮肤色素减退斑。"), "hyperpigmentation") is None
