"""Periods that stopped in the past and have not come back are an amenorrhoea of now ("Her periods stopped
a year ago" had read a past one); periods that came back ("... but resumed after treatment") end it."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "Her periods stopped a year ago", "menses ceased 6 months ago", "She stopped menstruating 2 years ago",
    "Her periods stopped a year ago and have not returned", "Her periods stopped a year ago and haven't come back",
    "Her periods stopped 8 months ago and never resumed",
])
def test_periods_stopped_and_not_back_are_ongoing(text):
    assert statuses(text, "amenorrhea") == ["present"]


@pytest.mark.parametrize("text", [
    "Her periods stopped a year ago but resumed after treatment",
    "Her periods stopped a year ago, resumed after treatment",
    "Her periods stopped two years ago and have since come back",
])
def test_periods_that_came_back_are_not_present(text):
    assert "present" not in statuses(text, "amenorrhea")


def test_a_past_amenorrhoea_stays_past():
    assert statuses("amenorrhoea 10 years ago", "amenorrhea") == ["historical"]


def test_other_symptoms_resuming_are_not_resolved():
    assert statuses("numbness began a year ago and resumed", "distal_numbness_weakness") == ["present"]
