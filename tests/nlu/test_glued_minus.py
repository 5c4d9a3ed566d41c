"""Telegraphic negatives written with a minus glued to the finding ("HSM-, LAD-")."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text, concept", [
    ("PE: HSM-, LAD-, edema 2+ bilat LE.", "hepatosplenomegaly"),
    ("PE: HSM-, LAD-, edema 2+ bilat LE.", "lymphadenopathy"),
    ("Exam: ascites-; papilledema-.", "papilledema"),
    ("Exam: ascites-; papilledema-.", "ascites"),
    ("HSM+, LAD-", "lymphadenopathy"),
])
def test_a_glued_minus_negates_its_finding(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text, concept, state", [
    ("PE: HSM-, LAD-, edema 2+ bilat LE.", "peripheral_edema", "present"),
    ("HSM+, LAD-", "hepatosplenomegaly", "present"),
    ("Splenomegaly - mild.", "splenomegaly", "present"),
    ("IFE: IgA-lambda.", "serum_immunofixation", "present"),
])
def test_hyphens_and_dashes_elsewhere_change_nothing(ex, text, concept, state):
    assert status_of(ex(text), concept) == state


@pytest.mark.parametrize("text, concept", [
    ("ROS: +wt loss 8kg/6mo, +night sweats, -fever, -diarrhea.", "diarrhea"),
    ("ROS: -diarrhea, -wt loss", "weight_loss"),
    ("ROS: -fever -diarrhea -night sweats", "hyperhidrosis"),
    ("PMH: -DM, +HTN", "diabetes"),
    ("Exam: -HSM, +edema", "hepatosplenomegaly"),
    ("Skin: -ve, -HSM", "hepatosplenomegaly"),
    ("Skin: -ve, -HSM", "skin_changes"),  # "-ve" stays the negative it is
])
def test_a_minus_glued_to_the_front_of_a_listed_sign_negates_it(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text, concept", [
    ("ROS: -fever +diarrhea +night sweats", "diarrhea"),  # a plus opens a sign that is there
    ("ROS: -fever +diarrhea +night sweats", "hyperhidrosis"),
    ("Exam: -HSM, +edema", "peripheral_edema"),
    ("no ascites, +oedema", "peripheral_edema"),
    ("Exam:\n-Hepatomegaly\n-ascites", "hepatomegaly"),  # a minus opening a line is a bullet
    ("Exam:\n-Hepatomegaly\n-ascites", "ascites"),
    ("- diarrhea", "diarrhea"),
    ("CT -sclerotic lesion L3", "sclerotic_bone_lesion"),  # no list of signs on the line: a dash
    ("anti-MAG negative; splenomegaly", "splenomegaly"),
])
def test_bullets_dashes_and_plus_signs_stay_present(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


def test_a_queried_bone_island_doubts_the_bone_lesion_not_the_effusion_before_it(ex):
    findings = ex("CT chest/abd/pelvis: small bilat pleural effusions, mixed sclerotic lesion R ilium "
                  "1.2cm, ?bone island.")
    assert status_of(findings, "pleural_effusion") == "present"
    assert status_of(findings, "sclerotic_bone_lesion") == "uncertain"
