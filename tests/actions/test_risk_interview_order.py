"""The PUMCH risk-score interview (表3) started with "风险评分" goes on item by item: an answer
that states the asked item moves on, one that states another item ("无胸腔积液" to the age
question) keeps it and asks the open item again, and no item already answered is asked again.
The answers are read by the NLU, as in the running assistant."""

import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.interview import ValidateInterviewForm, events_to_slots, question
from actions.risk import ActionRiskStart
from bot.dialogue.interviews import question as item_question
from bot.session import TriageSession


def _tracker(text, slots, intent="inform"):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.95},
               "entities": [{"entity": "language", "value": "zh"}]}
    return Tracker("tester", dict(slots), message, [{"event": "user", "text": text}], False, None,
                   {"name": "interview_form"}, "action_listen")


def _talk(answers):
    """The questions asked after each answer, and the interview's values at the end."""
    slots = {"language": "zh", "evidence": TriageSession().dump(), "interview": None, "answer": None,
             "requested_slot": "answer"}
    started = asyncio.run(ActionRiskStart().run(CollectingDispatcher(), _tracker("风险评分", slots, "risk_score"), {}))
    slots.update(events_to_slots(started))
    asked = []
    for text in answers:
        slots.update(events_to_slots(question(_tracker("", slots))))
        asked.append(slots["ask_text"])
        slots.update(asyncio.run(ValidateInterviewForm().validate_answer(text, CollectingDispatcher(),
                                                                          _tracker(text, slots), {})))
    slots.update(events_to_slots(question(_tracker("", slots))))
    asked.append(slots["ask_text"])
    return asked, json.loads(slots["interview"])["values"]


@pytest.mark.parametrize("age", ["62岁", "62", "六十二岁"])
def test_no_pleural_effusion_after_the_age_goes_on_to_pulmonary_hypertension(age):
    asked, values = _talk([age, "无胸腔积液"])
    assert asked == [item_question(k, "zh") for k in ("age", "pleural_effusion", "pulmonary_hypertension")]
    assert values == {"age": 62, "pleural_effusion": False}


def test_no_pleural_effusion_answering_the_age_is_kept_and_only_the_age_asked_again():
    asked, values = _talk(["无胸腔积液", "62岁"])
    assert asked == [item_question(k, "zh") for k in ("age", "age", "pulmonary_hypertension")]
    assert values == {"age": 62, "pleural_effusion": False}
