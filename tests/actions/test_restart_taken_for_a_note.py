"""A message the classifier takes for a restart ("换一个病人", "new patient") that does not ask for
one: nothing is cleared; a note among them goes to triage, never dropped (actions/smalltalk.py
ActionRestart)."""

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.smalltalk import ActionRestart

DOMAIN = {"forms": {"interview_form": {"required_slots": ["answer"]}}, "slots": {}}
NOTE = ("护理记录：患者男，52岁，家属代诉近半年双下肢肿，胸口乳房大了，像女人一样，脸和手背黑了很多。"
        "查体：双足袜套样痛觉减退，跟腱反射消失。血IFE：IgA λ型。PLT 512×10^9/L。")


def tracker(text, lang="zh"):
    slots = {"language": lang, "evidence": None, "interview": None, "answer": None,
             "failures": None, "requested_slot": None}
    message = {"text": text, "intent": {"name": "restart", "confidence": 0.6},
               "entities": [{"entity": "language", "value": lang}]}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": None}, "action_listen")


def run(text, lang="zh"):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionRestart().run(dispatcher, tracker(text, lang), DOMAIN))
    return dispatcher.messages, events


def test_a_note_taken_for_a_restart_goes_to_triage():
    messages, events = run(NOTE)
    assert not any(e.get("event") == "restart" for e in events)
    assert any(e.get("event") == "slot" and e.get("name") == "evidence" and e.get("value") for e in events)
    assert messages


def test_a_restart_asked_for_still_restarts():
    _, events = run("重新开始")
    assert any(e.get("event") == "restart" for e in events)


def test_a_message_neither_note_nor_restart_clears_nothing():
    messages, events = run("谢谢你的帮助", "zh")
    assert events == []
    assert messages
