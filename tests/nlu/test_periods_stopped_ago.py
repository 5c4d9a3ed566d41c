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


# Amenorrhoea in the words of a history (sentences written for the tests; targets_en.yml amenorrhea phrases
# and patterns, context_en.yml PSEUDO): periods that became irregular and then stopped, a last period three
# months ago or more (months written out, abbreviated or as n/12), a last period in a named month, no period for
# months. A last period less than three months ago is no amenorrhoea; "no period of improvement" is no period.
@pytest.mark.parametrize("text", [
    "Periods irregular → stopped 5 mo ago.",
    "Periods irregular -> stopped 5 mo ago.",
    "Menses irregular, then ceased 8 months ago.",
    "Her periods became irregular and then stopped last year.",
    "Irregular periods → stopped in the spring.",
    "LMP 6 months ago.",
    "LMP 6/12 ago.",
    "LMP 5mo ago, HCG negative.",
    "Last menstrual period over a year ago.",
    "LMP >1 yr ago.",
    "Last period in March.",
    "Her last period was back in June.",
    "No menses for 8 months.",
    "No period for 8 months.",
    "She has not had a period since January.",
    "Her periods stopped 8 mths ago.",
])
def test_amenorrhoea_in_the_words_of_a_history(text):
    assert statuses(text, "amenorrhea") == ["present"]


@pytest.mark.parametrize("text", [
    "LMP 2 weeks ago.",
    "LMP 1 month ago.",
    "LMP 2/12 ago.",
    "She had no period of improvement on IVIG.",
    "Periods regular, LMP 10 days ago.",
])
def test_a_recent_last_period_is_no_amenorrhoea(text):
    assert "present" not in statuses(text, "amenorrhea")


def test_irregular_periods_that_stopped_and_came_back_are_not_present():
    assert "present" not in statuses("Menses irregular, then ceased 8 months ago, but resumed after treatment.", "amenorrhea")
