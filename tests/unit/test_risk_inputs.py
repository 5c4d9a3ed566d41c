"""The risk score's inputs (表3) read from a message by the NLU, as a referral note is read:
a doubtful finding is asked about, never scored as present or as absent."""

import pytest

from bot.dialogue import interviews
from nlu import extract_evidence


def inputs(text: str):
    return interviews.risk_inputs(extract_evidence(text))


@pytest.mark.parametrize("text", ["65岁，有胸腔积液，eGFR 25，肺动脉高压？风险分层怎么算",
                                  "65 yo, pleural effusion, ?pulmonary hypertension, eGFR 25 - risk score?",
                                  "risk score: 65M, pleural effusion, possible pulmonary hypertension, eGFR 25",
                                  "65岁，胸腔积液，可疑肺动脉高压，eGFR 25"])
def test_a_doubtful_finding_is_left_for_the_interview_to_ask(text):
    values = inputs(text)
    assert "pulmonary_hypertension" not in values
    assert values["pleural_effusion"] is True and values["age"] == 65 and values["egfr"] == 25
    assert interviews.next_item(interviews.RISK_ITEMS, values) == "pulmonary_hypertension"


@pytest.mark.parametrize("text, effusion, ph", [
    ("risk score: age 56, pleural effusion, no pulmonary hypertension, eGFR 25", True, False),
    ("56岁，无胸腔积液，肺动脉高压，eGFR 40", False, True),
    ("56 years, no pleural effusion or pulmonary hypertension, eGFR 40", False, False),
])
def test_stated_findings_and_their_negation(text, effusion, ph):
    values = inputs(text)
    assert values["pleural_effusion"] is effusion and values["pulmonary_hypertension"] is ph


def test_a_word_that_merely_begins_with_ph_says_nothing_about_pulmonary_hypertension():
    values = inputs("risk score please: 60 years old, on phenytoin, eGFR 50")
    assert "pulmonary_hypertension" not in values and values["egfr"] == 50


def test_an_answer_is_read_by_the_nlu_too():
    for text, expected in [("no pulmonary hypertension", ("value", False)),
                           ("肺动脉高压有", ("value", True)),
                           ("?pulmonary hypertension", ("unrecognised", None)),  # asked again
                           ("possible PH, echo pending", ("unknown", None))]:
        assert interviews.read_answer("pulmonary_hypertension", text, extract_evidence(text)) == expected
