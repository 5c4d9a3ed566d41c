"""A hormone's value whose unit is followed by a space and the note's own "normal" ("睾酮 15 nmol/L 正常",
"泌乳素 12 ng/ml 正常") is read as "睾酮 15 nmol/L，正常" is: that axis stated normal (context_zh.yml). A reference
("正常值 8.6-29"), a low-normal and a questioned normal are still not, and the plain 正常 after a bare value keeps
serving other findings ("PLT 300 正常", "FLC ratio 1.2 正常"). Sentences written for the tests."""
import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text, concept", [
    ("男，50岁。睾酮 15 nmol/L 正常。", "hypogonadism"),
    ("男，50岁。睾酮 15.2 nmol/L 正常，甲功正常。", "hypogonadism"),
    ("泌乳素 12 ng/ml 正常；", "hyperprolactinemia"),
    ("皮质醇（8am）386 nmol/L 正常范围。", "adrenal_insufficiency"),
])
def test_a_hormone_value_then_a_space_and_normal_is_a_normal_axis(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


def test_every_axis_normal_with_spaces_is_a_normal_endocrine_work_up(ex):
    e = ex("男，44岁。睾酮 15.2 nmol/L 正常，甲功正常，皮质醇正常。")
    assert criterion(e, "endocrinopathy") == "absent"


@pytest.mark.parametrize("text, concept", [
    ("男，睾酮 5.2 nmol/L 正常偏低。", "hypogonadism"),
    ("男，睾酮 15 nmol/L 正常？", "hypogonadism"),
])
def test_a_low_normal_or_questioned_normal_after_a_space_is_no_normal_axis(ex, text, concept):
    assert status_of(ex(text), concept) != "absent"


def test_a_reference_after_a_space_keeps_a_low_value_low(ex):
    assert status_of(ex("男。睾酮 3.2 nmol/L 正常值 8.6-29。"), "hypogonadism") == "present"


@pytest.mark.parametrize("text, concept", [
    ("PLT 300 正常。", "thrombocytosis"),
    ("FLC ratio 1.2 正常。", "abnormal_flc_ratio"),
])
def test_other_findings_keep_their_normal(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"
