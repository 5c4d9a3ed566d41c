"""Education: questions about the consensus answered from bot.knowledge, each with its citation."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import common
from actions.patient_questions import answer_patient_question
from actions.triage import triage_from_fallback
from bot.dialogue.answers import any_intent_topic
from bot.dialogue.texts import load, t


def topic_for_intent(intent: str, text: str = "") -> Optional[str]:
    data = load("education.yml")
    entry = data["intents"].get(intent)
    if not entry:
        return None
    lowered = text.lower()
    general = any_intent_topic(text)
    if general:
        return general
    # The most specific refinement first (longest matching word wins).
    best, best_len = entry["topic"], 0
    for topic, words in (entry.get("refine") or {}).items():
        for word in words:
            if word.lower() in lowered and len(word) > best_len:
                best, best_len = topic, len(word)
    return best


def send_topic(dispatcher: CollectingDispatcher, topic: str, lang: str) -> None:
    from bot import knowledge

    item = knowledge.get_topic(topic, lang)
    dispatcher.utter_message(text=f"{item.title} ({item.citation})\n\n{item.text}\n\n"
                                  f"{t('education_source', lang, citation=item.citation)}\n{item.label}")


class ActionEducation(Action):
    def name(self) -> Text:
        return "action_education"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = common.language(tracker)
        evidence, error = common.extraction(tracker)
        asked = None if error else answer_patient_question(dispatcher, tracker, evidence, lang)
        if asked is not None:  # "why is VEGF not met?" about the current patient, not the consensus
            return asked
        if common.holds_note(evidence, common.user_text(tracker)):  # a short note read as a question: triage, never dropped
            return triage_from_fallback(dispatcher, tracker, evidence)
        name, _ = common.intent(tracker)
        topic = topic_for_intent(name, common.user_text(tracker))
        if topic is None:
            dispatcher.utter_message(text=t("education_unknown", lang))
            return []
        try:
            send_topic(dispatcher, topic, lang)
        except KeyError:
            dispatcher.utter_message(text=t("education_unknown", lang))
        return []
