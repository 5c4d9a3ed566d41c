"""The risk / response interviews answer a remark ("why?", "还缺什么") and say when an answer
could not be read; before, they asked the same question again in silence, and the second such
message set the asked item to unknown."""

import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.modes import MODES
from bot.dialogue.texts import t


def tracker(text, lang, state, read=False):
    slots = {"language": lang, "evidence": None, "interview": json.dumps(state), "answer": None,
             "failures": None, "requested_slot": "answer"}
    message = {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.4},
               "entities": [{"entity": "language", "value": lang}], "poems_nothing_found": not read}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": "interview_form"}, "action_listen")


def answer(mode, text, lang, state, read=False):
    """``read``: the NLU reads the message here (as when the component's entities are absent)."""
    dispatcher = CollectingDispatcher()
    events = MODES[mode].answer(dispatcher, tracker(text, lang, state, read), lang, text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    saved = [json.loads(e["value"]) for e in events if e.get("event") == "slot" and e["name"] == "interview"]
    return said, (saved[-1] if saved else state)


@pytest.mark.parametrize("mode, text, lang, expected", [
    ("risk", "why?", "en", "表3"), ("risk", "还缺什么", "zh", "胸腔积液"), ("response", "为什么？", "zh", "表5"),
    ("response", "what is still missing?", "en", "current M-protein")])
def test_a_remark_is_answered_and_the_item_stays_open(mode, text, lang, expected):
    state = {"mode": mode, "values": {"age": 60} if mode == "risk" else {"m_baseline": 12}}
    for _ in range(3):
        said, state = answer(mode, text, lang, state)
        assert expected in said
    assert state["values"] == ({"age": 60} if mode == "risk" else {"m_baseline": 12})


def test_an_unreadable_answer_is_said_and_the_second_leaves_the_item_unknown():
    state = {"mode": "risk", "values": {"age": 60}}
    said, state = answer("risk", "hmm maybe", "en", state)
    assert said == t("interview_unrecognised", "en") and "pleural_effusion" not in state["values"]
    said, state = answer("risk", "hmm maybe", "en", state)
    assert said == t("interview_skipped", "en") and state["values"]["pleural_effusion"] == "unknown"


def test_another_item_stated_is_acknowledged():
    state = {"mode": "risk", "values": {"age": 60}}
    said, state = answer("risk", "eGFR 25 ml/min", "en", state, read=True)
    assert "eGFR 25" in said and state["values"]["egfr"] == 25 and "pleural_effusion" not in state["values"]


def test_the_response_domains_are_named_in_the_users_language():
    dispatcher = CollectingDispatcher()
    state = {"mode": "response", "values": {"m_baseline": 12, "m_current": 4, "ife_negative": False,
                                            "vegf_baseline": 3000, "vegf_current": 800, "vegf_uln": "unknown"}}
    MODES["response"].finish(dispatcher, tracker("", "zh", state), "zh")
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    assert "血液学疗效" in said and "haematological" not in said


@pytest.mark.parametrize("text, lang, expected", [
    ("0.4 mmol/L", "en", "not a unit"), ("八百多", "zh", "界限"), (">2000", "en", "bound")])
def test_a_value_refused_is_said_and_the_item_stays_open_without_counting_as_unread(text, lang, expected):
    key = "m_current" if "mmol" in text else "vegf_current"
    values = {"m_baseline": 12} if key == "m_current" else {"m_baseline": "unknown", "ife_negative": False,
                                                            "vegf_baseline": 3000}
    state = {"mode": "response", "values": dict(values)}
    for _ in range(3):  # never skipped as unknown, however often refused
        said, state = answer("response", text, lang, state)
        assert expected in said and state["values"] == values


def test_an_answer_in_another_unit_is_converted():
    state = {"mode": "response", "values": {"m_baseline": 12}}
    said, state = answer("response", "0.4 g/dL", "en", state)
    assert state["values"]["m_current"] == pytest.approx(4)
