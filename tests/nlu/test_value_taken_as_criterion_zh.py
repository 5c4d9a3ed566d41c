"""A value that a 讨论 takes as a criterion ("推荐以血清VEGF>1200 pg/ml作为诊断参考") is a threshold, not the patient's
result (labs.yml threshold_before: 以 before the name, 予以 / 可以 / 所以 are other words). The patient's own value
beside it is read. Sentences written for the tests."""
import pytest

from tests.nlu.conftest import lab_tuples


@pytest.mark.parametrize("text", ["推荐以血清VEGF>1200 pg/ml作为诊断参考。", "一般以VEGF 1200 pg/ml作为界值。"])
def test_a_value_taken_as_a_criterion_is_not_read(text):
    assert lab_tuples(text, "vegf") == []


@pytest.mark.parametrize("text, value", [
    ("血清VEGF 4860 pg/ml；骨盆CT：左髂骨硬化性病变。", 4860.0),
    ("所以VEGF 1500 pg/ml。", 1500.0),
    ("患者血清VEGF 4860 pg/ml。讨论：推荐以血清VEGF>1200 pg/ml作为诊断参考。", 4860.0),
])
def test_the_patients_value_is_read(text, value):
    assert [v for v, *_ in lab_tuples(text, "vegf")] == [value]
