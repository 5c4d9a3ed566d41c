"""The same value restated in another unit in a bracket right after it ("Hb 168 g/L (16.8 g/dL)", as a report with
SI and conventional units side by side writes it; dev mx-337) is read as a second value of the analyte in that unit
(labs.yml restated_same_value). A bracket holding another amount, a reference range or a unit that is not the
analyte's is not read as the value."""

import pytest

from tests.nlu.conftest import lab_tuples


@pytest.mark.parametrize("text, analyte, expected", [
    ("Hb 168 g/L (16.8 g/dL) ↑", "hemoglobin", [(168.0, "g/L", None), (16.8, "g/dL", None)]),
    ("Hb 16.8 g/dL (168 g/L)", "hemoglobin", [(16.8, "g/dL", None), (168.0, "g/L", None)]),
    ("Albumin 28 g/L (2.8 g/dL), low.", "albumin", [(28.0, "g/L", None), (2.8, "g/dL", None)]),
    ("VEGF 1.86 ng/mL (1860 pg/mL)", "vegf", [(1.86, "ng/mL", None), (1860.0, "pg/mL", None)]),
])
def test_the_value_restated_in_another_unit_is_read(text, analyte, expected):
    assert lab_tuples(text, analyte) == expected


@pytest.mark.parametrize("text, analyte, expected", [
    ("Hb 168 g/L (12.1 g/dL)", "hemoglobin", [(168.0, "g/L", None)]),   # another amount
    ("Hb 168 g/L (150-175)", "hemoglobin", [(168.0, "g/L", None)]),     # a range
    ("Hb 168 g/L (16.8 mmol/L)", "hemoglobin", [(168.0, "g/L", None)]),  # not compared
])
def test_a_bracket_that_is_no_restatement_is_not_read(text, analyte, expected):
    assert lab_tuples(text, analyte) == expected
