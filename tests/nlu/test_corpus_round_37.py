"""Chat shorthand, printouts and case-report wording found by dev file 37 (zh-571–581, en-356–361,
mx-273–275).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import pytest

from conftest import statuses as _statuses, lab_tuples as _labs


# --- lower-case LN and CT in Chinese chat shorthand --------------------------------------------------

@pytest.mark.parametrize("text", [
    "查体：肝脾大(-)，浅表ln(-)；双下肢水肿(++)。",
    "pe：ln(-)，水肿(-)。",
    "浅表lns (-)",
    "肝脾不大，ln 未及。",
])
def test_lower_case_ln_negated_in_chinese(text: str) -> None:
    assert _statuses(text, "lymphadenopathy") == ["absent"]


@pytest.mark.parametrize("text", [
    "双侧腹股沟ln肿大 ~2cm。",
    "颈部多发ln肿大。",
    "ct：腹膜后肿大ln。",
])
def test_lower_case_ln_enlarged_in_chinese(text: str) -> None:
    assert _statuses(text, "lymphadenopathy") == ["present"]


@pytest.mark.parametrize("text", [
    "骨ct未见异常。",
    "骨ct：未见异常。",
    "全身低剂量ct未见骨质异常。",
    "pet-ct：未见骨质异常。",
    "骨盆ct未见异常。",
])
def test_lower_case_bone_ct_normal(text: str) -> None:
    assert _statuses(text, "sclerotic_bone_lesion") == ["absent"]


def test_lower_case_abbreviations_look_alikes_unchanged() -> None:
    """Look-alikes: a chest CT says nothing of the bones, upper case still reads, a lesion on a
    lower-case bone CT is still present, and English keeps LN case-sensitive (ln = logarithm)."""
    assert _statuses("胸部ct未见异常。", "sclerotic_bone_lesion") == []
    assert _statuses("胸部CT未见异常。", "sclerotic_bone_lesion") == []
    assert _statuses("骨CT未见异常。", "sclerotic_bone_lesion") == ["absent"]
    assert _statuses("浅表LN(-)", "lymphadenopathy") == ["absent"]
    assert _statuses("骨ct：多发硬化灶。", "sclerotic_bone_lesion") == ["present"]
    assert _statuses("The ln of the titre was plotted; no change.", "lymphadenopathy") == []


# --- "flc k/λ 1.3": a Latin k beside the Greek λ ------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("ife(-)，flc k/λ 1.3，血清vegf 320 pg/ml。", 1.3),
    ("FLC k/λ 0.05", 0.05),
    ("游离轻链 k/λ比值 0.08", 0.08),
    ("FLC k/λ ratio: 12.4", 12.4),
])
def test_k_slash_lambda_is_the_flc_ratio(text: str, value: float) -> None:
    assert _labs(text, "flc_ratio") == [(value, None, None)]
    assert _labs(text, "flc_lambda") == []


def test_k_slash_lambda_look_alikes_unchanged() -> None:
    """Look-alikes: a marrow IHC or a urine ratio is not the serum FLC ratio; κ/λ still reads."""
    assert _labs("免疫组化浆细胞 k/λ 0.2", "flc_ratio") == []
    assert _labs("尿 k/λ 3.1", "flc_ratio") == []
    assert _labs("FLC κ 19.2 λ 38.1 mg/L κ/λ 0.5", "flc_ratio") == [(0.5, None, None)]
    assert _labs("FLC κ 19.2 λ 38.1 mg/L κ/λ 0.5", "flc_lambda") == [(38.1, "mg/L", None)]


# --- "3,900 pg/mL at diagnosis and is 640 pg/mL today": the later value of a course is the latest ------

@pytest.mark.parametrize("text, analyte, values", [
    ("Serum VEGF was 3,900 pg/mL at diagnosis and is 640 pg/mL today (reference <700).", "vegf", [3900.0, 640.0]),
    ("Serum VEGF was 3,900 pg/mL at diagnosis and 640 pg/mL today.", "vegf", [3900.0, 640.0]),
    ("VEGF 3900 pg/mL at baseline and now 640 pg/mL.", "vegf", [3900.0, 640.0]),
    ("VEGF 4410 pg/mL at diagnosis, now 2050 pg/mL.", "vegf", [4410.0, 2050.0]),
    ("Platelets were 612 × 10^9/L at diagnosis and are 284 × 10^9/L now.", "platelets", [612.0, 284.0]),
    ("Hb 17.8 g/dL at presentation and is 14.1 g/dL now.", "hemoglobin", [17.8, 14.1]),
])
def test_value_at_diagnosis_then_today_in_order(text: str, analyte: str, values) -> None:
    assert [v for v, _, _ in _labs(text, analyte)] == values


def test_value_at_diagnosis_look_alikes_unchanged() -> None:
    """Look-alikes: another analyte after "at diagnosis and" is its own value; a value dated at
    diagnosis written after today's is still put first; a single dated value stays alone."""
    text = "VEGF 3900 pg/mL at diagnosis and platelets 612 × 10^9/L."
    assert [v for v, _, _ in _labs(text, "vegf")] == [3900.0]
    assert [v for v, _, _ in _labs(text, "platelets")] == [612.0]
    assert [v for v, _, _ in _labs("VEGF 2100 pg/mL. At diagnosis his VEGF was 4410 pg/mL.", "vegf")] == [4410.0, 2100.0]
    assert [v for v, _, _ in _labs("VEGF was 3900 pg/mL at diagnosis.", "vegf")] == [3900.0]
    assert [v for v, _, _ in _labs("外院曾查VEGF 1180 pg/ml，复查 2050 pg/ml。", "vegf")] == [1180.0, 2050.0]


# --- "dx cidp": a lower-case CIDP in Chinese chat shorthand ---------------------------------------------

@pytest.mark.parametrize("text", [
    "女 38y，dx cidp 1年，ivig后明显好转。",
    "外院诊断 cidp，ivig无效。",
    "诊断cidp，予丙球治疗。",
])
def test_lower_case_cidp_in_chinese(text: str) -> None:
    assert _statuses(text, "cidp_diagnosis") == ["present"]


def test_lower_case_cidp_look_alikes_unchanged() -> None:
    """Look-alikes: a CIDP ruled out or questioned is not a diagnosis; upper case still reads."""
    assert _statuses("排除cidp。", "cidp_diagnosis") == ["absent"]
    assert "present" not in _statuses("cidp？待肌电图。", "cidp_diagnosis")
    assert _statuses("外院dx CIDP。", "cidp_diagnosis") == ["present"]


# --- "ife(-)": a lower-case IFE in Chinese chat shorthand ------------------------------------------------

@pytest.mark.parametrize("text", [
    "筛查：ife(-)，flc k/λ 1.3。",
    "血清ife(-)。",
    "查ife (-)，vegf未查。",
    "ife 阴性。",
    "血清ife：阴性。",
])
def test_lower_case_ife_negative_in_chinese(text: str) -> None:
    assert _statuses(text, "serum_immunofixation") == ["absent"]


def test_lower_case_ife_look_alikes_unchanged() -> None:
    """Look-alikes: a positive or pending ife is not negative; upper case still reads."""
    assert "absent" not in _statuses("ife：igA λ(+)，vegf 3260pg/ml。", "serum_immunofixation")
    assert _statuses("ife 待查。", "serum_immunofixation") == ["uncertain"]
    assert _statuses("筛查IFE(-)。", "serum_immunofixation") == ["absent"]
