"""The one form, ``interview_form``: it asks ``answer`` again and again while the current mode
(triage, cidp, quiz, risk, response) has something to ask, then hands over to
``action_interview_summary``. Each mode's clinical reading of an answer lives in bot/.

The question is composed by ``validate_interview_form``, which Rasa calls before every ask, and
kept in the slot ``ask_text``; the form asks with the response ``utter_ask_answer`` ("{ask_text}"),
which the Rasa server renders itself. One action-server call per answer instead of two, each
carrying the whole tracker. ``action_ask_answer`` still asks the same question for a model
trained before this (a domain with that action and without the response).
"""

from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from rasa_sdk.forms import REQUESTED_SLOT

from actions import common
from actions.modes import MODES, Mode
from bot.dialogue.patient_questions import patient_question

logger = logging.getLogger(__name__)

# Intents that, when confidently recognised and the message carries no clinical evidence, are
# handled inside the form instead of being read as an answer.
STOP_INTENTS = {"stop", "goodbye"}
MIN_CONFIDENCE = 0.7
# The question the form asks next; utter_ask_answer is "{ask_text}".
ASK_SLOT = "ask_text"


def current_mode(tracker: Tracker) -> Mode:
    name = common.interview(tracker).get("mode") or "triage"
    return MODES.get(name, MODES["triage"])


def _mode_starts() -> Dict[str, Tuple[str, Action]]:
    """The intents that start another mode, with the mode and its start action."""
    from actions.quiz import ActionQuizStart
    from actions.risk import ActionResponseStart, ActionRiskStart

    return {"risk_score": ("risk", ActionRiskStart()), "response_assessment": ("response", ActionResponseStart()),
            "start_quiz": ("quiz", ActionQuizStart())}


async def _switch_mode(intent: str, dispatcher: CollectingDispatcher, tracker: Tracker,
                       state: Dict[str, Any]) -> Optional[Dict[Text, Any]]:
    """A request for another mode in the middle of an interview ("assess treatment response" while
    the risk score asks the age) starts that mode, as it would outside the form; its first
    question follows. The triage session is kept. None when the intent starts no other mode."""
    start = _mode_starts().get(intent)
    if start is None or start[0] == (state.get("mode") or "triage"):
        return None
    events = await start[1].run(dispatcher, tracker, {})
    return events_to_slots(events)


def events_to_slots(events: List[Dict[str, Any]]) -> Dict[Text, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def question(tracker: Tracker) -> List[Dict[Text, Any]]:
    """The next question of the current mode, as the ``ask_text`` slot, and the mode's state
    change for asking it (the question becomes the session's current one)."""
    asker = CollectingDispatcher()
    events = current_mode(tracker).ask(asker, tracker, common.language(tracker))
    texts = [m["text"] for m in asker.messages if m.get("text")]
    if len(texts) != len(asker.messages) or not texts:
        logger.warning("the interview question is not one text message")
    # the REST channel splits a text at blank lines, so two questions read as two messages
    return events + [SlotSet(ASK_SLOT, "\n\n".join(texts) or None)]


def form_asks_next(events: List[Dict[Text, Any]], tracker: Tracker) -> bool:
    """Whether Rasa's FormAction asks for ``answer`` after these validation events (Rasa 3.6
    ``FormAction.request_next_slot``): the form does not end, and ``answer`` is empty. When
    nothing was validated while ``answer`` was requested, Rasa rejects the form's turn instead
    (``FormAction.validate``), so nothing is added that would count as a validated slot."""
    slots = [e for e in events if e.get("event") == "slot"]
    requested = [e for e in slots if e.get("name") == REQUESTED_SLOT]
    if requested and requested[-1].get("value") is None:
        return False
    if any(e.get("event") == "active_loop" and e.get("name") is None for e in events):
        return False
    if tracker.get_slot("answer") is not None:
        return False
    validated = any(e.get("name") != REQUESTED_SLOT for e in slots)
    return validated or tracker.get_slot(REQUESTED_SLOT) is None


class ActionAskAnswer(Action):
    """The question as a custom action, for models trained before ``utter_ask_answer``."""

    def name(self) -> Text:
        return "action_ask_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        return current_mode(tracker).ask(dispatcher, tracker, common.language(tracker))


class ValidateInterviewForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_interview_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        """The validation, then the next question when the form will ask it (module doc); the
        tracker's slots already hold the validation's values here (rasa_sdk adds them)."""
        events = await super().run(dispatcher, tracker, domain)
        if form_asks_next(events, tracker):
            asked = question(tracker)
            # a slot the question sets again (the session) is sent once, with its final value:
            # every event is stored and sent back with each later action call
            again = {e.get("name") for e in asked if e.get("event") == "slot"}
            events = [e for e in events if not (e.get("event") == "slot" and e.get("name") in again)] + asked
        return events

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        state = common.interview(tracker)
        if state.get("stopped"):
            return []
        return ["answer"] if current_mode(tracker).next_item(tracker) else []

    async def validate_answer(self, slot_value: Any, dispatcher: CollectingDispatcher,
                              tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        lang = common.language(tracker)
        text = slot_value if isinstance(slot_value, str) else common.user_text(tracker)
        name, confidence = common.intent(tracker)
        state = common.interview(tracker)
        if confidence >= MIN_CONFIDENCE and name not in common.CLINICAL_INTENTS:
            evidence, _ = common.extraction(tracker)
            # "还缺什么？" can read as help: a question about the patient is the mode's to answer
            if not common.has_clinical(evidence) and patient_question(text, evidence) is None:
                switched = await _switch_mode(name, dispatcher, tracker, state)
                if switched is not None:  # "assess treatment response" in the risk score: started
                    return {"answer": None, **switched}
                handled = self._side_intent(name, dispatcher, tracker, lang, state)
                if handled is not None:
                    return {"answer": None, **handled}
        slots = events_to_slots(current_mode(tracker).answer(dispatcher, tracker, lang, text))
        return {"answer": None, **slots}

    def _side_intent(self, name: str, dispatcher: CollectingDispatcher, tracker: Tracker,
                     lang: str, state: Dict[str, Any]) -> Optional[Dict[Text, Any]]:
        from actions.education import topic_for_intent, send_topic
        from actions.smalltalk import ask_for_note, send_handoff

        if name in STOP_INTENTS:
            return {common.INTERVIEW_SLOT: json.dumps({**state, "stopped": True})}
        if name == "human_handoff":
            send_handoff(dispatcher, lang)
            return {common.INTERVIEW_SLOT: json.dumps({**state, "stopped": True})}
        if name == "offer_case":  # "I have a patient to discuss"
            ask_for_note(dispatcher, tracker)
            if state.get("mode") in ("triage", "cidp"):
                return {}  # the current patient stays; "new patient" clears it
            # a quiz, risk score or response assessment ends: the note comes next
            return {common.INTERVIEW_SLOT: json.dumps({**state, "stopped": True})}
        if name in ("help", "bot_challenge"):
            dispatcher.utter_message(response="utter_help" if name == "help" else "utter_iamabot")
            return {}
        topic = topic_for_intent(name, common.user_text(tracker))
        if topic and state.get("mode") != "quiz":  # quiz answers name criteria: not questions
            send_topic(dispatcher, topic, lang)
            return {}
        return None


class ActionInterviewSummary(Action):
    """After the form: the closing summary of the mode (verdict, reasons, work-up, referral)."""

    def name(self) -> Text:
        return "action_interview_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        state = common.interview(tracker)
        if state.pop("quiet", None):  # a message nothing was read in: no summary sent again
            state.pop("stopped", None)
            return common.save(state=state) + [SlotSet("answer", None)]
        events = current_mode(tracker).finish(dispatcher, tracker, common.language(tracker))
        if not any(e.get("name") == common.INTERVIEW_SLOT for e in events):
            state.pop("stopped", None)
            events += common.save(state=state)
        return events + [SlotSet("answer", None)]
