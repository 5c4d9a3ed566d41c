"""An age correction typed at a question ("年龄写错了，是57岁") is shown as understood and the
question stays open; before, the reply was "could not read that as a result"."""

import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.modes import MODES
from bot.session import TriageSession
from nlu import extract_evidence

NOTE = "患者女，47岁，四肢麻木1年，肌电图示脱髓鞘性周围神经病，腹部B超脾大，甲减。"


def test_an_age_correction_is_understood():
    session = TriageSession()
    session.apply_note(extract_evidence(NOTE))
    session.ask(session.next_question())
    text = "年龄写错了，是57岁"
    slots = {"language": "zh", "evidence": session.dump(), "interview": json.dumps({"mode": "triage"}),
             "answer": None, "failures": None, "requested_slot": "answer"}
    message = {"text": text, "intent": {"name": "correction", "confidence": 0.6},
               "entities": [{"entity": "language", "value": "zh"}]}
    trk = Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                  {"name": "interview_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = MODES["triage"].answer(dispatcher, trk, "zh", text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    assert "57岁" in said and "未能识别" not in said
    after = TriageSession.load(next(e["value"] for e in events if e.get("name") == "evidence"))
    assert after.evidence.age == 57 and after.failures == 0
