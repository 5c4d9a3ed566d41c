"""Haematology tools as short conversations: PUMCH risk score (表3) and response (表5)."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import common
from actions.education import send_topic
from actions.modes import ASIDES, Mode, register
from bot.dialogue import interviews
from bot.dialogue.answers import asked_topic
from bot.dialogue import render
from bot.dialogue.texts import t
from bot.errors import EvidenceError


class _Interview(Mode):
    kind = ""

    def items(self, values: Dict[str, Any]) -> List[str]:
        raise NotImplementedError

    def next_item(self, tracker):
        state = common.interview(tracker)
        return interviews.next_item(self.items(state.get("values", {})), state.get("values", {}))

    def ask(self, dispatcher, tracker, lang):
        key = self.next_item(tracker)
        if key:
            dispatcher.utter_message(text=interviews.question(key, lang))
        return []

    def answer(self, dispatcher, tracker, lang, text):
        state = common.interview(tracker)
        values = state.setdefault("values", {})
        key = self.next_item(tracker)
        if key is None:
            return []
        evidence = common.extraction(tracker)[0]
        before = dict(values)
        refused: list = []  # bot.texts.Text each
        outcome = interviews.take_answer(self.name, key, text, evidence, values, refused)
        for why in refused:  # "1.2 mmol/L" for the M-protein, "VEGF >2000": said, never taken
            dispatcher.utter_message(text=why.get(lang))
        if outcome == "refused":  # the asked item is asked again
            return common.save(state=state)
        if outcome == "other":  # "eGFR 25" answering the pleural-effusion question: kept, asked again
            dispatcher.utter_message(text=interviews.noted(before, values, lang))
        if outcome in ASIDES:  # "why?", "what is still missing?", "thanks": asked again
            dispatcher.utter_message(text=interviews.remark_reply(outcome, self.name, self.items(values), values, lang))
            return []
        topic = asked_topic(text) if outcome == "unrecognised" else None
        if topic:  # a question: answered, the item asked again
            send_topic(dispatcher, topic, lang)
            return []
        if outcome == "unrecognised":
            state["tries"] = state.get("tries", 0) + 1
            if state["tries"] < 2:  # the form asks the same item again
                dispatcher.utter_message(text=t("interview_unrecognised", lang))
                return common.save(state=state)
            values[key] = interviews.UNKNOWN
            dispatcher.utter_message(text=t("interview_skipped", lang))
        state["tries"] = 0
        return common.save(state=state)


class RiskMode(_Interview):
    name = "risk"

    def items(self, values):
        return interviews.RISK_ITEMS

    def finish(self, dispatcher, tracker, lang):
        from bot.risk import RiskInputs, score

        values = {k: v for k, v in common.interview(tracker).get("values", {}).items() if v != interviews.UNKNOWN}
        try:
            result = score(RiskInputs(**values))
        except EvidenceError as error:
            dispatcher.utter_message(text=t("evidence_error", lang, error=str(error)))
            return []
        dispatcher.utter_message(text="\n".join(render.risk_lines(result, lang)))
        dispatcher.utter_message(json_message={"type": "poems_risk", **result.contract(lang), "language": lang})
        return []


class ResponseMode(_Interview):
    name = "response"

    def items(self, values):
        return interviews.response_items(values)

    def finish(self, dispatcher, tracker, lang):
        from bot.response import ResponseInputs, assess_response, timing_caveat

        values = common.interview(tracker).get("values", {})
        try:
            results = assess_response(ResponseInputs.parse_obj(interviews.response_inputs(values)))
        except (EvidenceError, ValueError) as error:
            dispatcher.utter_message(text=t("evidence_error", lang, error=str(error).splitlines()[0]))
            return []
        if not results:
            dispatcher.utter_message(text=t("response_none", lang))
            return []
        lines = [t("response_title", lang)]
        for r in results:
            lines.append(f"• {interviews.domain_label(r.domain, lang)}: {r.category} — "
                         + "; ".join(x.get(lang) for x in r.reasons))
            lines += [f"  ({x.get(lang)})" for x in r.caveats if x.get(lang) != timing_caveat().get(lang)]
        lines.append(timing_caveat().get(lang) + " (六; 表5)")
        dispatcher.utter_message(text="\n".join(lines))
        dispatcher.utter_message(json_message={"type": "poems_response", "language": lang,
                                               "results": [r.contract(lang) for r in results]})
        return []


register("risk", RiskMode())
register("response", ResponseMode())


class ActionRiskStart(Action):
    def name(self) -> Text:
        return "action_risk_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = common.language(tracker)
        session = common.load_session(tracker)  # what triage already knows of the patient
        known = interviews.risk_inputs(session.evidence) if session.messages else {}
        values = {**known, **interviews.risk_inputs(common.extraction(tracker)[0])}  # the message wins
        lines = [t("risk_intro", lang)]
        if known:  # "Noted: age 72, pleural effusion yes, …": only the rest is asked
            lines.append(interviews.noted({}, known, lang))
        dispatcher.utter_message(text="\n".join(lines))
        return common.save(state={"mode": "risk", "values": values}) + [SlotSet("answer", None)]


class ActionResponseStart(Action):
    def name(self) -> Text:
        return "action_response_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = common.language(tracker)
        refused: list = []  # "M-protein 1.2 -> 0.4 mmol/L": said, never taken (bot.texts.Text each)
        values = interviews.parse_response(common.user_text(tracker), refused)
        dispatcher.utter_message(text="\n".join([t("response_intro", lang)] + [why.get(lang) for why in refused]))
        return common.save(state={"mode": "response", "values": values}) + [SlotSet("answer", None)]
