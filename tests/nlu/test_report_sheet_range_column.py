"""A laboratory report sheet pasted into a note: the reference range that closes a row is the value's
reference when the columns are single spaces, and when the 提示 column flags the value with a letter
(H / L) or a word (偏高) rather than an arrow (nlu/components/lab_notation.py, COLUMN_RANGE). A range that does
not end its row is prose, not a reference ("3-6个月后复查"). Rows written for the tests.
"""
import pytest

import nlu


def _labs(text, analyte):
    return [(lab.value, lab.unit, lab.reference_low, lab.reference_high, lab.flag)
            for lab in nlu.extract(text).evidence.labs if lab.analyte == analyte]


@pytest.mark.parametrize("text, analyte, value, unit, low, high, flag", [
    ("血管内皮生长因子(VEGF) 620 pg/ml 0-142 ↑", "vegf", 620, "pg/mL", 0, 142, "high"),
    ("血管内皮生长因子 620 pg/ml 0-142", "vegf", 620, "pg/mL", 0, 142, None),
    ("血小板计数(PLT)\t421\t10^9/L\t125-350\tH", "platelets", 421, "10^9/L", 125, 350, "high"),
    ("血红蛋白(HGB) 168 g/L 115-150 H", "hemoglobin", 168, "g/L", 115, 150, "high"),
    ("白蛋白(ALB) 32.5 g/L 40-55 L", "albumin", 32.5, "g/L", 40, 55, "low"),
    ("白蛋白 32.5 g/L 40～55 偏低", "albumin", 32.5, "g/L", 40, 55, "low"),
    ("VEGF 620 pg/mL 0-142 H", "vegf", 620, "pg/mL", 0, 142, "high"),
    ("Platelets 421 10^9/L 150-400 H", "platelets", 421, "10^9/L", 150, 400, "high"),
])
def test_the_closing_range_is_the_reference(text, analyte, value, unit, low, high, flag):
    got = _labs(text, analyte)
    assert [(v, u, lo, hi) for v, u, lo, hi, _ in got] == [(value, unit, low, high)]
    if flag:
        assert got[0][4] == flag


@pytest.mark.parametrize("text, analyte", [
    ("VEGF 620 pg/ml 3-6个月后复查", "vegf"),
    ("Hb 120 g/L 2-3周后复查", "hemoglobin"),
    ("血小板 612 ×10^9/L 2024-03", "platelets"),
    ("VEGF 620 pg/mL 2-3 weeks after IVIG", "vegf"),
])
def test_a_range_that_does_not_end_the_row_is_not_a_reference(text, analyte):
    got = _labs(text, analyte)
    assert len(got) == 1 and got[0][2:4] == (None, None)


def test_a_sheet_with_its_sample_line_and_a_modest_vegf_meets_the_criterion(ex):
    from conftest import criterion

    text = ("样本类型：血清\n项目名称 结果 单位 参考区间 提示\n"
            "血管内皮生长因子(VEGF) 620 pg/ml 0-142 ↑\n")
    # 620 without its reference would be a serum value below 1 200 (not met); against 0-142 it is
    # more than twice the upper limit
    assert criterion(ex(text), "vegf_elevated") == "present"
