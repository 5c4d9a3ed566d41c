"""A value the laboratory checked again on the same sample ("PLT 1120×10^9/L，标本已复核：1086×10^9/L", "复测
1086") is the same analyte's next value, as "复查 1086" is (labs.yml series link); full-width digits are read
as ASCII ones. A recheck followed by another analyte or by no value adds nothing. Sentences written for the tests."""
import pytest

from tests.nlu.conftest import lab_tuples


@pytest.mark.parametrize("text", [
    "PLT １１２０×10^9/L，标本已复核：１０８６×10^9/L。",
    "血小板 1120×10^9/L，复测 1086×10^9/L。",
    "血小板计数 1120×10^9/L；已复核：1086×10^9/L",
])
def test_a_rechecked_value_is_the_same_analytes(text):
    assert [v for v, *_ in lab_tuples(text, "platelets")] == [1120.0, 1086.0]


def test_a_recheck_before_another_analyte_stays_that_analytes():
    text = "血小板 1120×10^9/L，复核 白蛋白 30 g/L。"
    assert [v for v, *_ in lab_tuples(text, "platelets")] == [1120.0]
    assert [v for v, *_ in lab_tuples(text, "albumin")] == [30.0]


def test_a_recheck_without_a_value_adds_none():
    assert [v for v, *_ in lab_tuples("PLT 520×10^9/L，复核：无误。", "platelets")] == [520.0]
