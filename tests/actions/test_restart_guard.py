"""A message the classifier takes for a restart clears the conversation only when it says so."""

import pytest

from actions.smalltalk import ActionRestart
from tests.actions.test_actions import run, texts, tracker


@pytest.mark.parametrize("text, lang", [
    ("restart", "en"), ("start over please", "en"), ("/restart", "en"), ("new patient", "en"),
    ("重新开始", "zh"), ("清空", "zh"), ("换个病人吧", "zh"), ("let me start again with a different patient", "en"),
])
def test_a_request_to_start_over_clears_the_conversation(text, lang):
    messages, events = run(ActionRestart(), tracker(text, intent="restart", lang=lang))
    assert [e["event"] for e in events] == ["restart"]
    assert "starting over" in texts(messages) or "重新开始" in texts(messages)


@pytest.mark.parametrize("text, lang", [
    ("IFE sent last week, awaiting result", "en"), ("awaiting result", "en"), ("results next week", "en"),
    ("已送检，等结果", "zh"),
])
def test_a_message_that_does_not_ask_to_start_over_clears_nothing(text, lang):
    messages, events = run(ActionRestart(), tracker(text, intent="restart", lang=lang))
    assert events == []
    said = texts(messages)
    assert "nothing was cleared" in said or "没有清除任何信息" in said
