"""Chinese admission-record wording: a history heading before 否认 ("既往史：否认高血压、糖尿病史")
denies what follows (the field answer ":否" of "脾大：否" took the 否 of 否认, and the diabetes
was read present); a test "尚未完成" is not done; a test answered not done after a space
("VEGF 未查", "骨扫描 未做") is not done, and only that test."""
import pytest

from conftest import not_done, status_of


@pytest.mark.parametrize("text, concept", [
    ("既往史：否认高血压、糖尿病史。", "diabetes"),
    ("既往史：否认糖尿病史", "diabetes"),
    ("既往史：否认高血压、糖尿病、冠心病史", "diabetes"),
    ("个人史：否认皮肤颜色改变", "skin_changes"),
])
def test_a_heading_before_a_denial_denies(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text, concept, state", [
    ("脾大：否", "splenomegaly", "absent"),
    ("肝大：否，脾大：是", "splenomegaly", "present"),
    ("既往史：糖尿病10年", "diabetes", "present"),  # a chronic condition in the history is there now
    ("既往史：下肢深静脉血栓", "thrombosis", "historical"),
])
def test_field_answers_and_history_are_unchanged(ex, text, concept, state):
    assert status_of(ex(text), concept) == state


@pytest.mark.parametrize("text, test", [
    ("骨骼CT：尚未完成。", "bone_imaging"),
    ("肌电图未完成，双下肢麻木。", "nerve_conduction_study"),
    ("VEGF 未查", "serum_vegf"),
    ("IFE 暂未做", "serum_immunofixation"),
    ("骨扫描 未做", "bone_imaging"),
])
def test_not_done_in_record_wording(ex, text, test):
    assert not_done(ex(text)).get(test) == "not_done"


def test_not_done_after_a_space_reaches_only_the_test_before_it(ex):
    extraction = ex("IFE阳性 VEGF 未查")
    assert not_done(extraction) == {"serum_vegf": "not_done"}
    assert status_of(extraction, "serum_immunofixation") == "present"
