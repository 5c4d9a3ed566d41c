""""next patient please" / "下一个病人" without a note, inside or after the interview: the current
patient is set aside and the new patient's note is asked for. Before, inside the interview an
empty patient was assessed ("I found no POEMS-relevant findings", "Possible") and its first
question asked, so the note pasted next was read as the answer to it; after the interview the
message was "not understood"."""

import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.modes import MODES
from actions.triage import ActionTriage
from bot.dialogue.texts import t
from bot.session import TriageSession
from nlu import extract_evidence

NOTE = "58M, CIDP on IVIG no response. Bilateral leg oedema. IgA lambda M-protein on IFE. Plt 520."


def tracker(text, lang, raw, form):
    slots = {"language": lang, "evidence": raw, "interview": json.dumps({"mode": "triage"}), "answer": None,
             "failures": None, "requested_slot": "answer" if form else None}
    message = {"text": text, "intent": {"name": "inform_result", "confidence": 0.9},
               "entities": [{"entity": "language", "value": lang}]}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": "interview_form"} if form else {}, "action_listen")


def patient() -> str:
    session = TriageSession()
    session.apply_note(extract_evidence(NOTE))
    session.ask(session.next_question())
    return session.dump()


@pytest.mark.parametrize("text, lang", [("next patient please", "en"), ("new patient", "en"),
                                        ("another patient", "en"), ("下一个病人", "zh"), ("换个病人吧", "zh")])
@pytest.mark.parametrize("form", [True, False])
def test_the_note_is_asked_for(text, lang, form):
    dispatcher = CollectingDispatcher()
    trk = tracker(text, lang, patient(), form)
    if form:
        events = MODES["triage"].answer(dispatcher, trk, lang, text)
    else:
        events = asyncio.run(ActionTriage().run(dispatcher, trk, {}))
    said = [m["text"] for m in dispatcher.messages if m.get("text")]
    assert said == [t("new_patient_no_note", lang)]
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert TriageSession.load(slots["evidence"]).messages == 0
    state = json.loads(slots["interview"])
    assert state["stopped"] and state["quiet"]  # no closing summary of an empty patient
