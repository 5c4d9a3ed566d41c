"""A test the referring hospital cannot run ("VEGF我们这边做不了", "PET-CT没法做", "VEGF本院无法检测") is
a test not done, after the test's name (context_zh.yml NOT_DONE), so the planner asks for it rather than
reading nothing. A value given in the sentence is still read. Sentences written for the tests.
"""
import pytest

from conftest import labs_of, not_done


@pytest.mark.parametrize("text, test", [
    ("VEGF我们这边做不了", "serum_vegf"),
    ("VEGF当地医院查不了", "serum_vegf"),
    ("PET-CT没法做", "bone_imaging"),
    ("IFE阳性 VEGF本院无法检测", "serum_vegf"),
    ("骨髓穿刺县医院开展不了", "bone_marrow"),
    ("游离轻链我们这里测不了", "serum_free_light_chains"),
])
def test_a_test_that_cannot_be_run_here_is_not_done(ex, text, test):
    assert not_done(ex(text)).get(test) == "not_done"


def test_a_value_in_the_next_clause_is_still_read(ex):
    extraction = ex("骨髓穿刺当地医院查不了，VEGF 2860 pg/ml")
    assert [lab.value for lab in labs_of(extraction, "vegf")] == [2860]
    assert "serum_vegf" not in not_done(extraction)
