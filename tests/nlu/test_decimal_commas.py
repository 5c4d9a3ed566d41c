"""Lab values written in the European notation (dev file 69; sentences written for the tests).

- a ratio has no unit to confirm a decimal comma, which is read unless a list of numbers goes on
  ("κ/λ=0,08", "kappa/lambda ratio 1,9, albumin/globulin ratio 1,2"; before, 0 and 1 were read);
- a reference limit may carry a decimal comma ("N<0,6", "ULN 0,5", "(0,26-1,65)"; before, 0 was read,
  which made every value "above the limit");
- a hormone's value with a decimal comma ("Testosteron 6,1 nmol/l ↓") is read as the other labs are;
- "0,125" is a decimal in every notation;
- in a note that writes decimals with a comma, "1,250" may be 1.25 or 1250: the value is set aside with
  a warning (``grouping_ambiguous``), never read as either; in a note that does not, "1,250" is 1250.
"""
import pytest

from conftest import criterion, lab_tuples, labs_of


@pytest.mark.parametrize("text, value", [
    ("Free light chains: κ/λ=0,08", 0.08),
    ("FLC κ/λ 0,24; IFE IgG lambda.", 0.24),
    ("IgM kappa 4,2 g/L, kappa/lambda ratio 1,9, albumin/globulin ratio 1,2.", 1.9),
    ("sFLC ratio 0,31 (0,26-1,65)", 0.31),
    ("游离轻链 κ 12,1 mg/L，λ 150,2 mg/L，κ/λ比值 0,08", 0.08),
    ("血清游离轻链比值 2,85，IFE IgA-κ。", 2.85),
])
def test_a_ratio_with_a_decimal_comma(text, value):
    assert [v for v, _, _ in lab_tuples(text, "flc_ratio")] == [value]


def test_a_list_of_numbers_is_no_decimal_comma():
    assert 1.2 not in [v for v, _, _ in lab_tuples("FLC ratio 1,2,3", "flc_ratio")]


@pytest.mark.parametrize("text, high", [
    ("VEGF 1,25 ng/ml (N<0,6)", 0.6),
    ("VEGF (serum) 3,4 ng/mL, ULN 0,5.", 0.5),
    ("VEGF 0,9 ng/mL (ref < 0,5)", 0.5),
    ("VEGF 1,8 ng/ml（参考值 0-0,6）", 0.6),
])
def test_a_reference_limit_with_a_decimal_comma(ex, text, high):
    (lab,) = labs_of(ex(text), "vegf")
    assert lab.reference_high == high


@pytest.mark.parametrize("text, state", [
    ("Mr B., 61. Testosteron 6,1 nmol/l ↓", "present"),
    ("Mr X, 55. Testosterone 5,2 nmol/L (N 10-30). TSH 1,9 mU/L.", "present"),
    ("男，50岁。睾酮 4,1 nmol/L（参考 8,6-29）", "present"),
])
def test_a_hormone_with_a_decimal_comma(ex, text, state):
    assert criterion(ex(text), "endocrinopathy") == state


def test_a_normal_hormone_with_a_decimal_comma_is_not_low(ex):
    assert criterion(ex("Mr X, 55. Testosterone 18,2 nmol/L (N 10-30)."), "endocrinopathy") != "present"


@pytest.mark.parametrize("text, value, unit", [
    ("VEGF 0,125 ng/mL", 0.125, "ng/mL"),
    ("Hb 10,2 mmol/l", 10.2, "mmol/L"),
])
def test_a_decimal_comma_with_its_unit(text, value, unit):
    analyte = "vegf" if "VEGF" in text else "hemoglobin"
    assert [(v, u) for v, u, _ in lab_tuples(text, analyte)] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "Hb 15,8 g/dL\nPLT 398.000/mm³\nVEGF 1,250 pg/mL (0-115)",
    "Glucose 5,9 mmol/l. Serum VEGF 1,250 pg/ml.",
    "血红蛋白 10,9 mmol/L；VEGF 2,400 pg/mL（参考值0-142）",
    "Albumin 3,1 g/dL, platelets 412 G/L, VEGF 1,850 pg/mL.",
])
def test_one_digit_group_in_a_note_with_decimal_commas_is_set_aside(ex, text):
    extraction = ex(text)
    assert labs_of(extraction, "vegf") == []
    (warning,) = [w for w in extraction.warnings if w.analyte == "vegf"]
    assert warning.reason == "grouping_ambiguous"
    assert warning in extraction.set_aside and warning.message and warning.message_zh
    assert criterion(extraction, "vegf_elevated") == "unknown"


@pytest.mark.parametrize("text, value", [
    ("Hb 15.8 g/dL. VEGF 1,250 pg/mL (0-115).", 1250),
    ("As reported before [1,2], serum VEGF was 1,850 pg/mL.", 1850),
    ("VEGF 2,400 pg/mL, Hb 158 g/L, PLT 398 x10^9/L.", 2400),
])
def test_digit_groups_in_a_note_without_decimal_commas(text, value):
    assert [v for v, _, _ in lab_tuples(text, "vegf")] == [value]


@pytest.mark.parametrize("text, unit", [
    ("Hb 15,8 g/dL\nVEGF 1.250 pg/mL (0-115)", "pg/mL"),
    ("Glucose 5,9 mmol/l. Serum VEGF 1.250 pg/ml.", "pg/mL"),
    ("血红蛋白 10,9 mmol/L；VEGF 2.400 pg/mL（参考值0-142）", "pg/mL"),
])
def test_one_dot_group_in_a_note_with_decimal_commas_is_set_aside(ex, text, unit):
    # "1.250" where decimals are written with a comma: a digit group (1250) or a decimal point (1.25)
    extraction = ex(text)
    assert labs_of(extraction, "vegf") == []
    (warning,) = [w for w in extraction.warnings if w.analyte == "vegf"]
    assert warning.reason == "grouping_ambiguous"
    written = text[warning.start:warning.end]
    whole = int(warning.value)
    assert f"{whole // 1000}.{whole % 1000:03d}" in written
    assert f"{whole // 1000}.{whole % 1000:03d}" in warning.message
    assert str(whole) in warning.message and str(whole / 1000).rstrip("0") in warning.message
    assert warning in extraction.set_aside and warning.message_zh
    assert criterion(extraction, "vegf_elevated") == "unknown"


@pytest.mark.parametrize("text, analyte, value", [
    ("Hb 15,8 g/dL\nPLT 398.000/mm³", "platelets", 398000),   # three digits after the dot, read 398 000
    ("Hb 15,8 g/dL. VEGF 1.25 ng/ml (N<0,6)", "vegf", 1.25),  # two digits: a decimal point
    ("Hb 15.8 g/dL. VEGF 1.250 ng/mL (0-0.6).", "vegf", 1.25),  # no decimal comma in the note
    ("Hb 15,8 g/dL. FLC ratio 0.125.", "flc_ratio", 0.125),   # a leading zero: a decimal in both
])
def test_dot_values_that_stay_read(text, analyte, value):
    assert [v for v, _, _ in lab_tuples(text, analyte)] == [value]


# one helper reads a decimal comma for the lab reader and the hormone reader (lab_notation.py decimal_comma)
@pytest.mark.parametrize("text, accept, expected", [
    ("18,5 g/dl", lambda end: True, (18.5, 4)),
    ("6,1 nmol/l", lambda end: True, (6.1, 3)),
    ("1,2,3", lambda end: False, None),           # refused by what follows (a list)
    ("2,380 pg/mL", lambda end: True, None),      # three digits: a digit group, no decimal comma
    ("1.5,2", lambda end: True, None),            # the number has a point of its own
])
def test_decimal_comma_helper(text, accept, expected):
    import re

    from nlu.components.lab_notation import decimal_comma

    n = re.compile(r"(?P<num>\d+(?:\.\d+)?)").match(text)
    assert decimal_comma(text, n, n.end(), accept) == expected


@pytest.mark.parametrize("text, analyte, value", [
    ("Hb 18,5 g/dl", "hemoglobin", 18.5),
    ("κ/λ=0,08", "flc_ratio", 0.08),
    ("kappa/lambda ratio 1,9, albumin 38 g/L", "flc_ratio", 1.9),
])
def test_lab_reader_decimal_comma(text, analyte, value):
    assert [v for v, _, _ in lab_tuples(text, analyte)] == [value]


@pytest.mark.parametrize("text, state", [
    ("Testosteron 6,1 nmol/l ↓ (N 10-30)", "present"),
    ("Testosterone 5,2 nmol/L (N 10-30), LH 2,1 U/l", "present"),
])
def test_hormone_reader_decimal_comma(ex, text, state):
    assert criterion(ex(text), "endocrinopathy") == state
