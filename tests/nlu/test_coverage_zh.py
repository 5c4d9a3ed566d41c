"""中文与中英混合覆盖: 为测试编写的句子 (不是语料原句)."""
import pytest

from conftest import labs_of, status_of, spans_of


@pytest.mark.parametrize("text,concept,status,span", [
    ("近半年双脚发麻，逐渐上升至踝部", "symmetric_distal_sensory_symptoms", "present", "双脚发麻"),
    ("查体：四肢末梢型感觉减退，腱反射未引出", "symmetric_distal_sensory_symptoms", "present", "四肢末梢型感觉减退"),
    ("否认肢体麻木", "distal_numbness_weakness", "absent", "肢体麻木"),
    ("腹软，脾脏肋下未触及", "splenomegaly", "absent", "脾脏肋下"),
    ("颈部淋巴结(-)", "lymphadenopathy", "absent", "淋巴结"),
    ("彩超示肝脾明显肿大", "hepatosplenomegaly", "present", "肝脾明显肿大"),
    ("超声未见胸腹水", "pleural_effusion", "absent", "胸腹水"),
    ("超声未见胸腹水", "ascites", "absent", "胸腹水"),
    ("去年出现颜面水肿，后自行消退", "peripheral_edema", "historical", "颜面水肿"),
    # mixed notes: a space between a Chinese trigger and an English finding
    ("无 hepatomegaly，有脾大", "hepatomegaly", "absent", "hepatomegaly"),
    ("无 hepatomegaly，有脾大", "splenomegaly", "present", "脾大"),
    ("serum IFE 阴性", "serum_immunofixation", "absent", "serum IFE"),
])
def test_chinese_coverage(ex, text, concept, status, span):
    e = ex(text)
    assert status_of(e, concept) == status
    assert span in spans_of(e, concept)


def test_liver_spleen_nodes_negated_together(ex):
    e = ex("肝脾淋巴结无肿大")
    assert status_of(e, "hepatosplenomegaly") == "absent"
    assert status_of(e, "lymphadenopathy") == "absent"


def test_liver_function_is_not_the_liver(ex):
    assert status_of(ex("肝功能正常"), "hepatomegaly") is None


def test_gbs_implies_polyneuropathy(ex):
    e = ex("诊断吉兰-巴雷综合征")
    assert status_of(e, "polyneuropathy") == "present"


def test_endocrine_axes_list_normal(ex):
    e = ex("促肾上腺皮质激素、睾酮、催乳素、甲状旁腺激素均在正常范围")
    for concept in ("adrenal_insufficiency", "hypogonadism", "hyperprolactinemia",
                    "hyperparathyroidism", "endocrinopathy"):
        assert status_of(e, concept) == "absent", concept


def test_one_axis_normal_is_not_a_screen(ex):
    e = ex("皮质醇正常，PRL 45 ng/ml")
    assert status_of(e, "adrenal_insufficiency") == "absent"
    assert status_of(e, "endocrinopathy") is None


def test_oestradiol_low_is_gonadal(ex):
    assert status_of(ex("未绝经，雌二醇偏低，FSH升高"), "hypogonadism") == "present"


def test_menstrual_irregularity_alone(ex):
    e = ex("月经不调半年，未查性激素")
    assert status_of(e, "menstrual_irregularity") == "present"
    assert status_of(e, "hypogonadism") is None


def test_blood_count_normal_zh(ex):
    e = ex("血常规未见异常")
    assert status_of(e, "thrombocytosis") == "absent"
    assert status_of(e, "polycythemia") == "absent"


def test_emg_normal_with_numbness_does_not_exclude(ex):
    assert status_of(ex("肌电图未见异常"), "polyneuropathy") == "absent"
    assert status_of(ex("双足麻木，肌电图未见异常"), "polyneuropathy") is None


@pytest.mark.parametrize("text,value,unit,sample,ref_high", [
    ("VEGF 760 pg/ml（血浆，参考值<100）", 760, "pg/mL", "plasma", 100),
    ("血管内皮生长因子(血清) 3 300 pg/ml", 3300, "pg/mL", "serum", None),
    ("VEGF 1 100 pg/mL（血清，我院参考 0-500）", 1100, "pg/mL", "serum", 500),
])
def test_vegf_sample_zh(ex, text, value, unit, sample, ref_high):
    lab = labs_of(ex(text), "vegf")[0]
    assert (lab.value, lab.unit) == (value, unit)
    assert lab.sample is not None and lab.sample.value == sample
    assert lab.reference_high == ref_high


def test_isotype_alone_zh(ex):
    e = ex("骨髓瘤，IgA-κ型，VRd方案治疗中")
    assert status_of(e, "m_protein") == "present"
