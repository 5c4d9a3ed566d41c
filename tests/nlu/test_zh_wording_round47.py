"""Wording found by dev file 47 (zh-650–665): Chinese referral styles (clinic 病历体, 体检报告, pasted
EMG, imaging and lab reports, 微信群 questions, specialist consults, 中医科, 护理记录, 病例讨论).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import pytest

from tests.nlu.conftest import lab_tuples, statuses


# --- the macula and the retina swollen: an eye finding, not peripheral oedema ---------------------

@pytest.mark.parametrize("text", [
    "散瞳眼底：视网膜散在微血管瘤及点片状出血，左眼黄斑区轻度水肿增厚。",
    "OCT：黄斑中心凹囊样水肿。",
    "眼底：视网膜后极部水肿，散在出血。",
    "诊断：左眼糖尿病性黄斑水肿。",
])
def test_macular_or_retinal_oedema_is_no_peripheral_oedema_or_haemangioma(text) -> None:
    assert statuses(text, "peripheral_edema") == []
    assert statuses(text, "hemangioma") == []
    assert statuses(text, "papilledema") == []


@pytest.mark.parametrize("text, concept, expected", [
    # the legs, the disc and the skin in the same note keep their own reading
    ("黄斑中心凹囊样水肿。双下肢凹陷性水肿。", "peripheral_edema", ["present"]),
    ("眼底：黄斑及视盘水肿。", "papilledema", ["present"]),
    ("视网膜后极部水肿，视盘边界模糊。", "papilledema", ["present"]),
    ("躯干散在樱桃样血管瘤。", "hemangioma", ["present"]),
    ("双下肢无水肿，黄斑区水肿。", "peripheral_edema", ["absent"]),
])
def test_other_oedema_and_haemangiomas_beside_the_eye_finding_unchanged(text, concept, expected) -> None:
    assert statuses(text, concept) == expected


# --- a lab-report row: the result after a run of spaces -----------------------------------------

@pytest.mark.parametrize("text", [
    "血清免疫固定电泳　　阴性(-)",
    "血清免疫固定电泳       阴性",
    "IFE　　阴性",
    "血清免疫固定电泳 阴性(-)",
])
def test_a_negative_result_in_the_column_after_the_test_name(text) -> None:
    assert "absent" in statuses(text, "serum_immunofixation")
    assert "present" not in statuses(text, "serum_immunofixation")


@pytest.mark.parametrize("text", [
    # the result positive, "阴性" only the reference column; an isotype as the result
    "血清免疫固定电泳　　阳性　　阴性",
    "血清免疫固定电泳　　阳性(+)　　阴性",
    "血清免疫固定电泳　　IgG-λ型　　阴性",
    "血清免疫固定电泳 IgG-λ 阴性",
    "IFE　　IgA-κ",
])
def test_a_reference_column_after_a_positive_result_negates_nothing(text) -> None:
    assert statuses(text, "serum_immunofixation") == ["present"]


def test_a_line_break_still_ends_the_row() -> None:
    assert statuses("血清免疫固定电泳\n阴性", "serum_immunofixation") == []


# --- the nerve conduction study named with its measures ----------------------------------------

@pytest.mark.parametrize("text", [
    "无肢体麻木无力。四肢运动及感觉神经传导速度、波幅均正常，F波正常。",
    "神经传导速度、波幅正常。",
    "感觉神经传导速度、潜伏期及波幅未见异常。",
    "神经传导速度及波幅正常。",
])
def test_conduction_speed_and_amplitude_normal_is_a_normal_study(text) -> None:
    assert statuses(text, "polyneuropathy") == ["absent"]


@pytest.mark.parametrize("text", [
    "神经传导速度、波幅均降低。",
    "神经传导速度、波幅未查。",
])
def test_the_measures_not_normal_or_not_done_give_no_normal_study(text) -> None:
    assert "absent" not in statuses(text, "polyneuropathy")


def test_slowing_then_a_normal_amplitude_keeps_the_slowing() -> None:
    text = "神经传导速度减慢、波幅正常。"
    assert statuses(text, "demyelinating_neuropathy") == ["present"]
    assert "absent" not in statuses(text, "polyneuropathy")


# --- a value in a chat after the test was done, and its unit in the reference bracket ------------

@pytest.mark.parametrize("text, analyte, expected", [
    ("VEGF也送了，血清的，3680（我们这参考值0-142 pg/ml）。", "vegf", [(3680, "pg/mL", "serum")]),
    ("VEGF送了，3680 pg/ml。", "vegf", [(3680, "pg/mL", None)]),
    ("VEGF，血浆的，386 pg/ml。", "vegf", [(386, "pg/mL", "plasma")]),
    ("VEGF查了，结果3680 pg/ml。", "vegf", [(3680, "pg/mL", None)]),
    ("VEGF结果出来了，3680 pg/ml。", "vegf", [(3680, "pg/mL", None)]),
    ("血红蛋白做了，142 g/L", "hemoglobin", [(142, "g/L", None)]),
    ("血清VEGF 3680（参考值0-142 pg/ml）。", "vegf", [(3680, "pg/mL", "serum")]),
    ("VEGF 3680 (ref 0-142 pg/mL)", "vegf", [(3680, "pg/mL", None)]),
    ("VEGF 3680 (ref <500 pg/mL)", "vegf", [(3680, "pg/mL", None)]),
])
def test_chat_words_between_test_and_value_and_the_unit_of_the_range(text, analyte, expected) -> None:
    assert lab_tuples(text, analyte) == expected


@pytest.mark.parametrize("text, analyte", [
    ("VEGF没查，PLT 486×10^9/L。", "vegf"),
    ("VEGF查了，3个月后复查。", "vegf"),
    ("VEGF送了，PLT 486", "vegf"),
    # a unit of another kind in the bracket is not taken
    ("VEGF 3680（参考值0-142 IU/ml）", "vegf"),
])
def test_no_value_is_made_up(text, analyte) -> None:
    assert all(unit is None for _, unit, _ in lab_tuples(text, analyte))
    if "没查" in text or "个月" in text or "PLT" in text:
        assert lab_tuples(text, analyte) == []


# --- tests not done or booked, in a referrer's words -------------------------------------------

def _not_done(text: str) -> list:
    from nlu.extractor import extract
    return sorted((t.test, t.reason) for t in extract(text).evidence.not_done)


@pytest.mark.parametrize("text, expected", [
    ("VEGF：本院未能檢驗（健保不給付）。", [("serum_vegf", "not_done")]),
    ("VEGF无法检测。", [("serum_vegf", "not_done")]),
    ("血清VEGF本院未能检测，建议外送。", [("serum_vegf", "not_done")]),
    ("眼底还没来得及看，骨CT也还没拍。", [("bone_imaging", "not_done"), ("fundoscopy", "not_done")]),
    ("处理：骨CT（预约中）；眼科会诊。", [("bone_imaging", "pending")]),
    ("骨扫描：已预约。", [("bone_imaging", "pending")]),
])
def test_a_test_that_could_not_be_run_or_is_booked(text, expected) -> None:
    assert _not_done(text) == expected


@pytest.mark.parametrize("text", [
    "骨CT没拍到骨盆。",          # done, a region not covered
    "双下肢水肿，还没来得及看医生。",  # no test named
])
def test_look_alikes_of_not_done_name_no_test(text) -> None:
    assert _not_done(text) == []


def test_a_fundus_said_fine_in_lay_words_stays_normal() -> None:
    text = "眼底没看出问题。"
    assert statuses(text, "papilledema") == ["absent"]
    assert _not_done(text) == []


# --- an isotype named as not found: no monoclonal protein -----------------------------------------

def _monoclonal(text: str) -> str:
    from bot.engine import assess
    from nlu.extractor import extract
    return assess(extract(text).evidence).criteria["monoclonal_plasma_cell_disorder"].state.value


@pytest.mark.parametrize("text", [
    "治疗后复查血清IFE未见IgA-λ型M蛋白，VEGF降至正常。",
    "免疫固定电泳未见IgA-λ型单克隆条带。",
    "IFE未检出IgG-λ型M蛋白",
    "Serum IFE: no IgG lambda paraprotein detected.",
    "Serum IFE negative for IgA kappa.",
])
def test_an_isotype_named_as_not_found_is_no_m_protein(text) -> None:
    assert _monoclonal(text) != "present"
    assert "present" not in statuses(text, "m_protein")
    assert "present" not in statuses(text, "serum_immunofixation")


def test_not_found_with_a_normal_light_chain_ratio_is_absent() -> None:
    assert _monoclonal("血清免疫固定电泳：未见IgG-λ型M蛋白。游离轻链比值正常。") == "absent"


@pytest.mark.parametrize("text", [
    "MM, IgG-λ",
    "IgA-κ 42 g/L",
    "免疫固定电泳：IgA-λ型",
    "IFE: IgG lambda; no free kappa",
    "Serum IFE: IgA lambda, no IgG.",
    "IFE: IgG-λ（+）",
    "无明显诱因出现麻木。IgA-λ型M蛋白阳性",
])
def test_an_isotype_found_stays_present(text) -> None:
    assert _monoclonal(text) == "present"


# --- Taiwanese terms and lay words ---------------------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("男性女乳症，睪固酮低下。", "hypogonadism"),
    ("睾固酮水平低。", "hypogonadism"),
    ("甲狀腺機能低下症。", "hypothyroidism"),
    ("甲状腺机能减退。", "hypothyroidism"),
    ("眼睛看东西模糊，眼底说视盘有点肿。", "papilledema"),
    ("手指头一冷就发紫。", "raynaud"),
    ("手一凉就变白，还疼。", "raynaud"),
    ("脚底麻，像踩着棉花。", "symmetric_distal_sensory_symptoms"),
])
def test_taiwanese_terms_and_lay_words_are_read(text, concept) -> None:
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept, expected", [
    ("睾固酮正常，无甲状腺机能低下。", "hypothyroidism", ["absent"]),
    ("视盘不肿。", "papilledema", ["absent"]),
    ("视盘有点肿吗？", "papilledema", ["uncertain"]),
    ("没有手指一冷就发紫的情况。", "raynaud", ["absent"]),
    ("腿一冷就发紫？", "raynaud", []),
])
def test_lay_words_denied_or_asked_keep_their_reading(text, concept, expected) -> None:
    assert statuses(text, concept) == expected


# --- a nerve from which no response could be elicited: an abnormal study --------------------------

@pytest.mark.parametrize("text", [
    "肌电图提示：双下肢感觉神经传导未引出波形。",
    "双下肢感觉神经传导均未引出。",
    "右腓总神经运动传导未引出。",
    "腓肠神经未引出。",
    "正中神经感觉电位未引出。",
])
def test_no_response_elicited_is_axonal_loss_not_a_normal_study(text) -> None:
    assert statuses(text, "axonal_neuropathy") == ["present"]
    assert "absent" not in statuses(text, "polyneuropathy")


@pytest.mark.parametrize("text, concept, expected", [
    ("神经传导未见异常。", "polyneuropathy", ["absent"]),
    ("四肢神经传导速度及波幅正常。", "polyneuropathy", ["absent"]),
    ("双侧跟腱反射未引出。", "polyneuropathy", ["present"]),
    ("病理征未引出。", "axonal_neuropathy", []),
])
def test_other_not_elicited_and_normal_studies_unchanged(text, concept, expected) -> None:
    assert statuses(text, concept) == expected
