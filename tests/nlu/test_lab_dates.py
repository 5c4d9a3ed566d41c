"""Dates written with a lab value, as Chinese and English records list results over time: a date
in brackets after the value ("VEGF 4860 pg/ml（2023-01-05）") is not a reference range (it was
read as the reversed range 2023-1 and the value set aside as impossible), and a year and month
before the value ("血清VEGF：2023-01 4860 pg/ml") is not a reason to drop it."""
import pytest

from conftest import labs_of


@pytest.mark.parametrize("text, analyte, value", [
    ("血清VEGF 4860 pg/ml（2023-01-05）", "vegf", 4860),
    ("VEGF 4860 pg/mL (2023-01-05), IFE IgA lambda", "vegf", 4860),
    ("PLT 612×10^9/L（2024-03-01）", "platelets", 612),
    ("Platelets 612 x10^9/L (2024-03)", "platelets", 612),
    ("VEGF 1850 pg/mL (2019-2021)", "vegf", 1850),
])
def test_a_date_in_brackets_after_the_value_is_not_its_range(ex, text, analyte, value):
    extraction = ex(text)
    [lab] = labs_of(extraction, analyte)
    assert (lab.value, lab.reference_low, lab.reference_high) == (value, None, None)
    assert not extraction.set_aside


@pytest.mark.parametrize("text, analyte, value", [
    ("血清VEGF：2023-01 4860 pg/ml", "vegf", 4860),
    ("VEGF 2023-01 4860 pg/mL", "vegf", 4860),
    ("VEGF 2023.1 4860pg/ml", "vegf", 4860),
])
def test_a_year_and_month_before_the_value_is_not_the_value(ex, text, analyte, value):
    assert [lab.value for lab in labs_of(ex(text), analyte)] == [value]


def test_a_named_reference_that_runs_backwards_is_still_set_aside(ex):
    extraction = ex("VEGF 1850 pg/mL (ref 500-100)")
    assert labs_of(extraction, "vegf") == []
    assert [w.reason for w in extraction.set_aside] == ["implausible"]


def test_a_real_range_after_the_value_is_still_read(ex):
    [lab] = labs_of(ex("VEGF 1850 pg/mL (正常值 0-142)"), "vegf")
    assert (lab.reference_low, lab.reference_high) == (0, 142)
