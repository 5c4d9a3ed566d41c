"""A hormone written with its value, then the note's own "normal" closing the clause ("皮质醇 386 nmol/L，正常",
"泌乳素 12 ng/ml，正常范围"), states that hormone's axis normal, as "皮质醇正常" does; the
"normal" of a reference ("正常值 8.6-29"), a low-normal ("正常偏低") and a questioned one ("正常？") do not, nor does
it reach a hormone before the nearest (context_zh.yml, max_targets: 1). Sentences written for the tests."""
import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text, concept", [
    ("皮质醇（8am）386 nmol/L，正常；FSH、LH、E2在正常范围。", "adrenal_insufficiency"),
    ("皮质醇 386 nmol/L，正常。", "adrenal_insufficiency"),
    ("睾酮 15 nmol/L，正常范围。", "hypogonadism"),
    ("睾酮 15 nmol/L，在正常范围内。", "hypogonadism"),
    ("泌乳素 12 ng/ml，正常。", "hyperprolactinemia"),
    ("TSH 2.1，正常范围。", "hypothyroidism"),
])
def test_a_hormone_value_said_normal_is_a_normal_axis(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text, concept", [
    ("睾酮 5.2 nmol/L，正常偏低。", "hypogonadism"),
    ("皮质醇 386 nmol/L，正常？", "adrenal_insufficiency"),
])
def test_a_normal_in_doubt_or_low_normal_is_no_normal_axis(ex, text, concept):
    assert status_of(ex(text), concept) != "absent"


def test_a_reference_after_a_low_value_keeps_it_low(ex):
    assert status_of(ex("睾酮 3.2 nmol/L，正常值 8.6-29。"), "hypogonadism") == "present"


@pytest.mark.parametrize("text, concept, status", [
    ("FLC ratio 正常。", "abnormal_flc_ratio", "absent"),
    ("眼底：papilledema 正常。", "papilledema", "absent"),
])
def test_a_normal_after_a_space_stays_the_findings_before_it(ex, text, concept, status):
    assert status_of(ex(text), concept) == status


def test_the_normal_is_the_nearest_hormones_only(ex):
    e = ex("睾酮 2.1 nmol/L↓，皮质醇 386 nmol/L，正常。")
    assert status_of(e, "hypogonadism") == "present"
    assert status_of(e, "adrenal_insufficiency") == "absent"
    assert criterion(e, "endocrinopathy") == "present"


def test_every_axis_said_normal_is_a_normal_endocrine_work_up(ex):
    e = ex("内分泌：皮质醇（8am）386 nmol/L，正常；FSH、LH、E2在正常范围；TSH 2.1，正常范围；泌乳素 12 ng/ml，正常。")
    assert criterion(e, "endocrinopathy") == "absent"
