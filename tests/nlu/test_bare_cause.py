"""A short message that gives a cause alone, naming no oedema or effusion, is a follow-up to one given
before ("it's the amlodipine", "是氨氯地平引起的"): the NLU reads it as Evidence.cause (nlu/rules/causes.yml
bare_words, bare_link), which the session puts on that finding (tests/unit/test_session_bare_cause.py).
A cause named alone, denied, doubted or beside other words is none, and a message naming the finding
keeps the cause on it."""

import pytest

import nlu

VOLUME = ("peripheral_edema", "ascites", "pleural_effusion", "pericardial_effusion", "serous_effusions")


@pytest.mark.parametrize("text, cause", [
    ("it's the amlodipine", "calcium_channel_blocker"),
    ("It's the amlodipine.", "calcium_channel_blocker"),
    ("that's from the amlodipine", "calcium_channel_blocker"),
    ("because she's on amlodipine", "calcium_channel_blocker"),
    ("that's the nifedipine side effect", "calcium_channel_blocker"),
    ("I think it's heart failure", "heart_failure"),
    ("due to her nephrotic syndrome", "nephrotic_syndrome"),
    ("it's from her liver cirrhosis", "liver_cirrhosis"),
    ("是氨氯地平引起的", "calcium_channel_blocker"),
    ("应该是吃氨氯地平引起的", "calcium_channel_blocker"),
    ("氨氯地平的副作用", "calcium_channel_blocker"),
    ("考虑心衰所致", "heart_failure"),
    ("酒精性肝硬化引起的", "liver_cirrhosis"),
])
def test_a_cause_given_alone_is_read(text, cause):
    evidence = nlu.extract_evidence(text)
    assert evidence.cause == cause
    assert not [f for f in evidence.findings if f.concept in VOLUME]


@pytest.mark.parametrize("text", [
    "amlodipine",                       # a drug named, no attribution
    "she takes amlodipine 10 mg",
    "she has heart failure",
    "心衰",
    "it's not the amlodipine",          # denied
    "不是氨氯地平引起的",
    "no, it's the amlodipine",
    "it's heart failure and amlodipine",  # two causes: which one is not said
    "it's due to a new drug",
])
def test_no_cause_is_read_from_other_messages(text):
    assert nlu.extract_evidence(text).cause is None


@pytest.mark.parametrize("text", ["ankle oedema from the amlodipine", "the oedema is from amlodipine",
                                  "双下肢水肿为氨氯地平所致"])
def test_a_message_naming_the_finding_keeps_the_cause_on_it(text):
    evidence = nlu.extract_evidence(text)
    assert evidence.cause is None
    assert [f.attributes.get("cause") for f in evidence.findings if f.concept == "peripheral_edema"] \
        == ["calcium_channel_blocker"]
