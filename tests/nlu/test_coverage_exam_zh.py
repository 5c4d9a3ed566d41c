"""中文查体/检查所见的覆盖 (为测试编写的句子, 不是语料原句): 否定、列举、测量值、颜色描述."""
import pytest

from bot.engine import assess
from conftest import status_of, spans_of


@pytest.mark.parametrize("text,concept,status,span", [
    # 体征阴性的写法
    ("移动性浊音阴性", "ascites", "absent", "移动性浊音"),
    ("移动性浊音(-)", "ascites", "absent", "移动性浊音"),
    ("腹水征阴性", "ascites", "absent", "腹水征"),
    ("全身浅表淋巴结未扪及", "lymphadenopathy", "absent", "全身浅表淋巴结"),
    ("浅表淋巴结未触及肿大", "lymphadenopathy", "absent", "浅表淋巴结"),
    # 可触及 / 测量值
    ("浅表淋巴结可触及", "lymphadenopathy", "present", "淋巴结可触及"),
    ("双侧颈部及腋下可触及数枚淋巴结，最大约1.5cm", "lymphadenopathy", "present", "可触及数枚淋巴结"),
    ("B超：脾厚5.1cm", "splenomegaly", "present", "脾厚5.1cm"),
    ("超声示脾长径 14.5 cm", "splenomegaly", "present", "脾长径 14.5 cm"),
    # 皮肤颜色、指甲
    ("近一年皮肤较前明显变黑", "hyperpigmentation", "present", "皮肤较前明显变黑"),
    ("皮肤有点黑", "hyperpigmentation", "present", "皮肤有点黑"),
    ("全身皮肤 dark", "hyperpigmentation", "present", "皮肤 dark"),
    ("nails 发白", "white_nails", "present", "nails 发白"),
    # 眼底
    ("眼底检查示双眼视乳头充血水肿", "papilledema", "present", "视乳头充血水肿"),
    ("眼底：视乳头边界模糊、水肿", "papilledema", "present", "视乳头边界模糊、水肿"),
    # 淋巴结活检只见反应性增生: Castleman 阴性
    ("颈部淋巴结活检：反应性增生", "castleman_disease", "absent", "淋巴结活检：反应性增生"),
])
def test_exam_findings(ex, text, concept, status, span):
    e = ex(text)
    assert status_of(e, concept) == status
    assert span in spans_of(e, concept)


@pytest.mark.parametrize("text", ["B超：脾厚3.2cm", "超声示脾长径 10.5 cm"])
def test_normal_spleen_size_is_not_splenomegaly(ex, text):
    assert status_of(ex(text), "splenomegaly") is None


def test_organ_list_with_nodes_negated_together(ex):
    e = ex("查体：肝脾及浅表淋巴结未触及肿大")
    assert status_of(e, "hepatosplenomegaly") == "absent"
    assert status_of(e, "lymphadenopathy") == "absent"
    assert assess(e.evidence).criteria["organomegaly"].state.value == "absent"


def test_negative_serum_and_urine_ife(ex):
    e = ex("血清及尿免疫固定电泳阴性")
    assert status_of(e, "serum_immunofixation") == "absent"
    assert status_of(e, "urine_immunofixation") == "absent"


@pytest.mark.parametrize("text", ["免疫固定电泳阴性，FLC比值正常", "血清免疫固定电泳阴性，游离轻链比值正常",
                                  "IFE阴性，κ/λ比值正常"])
def test_negative_ife_and_normal_flc_ratio_exclude_monoclonal(ex, text):
    e = ex("患者男，50岁。" + text + "。")
    assert status_of(e, "abnormal_flc_ratio") == "absent"
    assert assess(e.evidence).criteria["monoclonal_plasma_cell_disorder"].state.value == "absent"


@pytest.mark.parametrize("text", ["无肢体麻木无力，神经系统查体未见异常。", "神经系统查体阴性。"])
def test_normal_neurological_examination(ex, text):
    e = ex("患者男，50岁。" + text)
    assert status_of(e, "polyneuropathy") == "absent"


def test_normal_neurological_examination_does_not_override_symptoms(ex):
    e = ex("患者男，50岁。双足麻木，神经系统查体未见异常。")
    assert assess(e.evidence).criteria["polyneuropathy"].state.value == "present"


def test_castleman_node_is_organomegaly(ex):
    e = ex("腋窝淋巴结活检：Castleman病，透明血管型")
    assert status_of(e, "lymphadenopathy") == "present"
    assert assess(e.evidence).criteria["organomegaly"].state.value == "present"


def test_castleman_excluded_is_not_a_node(ex):
    e = ex("淋巴结活检未见Castleman病样改变")
    assert status_of(e, "lymphadenopathy") is None


@pytest.mark.parametrize("text,concepts", [
    ("超声未见胸腔、腹腔积液", ["pleural_effusion", "ascites"]),
    ("未见胸腔及心包积液", ["pleural_effusion", "pericardial_effusion"]),
])
def test_shared_head_effusion_lists(ex, text, concepts):
    e = ex(text)
    for concept in concepts:
        assert status_of(e, concept) == "absent", concept


def test_shared_head_effusion_list_present(ex):
    e = ex("CT：少量胸腔及心包积液")
    assert status_of(e, "pleural_effusion") == "present"
    assert status_of(e, "pericardial_effusion") == "present"


def test_skin_examination_normal(ex):
    e = ex("皮肤检查未见异常")
    assert status_of(e, "skin_changes") == "absent"
    e = ex("皮肤检查：色素沉着")
    assert status_of(e, "skin_changes") is None
    assert status_of(e, "hyperpigmentation") == "present"


def test_vegf_level_normal(ex):
    assert status_of(ex("血清VEGF水平正常"), "vegf_elevated") == "absent"
    assert status_of(ex("血清VEGF水平待回报"), "vegf_elevated") is None
