"""A form row answered "none" whose member carries its own grade or amount in brackets
("双下肢水肿（轻度）、胸水：无", "Leg oedema (mild) / pleural effusion: none"): the graded member is
there, the answer is the other members'; a bracket that is no grade ("（男性）", "(men)") leaves
the whole row answered none. A question after another diagnosis named after a finding's colon
("成骨性病变：成骨性转移瘤？", "Sclerotic lesion: metastasis?") doubts that diagnosis, not the
finding; a question right after the finding ("硬化性骨病变？") still doubts it."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("双下肢水肿（轻度）、胸水：无", "peripheral_edema"),
    ("腹水（少量）、胸水：无", "ascites"),
    ("水肿（2+）、腹水：无", "peripheral_edema"),
    ("水肿（双下肢，轻度）、腹水：无", "peripheral_edema"),
    ("水肿（轻度，凹陷性）、腹水：无", "peripheral_edema"),
    ("Leg oedema (mild) / pleural effusion: none", "peripheral_edema"),
    ("Leg oedema (mild) and pleural effusion: none", "peripheral_edema"),
    ("Oedema (2+) / ascites: nil", "peripheral_edema"),
    ("Ascites (trace), effusions: none", "ascites"),
    ("Leg oedema (mild-moderate) / ascites: none", "peripheral_edema"),
])
def test_a_graded_member_states_itself_present(text, concept):
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("双下肢水肿（轻度）、胸水：无", "pleural_effusion"),
    ("腹水（少量）、胸水：无", "pleural_effusion"),
    ("Leg oedema (mild) / pleural effusion: none", "pleural_effusion"),
    ("Leg oedema (mild) and pleural effusion: none", "pleural_effusion"),
    # a bracket that is no grade: the whole row answered none
    ("双下肢水肿（男性）、胸水：无", "peripheral_edema"),
    ("Gynaecomastia (men) and leg oedema: none", "gynecomastia"),
    ("Gynaecomastia (men) / leg oedema: none", "gynecomastia"),
])
def test_the_rows_answer_is_the_other_members(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text", [
    "成骨性病变：成骨性转移瘤？", "硬化性骨病变：骨髓瘤？", "成骨性病变：转移瘤可能性大",
    "Sclerotic lesion: metastasis?", "Sclerotic bone lesions: metastatic disease?",
])
def test_a_question_about_a_named_alternative_leaves_the_lesion(text):
    assert statuses(text, "sclerotic_bone_lesion") == ["present"]


@pytest.mark.parametrize("text", [
    "硬化性骨病变？", "成骨性病变：？", "硬化性骨病变：有？", "Sclerotic lesion?", "Sclerotic lesion: ?",
    "Sclerotic lesion: new?",
])
def test_a_question_about_the_lesion_itself_stays_doubt(text):
    assert statuses(text, "sclerotic_bone_lesion") == ["uncertain"]


def test_the_alternative_itself_stays_in_doubt():
    assert statuses("硬化性骨病变：骨髓瘤？", "multiple_myeloma") == ["uncertain"]
