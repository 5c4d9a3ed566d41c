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
