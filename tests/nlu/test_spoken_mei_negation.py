"""Spoken 没 straight before a finding denies it, as 没有 does (context_zh.yml): a dictated referral
writes "B超没腹水", "也没胸水", "没水肿", and the ascites had been read present. 没 before a verb or an
adverb (没做, 没查, 没什么效果, 没多久, 水肿没消) denies nothing. Sentences written for the tests.
"""
import pytest

from conftest import not_done, status_of


@pytest.mark.parametrize("text, concept", [
    ("肝脾不大 腿不肿 B超没腹水", "ascites"),
    ("没腹水", "ascites"),
    ("做了胸片 也没胸水", "pleural_effusion"),
    ("查体没水肿，肝脾也不大", "peripheral_edema"),
    ("B超没脾大", "splenomegaly"),
    ("病人说没手脚麻木", "symmetric_distal_sensory_symptoms"),
    ("心超没心包积液", "pericardial_effusion"),
])
def test_mei_before_a_finding_denies_it(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text, concept", [
    ("没做骨CT，腹水明显", "ascites"),
    ("丙球没什么效果，双下肢水肿", "peripheral_edema"),
    ("没多久出现双下肢水肿", "peripheral_edema"),
    ("水肿没消", "peripheral_edema"),
    ("没打丙球 腿肿得厉害", "peripheral_edema"),
    ("没当回事，后来出现腹水", "ascites"),
])
def test_mei_before_a_verb_denies_nothing(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


def test_mei_before_a_test_is_still_not_done(ex):
    extraction = ex("骨头CT没做 眼底没查")
    assert not_done(extraction).get("bone_imaging") == "not_done"
    assert not_done(extraction).get("fundoscopy") == "not_done"


def test_mei_does_not_reach_past_the_clause(ex):
    extraction = ex("没发烧，腹水明显")
    assert status_of(extraction, "ascites") == "present"


@pytest.mark.parametrize("text, concept", [
    ("手脚没力气伴双下肢水肿", "peripheral_edema"),
    ("皮肤像没洗干净一样，双下肢水肿", "peripheral_edema"),
    ("没胃口，腹胀，B超示腹水", "ascites"),
])
def test_mei_of_a_symptom_or_a_likeness_denies_nothing_after_it(ex, text, concept):
    assert status_of(ex(text), concept) == "present"
