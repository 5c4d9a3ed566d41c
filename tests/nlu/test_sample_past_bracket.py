"""The VEGF sample named after the reference-range bracket ("1,020 pg/mL (ref < 500), plasma.") or
inside it after the range ("(ref <500, plasma)") is the value's sample; it had been lost, and a
plasma VEGF read without its sample is judged against the serum cut-off (二(二)4)."""

from __future__ import annotations

import pytest

from tests.nlu.conftest import lab_tuples


@pytest.mark.parametrize("text, sample", [
    ("VEGF 1,020 pg/mL (ref < 500), plasma.", "plasma"),
    ("VEGF 1,020 pg/mL (ref < 500) plasma", "plasma"),
    ("VEGF 1020 pg/mL (ref <500, plasma)", "plasma"),
    ("sVEGF 3,100 pg/mL (normal 62-707), serum; IFE IgA lambda", "serum"),
    ("血管内皮生长因子 1020 pg/ml（参考值0-142，血浆）", "plasma"),
    ("VEGF 1020 pg/mL (ref < 500) in serum.", "serum"),
])
def test_the_sample_after_or_inside_the_range_bracket_is_read(text, sample):
    assert [s for _, _, s in lab_tuples(text, "vegf")] == [sample]


@pytest.mark.parametrize("text", [
    "VEGF 1020 pg/mL (ref <500), serum IFE negative",       # the next test's sample
    "VEGF 1020 pg/mL (3 weeks ago), plasma cells 12% on marrow",
])
def test_a_sample_word_that_belongs_elsewhere_is_not_taken(text):
    assert [s for _, _, s in lab_tuples(text, "vegf")] in ([None], [])
