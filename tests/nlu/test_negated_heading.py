"""A heading that denies the list after its colon ("Absent: ascites, pleural effusion", "Not seen:
papilloedema", "Negative: HSM, LAD", "Findings absent: …") negates every item of the list; before,
only the first item, or none, was read absent, and "Not seen: papilloedema" read papilloedema
present. After a comma, "positive for" opens what is there ("ROS negative for edema, positive for
weight loss" read the weight loss absent)."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("Absent: ascites, pleural effusion.", "pleural_effusion"), ("Absent: ascites, pleural effusion.", "ascites"),
    ("Not seen: papilloedema.", "papilledema"), ("Negative: HSM, LAD.", "lymphadenopathy"),
    ("Findings absent: organomegaly, lymphadenopathy; present: edema.", "lymphadenopathy"),
    ("PE:\nAbsent: HSM, LAD", "lymphadenopathy"), ("papilloedema absent: fundi normal", "papilledema"),
    ("ROS negative for edema, positive for weight loss.", "peripheral_edema"),
])
def test_a_denying_heading_negates_its_whole_list(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept", [
    ("Findings absent: organomegaly, lymphadenopathy; present: edema.", "peripheral_edema"),
    ("ROS negative for edema, positive for weight loss.", "weight_loss"),
    ("Present: ascites, pleural effusion.", "pleural_effusion"),
])
def test_what_the_note_says_is_there_stays_present(text, concept):
    assert statuses(text, concept) == ["present"]
