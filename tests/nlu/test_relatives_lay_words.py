"""A relative's message in lay words: the patient is the parent named ('我爸今年62'), the legs
'一直肿', the face and hands '越来越黑', fingers 'like drumsticks' (鼓槌, clubbing)."""

import pytest

from nlu import extract_evidence


def findings(text: str):
    return [(f.concept, f.status.value) for f in extract_evidence(text).findings]


@pytest.mark.parametrize("text, age, sex", [("医生您好，我爸今年62，两年前开始脚麻", 62, "male"),
                                            ("我母亲，今年58岁，腿越来越肿", 58, "female"),
                                            ("我妈说我爸今年62", 62, "male")])
def test_the_parent_named_is_the_patient(text, age, sex):
    evidence = extract_evidence(text)
    assert (evidence.age, evidence.sex) == (age, sex)


@pytest.mark.parametrize("text", ["今年3月开始脚麻", "今年2023年发病"])
def test_this_year_with_a_month_or_a_year_is_no_age(text):
    assert extract_evidence(text).age is None


@pytest.mark.parametrize("text, concept", [("这半年腿一直肿，按下去一个坑", "peripheral_edema"),
                                           ("脚越来越肿", "peripheral_edema"),
                                           ("脸和手越来越黑", "hyperpigmentation"),
                                           ("手指头也变粗了（像鼓槌一样）", "clubbing")])
def test_lay_words(text, concept):
    assert (concept, "present") in findings(text)


@pytest.mark.parametrize("text", ["脸越来越瘦", "手越来越没力气", "皮肤没有越来越黑"])
def test_lay_look_alikes(text):
    assert ("hyperpigmentation", "present") not in findings(text)


@pytest.mark.parametrize("text, age, sex", [("My dad is 62 and his feet have been numb for a year", 62, "male"),
                                            ("My mother (58) has swollen legs", 58, "female"),
                                            ("my husband, 55, has CIDP that IVIG did not help", 55, "male"),
                                            ("I'm writing for my dad（58岁）", 58, "male")])
def test_an_english_relative_names_the_patient(text, age, sex):
    evidence = extract_evidence(text)
    assert (evidence.age, evidence.sex) == (age, sex)


def test_the_relative_is_the_patient_not_family_history():
    assert ("peripheral_edema", "present") in findings("My mother (58) has swollen legs")
    assert findings("his mother has swollen legs") == []  # the patient's family: not the patient
