"""Round-10 coverage (sentences written for the tests): a bone study reported normal in words
and mixed lytic-sclerotic lesions in either language (表2 sclerotic bone lesions)."""
import pytest

from bot.engine import assess
from conftest import criterion


@pytest.mark.parametrize("text", [
    "骨盆及腰椎CT骨窗未提示骨质异常。",
    "骨窗未提示异常。",
    "全身低剂量CT：所见骨质未见异常。",
    "低剂量CT示骨质未见破坏。",
    "CT thorax, abdomen and pelvis (bone windows reviewed): no nodes, bones unremarkable.",
    "Visualised osseous structures are unremarkable.",
    "Bone windows: no focal lesion.",
    "The skeleton is unremarkable on whole-body MRI.",
    "No osseous lesions.",
    "Skeletal survey normal.",
])
def test_a_bone_study_reported_normal_in_words_leaves_no_sclerotic_lesion(ex, text):
    assert criterion(ex(text), "sclerotic_bone_lesions") == "absent"


@pytest.mark.parametrize("text", [
    "腹部CT未提示异常。",
    "胸部CT未见明显异常。",
    "CT chest/abdomen/pelvis unremarkable.",
    "CT abdomen: no lymphadenopathy, no ascites.",
    "骨骼肌未见异常。",
])
def test_a_study_that_does_not_image_the_bones_says_nothing_of_them(ex, text):
    assert criterion(ex(text), "sclerotic_bone_lesions") == "unknown"


@pytest.mark.parametrize("text", [
    "Sclerotic lesion in L3; the remaining osseous structures are unremarkable.",
    "Sclerotic focus in T10. Rest of the skeleton unremarkable.",
    "右髂骨硬化灶，余骨质未见异常。",
])
def test_the_other_bones_normal_after_a_lesion_keep_the_lesion(ex, text):
    assert criterion(ex(text), "sclerotic_bone_lesions") == "present"


@pytest.mark.parametrize("text", [
    "PET-CT：骨盆及胸椎多发混合性溶骨-硬化 lesions。",
    "CT示腰椎混合性成骨-溶骨性病变。",
    "骨CT：多发混合型溶骨/成骨病灶。",
    "溶骨、成骨混合性病灶，以骨盆为著。",
    "Whole-body CT: mixed lytic/sclerotic lesions in the pelvis.",
    "mixed sclerotic and lytic lesion of the right ilium",
    "PET-CT：L2 成骨性病变，SUVmax 3.0。",
    "T8 osteosclerotic lesion on CT.",
    "胸椎多发骨硬化。",
])
def test_a_mixed_or_sclerotic_lesion_in_either_language_is_present(ex, text):
    assert criterion(ex(text), "sclerotic_bone_lesions") == "present"


def test_a_denied_mixed_lesion_is_absent(ex):
    assert criterion(ex("全身低剂量CT未见溶骨、成骨性病灶。"), "sclerotic_bone_lesions") == "absent"


@pytest.mark.parametrize("text, concept", [
    ("睾酮 5.2 nmol/L（降低），甲功正常。", "hypogonadism"),
    ("血清睾酮水平明显降低。", "hypogonadism"),
    ("总睾酮 2.9 nmol/L（偏低）", "hypogonadism"),
    ("雌二醇 <20 pmol/L（减低）", "hypogonadism"),
    ("皮质醇（8am）61 nmol/L（降低）", "adrenal_insufficiency"),
    ("催乳素 52 ng/ml（升高）", "hyperprolactinemia"),
    ("低睾酮，性欲下降。", "hypogonadism"),
    ("性腺功能减退。", "hypogonadism"),
    ("Endocrine: testosterone low, cortisol normal.", "hypogonadism"),
    ("Testosterone 4.8 nmol/L (low).", "hypogonadism"),
])
def test_a_hormone_stated_low_or_high_is_an_endocrinopathy(ex, text, concept):
    e = ex(text)
    assert concept in {f.concept for f in e.evidence.findings if f.status.value == "present"}
    assert criterion(e, "endocrinopathy") == "present"


@pytest.mark.parametrize("text", [
    "睾酮较前降低，仍在正常范围。",
    "睾酮未见降低。",
    "睾酮 15 nmol/L，血糖偏低。",
])
def test_a_hormone_compared_negated_or_next_to_another_low_value_is_not_low(ex, text):
    e = ex(text)
    assert "hypogonadism" not in {f.concept for f in e.evidence.findings if f.status.value == "present"}


@pytest.mark.parametrize("text", [
    "停经7个月，性激素六项待完善。",
    "闭经近1年，性激素尚未回报。",
    "Secondary amenorrhoea for 9 months; sex hormone profile pending.",
    "Erectile dysfunction for a year; testosterone and LH not yet done.",
])
def test_a_sign_whose_hormones_are_pending_is_not_yet_an_endocrinopathy(ex, text):
    result = assess(ex(text).evidence).criteria["endocrinopathy"]
    assert result.state.value == "unknown"
    assert any(r.key == "endo.awaits_hormones" for r in result.reasons)


@pytest.mark.parametrize("text", [
    "闭经8个月。",
    "闭经半年，皮质醇待完善。",
    "Amenorrhoea for 8 months with low oestradiol and FSH; cortisol pending.",
    "停经半年，性激素待完善；雌二醇 <20 pmol/L（降低）。",
])
def test_a_sign_without_pending_hormones_or_with_a_low_one_counts(ex, text):
    assert criterion(ex(text), "endocrinopathy") == "present"


@pytest.mark.parametrize("text", [
    "女，52岁，POEMS综合征（IgG λ型），2021年行自体干细胞移植。本次复查：血清免疫固定电泳阴性，游离轻链比值 1.05。",
    "IgA-λ型POEMS综合征，移植后3年，现血清IFE阴性，FLC比值 0.96。",
    "POEMS syndrome (IgA lambda), ASCT 2020. Today: serum IFE negative, FLC ratio 1.21.",
    "History of IgG-λ POEMS syndrome, treated with lenalidomide; serum immunofixation now negative and FLC ratio 0.88.",
])
def test_the_isotype_of_a_poems_diagnosis_is_superseded_by_a_later_negative_ife(ex, text):
    result = assess(ex(text).evidence).criteria["monoclonal_plasma_cell_disorder"]
    assert result.state.value == "absent"
    assert any(r.key == "mono.superseded" for r in result.reasons)


@pytest.mark.parametrize("text", [
    "Diagnosis: POEMS syndrome (IgG lambda).",
    "POEMS综合征（IgA λ型），来那度胺治疗中。",
    "POEMS syndrome (IgA lambda). Serum IFE: IgA lambda band.",
    "血清IFE阴性（外院，2019年）。此次诊断POEMS综合征（IgA λ型）。",
])
def test_the_isotype_of_a_poems_diagnosis_counts_without_a_later_negative_ife(ex, text):
    assert criterion(ex(text), "monoclonal_plasma_cell_disorder") == "present"


def test_a_myeloma_isotype_keeps_the_myeloma_finding(ex):
    e = ex("多发性骨髓瘤（IgG-κ型），沙利度胺治疗后出现双足麻木。")
    concepts = {f.concept for f in e.evidence.findings}
    assert "multiple_myeloma" in concepts
    assert criterion(e, "monoclonal_plasma_cell_disorder") == "present"


@pytest.mark.parametrize("text", [
    "Endocrine: T↓, cortisol normal.",
    "内分泌：T ↓，PRL正常。",
    "T↓ 3.0 nmol/L, LH inappropriately normal.",
])
def test_testosterone_written_t_with_a_down_arrow_is_low(ex, text):
    assert criterion(ex(text), "endocrinopathy") == "present"


@pytest.mark.parametrize("text", ["T 36.8, BP 128/76.", "T3 1.2 nmol/L."])
def test_a_t_without_a_down_arrow_is_not_testosterone(ex, text):
    assert criterion(ex(text), "endocrinopathy") == "unknown"
