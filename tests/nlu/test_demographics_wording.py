"""Age and sex as case reports and quick messages write them (nlu/rules/demographics.yml)."""

import pytest

from nlu import extract_evidence


@pytest.mark.parametrize("text, age", [("65 yo, pleural effusion", 65), ("pt is 65yo with numb feet", 65),
                                       ("71 y/o, CIDP on IVIG", 71), ("58 y.o. with IVIG failure", 58),
                                       ("a patient 70 years of age with neuropathy", 70)])
def test_an_age_written_without_a_sex(text, age):
    evidence = extract_evidence(text)
    assert evidence.age == age and evidence.sex is None


@pytest.mark.parametrize("text, age, sex", [
    ("A 47-year-old Caucasian man was referred with numb feet.", 47, "male"),
    ("a 62-year-old previously healthy Japanese woman presented with oedema", 62, "female"),
    ("This 39-year-old right-handed male has CIDP.", 39, "male"),
])
def test_words_between_the_age_and_the_sex(text, age, sex):
    evidence = extract_evidence(text)
    assert (evidence.age, evidence.sex) == (age, sex)


@pytest.mark.parametrize("text", ["A 58-year-old with diabetes, seen with her husband's man-made orthosis",
                                  "A 58-year-old presented with leg swelling, male pattern baldness noted"])
def test_a_clause_between_the_age_and_a_later_noun_is_not_the_sex(text):
    assert extract_evidence(text).sex is None


@pytest.mark.parametrize("text, age", [("Hi doctor, I'm 49 and my feet are numb", 49),
                                       ("I am 61 years old with CIDP", 61),
                                       ("I'm 5 weeks into IVIG", None), ("I am 80 kg", None)])
def test_a_patient_writing_of_themself(text, age):
    assert extract_evidence(text).age == age


@pytest.mark.parametrize("text, age, sex", [
    ("68 years, pleural effusion yes, no pulmonary hypertension, eGFR 25", 68, None),
    ("68yrs, male, CIDP for 2 years", 68, "male"), ("71 y; CIDP not responding to IVIG", 71, None),
    ("  59 years. Numb feet.", 59, None),
])
def test_a_message_opening_with_the_age_in_years(text, age, sex):
    """The risk-score answer "68 years, pleural effusion yes, …" gave every item but the age."""
    evidence = extract_evidence(text)
    assert (evidence.age, evidence.sex) == (age, sex)


@pytest.mark.parametrize("text", ["2 years, numbness in both feet", "3 yrs. IVIG failed", "12 years, diabetes",
                                  "Numb for 68 years, no oedema", "VEGF 68 years, no"])
def test_a_duration_opening_a_message_is_no_age(text):
    assert extract_evidence(text).age is None


@pytest.mark.parametrize("text, age, sex", [
    ("男55，手脚麻一年多，外院说是CIDP", 55, "male"),
    ("女47，双下肢水肿", 47, "female"),
    ("F 47 numb feet, CIDP on IVIG", 47, "female"),
    ("M 62, CIDP not responding", 62, "male"),
])
def test_the_sex_and_a_bare_age_written_together(text, age, sex):
    evidence = extract_evidence(text)
    assert (evidence.age, evidence.sex) == (age, sex)


@pytest.mark.parametrize("text", ["男2例，均有周围神经病", "女，2个月前出现双下肢水肿", "Power M 4/5 in both legs"])
def test_a_count_or_a_duration_is_no_age(text):
    assert extract_evidence(text).age is None
