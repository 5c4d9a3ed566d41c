"""An acknowledgement typed instead of an answer ("ok", "will do", "👍", "好的", "收到") answers
nothing: the question stays open, the reply says what is awaited, and it never counts as a failed
answer. Before, "👍" then "ok" skipped the asked test ("Let me skip serum free light chains")."""

import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.modes import MODES
from bot.dialogue.texts import t
from bot.session import TriageSession
from nlu import extract_evidence

NOTE = "45F numb feet 6mo, EMG demyelinating polyneuropathy. no M spike on SPEP. hepatomegaly on US."


def tracker(text, lang, raw, state):
    slots = {"language": lang, "evidence": raw, "interview": json.dumps(state), "answer": None,
             "failures": None, "requested_slot": "answer"}
    message = {"text": text, "intent": {"name": "inform_result", "confidence": 0.55},
               "entities": [{"entity": "language", "value": lang}]}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": "interview_form"}, "action_listen")


def answer(mode, text, lang, raw, state):
    dispatcher = CollectingDispatcher()
    events = MODES[mode].answer(dispatcher, tracker(text, lang, raw, state), lang, text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    return said, slots.get("evidence", raw), json.loads(slots["interview"]) if "interview" in slots else state


@pytest.mark.parametrize("words, lang", [(["👍", "ok"], "en"), (["ok will do", "okay"], "en"), (["好的", "收到"], "zh"),
                                         (["嗯", "明白了"], "zh")])
def test_triage_acknowledgements_keep_the_question(words, lang):
    session = TriageSession()
    session.apply_note(extract_evidence(NOTE))
    session.ask(session.next_question())
    raw, state = session.dump(), {"mode": "triage"}
    for word in words:
        said, raw, state = answer("triage", word, lang, raw, state)
        assert said == t("aside_ack", lang)
    after = TriageSession.load(raw)
    assert after.failures == 0 and after.current == "serum_free_light_chains"
    assert after.next_question() == "serum_free_light_chains"


def test_risk_interview_acknowledgement_keeps_the_item_open():
    state = {"mode": "risk", "values": {"age": 60}}
    for word in ("ok", "好的"):
        said, _, state = answer("risk", word, "en", None, state)
        assert said == t("aside_ack", "en")
    assert state["values"] == {"age": 60}
