"""Chinese follow-up, consult, lay and printout wording found by dev file 40 (zh-591–607, mx-290).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import nlu
import pytest

from conftest import lab_tuples as _labs, statuses as _statuses


# --- an organ still measured below the costal margin after words of change --------------------------

@pytest.mark.parametrize("text, concept", [
    ("复查：脾较前回缩，仍肋下1 cm。", "splenomegaly"),
    ("脾脏较前缩小，现肋下2横指。", "splenomegaly"),
    ("脾回缩至肋下约3 cm。", "splenomegaly"),
    ("治疗后肝脏回缩，仍肋下2cm。", "hepatomegaly"),
    ("肝较前明显缩小，目前肋下三指。", "hepatomegaly"),
])
def test_organ_still_below_the_costal_margin_is_enlarged(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


def test_each_organ_keeps_its_own_edge() -> None:
    text = "肝脾较前回缩，肝仍肋下2 cm，脾仍肋下1 cm。"
    assert _statuses(text, "hepatomegaly") == ["present"]
    assert _statuses(text, "splenomegaly") == ["present"]


@pytest.mark.parametrize("text", [
    "脾较前回缩，肋下未触及。",           # no longer palpable
    "肝移植术后，右肋下切口愈合良好。",   # a scar, not an edge
    "脾切除术后，肋下2 cm可见瘢痕。",     # no spleen
])
def test_costal_margin_without_an_enlarged_organ_is_not_read(text: str) -> None:
    assert "present" not in _statuses(text, "splenomegaly") + _statuses(text, "hepatomegaly")


def test_negated_spleen_then_liver_edge_keeps_both() -> None:
    text = "脾未触及，肝肋下3 cm。"
    assert _statuses(text, "splenomegaly") == ["absent"]
    assert _statuses(text, "hepatomegaly") == ["present"]


# --- a hormone still low or high -----------------------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("睾酮仍低", "hypogonadism"),
    ("激素：TSH 7.2↑，睾酮仍低，已经补了3个月。", "hypogonadism"),
    ("复查睾酮水平依然很低。", "hypogonadism"),
    ("睾酮较低。", "hypogonadism"),
    ("皮质醇仍低，继续氢化可的松替代。", "adrenal_insufficiency"),
    ("泌乳素仍高。", "hyperprolactinemia"),
    ("TSH仍高，优甲乐加量。", "hypothyroidism"),
])
def test_hormone_still_low_or_high(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text", ["睾酮不低。", "睾酮较前低。", "血压仍低。"])
def test_hormone_look_alikes_are_not_read(text: str) -> None:
    assert _statuses(text, "hypogonadism") == []


def test_hormone_still_low_in_question_is_uncertain() -> None:
    assert _statuses("睾酮仍低吗？", "hypogonadism") == ["uncertain"]


# --- the M fraction of an electrophoresis written "M" ---------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("复查血清蛋白电泳：M 2.1 g/L；IgA 4.6 g/L。", 2.1, "g/L"),
    ("血清蛋白电泳：γ区可见M峰，M 32.6 g/L。", 32.6, "g/L"),
    ("SPEP: M 0.8 g/dL", 0.8, "g/dL"),
    ("M: 12.4 g/L (γ区)", 12.4, "g/L"),
])
def test_m_fraction_is_the_m_protein(text: str, value: float, unit: str) -> None:
    assert [(v, u) for v, u, _ in _labs(text, "m_protein")] == [(value, unit)]


@pytest.mark.parametrize("text", ["男 M 52 岁，白蛋白 35 g/L", "IgM 2.1 g/L", "Pt M 49，alb 2.1 g/dL"])
def test_m_without_a_protein_value_is_not_the_m_protein(text: str) -> None:
    assert _labs(text, "m_protein") == []


# --- the optic disc in English, its margins in Chinese ---------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("眼底（散瞳）：双眼 disc 边界清，色淡红，C/D 0.3。", "absent"),
    ("fundi: disc 边界清 OU。", "absent"),
    ("眼底：OU disc 界清，色可。", "absent"),
    ("眼底：双眼disc色淡红，边界清楚。", "absent"),
    ("眼底：双眼 disc 边界模糊，隆起约2D。", "present"),
    ("眼底：disc 水肿。", "present"),
    ("眼底：disc 边界不清。", "present"),
])
def test_disc_in_english_margins_in_chinese(text: str, state: str) -> None:
    assert _statuses(text, "papilledema") == [state]


# --- lay words: sclerotic places in the bones, a darker face and hands, an isotype reported ----------

@pytest.mark.parametrize("text", [
    "在县医院做了个CT，CT说骨头有硬化的地方，腰椎和骨盆都有。",
    "片子显示骨头上有几处硬化。",
])
def test_bones_with_sclerotic_places(text: str) -> None:
    assert _statuses(text, "sclerotic_bone_lesion") == ["present"]


@pytest.mark.parametrize("text", ["CT说骨头没有硬化。", "骨头有没有硬化？"])
def test_bones_without_sclerosis_are_not_read_present(text: str) -> None:
    assert "present" not in _statuses(text, "sclerotic_bone_lesion")


@pytest.mark.parametrize("text", ["脸上、手上黑了不少。", "脸和脖子都黑了。"])
def test_face_and_hands_grown_darker(text: str) -> None:
    assert _statuses(text, "hyperpigmentation") == ["present"]


@pytest.mark.parametrize("text", ["手上黑了一块。", "大便颜色黑了。", "脸上没黑。"])
def test_darker_look_alikes_are_not_read(text: str) -> None:
    assert _statuses(text, "hyperpigmentation") == []


@pytest.mark.parametrize("text", [
    "抽血查了个免疫固定电泳，说有λ轻链，IgA型的。",
    "血清免疫固定电泳，结果显示IgA λ型。",
    "抽血查了免疫固定电泳，查出来是IgG κ。",
])
def test_isotype_reported_after_a_comma(text: str) -> None:
    assert _statuses(text, "serum_immunofixation") == ["present"]


@pytest.mark.parametrize("text", ["血清免疫固定电泳阴性，IgA 4.6 g/L。", "免疫固定电泳阴性，结果显示κ、λ均阴性。"])
def test_negative_immunofixation_stays_negative(text: str) -> None:
    assert _statuses(text, "serum_immunofixation") == ["absent"]


# --- lab printouts: every value of every row -----------------------------------------------------

TAB = ("检验项目\t结果\t单位\t参考区间\t提示\n血小板计数(PLT)\t523\t×10^9/L\t125-350\t↑\n"
       "血红蛋白(HGB)\t171\tg/L\t130-175\t\n血清游离κ轻链\t35.2\tmg/L\t3.3-19.4\t↑\n"
       "血清游离λ轻链\t12.0\tmg/L\t5.71-26.3\t\n游离轻链κ/λ比值\t2.93\t\t0.26-1.65\t↑\n"
       "血管内皮生长因子\t1320\tpg/ml\t<142\t↑")
FLAG_FIRST = ("项目名称\t结果\t提示\t单位\t参考区间\n血小板\t488\tH\t10^9/L\t100-300\n血红蛋白\t120\tL\tg/L\t130-175\n"
              "κ游离轻链\t8.1\t\tmg/L\t3.3-19.4\nλ游离轻链\t92.5\tH\tmg/L\t5.71-26.3\nκ/λ\t0.09\tL\t\t0.26-1.65\n"
              "VEGF\t2210\tH\tpg/mL\t0-142")
CODES = ("序号 项目名称 代号 结果 提示 单位 参考区间\n1 血小板计数 PLT 468 ↑ 10^9/L 125-350\n"
         "2 血红蛋白 HGB 139 g/L 130-175\n3 游离κ轻链 FKAP 18.9 mg/L 3.3-19.4\n4 游离λ轻链 FLAM 65.3 ↑ mg/L 5.71-26.3\n"
         "5 κ/λ比值 K/L 0.29 0.26-1.65")
FULL_WIDTH = ("1　血小板计数　　　　498　　　↑　　×10^9/L　　125～350\n2　血红蛋白　　　　　148　　　　　　g/L　　　　130～175\n"
              "3　游离κ轻链　　　　17.6　　　　　　mg/L　　　3.3～19.4\n4　游离λ轻链　　　　63.0　　　↑　　mg/L　　　5.71～26.3\n"
              "5　κ/λ比值　　　　　0.28　　　　　　　　　　　0.26～1.65")
LABELLED = ("项目：血小板计数　结果：512　单位：×10^9/L　参考范围：125-350　提示：↑\n"
            "项目：血清游离λ轻链　结果：88.1　单位：mg/L　参考范围：5.71-26.3　提示：↑\n"
            "项目：κ/λ比值　结果：0.11　参考范围：0.26-1.65　提示：↓")
STARRED = ("PLT\t502\t*\t10^9/L\t(125-350)\nHGB\t136\t\tg/L\t(130-175)\nsFLC-κ\t11.2\t\tmg/L\t(3.3-19.4)\n"
           "sFLC-λ\t95.0\t*\tmg/L\t(5.71-26.3)\nrFLC\t0.12\t*\t\t(0.26-1.65)")


@pytest.mark.parametrize("text, expected", [
    (TAB, {"platelets": (523, "10^9/L"), "hemoglobin": (171, "g/L"), "flc_kappa": (35.2, "mg/L"),
           "flc_lambda": (12.0, "mg/L"), "flc_ratio": (2.93, None), "vegf": (1320, "pg/mL")}),
    (FLAG_FIRST, {"platelets": (488, "10^9/L"), "hemoglobin": (120, "g/L"), "flc_kappa": (8.1, "mg/L"),
                  "flc_lambda": (92.5, "mg/L"), "flc_ratio": (0.09, None), "vegf": (2210, "pg/mL")}),
    (CODES, {"platelets": (468, "10^9/L"), "hemoglobin": (139, "g/L"), "flc_kappa": (18.9, "mg/L"),
             "flc_lambda": (65.3, "mg/L"), "flc_ratio": (0.29, None)}),
    (FULL_WIDTH, {"platelets": (498, "10^9/L"), "hemoglobin": (148, "g/L"), "flc_kappa": (17.6, "mg/L"),
                  "flc_lambda": (63.0, "mg/L"), "flc_ratio": (0.28, None)}),
    (LABELLED, {"platelets": (512, "10^9/L"), "flc_lambda": (88.1, "mg/L"), "flc_ratio": (0.11, None)}),
    (STARRED, {"platelets": (502, "10^9/L"), "hemoglobin": (136, "g/L"), "flc_kappa": (11.2, "mg/L"),
               "flc_lambda": (95.0, "mg/L"), "flc_ratio": (0.12, None)}),
])
def test_every_row_of_a_printout_is_read(text: str, expected: dict) -> None:
    for analyte, (value, unit) in expected.items():
        assert [(v, u) for v, u, _ in _labs(text, analyte)] == [(value, unit)], analyte


@pytest.mark.parametrize("text, analyte", [
    ("游离λ轻链 ULN 26.3", "flc_lambda"),            # a reference word is not a code
    ("血红蛋白 HbA1c 8.1%", "hemoglobin"),            # HbA1c is no code of haemoglobin
    ("血小板 IVIG 2 疗程后复查。", "platelets"),        # prose, not a table row
])
def test_code_column_look_alikes(text: str, analyte: str) -> None:
    extraction = nlu.extract(text)
    assert [lab for lab in extraction.evidence.labs if lab.analyte == analyte] == []
    assert [w for w in extraction.warnings if w.analyte == analyte] == []


# --- a lab table whose rows open in lower case: each row ends at its line break ---------------------

ENGLISH_ROWS = ("Free kappa      15.6      3.3-19.4 mg/L\nFree lambda     13.9      5.7-26.3 mg/L\n"
                "kappa/lambda    1.12      0.26-1.65\nHGB             138       130-175 g/L\n"
                "PLT             231       125-350 10^9/L")


def test_lower_case_row_is_not_a_hard_wrap() -> None:
    assert [(v, u) for v, u, _ in _labs(ENGLISH_ROWS, "flc_lambda")] == [(13.9, "mg/L")]
    assert [(v, u) for v, u, _ in _labs(ENGLISH_ROWS, "platelets")] == [(231, "10^9/L")]
    assert [(v, u) for v, u, _ in _labs(ENGLISH_ROWS, "flc_ratio")] == [(1.12, None)]


@pytest.mark.parametrize("text, analyte, value, unit", [
    ("Platelets were 512 x10^9/L and\nhaemoglobin 150 g/L on admission.", "hemoglobin", 150, "g/L"),
    ("Her free lambda light chain was\nraised at 96.8 mg/L.", "flc_lambda", 96.8, "mg/L"),
])
def test_hard_wrapped_prose_is_still_joined(text: str, analyte: str, value: float, unit: str) -> None:
    assert [(v, u) for v, u, _ in _labs(text, analyte)] == [(value, unit)]
