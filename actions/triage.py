"""Referral triage: a pasted note (or a result, or a correction) -> assessment messages.

The form ``interview_form`` then asks for the missing evidence (actions/interview.py).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import common
from actions.patient_questions import answer_patient_question
from bot.dialogue import render
from bot.dialogue.answers import normalised
from bot.dialogue.patient_questions import asks_risk
from bot.dialogue.texts import t
from bot.errors import EvidenceError
from bot.models import Evidence
from bot.session import TriageSession


def merge_and_report(dispatcher: CollectingDispatcher, tracker: Tracker, session: TriageSession,
                     evidence: Optional[Evidence], lang: str, *, correction: bool = False,
                     mode: Optional[str] = None, lead: Optional[List[str]] = None) -> TriageSession:
    """Apply a note or correction to ``session`` and send the assessment. Returns the session to
    keep (the old one when the new evidence held an impossible value).

    A message that adds to a patient already assessed lists what it adds, not the whole patient
    again (the criteria, the verdict and the closing summary show the whole); a correction lists
    the whole patient, so the corrected statement is seen in its place."""
    follow_up = session.assessed and not correction and evidence is not None
    backup = session.dump()  # its JSON (half a deep copy's cost), loaded again only on an error
    if mode:
        session.mode = mode
    lead = list(lead or []) + common.set_aside_lines(tracker, lang)
    if correction:
        understood, changes = session.correct(evidence, common.user_text(tracker))
        lead.append(t("correction_applied" if understood else "correction_nothing", lang))
    else:
        try:
            changes = session.apply_note(evidence, common.user_text(tracker))
        except EvidenceError as error:
            dispatcher.utter_message(text=t("evidence_error", lang, error=str(error)))
            return TriageSession.load(backup)
    lead += render.changes(changes, lang) if session.assessed else []
    try:
        next_item = session.next_question()
    except EvidenceError as error:
        dispatcher.utter_message(text=t("evidence_error", lang, error=str(error)))
        return TriageSession.load(backup)
    common.send_assessment(dispatcher, tracker, session, lang, next_item=next_item, lead=lead,
                           show_understood=True, understood_of=evidence if follow_up else None)
    return session


def late_detail(dispatcher: CollectingDispatcher, tracker: Tracker, evidence: Optional[Evidence],
                lang: str) -> Optional[List[Dict[Text, Any]]]:
    """A message that only gives the sample type or the reference range of a value given before
    ("plasma", "ref < 400"; bot.session ``apply_detail``): acknowledged and assessed again, the
    events to return; None when the message is not one (it is read as before)."""
    session = common.load_session(tracker)
    if session.messages == 0 or common.has_clinical(evidence):
        return None
    try:
        outcome = session.apply_detail(common.user_text(tracker), evidence)
        next_item = session.next_question() if outcome is not None else None
    except EvidenceError as error:
        dispatcher.utter_message(text=t("evidence_error", lang, error=str(error)))
        return []
    if outcome is None:
        return None
    lead = render.details(outcome.details, lang) + render.changes(outcome.changes, lang)
    common.send_assessment(dispatcher, tracker, session, lang, next_item=next_item, lead=lead,
                           show_understood=False)
    return common.save(session, {"mode": session.mode}) + [SlotSet("answer", None), SlotSet("failures", 0)]


def only_set_aside(dispatcher: CollectingDispatcher, tracker: Tracker, evidence: Optional[Evidence],
                   lang: str) -> bool:
    """A first message whose only reading is a value set aside ("PLT 9000", "VEGF 5000 mmol/L"):
    says what was set aside and why, and assesses nothing, as there is no patient yet (an
    assessment with every criterion unknown and a first question would follow otherwise)."""
    if common.has_clinical(evidence) or common.load_session(tracker).messages:
        return False
    lines = common.set_aside_lines(tracker, lang)
    if not lines:
        return False
    dispatcher.utter_message(text="\n\n".join(lines + [t("set_aside_only", lang)]))
    return True


class ActionTriage(Action):
    """A note, a result or a correction outside the form: merge it, assess, show what changed."""

    def name(self) -> Text:
        return "action_triage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = common.language(tracker)
        try:
            evidence = common.readable_extraction(dispatcher, tracker, lang)
        except common.Unreadable:
            return []
        asked = answer_patient_question(dispatcher, tracker, evidence, lang)
        if asked is not None:  # "why is organomegaly unknown?": answered, nothing merged
            return asked
        late = late_detail(dispatcher, tracker, evidence, lang)
        if late is not None:
            return late
        topic = common.consensus_question(evidence, common.user_text(tracker))
        if topic is not None:  # "皮肤改变包括哪些？": the consensus answers, no patient is started
            from actions.education import send_topic

            send_topic(dispatcher, topic, lang)
            return []
        session = common.load_session(tracker)
        name, _ = common.intent(tracker)
        if only_set_aside(dispatcher, tracker, evidence, lang):  # the form that follows asks nothing
            return common.save(state={"mode": "triage", "stopped": True, "quiet": True}) + [SlotSet("failures", 0)]
        if not common.has_clinical(evidence) and not common.set_aside(tracker):
            from actions.quiz import asks_next_case, asks_why_case, explain_case, start_case
            from actions.smalltalk import not_understood

            if asks_next_case(tracker):  # "next" after a quiz case was scored
                return start_case(dispatcher, tracker)
            if asks_why_case(tracker):  # "why?" after a quiz case was scored: its reasoning again
                return explain_case(dispatcher, tracker)
            if session.other_patient(common.user_text(tracker), evidence):  # "next patient please"
                dispatcher.utter_message(text=t("new_patient_no_note", lang))
                return common.save(TriageSession(), {"mode": "triage", "stopped": True, "quiet": True})
            # Classified as a result, but nothing clinical in it ("😀", "VEGF -20" read as nothing):
            # not understood; the assessment of the patient so far is not sent again ("quiet": the
            # form's closing summary is skipped once)
            return not_understood(dispatcher, tracker, lang) + common.save(
                state={"mode": session.mode if session.messages else "triage", "stopped": True, "quiet": True})
        lead: List[str] = []
        if session.other_patient(common.user_text(tracker), evidence):  # the next patient's note
            session, lead = TriageSession(), [t("new_patient", lang)]
        correction = name == "correction" and session.messages > 0
        session = merge_and_report(dispatcher, tracker, session, evidence, lang, correction=correction,
                                   mode=session.mode if session.messages else "triage", lead=lead)
        # "…, eGFR 27. What is her risk group?", or the inputs the score given before lacked
        common.follow_risk(dispatcher, session, evidence, lang, asked=asks_risk(normalised(common.user_text(tracker))))
        return common.save(session, {"mode": session.mode}) + [SlotSet("answer", None),
                                                                SlotSet("failures", 0)]


def triage_from_fallback(dispatcher: CollectingDispatcher, tracker: Tracker,
                         evidence: Evidence) -> List[Dict[Text, Any]]:
    """A message that carries clinical evidence but was classified as something else (or not
    classified): treat it as a note and continue with the form."""
    lang = common.language(tracker)
    session = common.load_session(tracker)
    session = merge_and_report(dispatcher, tracker, session, evidence, lang,
                               mode=session.mode if session.messages else "triage")
    return common.save(session, {"mode": session.mode}) + [
        SlotSet("answer", None), SlotSet("failures", 0), FollowupAction("interview_form")]
