"""Discharge summaries, dictated letters and Chinglish: a diagnosis ruled out at its line's end, a
discharge advice's condition, a purpose clause, a warning not to confuse, English spoken or
written by Chinese doctors, and a study that neither shows nor excludes a sign."""

import pytest

from tests.nlu.conftest import criterion, first_lab, lab_tuples, status_by_concept

import nlu


def test_a_diagnosis_ruled_out_at_its_lines_end_is_absent_and_the_next_line_keeps_its_own():
    read = status_by_concept("出院诊断：\n1. 2型糖尿病\n4. 周围神经病已排除\n5. 高血压")
    assert read["polyneuropathy"] == "absent"
    assert read["diabetes"] == "present"


@pytest.mark.parametrize("text,concept", [
    ("出院医嘱：如麻木加重或出现水肿及时就诊。", "peripheral_edema"),
    ("为鉴别副蛋白相关神经病，查血清免疫固定电泳阴性。", "m_protein"),
    ("不要和M蛋白混淆。", "m_protein"),
    ("确诊需要证明有单克隆浆细胞（免疫固定电泳）。", "clonal_plasma_cells_flow"),
    ("On fundoscopy the findings are not conclusive for papilledema at this time.", "papilledema"),
])
def test_a_plan_a_purpose_or_a_warning_is_no_finding(text, concept):
    assert status_by_concept(text)[concept] == "uncertain"


@pytest.mark.parametrize("text,concept,status", [
    ("Liver and spleen not touched, superficial lymph nodes not touched.", "hepatosplenomegaly", "absent"),
    ("Skin no obvious change.", "skin_changes", "absent"),
    ("Skin still dark but better than before.", "hyperpigmentation", "present"),
    ("Edema disappear.", "peripheral_edema", "historical"),
    ("Dilated exam showed bilateral pappy lo edema.", "papilledema", "present"),
    ("marrow flow cytometry – clonal lambda plasma cells 3%", "clonal_plasma_cells_flow", "present"),
    ("Bloods: Hb 138 g/L. Serum protein electrophoresis and immunofixation – no paraprotein.",
     "serum_immunofixation", "absent"),
    ("Weight not reliable: pitting oedema to the thighs both sides, and ascites.", "ascites", "present"),
    ("no edema and bilateral papilledema at the fundus", "papilledema", "present"),
    ("absent reflexes throughout and bilateral pitting oedema to the mid-calf", "peripheral_edema", "present"),
    ("家属说这一年脸和手背黑了很多", "hyperpigmentation", "present"),
    ("disc margins slightly blurred OU, 眼科話未能確定係咪 papilloedema", "papilledema", "uncertain"),
])
def test_dictated_translated_and_lay_words(text, concept, status):
    assert status_by_concept(text)[concept] == status


def test_all_in_range_closes_a_hormone_list():
    assert status_by_concept("Testosterone, prolactin and morning cortisol all in range.")["endocrinopathy"] == "absent"


@pytest.mark.parametrize("text", [
    "IVIG at 2 g/kg, the last in August, and he is well.",
    "three courses of IVIG, the last 3 months ago",
])
def test_the_last_of_something_else_is_no_menstrual_period(text):
    assert "amenorrhea" not in status_by_concept(text)


def test_a_drug_name_with_mi_is_no_cantonese():
    from nlu import normalize

    assert normalize._CANTONESE_MARKERS.search("西咪替丁 20 mg") is None
    assert normalize._CANTONESE_MARKERS.search("眼科話未能確定係咪 papilloedema") is not None


def test_a_series_after_a_reference_written_first():
    assert lab_tuples("血清VEGF（参考0-600 pg/ml）：诱导前 3680 pg/ml，本次 1520 pg/ml", "vegf")[0] == \
        (3680, "pg/mL", "serum")
    lab = lab_tuples("VEGF（血清，参考值0~142 pg/ml）：2025-06 3580；2025-12 1260 pg/ml", "vegf")
    assert [v for v, _, _ in lab] == [3580, 1260]
    assert first_lab("VEGF（血清，参考值0~142 pg/ml）：2025-06 3580；2025-12 1260 pg/ml", "vegf").reference_high == 142


def test_admission_and_discharge_columns():
    text = "项目        入院(10-09)   出院前(10-25)\nPLT        512×10^9/L   468×10^9/L\nHb         142 g/L      138 g/L"
    assert [v for v, _, _ in lab_tuples(text, "platelets")] == [512, 468]


def test_renal_impairment_with_an_flc_ratio_inside_the_renal_interval():
    text = ("eGFR 24 ml/min/1.73m2。Serum IFE: no monoclonal band. K/L ratio 1.92 (H, ref 0.26-1.65). "
            "因为贫血做了个 M 蛋白筛查。")
    assert criterion(nlu.extract(text), "monoclonal_plasma_cell_disorder") == "absent"


@pytest.mark.parametrize("text,analyte,values", [
    ("PLT 462×10^9/L（上次 471×10^9/L）", "platelets", [471, 462]),
    ("IgG κ M蛋白 2.1 g/L（2025-11为2.3 g/L）", "m_protein", [2.3, 2.1]),
])
def test_an_earlier_value_in_a_bracket_opened_by_the_last_time_or_a_date(text, analyte, values):
    assert [v for v, _, _ in lab_tuples(text, analyte)] == values


@pytest.mark.parametrize("text,concept,status", [
    ("SPEP 沒看到 M spike，但 IFE 還沒做。", "m_spike", "absent"),
    ("沒有看到 hemangioma", "hemangioma", "absent"),
    ("沒摸到 HSM，LAP (-)", "hepatosplenomegaly", "absent"),
    ("LAP 也沒摸到，HSM (-)", "lymphadenopathy", "absent"),
    ("M-protein 陰性，不考慮 POEMS 或其他 paraproteinemic neuropathy", "m_protein", "absent"),
    ("Q：皮膚變化 + 可能的 PN", "polyneuropathy", "uncertain"),
    ("如果真的有 PN，要想到 POEMS", "polyneuropathy", "uncertain"),
])
def test_taiwan_records_chinese_words_around_english_terms(text, concept, status):
    assert status_by_concept(text)[concept] == status


def test_a_paraproteinaemic_neuropathy_not_supported_leaves_the_neuropathy():
    read = status_by_concept("POEMS and a paraproteinaemic neuropathy not supported. "
                             "Demyelinating polyneuropathy on NCS.")
    assert read["m_protein"] == "absent"
    assert read["polyneuropathy"] == "present"


def test_all_normal_closes_a_list_across_its_and():
    read = status_by_concept("testosterone, TSH, prolactin, morning cortisol and fasting glucose all normal")
    assert read["endocrinopathy"] == "absent"


@pytest.mark.parametrize("text,concept,status", [
    ("会诊目的：请眼科协助排除双侧视乳头水肿", "papilledema", "uncertain"),
    ("胸口乳房大了，像女人一样", "gynecomastia", "present"),
    ("面部皮肤仍偏黑，较前变淡", "hyperpigmentation", "present"),
    ("Got swelling both legs also.", "peripheral_edema", "present"),
    ("kaki bengkak both side 3 bulan, pitting", "peripheral_edema", "present"),
    ("Skin no changes.", "skin_changes", "absent"),
])
def test_consult_forms_nursing_words_and_singlish(text, concept, status):
    assert status_by_concept(text)[concept] == status


@pytest.mark.parametrize("text,analyte,values", [
    ("今日 PLT 562×10^9/L（昨日 540×10^9/L），Hb 141 g/L", "platelets", [540, 562]),
    ("Plt 380 x10^9/L (before Rx 620)", "platelets", [620, 380]),
])
def test_an_earlier_value_in_a_bracket_opened_by_yesterday_or_before_rx(text, analyte, values):
    assert [v for v, _, _ in lab_tuples(text, analyte)] == values


@pytest.mark.parametrize("text,concept,status", [
    ("No symptoms of neuropathy were reported, but NCS has not been performed.", "distal_numbness_weakness", "absent"),
    ("M-protein remained undetectable by serum immunofixation.", "m_protein", "absent"),
])
def test_case_report_wording_of_symptoms_and_a_cleared_paraprotein(text, concept, status):
    assert status_by_concept(text)[concept] == status


def test_what_should_prompt_a_test_is_not_the_patients():
    read = status_by_concept("Organomegaly, edema, skin change or papilledema should prompt VEGF measurement.")
    assert "present" not in read.values()


@pytest.mark.parametrize("text,value,unit", [
    ("PLT ４８６ ×10⁹/升↑", 486, "10^9/L"),
    ("PLT 46.8万/微升↑", 46.8, "10^4/uL"),
])
def test_platelets_in_chinese_units(text, value, unit):
    lab = first_lab(text, "platelets")
    assert (lab.value, lab.unit) == (value, unit)
