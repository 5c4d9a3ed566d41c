"""A value whose unit is told in words after it ("单位是pg/ml", ", units pg/mL", "the unit is pg/mL"),
its test named before it in the same sentence with a few words or clauses between (labs.yml
unit_told_gap): the value is the named test's, in the unit told. Another test named between, a
reference or threshold word, or a sentence break leaves it unread; a unit not the test's is no unit."""

import pytest

from tests.nlu.conftest import lab_tuples


@pytest.mark.parametrize("text", [
    "还查了一个叫VEGF的，说高得很，单子上写的3260，单位是pg/ml。",
    "VEGF很高，报告上是3260，单位是pg/ml。",
    "VEGF高，3260，单位pg/ml",
    "They checked his VEGF, it was very high, the slip said 3260, the unit is pg/mL.",
    "VEGF came back high at 3260, units pg/mL.",
])
def test_vegf_with_its_unit_told_after(text):
    assert lab_tuples(text, "vegf") == [(3260.0, "pg/mL", None)]


@pytest.mark.parametrize("text", [
    "血小板说是偏高，化验单上写的586，单位写的×10^9/L。",
    "his platelets were high on the printout, 586, units 10^9/L",
])
def test_platelets_with_their_unit_told_after(text):
    assert lab_tuples(text, "platelets") == [(586.0, "10^9/L", None)]


@pytest.mark.parametrize("text", [
    "VEGF很高，血小板586，单位是10^9/L",   # the number is the platelets'
    "VEGF很高。单子上写的3260，单位是pg/ml",  # another sentence
    "VEGF cut-off 1200, units pg/mL", "VEGF若超过1200，单位pg/ml",  # a threshold, no result
    "VEGF很高，单子上写的3260，单位是g/L",  # not a unit of VEGF
    "VEGF很高，单子上写的3260",  # no unit told
])
def test_no_vegf_value_is_read(text):
    assert lab_tuples(text, "vegf") == []
