"""A cause said with a copula after the finding in the same message ("双下肢水肿是氨氯地平引起的", "ankle oedema,
it's the amlodipine") is the finding's cause (causes.yml link_said); a copula with no cause after it
("水肿是轻度的，与心衰有关") still finds the cause later, and a denied one gives none."""

import pytest

import nlu


def _oedema(text):
    return [(f.status.value, f.attributes.get("cause")) for f in nlu.extract_evidence(text).findings
            if f.concept == "peripheral_edema"]


@pytest.mark.parametrize("text, cause", [
    ("双下肢水肿是氨氯地平引起的", "calcium_channel_blocker"),
    ("双下肢水肿，是氨氯地平引起的", "calcium_channel_blocker"),
    ("双下肢水肿，应该是氨氯地平引起的", "calcium_channel_blocker"),
    ("双下肢水肿是由心衰导致的", "heart_failure"),
    ("下肢水肿是吃氨氯地平引起的", "calcium_channel_blocker"),
    ("下肢水肿是服用硝苯地平所致", "calcium_channel_blocker"),
    ("pedal edema, it is due to the nifedipine", "calcium_channel_blocker"),
    ("ankle oedema, it's the amlodipine", "calcium_channel_blocker"),
    ("ankle oedema, I think it's from the amlodipine", "calcium_channel_blocker"),
    ("leg swelling - probably the amlodipine", "calcium_channel_blocker"),
    ("水肿是轻度的，与心衰有关", "heart_failure"),
    ("双下肢水肿，是凹陷性的，考虑心衰所致", "heart_failure"),
])
def test_a_cause_said_with_a_copula(text, cause):
    assert _oedema(text) == [("present", cause)]


@pytest.mark.parametrize("text", [
    "双下肢水肿，不是氨氯地平引起的", "ankle oedema, it's not the amlodipine", "ankle oedema, it's mild",
    "双下肢水肿是凹陷性的",
])
def test_no_cause_without_one_said(text):
    assert _oedema(text) == [("present", None)]
