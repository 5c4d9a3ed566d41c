"""Where a value was measured, between the test's name and its value ("VEGF外院查为867pg/ml",
"VEGF（外院）：867", "VEGF复查为2100", "VEGF at an outside hospital was 867", "Platelets at the
local hospital 512"): the value is read. Before, these values were lost and the criterion left
unknown although the note gave it."""

import pytest

import nlu


def _labs(text):
    return [(lab.analyte, lab.value, lab.reference_high) for lab in nlu.extract(text).evidence.labs]


@pytest.mark.parametrize("text, analyte, value", [
    ("VEGF外院查为867pg/ml（参考值＜160，标本不详）", "vegf", 867.0),
    ("VEGF（外院）：867 pg/ml", "vegf", 867.0),
    ("VEGF复查为2100pg/ml", "vegf", 2100.0),
    ("血小板本院复查为612×10^9/L", "platelets", 612.0),
    ("VEGF我院测定结果示1560pg/ml", "vegf", 1560.0),
    ("VEGF 当地医院 1230 pg/ml", "vegf", 1230.0),
    ("VEGF (outside hospital) 867 pg/ml", "vegf", 867.0),
    ("VEGF at an outside hospital was 867 pg/ml", "vegf", 867.0),
    ("VEGF done at the referring hospital: 1,420 pg/mL", "vegf", 1420.0),
    ("Platelets at the local hospital 512", "platelets", 512.0),
])
def test_the_value_after_where_it_was_measured_is_read(text, analyte, value):
    assert (analyte, value) in [(a, v) for a, v, _ in _labs(text)]


def test_the_reference_after_the_value_is_kept():
    assert _labs("VEGF外院查为867pg/ml（参考值＜160，标本不详）") == [("vegf", 867.0, 160.0)]


@pytest.mark.parametrize("text", ["VEGF未查，PLT 500", "VEGF in another hospital not done, plt 480"])
def test_a_test_not_done_there_takes_no_value(text):
    extraction = nlu.extract(text)
    assert "vegf" not in {lab.analyte for lab in extraction.evidence.labs}
    assert "serum_vegf" in {n.test for n in extraction.evidence.not_done}


@pytest.mark.parametrize("text, analyte, value", [
    ("κ 游离轻链 18.2 mg/L，λ 游离轻链 96.5 mg/L", "flc_lambda", 96.5),
    ("κ 游离轻链 18.2 mg/L，λ 游离轻链 96.5 mg/L", "flc_kappa", 18.2),
    ("游离 κ 轻链 18.2 mg/L", "flc_kappa", 18.2),
    ("血清游离 λ 轻链 96.5 mg/L", "flc_lambda", 96.5),
    ("κ游离轻链18.2mg/L", "flc_kappa", 18.2),
])
def test_a_light_chain_name_with_a_space_after_its_greek_letter(text, analyte, value):
    """"κ 游离轻链 18.2 mg/L" (a space typed after the Greek letter) had not been read."""
    assert (analyte, value) in [(a, v) for a, v, _ in _labs(text)]
