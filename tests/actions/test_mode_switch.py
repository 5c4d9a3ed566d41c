"""A request for another mode in the middle of an interview starts that mode ("assess treatment
response" while the risk score asks the age got "I could not read that as an answer"); the
triage session is kept, and a request for the running mode is read as before."""

import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.interview import ValidateInterviewForm
from bot.models import Evidence, Finding
from bot.session import TriageSession


def tracker(text, intent, state, lang="en"):
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy")], age=66))
    slots = {"language": lang, "evidence": s.dump(), "interview": json.dumps(state), "answer": None,
             "failures": None, "requested_slot": "answer"}
    message = {"text": text, "intent": {"name": intent, "confidence": 0.95},
               "entities": [{"entity": "language", "value": lang}], "poems_nothing_found": True}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": "interview_form"}, "action_listen")


def validate(trk):
    dispatcher = CollectingDispatcher()
    slots = asyncio.run(ValidateInterviewForm().validate_answer(trk.latest_message["text"], dispatcher, trk, {}))
    return slots, "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))


@pytest.mark.parametrize("text, intent, before, after", [
    ("assess treatment response", "response_assessment", {"mode": "risk", "values": {}}, "response"),
    ("calculate the risk score", "risk_score", {"mode": "response", "values": {}}, "risk"),
    ("start quiz", "start_quiz", {"mode": "risk", "values": {}}, "quiz"),
    ("计算预后评分", "risk_score", {"mode": "triage"}, "risk"),
])
def test_another_mode_asked_for_in_an_interview_is_started(text, intent, before, after):
    slots, said = validate(tracker(text, intent, before))
    assert json.loads(slots["interview"])["mode"] == after
    assert slots["answer"] is None and said
    assert "evidence" not in slots  # the triage session is untouched


def test_the_risk_score_started_from_triage_takes_the_known_age():
    slots, _ = validate(tracker("calculate the risk score", "risk_score", {"mode": "triage"}))
    assert json.loads(slots["interview"])["values"].get("age") == 66


def test_asking_for_the_running_mode_is_no_switch():
    slots, _ = validate(tracker("calculate the risk score", "risk_score", {"mode": "risk", "values": {}}))
    assert json.loads(slots["interview"])["mode"] == "risk"
