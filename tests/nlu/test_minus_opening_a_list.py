"""A minus in brackets that opens a clause denies the list after it: "ROS: (+) numbness, weakness;
(-) fever, night sweats, rash, oedema" had read the oedema and the night sweats present. A heading
answered "(-)" keeps ConText's reading, and so does a sign stated after "(-) on exam". Sentences
written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept", [
    ("ROS: (+) numbness, weakness, weight loss; (-) fever, night sweats, rash, oedema.", "peripheral_edema"),
    ("ROS: (+) numbness, weakness, weight loss; (-) fever, night sweats, rash, oedema.", "hyperhidrosis"),
    ("(-) night sweats, leg swelling", "peripheral_edema"),
    ("Review of systems:\n(-) ascites, pleural effusion, skin darkening", "ascites"),
])
def test_the_list_after_the_minus_is_denied(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text,concept,status", [
    ("ROS: (+) numbness, weakness, weight loss; (-) fever, night sweats.", "weight_loss", "present"),
    ("HSM: (-) on exam, oedema (+)", "peripheral_edema", "present"),
    ("HSM: (-)\nLAD: (-)", "lymphadenopathy", "absent"),
])
def test_what_the_minus_does_not_answer_keeps_its_reading(text, concept, status):
    assert statuses(text, concept) == [status]
