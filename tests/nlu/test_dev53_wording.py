"""Wording of Chinese follow-up records and chat questions (sentences written for the tests, not
taken from the corpus).
A comparison table gives one analyte per row and one time per column ("项目  既往值（诊断时）  本次值
参考范围", "指标  治疗前  治疗后", "项目  2026-11  2025-06", "Test  Baseline  Now  Reference", "治疗前  4疗程后
8疗程后", "Baseline  C3  C6"): each number is
a measurement of its column's time, read oldest first so that the latest column is the latest statement,
with the row's unit, sample and reference range; a result in words in an earlier column ("血清IFE
IgA-λ（＋）  阴性") is the past, and the test named at the row's start is read from the latest column.
Look-alikes: a lab printout whose columns are result, unit and range (no times), a latest column that
is still positive.
A number and 多 / 余 ("VEGF血清的2300多", "300余pg/ml", "PLT 500多×10^9/L", "血小板50多万") is more than
that number: read as its lower bound (comparator ">="), with its unit and reference; "20多天" stays a time.
Rules: labs.yml (compare_table, decade suffix), nlu/components/dated_table.py (CompareTable),
nlu/implications/compared_rows.py."""
import pytest

from conftest import criterion, labs_of, lab_tuples, status_of

ZH_TABLE = ("随访记录\n"
            "项目　　　　既往值（2025-12 诊断时）　　本次值（2026-11）　　参考范围\n"
            "血清VEGF(pg/ml)　　3 260　　126　　0-142\n"
            "PLT(×10^9/L)　　528　　236　　125-350\n"
            "Hb(g/L)　　168　　139　　130-175\n")
TAB_TABLE = "随访\n指标\t治疗前\t治疗后\t参考值\n血浆VEGF(pg/ml)\t486\t62\t0-115\nPLT(×10^9/L)\t612\t288\t125-350\nHb(g/L)\t171\t142\t130-175\n"
DATED_TABLE = "复查对比\n项目    2026-11    2025-06\n血小板(×10^9/L)    231    566\n血红蛋白(g/L)    140    170\n血清VEGF(pg/mL)    118    2 860\n"
EN_TABLE = ("Follow-up\nTest      Baseline      Now      Reference\nVEGF, serum (pg/mL)      3,120      98      <500\n"
            "Platelets (x10^9/L)      560      240      150-400\nHb (g/L)      175      141      130-170\n")
NOW_FIRST = "项目　　本次　　上次　　参考范围\n血清VEGF(pg/ml)　　102　　2 480　　0-142\nPLT(×10^9/L)　　251　　498　　125-350\nHb(g/L)　　138　　150　　130-175\n"


@pytest.mark.parametrize("text,vegf,platelets,sample", [
    (ZH_TABLE, [3260, 126], [528, 236], "serum"),
    (TAB_TABLE, [486, 62], [612, 288], "plasma"),
    (DATED_TABLE, [2860, 118], [566, 231], "serum"),
    (EN_TABLE, [3120, 98], [560, 240], "serum"),
    (NOW_FIRST, [2480, 102], [498, 251], "serum"),
])
def test_a_comparison_table_is_read_oldest_column_first(ex, text, vegf, platelets, sample):
    e = ex(text)
    assert [lab.value for lab in labs_of(e, "vegf")] == vegf
    assert [lab.value for lab in labs_of(e, "platelets")] == platelets
    assert {lab.sample.value if lab.sample else None for lab in labs_of(e, "vegf")} == {sample}
    assert criterion(e, "vegf_elevated") == "absent"
    assert criterion(e, "thrombocytosis_polycythemia") == "absent"


@pytest.mark.parametrize("text,expect", [
    ("项目　　治疗前　　4疗程后　　8疗程后　　参考范围\n血清VEGF(pg/ml)　　3 860　　1 120　　210　　0-142\n", [3860, 1120, 210]),
    ("指标\t基线\t3个月\t6个月\n血清VEGF(pg/ml)\t2 980\t860\t190\n", [2980, 860, 190]),
    ("Test    Baseline    C3    C6    Reference\nVEGF, serum (pg/mL)    2,450    900    150    <500\n", [2450, 900, 150]),
])
def test_columns_counted_from_the_treatment_stand_between(ex, text, expect):
    e = ex(text)
    assert [lab.value for lab in labs_of(e, "vegf")] == expect
    assert criterion(e, "vegf_elevated") == "absent"


def test_a_comparison_row_keeps_its_unit_and_reference(ex):
    e = ex(ZH_TABLE)
    latest = labs_of(e, "vegf")[-1]
    assert (latest.value, latest.unit, latest.reference_low, latest.reference_high) == (126, "pg/mL", 0, 142)
    assert [(lab.value, lab.unit) for lab in labs_of(e, "hemoglobin")] == [(168, "g/L"), (139, "g/L")]


@pytest.mark.parametrize("row", [
    "血清IFE　　IgA-λ（＋）　　阴性",
    "血清IFE　　IgA-λ型M蛋白（＋）　　（－）",
    "血清免疫固定电泳　　IgG-κ阳性　　阴性",
    "Serum IFE　　IgA lambda　　negative",
])
def test_a_result_in_an_earlier_column_is_the_past(ex, row):
    text = ("项目　　治疗前　　治疗后　　参考范围\n" + row + "\n"
            "κ/λ比值　　0.12　　1.06　　0.26-1.65\n")
    e = ex(text)
    assert status_of(e, "serum_immunofixation") == "absent"
    assert status_of(e, "m_protein") in (None, "historical")
    assert [lab.value for lab in labs_of(e, "flc_ratio")] == [0.12, 1.06]
    assert criterion(e, "monoclonal_plasma_cell_disorder") == "absent"


def test_an_isotype_alone_in_an_earlier_column_is_of_that_time(ex):
    e = ex("项目　　本次　　上次　　参考范围\n血清IFE　　(-)　　IgG-κ(+)\nκ/λ比值　　1.10　　3.86　　0.26-1.65\n")
    assert status_of(e, "m_protein") == "historical"
    assert criterion(e, "monoclonal_plasma_cell_disorder") == "absent"


def test_a_latest_column_still_positive_keeps_the_finding(ex):
    e = ex("项目　　治疗前　　治疗后\n血清IFE　　IgA-λ（＋）　　IgA-λ弱阳性\nPLT(×10^9/L)　　612　　498\n")
    assert criterion(e, "monoclonal_plasma_cell_disorder") == "present"
    assert [lab.value for lab in labs_of(e, "platelets")] == [612, 498]
    assert criterion(e, "thrombocytosis_polycythemia") == "present"


def test_a_printout_without_times_is_read_as_before(ex):
    e = ex("项目　　结果　　单位　　参考范围\n血小板　　512　　×10^9/L　　125-350\n")
    assert [(lab.value, lab.unit) for lab in labs_of(e, "platelets")] == [(512, "10^9/L")]
    assert criterion(e, "thrombocytosis_polycythemia") == "present"


@pytest.mark.parametrize("text,analyte,expect", [
    ("VEGF血清的2300多（参考0-142）", "vegf", (2300, None, "serum", 142, ">=")),
    ("VEGF 1500多 pg/ml（参考值0-142）", "vegf", (1500, "pg/mL", None, 142, ">=")),
    ("血清VEGF 300余pg/ml（参考值0-142）", "vegf", (300, "pg/mL", "serum", 142, ">=")),
    ("PLT 500多×10^9/L", "platelets", (500, "10^9/L", None, None, ">=")),
    ("血小板50多万", "platelets", (50, "10^4/uL", None, None, ">=")),
])
def test_a_number_and_more_is_its_lower_bound(ex, text, analyte, expect):
    lab = labs_of(ex(text), analyte)[0]
    assert (lab.value, lab.unit, lab.sample.value if lab.sample else None, lab.reference_high,
            lab.comparator) == expect


def test_the_more_than_values_decide_the_criteria(ex):
    e = ex("VEGF血清的300余pg/ml（参考0-142），PLT 500多×10^9/L，Hb 130 g/L")
    assert criterion(e, "vegf_elevated") == "present"
    assert criterion(e, "thrombocytosis_polycythemia") == "present"


@pytest.mark.parametrize("text,analyte", [
    ("VEGF 20多天前查过，结果未见", "vegf"),
    ("PLT 10余次复查均正常", "platelets"),
])
def test_a_time_or_count_with_more_is_no_value(text, analyte):
    assert lab_tuples(text, analyte) == []
