"""The assistant answers greetings and out-of-scope messages in the user's language."""

import re

import pytest

from tests.servers import texts

pytestmark = pytest.mark.e2e

HAN = re.compile(r"[\u4e00-\u9fff]")


def test_english_greeting_is_english_and_says_what_it_does(assistant):
    reply = texts(assistant.say("smalltalk-en", "hello"))
    assert "POEMS" in reply
    assert not HAN.search(reply)


def test_chinese_greeting_is_chinese(assistant):
    reply = texts(assistant.say("smalltalk-zh", "你好"))
    assert "POEMS" in reply
    assert HAN.search(reply)


def test_language_follows_the_user_when_they_switch(assistant):
    assert HAN.search(texts(assistant.say("smalltalk-switch", "您好")))
    assert not HAN.search(texts(assistant.say("smalltalk-switch", "hi there")))


@pytest.mark.parametrize(
    "message, chinese",
    [("what is the weather today", False), ("帮我订一张去上海的机票", True)],
)
def test_out_of_scope_gets_a_polite_refusal(assistant, message, chinese):
    reply = texts(assistant.say(f"oos-{chinese}", message))
    assert reply, "the assistant must answer, not stay silent"
    assert bool(HAN.search(reply)) == chinese
    assert "POEMS" in reply


def test_help_lists_what_the_assistant_can_do(assistant):
    reply = texts(assistant.say("smalltalk-help", "what can you do"))
    assert "quiz" in reply and "CIDP" in reply


def test_bot_challenge(assistant):
    reply = texts(assistant.say("smalltalk-bot", "are you a bot"))
    assert "not a doctor" in reply


def test_handoff_and_restart(assistant):
    reply = texts(assistant.say("smalltalk-handoff", "I want to talk to a human"))
    assert "person" in reply
    assistant.say("smalltalk-restart", "52M, polyneuropathy, ankle oedema")
    reply = texts(assistant.say("smalltalk-restart", "/restart"))
    assert "starting over" in reply
    reply = texts(assistant.say("smalltalk-restart", "重新开始"))
    assert "重新开始" in reply


def test_two_unreadable_messages_offer_a_person(assistant):
    assistant.say("smalltalk-fallback", "qwzx plorb")
    reply = texts(assistant.say("smalltalk-fallback", "vrrk snib"))
    assert "person" in reply or "人工" in reply
