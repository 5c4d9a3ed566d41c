"""A VEGF written as "more than" a number ("VEGF有3000多", "VEGF 3000余", "VEGF>3000") is a lower bound: read with
its comparator, it counts for the criterion when the bound is above the threshold, and leaves the criterion unknown
when the bound is below it (the value may lie either side)."""

import pytest

from conftest import criterion, labs_of


@pytest.mark.parametrize("text, comparator", [
    ("VEGF有3000多pg/ml（不知道是血清还是血浆）", ">="),
    ("血清VEGF 3000余 pg/ml", ">="),
    ("VEGF>3000 pg/ml", ">"),
    ("VEGF 3000多pg/mL，参考值<600", ">="),
])
def test_more_than_reads_a_lower_bound_that_counts(ex, text, comparator):
    extraction = ex(text)
    (lab,) = labs_of(extraction, "vegf")
    assert lab.value == 3000 and lab.comparator == comparator
    assert criterion(extraction, "vegf_elevated") == "present"


@pytest.mark.parametrize("text", ["血清VEGF 1100多pg/ml（参考值<600）", "VEGF 1000余 pg/ml（参考值0-600）"])
def test_a_bound_below_the_threshold_leaves_it_unknown(ex, text):
    extraction = ex(text)
    (lab,) = labs_of(extraction, "vegf")
    assert lab.comparator in (">=", ">")
    assert criterion(extraction, "vegf_elevated") == "unknown"


def test_an_exact_value_has_no_comparator(ex):
    (lab,) = labs_of(ex("VEGF 3000 pg/ml"), "vegf")
    assert lab.value == 3000 and lab.comparator is None
