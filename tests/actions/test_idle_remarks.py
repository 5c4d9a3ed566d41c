"""With no question open (the interview over), "ok", "👍", "好的" are acknowledged and a bare "not
done" / "pending" / "没做" is asked which test it is; before, each was "not understood", and the
second in a row offered the human hand-off."""

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.triage import ActionTriage
from bot.dialogue.texts import t
from bot.models import Evidence, Finding
from bot.session import TriageSession


def tracker(text, lang, raw, failures=None):
    slots = {"language": lang, "evidence": raw, "interview": None, "answer": None, "failures": failures,
             "requested_slot": None}
    message = {"text": text, "intent": {"name": "inform_result", "confidence": 0.6},
               "entities": [{"entity": "language", "value": lang}]}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None, {}, "action_listen")


def run(text, lang, failures=None):
    session = TriageSession()
    session.apply_note(Evidence(findings=[Finding(concept="polyneuropathy")]))
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionTriage().run(dispatcher, tracker(text, lang, session.dump(), failures), {}))
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    failures = [e["value"] for e in events if e.get("event") == "slot" and e["name"] == "failures"]
    return said, failures


@pytest.mark.parametrize("text, lang, key", [
    ("ok", "en", "idle_ack"), ("👍", "en", "idle_ack"), ("好的", "zh", "idle_ack"), ("收到", "zh", "idle_ack"),
    ("not done", "en", "idle_not_done"), ("pending", "en", "idle_not_done"), ("没做", "zh", "idle_not_done"),
    ("还没出结果", "zh", "idle_not_done"),
])
def test_idle_remarks_are_answered_and_never_failures(text, lang, key):
    said, failures = run(text, lang, failures=1)
    assert said == t(key, lang) and failures == [0]


def test_an_unreadable_message_is_still_not_understood():
    said, failures = run("😀", "en")
    assert said == t("fallback", "en") and failures == [1]
