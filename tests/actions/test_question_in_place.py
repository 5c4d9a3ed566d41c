"""A question about the consensus typed where an answer or a note was expected, which the intent
classifier did not place ("POEMS需要做骨髓吗？" in the middle of the interview, "what dose of
lenalidomide should I give?"), gets the consensus education (never an order) and, in the
interview, counts as no failed answer. Before, it was an unreadable answer (the second one
skipped the question with a hand-off) or "not understood"."""

import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.modes import MODES
from actions.smalltalk import ActionFallback
from bot import knowledge
from bot.dialogue.answers import asked_topic
from bot.models import Evidence, Finding
from bot.session import TriageSession


def tracker(text, lang, evidence=None, interview=None):
    slots = {"language": lang, "evidence": evidence, "interview": interview, "answer": None, "failures": None,
             "requested_slot": "answer"}
    message = {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.45},
               "entities": [{"entity": "language", "value": lang}], "poems_nothing_found": True}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": None}, "action_listen")


def said(dispatcher):
    return "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))


@pytest.mark.parametrize("text, topic", [("POEMS需要做骨髓吗？", "bone_marrow"), ("应该用来那度胺吗？", "treatment_overview"),
                                         ("what dose of lenalidomide should I give?", "treatment_overview"),
                                         ("Should this patient get a transplant?", "transplant_eligible")])
def test_the_question_is_placed(text, topic):
    assert asked_topic(text) == topic


@pytest.mark.parametrize("text", ["IgA λ阳性", "negative?", "not done", "骨髓没做", "hmm"])
def test_an_answer_is_no_question(text):
    assert asked_topic(text) is None


@pytest.mark.parametrize("text, lang", [("POEMS需要做骨髓吗？", "zh"), ("应该用来那度胺吗？", "zh"),
                                        ("what dose of lenalidomide should I give?", "en")])
def test_in_the_interview_the_question_is_answered_and_never_a_failure(text, lang):
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy")]))
    s.ask("serum_immunofixation")
    raw = s.dump()
    for _ in range(3):
        dispatcher = CollectingDispatcher()
        events = MODES["triage"].answer(dispatcher, tracker(text, lang, raw), lang, text)
        topic = knowledge.get_topic(asked_topic(text), lang)
        assert topic.title in said(dispatcher) and topic.label in said(dispatcher)
        assert not [e for e in events if e.get("name") == "evidence"]  # nothing changed


def test_in_the_risk_interview_the_question_is_answered():
    dispatcher = CollectingDispatcher()
    state = json.dumps({"mode": "risk", "values": {"age": 60}})
    events = MODES["risk"].answer(dispatcher, tracker("what is the prognosis?", "en", interview=state), "en",
                                  "what is the prognosis?")
    assert knowledge.get_topic("risk_score", "en").title in said(dispatcher) and events == []


def test_outside_a_form_the_question_is_answered_not_misunderstood():
    dispatcher = CollectingDispatcher()
    text = "what dose of lenalidomide should I give?"
    asyncio.run(ActionFallback().run(dispatcher, tracker(text, "en"), {}))
    assert knowledge.get_topic("treatment_overview", "en").label in said(dispatcher)


@pytest.mark.parametrize("text, lang, intent", [
    ("how do I use thalidomide?", "en", "help"), ("沙利度胺怎么用？", "zh", "help"),
    ("can I give rituximab?", "en", "out_of_scope"), ("美法仑怎么吃？", "zh", "help"),
])
def test_a_drug_question_read_as_help_or_out_of_scope_gets_the_consensus_education(text, lang, intent):
    """The intent classifier reads "how do I use thalidomide?" as a question about the assistant
    ("how do I use you?"): the treatment question is answered from the consensus, never an order."""
    from actions.smalltalk import ActionHelp, ActionOutOfScope

    dispatcher = CollectingDispatcher()
    action = ActionHelp() if intent == "help" else ActionOutOfScope()
    message_tracker = tracker(text, lang)
    message_tracker.latest_message["intent"] = {"name": intent, "confidence": 0.9}
    asyncio.run(action.run(dispatcher, message_tracker, {}))
    topic = knowledge.get_topic("treatment_overview", lang)
    assert topic.title in said(dispatcher)
    assert not any(m.get("response") for m in dispatcher.messages)  # not the help text


@pytest.mark.parametrize("text, lang", [("how do I use you?", "en"), ("怎么用？", "zh"), ("what can you do?", "en")])
def test_a_question_about_the_assistant_still_gets_the_help(text, lang):
    from actions.smalltalk import ActionHelp

    dispatcher = CollectingDispatcher()
    asyncio.run(ActionHelp().run(dispatcher, tracker(text, lang), {}))
    assert [m.get("response") for m in dispatcher.messages] == ["utter_help"]
