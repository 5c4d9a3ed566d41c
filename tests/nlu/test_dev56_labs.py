"""Lab rows and values in patient-portal pastes and appeal letters (sentences written for the tests,
not taken from the corpus).
A portal's capitalised flag column after the unit ("Platelet Count   521   150 - 400 x10E9/L   High",
"Hemoglobin   98   135 - 175 g/L   Low") ends the row as "H" does, so the row's unit and range are read.
The patient's own value in a bracket that says whose it is, after words about the test in general ("the
hemoglobin is usually normal or high (his is 15.8 g/dL)", "(hers was 2,940 pg/mL)", "(in this patient 512
x10^9/L)"), is the test's value; a bracket about someone else, a value without one of the test's units or
another test named between read nothing.
Rules: labs.yml (flags, own_value_gap / own_value_bracket), nlu/components/labs.py (LabValues._own_value)."""
import pytest

import nlu
from conftest import lab_tuples


@pytest.mark.parametrize("text,analyte,value,unit,flag", [
    ("Platelet Count   521   150 - 400 x10E9/L   High", "platelets", 521, "10^9/L", "high"),
    ("Platelets 521 150-400 K/uL HIGH", "platelets", 521, "K/uL", "high"),
    ("Hemoglobin   98   135 - 175 g/L   Low", "hemoglobin", 98, "g/L", "low"),
])
def test_a_capitalised_flag_column_ends_the_row(text, analyte, value, unit, flag):
    labs = [lab for lab in nlu.extract(text).evidence.labs if lab.analyte == analyte]
    assert [(lab.value, lab.unit, lab.flag) for lab in labs] == [(value, unit, flag)]


@pytest.mark.parametrize("text,analyte,expected", [
    ("These are criteria for myeloma, in which the hemoglobin is usually normal or high (his is 15.8 g/dL).",
     "hemoglobin", [(15.8, "g/dL", None)]),
    ("VEGF is typically very high in POEMS syndrome (hers was 2,940 pg/mL).", "vegf", [(2940, "pg/mL", None)]),
    ("Platelets are often raised in POEMS (in this patient 512 x10^9/L).", "platelets", [(512, "10^9/L", None)]),
])
def test_the_patients_own_value_in_a_bracket_after_general_words(text, analyte, expected):
    assert lab_tuples(text, analyte) == expected


@pytest.mark.parametrize("text,analyte", [
    ("Hemoglobin was normal (his brother has anemia 9.1 g/dL).", "hemoglobin"),
    ("The hemoglobin is usually normal (his is 15.8).", "hemoglobin"),
    ("VEGF is high in POEMS, and the platelets too (his were 512 x10^9/L).", "vegf"),
])
def test_a_bracket_not_giving_the_tests_own_value_reads_nothing(text, analyte):
    assert lab_tuples(text, analyte) == []


@pytest.mark.parametrize("text,analyte,value,unit", [
    ("Hemoglobin   148   135 - 175 g/L   Normal", "hemoglobin", 148, "g/L"),
    ("PLT 262 150-400 K/uL WNL", "platelets", 262, "K/uL"),
    ("Platelet Count   262   150 - 400 x10E9/L   N", "platelets", 262, "10^9/L"),
    ("HEMOGLOBIN   14.6   13.5 - 17.5 G/DL   NORMAL", "hemoglobin", 14.6, "g/dL"),
])
def test_a_normal_flag_column_ends_the_row(text, analyte, value, unit):
    labs = [lab for lab in nlu.extract(text).evidence.labs if lab.analyte == analyte]
    assert [(lab.value, lab.unit, lab.flag, lab.reference_high is not None) for lab in labs] == [
        (value, unit, None, True)]


def test_a_normal_word_in_running_text_after_a_range_is_no_column():
    labs = [lab for lab in nlu.extract("Hb 148 135-175 g/L normal yesterday").evidence.labs]
    assert [(lab.value, lab.unit) for lab in labs] == [(148, None)]
