"""An upper reference limit in words ("upper limit of VEGF: 250", "VEGF正常上限 250") is no VEGF
value; after a value it is that value's reference_high."""
import pytest

import nlu
from tests.nlu.conftest import lab_tuples, statuses


@pytest.mark.parametrize("text", ["upper limit of VEGF: 250", "VEGF ULN 250", "VEGF正常上限 250",
                                  "VEGF参考上限：250 pg/ml", "the ULN for VEGF is 250"])
def test_a_limit_alone_is_no_value(text):
    assert lab_tuples(text, "vegf") == []
    assert statuses(text, "vegf_elevated") == []


@pytest.mark.parametrize("text", ["VEGF 980 pg/mL, upper limit of VEGF 250", "VEGF 980 pg/mL, ULN 250",
                                  "VEGF 980 pg/ml，VEGF正常上限 250", "VEGF 980 pg/ml，正常上限250",
                                  "VEGF 980 pg/mL, upper limit of normal 250"])
def test_a_limit_after_the_value_is_its_reference(text):
    labs = [lab for lab in nlu.extract(text).evidence.labs if lab.analyte == "vegf"]
    assert [(lab.value, lab.reference_high) for lab in labs] == [(980.0, 250.0)]


@pytest.mark.parametrize("text", ["VEGF 980 pg/mL, PLT ULN 450", "VEGF 980 pg/mL, 3 times ULN"])
def test_other_limits_are_not_taken(text):
    labs = [lab for lab in nlu.extract(text).evidence.labs if lab.analyte == "vegf"]
    assert [(lab.value, lab.reference_high) for lab in labs] == [(980.0, None)]


def test_normal_vegf_still_absent():
    assert statuses("VEGF正常", "vegf_elevated") == ["absent"]
    assert lab_tuples("VEGF 250 pg/mL", "vegf") == [(250.0, "pg/mL", None)]
