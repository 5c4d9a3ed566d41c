"""A question about the current patient typed outside the interview ("what is still missing?",
"why is organomegaly unknown?"): answered from the session's assessment, nothing merged. The
reading is bot.dialogue.patient_questions; this module only connects it to the tracker."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import common
from bot.dialogue import render
from bot.dialogue.patient_questions import patient_question
from bot.models import Evidence


def answer_patient_question(dispatcher: CollectingDispatcher, tracker: Tracker,
                            evidence: Optional[Evidence], lang: str,
                            summary: bool = True) -> Optional[List[Dict[Text, Any]]]:
    """The reply's events when the latest message asks about the current patient; None when
    there is no patient yet or the message is something else. Inside the interview a summary
    request is left to the interview (``summary=False``), which ends with the summary."""
    question = patient_question(common.user_text(tracker), evidence)
    if question is None or (question.kind in ("summary", "why") and not summary):
        return None  # read first: the session is loaded only for a question
    session = common.load_session(tracker)
    if not session.messages:
        return None
    if question.kind in ("summary", "why"):  # "summary please" / "why?" after the interview: the
        # summary again, whose reasons say why the verdict is what it is
        common.send_summary(dispatcher, tracker, session, lang)
        return common.save(session) + [SlotSet("failures", 0)]
    if question.kind == "risk":  # the score; its missing inputs, when given next, complete it
        was_open = session.risk_open
        common.follow_risk(dispatcher, session, evidence, lang, asked=True)
        return (common.save(session) if session.risk_open != was_open else []) + [SlotSet("failures", 0)]
    assessment = session.assess(language=lang)
    dispatcher.utter_message(text=render.patient_answer(question.kind, list(question.criteria),
                                                        assessment, lang, question.tests))
    return [SlotSet("failures", 0)]
