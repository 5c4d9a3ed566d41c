"""Written Cantonese, OCR's look-alike digits, and results in the cells of a pipe table.

* Hong Kong notes and messages write Cantonese (nlu/rules/zh_cantonese.yml): "冇 HSM" (no), "摸唔到" (not
  felt), "皮膚仲係黑" (still dark), "腳腫已經退晒" (all gone), "腳痺" (numb feet), "Testosterone 仲係低".
* A scanned report read by OCR writes 〇, O or l for a digit ("２〇８〇", "３l２"), and 末 for 未 ("肝脾肋下末及").
* "血清IFE｜阴性｜阴性": the cell after an item's pipe is its result; "κ/λ | 1.86 | 0.37-3.10" gives the
  ratio's reference range in the next column, as a range column does after a unit.
"""
from __future__ import annotations

import pytest

import nlu
from conftest import status_by_concept, first_lab


@pytest.mark.parametrize("text", [
    "查體：冇 HSM，淋巴結摸唔到。冇腳腫，CXR 冇 effusion。",
    "PE: 冇HSM, 冇腳腫, 冇腹水",
])
def test_cantonese_no_is_a_negation(text: str) -> None:
    statuses = status_by_concept(text)
    assert statuses["hepatosplenomegaly"] == "absent"
    assert statuses["peripheral_edema"] == "absent"


def test_cantonese_follow_up_words() -> None:
    text = "C6 覆診：腳痺冇乜改善，腳腫已經退晒。皮膚仲係黑，Testosterone 仲係低。"
    statuses = status_by_concept(text)
    assert statuses["symmetric_distal_sensory_symptoms"] == "present"
    assert statuses["peripheral_edema"] == "historical"
    assert statuses["hyperpigmentation"] == "present"
    assert statuses["hypogonadism"] == "present"


def test_swelling_gone_down_in_plain_mandarin() -> None:
    assert status_by_concept("双下肢水肿已经退了。")["peripheral_edema"] == "historical"


def test_mandarin_note_with_cantonese_like_characters_is_unchanged() -> None:
    text = "家里人说皮肤越来越黑，像晒过一样。抽血说是有个M蛋白，IgG λ型。"
    m_protein = next(f for f in nlu.extract(text).evidence.findings if f.concept == "m_protein")
    assert m_protein.attributes == {"heavy_chain": "IgG", "light_chain": "lambda"}


@pytest.mark.parametrize("text, analyte, value", [
    ("血管内皮生长因子(VEGF)　２〇８〇　pg/ml　０－１４２　↑", "vegf", 2080),
    ("PLT ３l２×１O^９/L，Hb l２６ g/L", "platelets", 312),
    ("PLT ３l２×１O^９/L，Hb l２６ g/L", "hemoglobin", 126),
    ("Ｈｂ ８〇 g/L", "hemoglobin", 80),
])
def test_ocr_letters_for_digits(text: str, analyte: str, value: float) -> None:
    assert first_lab(text, analyte).value == value


def test_oxygen_and_litres_are_not_numbers_made_up() -> None:
    from nlu.normalize import normalize
    assert normalize("SpO2 98%, O2 2L, 抽液2l") == "SpO2 98%, O2 2L, 抽液2l"


def test_ocr_mo_for_wei() -> None:
    statuses = status_by_concept("查体：肝脾肋下末及，末见水肿。")
    assert statuses["hepatosplenomegaly"] == statuses["peripheral_edema"] == "absent"


def test_chinese_result_cells_of_a_pipe_table() -> None:
    text = "项目｜结果｜参考\n血清IFE｜阴性｜阴性\n尿IFE｜阴性｜阴性\n| 肝脾 | 未触及 |\n| 水肿 | 无 |\n"
    statuses = status_by_concept(text)
    assert statuses["serum_immunofixation"] == statuses["urine_immunofixation"] == "absent"
    assert statuses["hepatosplenomegaly"] == statuses["peripheral_edema"] == "absent"


def test_reference_column_of_a_pipe_cell_is_not_the_result() -> None:
    statuses = status_by_concept("血清免疫固定电泳｜IgA-λ型（＋）｜阴性\n| 腹水 | 少量 | 阴性 |\n")
    assert statuses["serum_immunofixation"] == "present"
    assert statuses["ascites"] == "present"


@pytest.mark.parametrize("text", ["κ/λ | 1.86 | 0.37-3.10 |", "κ/λ｜１．８６｜０．３７－３．１０（肾功能不全）",
                                  "κ/λ  1.86  0.37-3.10"])
def test_unitless_ratio_takes_the_range_column(text: str) -> None:
    ratio = first_lab(text, "flc_ratio")
    assert (ratio.value, ratio.reference_low, ratio.reference_high) == (1.86, 0.37, 3.10)


def test_pinyin_slip_lian_for_chain() -> None:
    assert first_lab("免疫固定电泳阴性 游离轻练比值０．９６正常", "flc_ratio").value == 0.96


@pytest.mark.parametrize("text, state", [("眼科醫生睇過，話視神經冇腫。", "absent"), ("Fundi: discs 清.", "absent"),
                                         ("眼底：双侧视神经水肿。", "present")])
def test_optic_nerve_and_discs_in_lay_and_mixed_words(text: str, state: str) -> None:
    assert status_by_concept(text)["papilledema"] == state
    assert "peripheral_edema" not in status_by_concept(text)
