"""Hand-off to a person, and the fallbacks: a message nobody understood goes to triage when it
carries clinical evidence (never dropped), else a polite "not understood"; the second one in a
row offers the human hand-off."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import common
from actions.education import send_topic
from actions.patient_questions import answer_patient_question
from actions.triage import late_detail, only_set_aside, triage_from_fallback
from actions.quiz import asks_next_case, asks_why_case, explain_case, start_case
from bot.dialogue.answers import asked_topic, asks_restart, blank_spans, idle_remark, matches, normalised
from bot.dialogue.texts import t


def send_handoff(dispatcher: CollectingDispatcher, lang: str) -> None:
    dispatcher.utter_message(text=common.handoff_text(lang))


def not_understood(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> List[Dict[Text, Any]]:
    """Say so; the second time in a row, offer the human hand-off. An acknowledgement, thanks or
    a bare "not done" with no question open is answered instead (bot.dialogue.answers.idle_remark)."""
    remark = idle_remark(common.user_text(tracker))
    if remark == "thanks":
        dispatcher.utter_message(response="utter_you_are_welcome")
        return [SlotSet("failures", 0)]
    if remark is not None:
        dispatcher.utter_message(text=t("idle_ack" if remark == "ack" else "idle_not_done", lang))
        return [SlotSet("failures", 0)]
    failures = int(tracker.get_slot("failures") or 0) + 1
    if failures >= 2:
        dispatcher.utter_message(text=t("fallback", lang) + "\n" + common.handoff_text(lang))
        return [SlotSet("failures", 0)]
    dispatcher.utter_message(text=t("fallback", lang))
    return [SlotSet("failures", failures)]


class ActionHandoff(Action):
    def name(self) -> Text:
        return "action_handoff"

    async def run(self, dispatcher, tracker, domain):
        send_handoff(dispatcher, common.language(tracker))
        return [SlotSet("failures", 0)]


class _RespondUnlessPatientQuestion:
    """A small-talk intent whose words can also ask about the current patient ("还缺什么？" reads
    like "我可以问什么", "what should I order first?" like "order a pizza"): such a question is
    answered from the assessment, a question on a consensus topic ("how do I use thalidomide?"
    read as help) from the consensus; anything else gets the intent's response. A mixin, not an
    ``Action``: the action server registers every Action subclass by its name."""

    response = ""
    reads_facts = False  # a message stating a fact about the patient is read as a note instead

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        # "为什么" / "下一个" after a quiz case was scored, read as help or stop: the quiz goes on
        if asks_why_case(tracker):
            return explain_case(dispatcher, tracker) + [SlotSet("failures", 0)]
        if asks_next_case(tracker):
            return start_case(dispatcher, tracker) + [SlotSet("failures", 0), FollowupAction("interview_form")]
        evidence, error = common.extraction(tracker)
        asked = None if error else answer_patient_question(dispatcher, tracker, evidence,
                                                           common.language(tracker))
        if asked is not None:
            return asked
        topic = asked_topic(common.user_text(tracker))
        if topic:  # "how do I use thalidomide?" read as help: the consensus education, never an order
            send_topic(dispatcher, topic, common.language(tracker))
            return []
        text = common.user_text(tracker)
        if self.reads_facts and not error and common.holds_note(evidence, text, at_least=1) and not matches(
                normalised(blank_spans(text, [(f.provenance.start, f.provenance.end) for f in evidence.findings])), "stop"):
            # a fact about the patient and no stop word besides its words, read as stop ("她月经停了半年"
            # for its 停了, "月经停止半年"): a note, never dropped with the stop reply
            return triage_from_fallback(dispatcher, tracker, evidence)
        self.respond(dispatcher, tracker)
        return []

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        dispatcher.utter_message(response=self.response)


class ActionHelp(_RespondUnlessPatientQuestion, Action):
    response = "utter_help"

    def name(self) -> Text:
        return "action_help"


class ActionOutOfScope(_RespondUnlessPatientQuestion, Action):
    response = "utter_out_of_scope"

    def name(self) -> Text:
        return "action_out_of_scope"


def ask_for_note(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """"I have a patient to discuss" without the note: ask for it, and what it should hold; with a
    patient already in progress, say how to start another (nothing of the current one is lost)."""
    evidence = common.load_session(tracker).evidence
    key = "ask_note_current" if evidence.findings or evidence.labs else "ask_note"
    dispatcher.utter_message(text=t(key, common.language(tracker)))


class ActionStop(_RespondUnlessPatientQuestion, Action):
    """"stop" outside the interview; "summary please" / "总结一下" about a patient: the summary."""

    response = "utter_stopped"
    reads_facts = True

    def name(self) -> Text:
        return "action_stop"


class ActionOfferCase(_RespondUnlessPatientQuestion, Action):
    """"Can I run a case by you?", "帮我看个病人": the note is asked for."""

    def name(self) -> Text:
        return "action_offer_case"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        ask_for_note(dispatcher, tracker)


class ActionFallback(Action):
    """nlu_fallback: clinical evidence -> triage; otherwise say so, hand off on the second miss."""

    def name(self) -> Text:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = common.language(tracker)
        evidence, error = common.extraction(tracker)
        asked = None if error else answer_patient_question(dispatcher, tracker, evidence, lang)
        if asked is not None:  # "what is still missing?" about the current patient
            return asked
        if not error and only_set_aside(dispatcher, tracker, evidence, lang):  # "PLT 9000" alone
            return [SlotSet("failures", 0)]
        if common.has_clinical(evidence) or (not error and common.set_aside(tracker)):
            # a note, or a value set aside ("VEGF 5000 mmol/L"): triage says what and why
            return triage_from_fallback(dispatcher, tracker, evidence)
        late = None if error else late_detail(dispatcher, tracker, evidence, lang)
        if late is not None:  # "plasma" after the VEGF value
            return late
        if error:
            dispatcher.utter_message(text=t("note_error", lang, error=error))
            return []
        topic = asked_topic(common.user_text(tracker))
        if topic:  # "what dose of lenalidomide should I give?": the consensus education on it
            send_topic(dispatcher, topic, lang)
            return [SlotSet("failures", 0)]
        if asks_next_case(tracker):  # "next" after a quiz case was scored
            return start_case(dispatcher, tracker) + [SlotSet("failures", 0), FollowupAction("interview_form")]
        if asks_why_case(tracker):  # "why?" after a quiz case was scored: its reasoning again
            return explain_case(dispatcher, tracker) + [SlotSet("failures", 0)]
        return not_understood(dispatcher, tracker, lang)


class ActionDefaultFallback(ActionFallback):
    """Replaces Rasa's action_default_fallback, which would revert the user turn and drop every
    slot of a pasted note."""

    def name(self) -> Text:
        return "action_default_fallback"

    async def run(self, dispatcher, tracker, domain):
        events = await super().run(dispatcher, tracker, domain)
        return events


class ActionRestart(Action):
    """"/restart", "重新开始": clear the conversation, in the user's language; a message taken for a
    restart that does not ask for one clears nothing (a note among them goes to triage)."""

    def name(self) -> Text:
        return "action_restart"

    async def run(self, dispatcher, tracker, domain):
        from rasa_sdk.events import Restarted

        text = common.user_text(tracker)
        if text and not text.startswith("/") and not asks_restart(text):
            # taken for a restart, but it does not say so: nothing is cleared; a note (a nursing
            # record read as "换一个病人") goes to triage, anything else is told so
            evidence, error = common.extraction(tracker)
            if not error and common.holds_note(evidence, text):
                return triage_from_fallback(dispatcher, tracker, evidence)
            dispatcher.utter_message(text=t("restart_unsure", common.language(tracker)))
            return []
        dispatcher.utter_message(text=t("restarted", common.language(tracker)))
        return [Restarted()]
