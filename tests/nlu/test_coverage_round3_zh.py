"""第三轮覆盖 (为测试编写的句子, 不是语料原句): 激素值带异常标记或超出参考范围、"余…未见"、
逐项正常的神经查体、CIDP？与双侧肢体的感觉症状."""
import pytest

from bot.engine import assess
from conftest import status_of, spans_of


@pytest.mark.parametrize("text,concept,span", [
    ("睾酮 4.2 nmol/L↓，余正常", "hypogonadism", "睾酮 4.2 nmol/L↓"),
    ("泌乳素(PRL) 31.6 ng/ml ↑", "hyperprolactinemia", "泌乳素(PRL) 31.6 ng/ml ↑"),
    ("睾酮(T) 3.1 nmol/L（参考值 8.4-28.7）", "hypogonadism", "睾酮(T) 3.1 nmol/L"),
    ("甲状旁腺激素 98 pg/mL（15-65）", "hyperparathyroidism", "甲状旁腺激素 98 pg/mL"),
    ("皮质醇(8am) 52 nmol/L 偏低", "adrenal_insufficiency", "皮质醇(8am) 52 nmol/L 偏低"),
    ("FT4 8.1 pmol/L↓，TSH 7.9 mIU/L↑", "hypothyroidism", "FT4 8.1 pmol/L↓"),
])
def test_flagged_hormone_values_are_endocrine_findings(ex, text, concept, span):
    e = ex(text)
    assert status_of(e, concept) == "present"
    assert span in spans_of(e, concept)


def test_hormone_values_inside_their_ranges_are_normal_axes(ex):
    e = ex("TSH 2.1 mIU/L (0.4-4.0)，皮质醇 420 nmol/L（参考值 140-690），睾酮 18 nmol/L（8-29）")
    assert status_of(e, "hypothyroidism") == "absent"
    assert status_of(e, "adrenal_insufficiency") == "absent"
    assert status_of(e, "hypogonadism") == "absent"


def test_unflagged_hormone_value_says_nothing(ex):
    e = ex("雌二醇 120 pmol/L，ACTH 45 pg/mL")
    assert status_of(e, "hypogonadism") is None
    assert status_of(e, "adrenal_insufficiency") is None


@pytest.mark.parametrize("text", [
    "前纵隔肿块 4 cm，余全身未见肿大淋巴结",
    "左腋下淋巴结 2.0 cm，其余部位未见明显肿大淋巴结",
])
def test_other_sites_excluded_says_nothing_about_the_node(ex, text):
    assert status_of(ex(text), "lymphadenopathy") is None


def test_nodes_not_seen_without_other_is_absent(ex):
    e = ex("腹膜后未见明显肿大淋巴结")
    assert status_of(e, "lymphadenopathy") == "absent"
    assert "未见明显肿大淋巴结" in spans_of(e, "lymphadenopathy")


def test_item_by_item_normal_neuro_exam_is_against_polyneuropathy(ex):
    e = ex("查体：四肢肌力5级，腱反射对称引出，深浅感觉正常。")
    assert status_of(e, "polyneuropathy") == "absent"
    assert "腱反射对称引出" in spans_of(e, "polyneuropathy")
    assert assess(e.evidence).contract()["criteria"]["polyneuropathy"] == "absent"


@pytest.mark.parametrize("text", [
    "双足麻木半年。查体：腱反射对称引出，深浅感觉正常。",
    "肌电图：脱髓鞘性改变。腱反射正常。",
])
def test_normal_exam_does_not_outweigh_symptoms_or_ncs(ex, text):
    assert status_of(ex(text), "polyneuropathy") != "absent"


def test_absent_reflexes_are_not_a_normal_exam(ex):
    e = ex("四肢腱反射未引出，深浅感觉正常")
    assert status_of(e, "polyneuropathy") == "present"


def test_questioned_cidp_with_treated_neuropathy_is_a_polyneuropathy(ex):
    e = ex("CIDP？ 丙球治疗3次无效，IFE λ(+)")
    assert status_of(e, "polyneuropathy") == "present"
    assert "CIDP" in spans_of(e, "polyneuropathy")


def test_questioned_cidp_alone_is_not(ex):
    assert status_of(ex("CIDP？"), "polyneuropathy") is None


@pytest.mark.parametrize("text,span", [
    ("双下肢水肿伴麻木4月", "双下肢水肿伴麻木"),
    ("双足及小腿发麻半年", "双足及小腿发麻"),
    ("四肢乏力、麻木1年", "四肢乏力、麻木"),
])
def test_sensory_symptom_of_both_limbs_is_symmetric(ex, text, span):
    e = ex(text)
    assert status_of(e, "symmetric_distal_sensory_symptoms") == "present"
    assert span in spans_of(e, "symmetric_distal_sensory_symptoms")


def test_oedema_kept_next_to_numbness(ex):
    e = ex("双下肢水肿伴麻木")
    assert status_of(e, "peripheral_edema") == "present"


def test_negated_numbness_of_both_legs_is_not_symmetric(ex):
    e = ex("双下肢无力，无麻木")
    assert status_of(e, "symmetric_distal_sensory_symptoms") is None


@pytest.mark.parametrize("text,concept,span", [
    ("腹部CT：腹腔少量积液", "ascites", "腹腔少量积液"),
    ("左侧胸腔少量积液", "pleural_effusion", "胸腔少量积液"),
    ("心包腔微量积液", "pericardial_effusion", "心包腔微量积液"),
    ("盆腔积液", "ascites", "盆腔积液"),
])
def test_effusion_with_amount_between(ex, text, concept, span):
    e = ex(text)
    assert status_of(e, concept) == "present"
    assert span in spans_of(e, concept)


def test_effusion_pattern_negated(ex):
    assert status_of(ex("未见腹腔积液"), "ascites") == "absent"
    e = ex("无胸腹腔积液")
    assert status_of(e, "ascites") == "absent" and status_of(e, "pleural_effusion") == "absent"
