"""Lab-value spellings met in case reports and ward notes: digit groups with decimals or at the
end of a sentence, units written after the reference range, abbreviations in brackets."""
import pytest

import nlu
from conftest import labs_of


@pytest.mark.parametrize("text,analyte,value,unit", [
    ("血清VEGF 1 480.6 pg/ml（参考值 0–600）", "vegf", 1480.6, "pg/mL"),
    ("Platelet count was 512,000/µL.", "platelets", 512000, "/uL"),
    ("VEGF: 1,520 (ref 0-500) pg/mL", "vegf", 1520, "pg/mL"),
    ("VEGF 1520（0-500）pg/ml", "vegf", 1520, "pg/mL"),
    ("血红蛋白（Hb）176 g/L", "hemoglobin", 176, "g/L"),
    ("血小板（PLT）468×10^9/L", "platelets", 468, "10^9/L"),
    ("性激素：睾酮 4.2 nmol/L（↓），Hb 150 g/L", "hemoglobin", 150, "g/L"),
])
def test_value_and_unit(ex, text, analyte, value, unit):
    labs = labs_of(ex(text), analyte)
    assert [(lab.value, lab.unit) for lab in labs] == [(value, unit)]


def test_a_sentence_ending_after_a_grouped_number(ex):
    labs = labs_of(ex("VEGF was 1,850."), "vegf")
    assert [lab.value for lab in labs] == [1850]


def test_reference_range_is_kept_when_the_unit_follows_it(ex):
    lab = labs_of(ex("VEGF: 1,520 (ref 0-500) pg/mL"), "vegf")[0]
    assert (lab.reference_low, lab.reference_high) == (0, 500)


def test_a_power_of_ten_unit_that_cannot_be_read_withholds_the_value():
    """'5.2 x 10^6/uL' is not 5.2 x10^9/L: the value is withheld with an unknown-unit warning
    (10^4/uL and 10^5/uL are platelet units: tests/nlu/test_lab_breadth.py)."""
    x = nlu.extract("Plt 5.2 x 10^6/uL, Hb 13 g/dL.")
    assert "platelets" not in [lab.analyte for lab in x.evidence.labs]
    assert ("platelets", "unknown_unit") in [(w.analyte, w.reason) for w in x.warnings]
    assert [(lab.value, lab.unit) for lab in nlu.extract("Plt 520 x 10^9/L").evidence.labs] == [(520.0, "10^9/L")]
