"""Values of one test written as a dated series after a header that gives the unit, sample and reference
("历次VEGF（血清，参考值0~142 pg/ml）：2025-06（诊断时）3 580；2025-12 1 260；2026-11（本次）218", "PLT（×10^9/L）：
2025-06 612；2026-01 380"): every dated value takes the header's unit, sample and reference, the latest last; a
bracketed time word after a date ("（诊断时）", "（本次）") stands between the date and its value; a sample word in
the reference's bracket ("VEGF（血清，参考值0~142 pg/ml）：3580") is the value's sample. A dated number followed by
another unit ("Hb 158 g/L；2025-12 38 ℃") is no value of the series (sentences written for the tests, not taken
from the corpus). Rules: labs.yml series.dated_link and filler, nlu/components/labs.py."""
import pytest

from conftest import labs_of


def _values(ex, text, analyte):
    return [(lab.value, lab.unit, lab.sample and lab.sample.value, lab.reference_high) for lab in labs_of(ex(text), analyte)]


def test_a_dated_series_after_a_header(ex):
    text = "历次VEGF（血清，参考值0~142 pg/ml）：2025-06（诊断时）3 580；2025-12 1 260；2026-06 386；2026-11（本次）218。"
    assert _values(ex, text, "vegf") == [(3580, "pg/mL", "serum", 142), (1260, "pg/mL", "serum", 142),
                                         (386, "pg/mL", "serum", 142), (218, "pg/mL", "serum", 142)]


@pytest.mark.parametrize("text,analyte,values", [
    ("VEGF（血清，参考值0~142 pg/ml）：2025-06 3580；2026-11 218。", "vegf", [3580, 218]),
    ("PLT（×10^9/L）：2025-06 612；2026-01 380。", "platelets", [612, 380]),
    ("PLT（×10^9/L）：2025-06 612，2026-01 380", "platelets", [612, 380]),
    ("血清VEGF 3580 pg/ml；2026-11 218。", "vegf", [3580, 218]),
    ("血红蛋白（g/L）：2025年6月 172；2026年3月（复查）148。", "hemoglobin", [172, 148]),
])
def test_each_dated_value_takes_the_unit(ex, text, analyte, values):
    labs = labs_of(ex(text), analyte)
    assert [lab.value for lab in labs] == values
    assert all(lab.unit is not None for lab in labs)


def test_a_sample_in_the_reference_bracket(ex):
    assert _values(ex, "VEGF（血清，参考值0~142 pg/ml）：3580。", "vegf") == [(3580, "pg/mL", "serum", 142)]


@pytest.mark.parametrize("text", ["Hb 158 g/L；2025-12 38 ℃。", "PLT 612×10^9/L；2026-01 体重60 kg。"])
def test_a_dated_number_of_something_else(ex, text):
    analyte = "hemoglobin" if text.startswith("Hb") else "platelets"
    assert len(labs_of(ex(text), analyte)) == 1
