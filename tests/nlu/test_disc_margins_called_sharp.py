"""Disc margins named first and then called sharp ("Fundi: disc margins crisp bilat.", "disc edges were
well-defined") are a normal disc (targets_en.yml fixed papilledema absent), as "crisp disc margins" was; margins
called blurred, or "not crisp", are not. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import criterion


@pytest.mark.parametrize("text", [
    "Fundi: disc margins crisp bilat.",
    "On fundoscopy the disc margins were crisp.",
    "Disc edges were well-defined OU.",
    "Fundoscopy: disc margins are clear in both eyes.",
    "Optic disc margins distinct, no haemorrhages.",
    "Discs crisp, cup-disc ratio 0.3.",
])
def test_margins_called_sharp_are_a_normal_disc(ex, text):
    assert criterion(ex(text), "papilledema") == "absent"


@pytest.mark.parametrize("text", [
    "Fundi: disc margins not crisp, ?early swelling.",
    "Disc margins blurred bilaterally.",
    "Fundi not examined; disc margins to be checked by optometry.",
])
def test_margins_not_called_sharp_are_no_normal_disc(ex, text):
    assert criterion(ex(text), "papilledema") != "absent"
