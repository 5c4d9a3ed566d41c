"""CIDP non-responder screen (二(三)1): a short structured interview run by interview_form."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import common
from actions.triage import merge_and_report
from bot.dialogue.texts import t


class ActionCidpScreen(Action):
    def name(self) -> Text:
        return "action_cidp_screen"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = common.language(tracker)
        try:
            evidence = common.readable_extraction(dispatcher, tracker, lang)
        except common.Unreadable:
            return []
        session = common.load_session(tracker)
        session.start_cidp_screen()
        session = merge_and_report(dispatcher, tracker, session, evidence, lang, mode="cidp",
                                   lead=[t("cidp_intro", lang)])
        return common.save(session, {"mode": "cidp"}) + [SlotSet("answer", None), SlotSet("failures", 0)]
