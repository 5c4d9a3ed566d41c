"""A sense lost on both sides, named after its site in the clause, is the symmetric distal
sensory sign of a polyneuropathy: "双足及踝关节以下针刺觉减退" had read only a distal symptom. One
side, a normal sense, and the glove-and-stocking phrases keep their readings. Sentences written
for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", ["双足及踝关节以下针刺觉减退，音叉振动觉消失。", "四肢远端痛觉、触觉减退",
                                  "双下肢音叉振动觉消失"])
def test_a_sense_lost_on_both_sides(text):
    assert statuses(text, "symmetric_distal_sensory_symptoms") == ["present"]


@pytest.mark.parametrize("text", ["左手痛觉减退", "双下肢针刺觉正常", "双足针刺觉未见减退"])
def test_one_side_or_a_normal_sense_is_no_symmetric_loss(text):
    assert "present" not in statuses(text, "symmetric_distal_sensory_symptoms")


def test_glove_and_stocking_words_keep_the_neuropathy():
    assert statuses("手套袜套样痛觉减退，肌电图未做", "polyneuropathy") == ["present"]
