"""Indian reports write S. (or Sr.) for serum before the test's name ("S. VEGF 1,860 pg/ml", as "S. albumin"):
the VEGF's sample is serum (labs.yml vegf sample_aliases). A capital S that ends another word, or a VEGF without
it, gives no sample. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import lab_tuples


@pytest.mark.parametrize("text, value", [
    ("S. VEGF 1,860 pg/ml.", 1860.0),
    ("Investigations: S.VEGF 2140 pg/ml, S. albumin 2.8 gm/dl.", 2140.0),
    ("Sr. VEGF 410 pg/ml (done outside).", 410.0),
    ("Sr.VEGF: 980 pg/ml", 980.0),
])
def test_s_dot_before_vegf_is_serum(text, value):
    assert lab_tuples(text, "vegf") == [(value, "pg/mL", "serum")]


@pytest.mark.parametrize("text, value", [
    ("Ms. VEGF 900 pg/mL was not repeated.", 900.0),
    ("VEGF 1,860 pg/ml.", 1860.0),
    ("Labs. VEGF 760 pg/mL.", 760.0),
])
def test_no_sample_without_it(text, value):
    assert lab_tuples(text, "vegf") == [(value, "pg/mL", None)]
