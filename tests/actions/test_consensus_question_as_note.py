"""A question about the consensus classified as a note: "皮肤改变包括哪些？" reads the skin change in
doubt and had started a patient (an assessment with every criterion unknown). It states nothing
about a patient, so the consensus answers it and no session starts; a note with a question in it
is still a note."""

import pytest

from actions.triage import ActionTriage
from tests.actions.test_actions import payloads, run, texts, tracker


@pytest.mark.parametrize("text, lang, title", [
    ("皮肤改变包括哪些？", "zh", "各项标准包括哪些表现"),
    ("which skin changes count for POEMS?", "en", "What each criterion includes"),
    ("is a bone scan enough to look for sclerotic lesions?", "en", "Looking for sclerotic bone lesions"),
])
def test_a_consensus_question_is_answered_without_a_patient(text, lang, title):
    messages, events = run(ActionTriage(), tracker(text, lang=lang))
    assert title in texts(messages)
    assert not [p for p in payloads(messages) if p.get("type") == "poems_assessment"]
    assert not [e for e in events if e.get("event") == "slot" and e.get("name") == "evidence"]


@pytest.mark.parametrize("text, lang", [("患者脾大，需要做哪些检查？", "zh"),
                                        ("58M with splenomegaly - which skin changes count?", "en")])
def test_a_note_with_a_question_is_still_assessed(text, lang):
    messages, events = run(ActionTriage(), tracker(text, lang=lang))
    assert [p for p in payloads(messages) if p.get("type") == "poems_assessment"]
