"""A value typed as an answer and set aside ("VEGF 1.8k" at a Chinese interview: K/uL is no unit
of VEGF) is refused in the conversation's language; before, the Chinese lead carried the English
message ("有数值不合理,未采用:VEGF 1.8 K/uL: K/uL is not a unit VEGF is reported in ...")."""

import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.modes import MODES
from bot.session import TriageSession
from nlu import extract_evidence

NOTE_ZH = "患者男,61岁。双下肢麻木9月,肌电图示脱髓鞘性周围神经病,双足背凹陷性水肿。免疫固定电泳未做。"
NOTE_EN = "61M, numb feet 9 months, NCS demyelinating polyneuropathy, pitting ankle oedema. IFE not done."


def _answer(note: str, lang: str, text: str, key: str = None, events_too: bool = False):
    session = TriageSession()
    session.apply_note(extract_evidence(note))
    session.ask(key or session.next_question())
    slots = {"language": lang, "evidence": session.dump(), "interview": json.dumps({"mode": "triage"}),
             "answer": None, "failures": None, "requested_slot": "answer"}
    message = {"text": text, "intent": {"name": "inform", "confidence": 0.6},
               "entities": [{"entity": "language", "value": lang}]}
    trk = Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                  {"name": "interview_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = MODES["triage"].answer(dispatcher, trk, lang, text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    return (said, events) if events_too else said


def test_a_refused_value_is_explained_in_chinese():
    said = _answer(NOTE_ZH, "zh", "VEGF 1.8k")
    assert "未采用" in said and "不是" in said
    assert "is not a unit" not in said


def test_a_refused_value_is_explained_in_english():
    said = _answer(NOTE_EN, "en", "VEGF 1.8k")
    assert "is not a unit" in said and "未采用" not in said


def test_an_answer_in_chinese_numerals_is_read_not_set_aside():
    """The note's reader sets a value in Chinese numerals aside (nlu/numeral_values.py); an answer's
    are read by the session ("血清VEGF一千八百pg/ml" answering the VEGF question)."""
    said, events = _answer(NOTE_ZH, "zh", "血清VEGF一千八百pg/ml", key="serum_vegf", events_too=True)
    saved = [e for e in events if e.get("event") == "slot" and e.get("name") == "evidence"]
    assert "未采用" not in said and saved
    assert any(lab.analyte == "vegf" and lab.value == 1800 for lab in TriageSession.load(saved[-1]["value"]).evidence.labs)
