"""What interview_form does in each mode: what to ask next, how to take an answer, how to close.

Triage and the CIDP screen share ``bot.session.TriageSession``; the quiz and the risk /
response interviews live in their own modules and register here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import common
from actions.patient_questions import answer_patient_question
from actions.education import send_topic
from bot.dialogue import render
from bot.dialogue.answers import ASIDE_KINDS, asked_topic, blank_spans, is_question
from bot.dialogue.texts import lang_of, t, test_name
from bot.dialogue.numbers import AnswerRefused
from bot.errors import EvidenceError
from bot.evidence import LabRefused
from bot.session import TriageSession, item


# answer kinds that are remarks, not answers (bot.dialogue.answers.aside)
ASIDES = ASIDE_KINDS


class Mode:
    name = "base"

    def next_item(self, tracker: Tracker) -> Optional[str]:
        raise NotImplementedError

    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> List[Dict[str, Any]]:
        raise NotImplementedError

    def answer(self, dispatcher: CollectingDispatcher, tracker: Tracker, lang: str,
               text: str) -> List[Dict[str, Any]]:
        raise NotImplementedError

    def finish(self, dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> List[Dict[str, Any]]:
        return []


def _next_question(session: TriageSession) -> Optional[str]:
    try:
        return session.next_question()
    except EvidenceError:
        return None


@lru_cache(maxsize=256)
def next_question_of(raw: Optional[str]) -> Optional[str]:
    """The next question of the session kept in the evidence slot as ``raw``: a function of
    that JSON alone, which the form asks for several times per turn (the slots rasa_sdk's
    FormValidationAction still requires, before and after validating, and the question)."""
    return _next_question(common.session_from(raw))


class TriageMode(Mode):
    """Referral triage (planner order) and the CIDP screen (fixed order): one test at a time."""

    name = "triage"
    MAX_FAILURES = 2

    def next_item(self, tracker: Tracker) -> Optional[str]:
        raw = tracker.get_slot(common.SESSION_SLOT)
        if raw is None or isinstance(raw, str):
            return next_question_of(raw)
        return _next_question(common.session_from(raw))

    def ask(self, dispatcher, tracker, lang):
        session = common.load_session(tracker)
        key = session.next_question()
        if key is None:
            return []
        if session.current != key:
            session.ask(key)
        dispatcher.utter_message(text=item(key)["ask"][lang])
        return common.save(session)

    def answer(self, dispatcher, tracker, lang, text):
        session = common.load_session(tracker)
        key = session.current or session.next_question()
        if key is None:
            return []
        try:
            evidence = common.readable_extraction(dispatcher, tracker, lang)
        except common.Unreadable:
            return []
        if session.other_patient(text, evidence):  # "new patient: 70M, ...": a new note, not an answer
            from actions.triage import merge_and_report

            if not common.has_clinical(evidence):  # "next patient please": the note is asked for,
                # no assessment of nothing is sent; the note that follows is read as a note
                dispatcher.utter_message(text=t("new_patient_no_note", lang))
                return common.save(TriageSession(), {"mode": "triage", "stopped": True, "quiet": True})

            fresh = merge_and_report(dispatcher, tracker, TriageSession(), evidence, lang, mode="triage",
                                     lead=[t("new_patient", lang)])
            return common.save(fresh, {"mode": "triage"})
        asked = answer_patient_question(dispatcher, tracker, evidence, lang, summary=False)
        if asked is not None:  # "why is organomegaly unknown?": answered, the question stays open
            return asked
        # the session as the slot holds it (nothing above changed it), kept when the answer is
        # refused: loaded again on that path instead of a deep copy on every answer
        # an answer's Chinese numerals ("一千八百") are read by the session itself (bot/chinese_numbers.py):
        # only a note's are set aside
        refused = [item for item in common.set_aside(tracker) if item.get("reason") != "numeral_words"]
        if refused and not common.has_clinical(evidence):
            # the value typed as the answer is refused, as the engine would: asked again
            dispatcher.utter_message(text=t("evidence_error", lang, error=common.set_aside_message(refused[0], lang)))
            return self._failed(tracker)
        if refused:
            # "Hb 300 g/L, IFE IgA lambda, sclerotic lesion": the impossible value is set aside
            # and said so; the rest of the message is read as the answer (nothing lost), its
            # number never taken for the asked item's
            for block in common.set_aside_lines(tracker, lang):
                dispatcher.utter_message(text=block)
            text = blank_spans(text, [(item.get("start"), item.get("end")) for item in refused])
        try:
            outcome = session.apply_answer(key, text, evidence)
            session.assess()
        except AnswerRefused as error:  # two values, a bare range: the question is asked again
            dispatcher.utter_message(text=t("answer_refused", lang, error=error.text.get(lang)))
            return self._failed(tracker)
        except EvidenceError as error:
            message = error.text.get(lang) if isinstance(error, LabRefused) else str(error)
            dispatcher.utter_message(text=t("evidence_error", lang, error=message))
            return self._failed(tracker)
        name = test_name(key, lang)
        if outcome.kind in ASIDES:  # "what is still missing?", "why?", "thanks": nothing changed
            dispatcher.utter_message(text=render.aside(outcome.kind, session.assess(language=lang), outcome.item, lang))
            return []
        if outcome.kind == "stop":
            state = common.interview(tracker)
            return common.save(session, {**state, "stopped": True})
        topic = asked_topic(text) if outcome.kind == "unrecognised" else None
        if topic:  # "POEMS需要做骨髓吗？": a question, answered; the session is unchanged (no failure)
            send_topic(dispatcher, topic, lang)
            return []
        if outcome.kind == "other" and not outcome.changes and is_question(text):
            # "could this just be CIDP?": a question that also reads as a clue (CIDP in doubt),
            # kept as before, and answered from the consensus (the differential topic)
            topic = asked_topic(text)
            if topic:
                send_topic(dispatcher, topic, lang)
        if outcome.kind == "bare_yes_no":  # "no" to "what was the VEGF?": which is meant is asked
            dispatcher.utter_message(text=t("bare_yes_no", lang, test=name))
            return common.save(session)
        if outcome.kind == "insensitive":  # "bone scan normal": cannot settle it; why, and asked again
            dispatcher.utter_message(text=t("insensitive_study", lang))
            return common.save(session)
        if outcome.kind == "unrecognised":
            if session.failures >= self.MAX_FAILURES:
                session.skip(key)
                dispatcher.utter_message(text=t("skip_after_failures", lang, test=name) + "\n"
                                         + common.handoff_text(lang))
            else:
                dispatcher.utter_message(text=t("unrecognised", lang, test=name))
            return common.save(session)
        # "not given" for the VEGF range: the cut-off reading stands (nothing to recommend)
        not_done_key = "reference_unknown_ack" if item(key).get("reference_of") else \
            _not_done_ack(session, item(key).get("test"))
        lead = [t(not_done_key, lang, test=name)] if outcome.kind == "not_done" else []
        # "IFE negative, FLC not done": the other tests said not done (or pending) are acknowledged too
        lead += [t(_not_done_ack(session, other), lang, test=test_name(other, lang))
                 for other in outcome.others_not_done]
        acknowledged = len(lead)
        lead += render.details(outcome.details, lang)  # "plasma" for the VEGF value given before
        if outcome.number_refused:  # "TSH 8.2, FT4 low" to the light-chain question: 8.2 not taken
            lead.append(t("number_refused", lang, error=outcome.number_refused[lang_of(lang)]))
        lead += render.changes(outcome.changes, lang)
        unchanged = outcome.kind == "other" and not outcome.changes and (
            common.has_clinical(evidence) or evidence.age is not None or bool(evidence.sex))
        if unchanged:
            lead.append(render.understood(evidence, lang))  # "VEGF是860不是680": what was taken, said
        next_item = session.next_question()  # an assessment: asked once for the reply and the payload
        if outcome.kind in ("other", "detail") and next_item == key:
            # other tests, an earlier value: the asked test is asked again. When the answer made
            # it unneeded ("IFE IgA-λ" to the light-chain question), the next test is asked.
            lead.append(t("still_open", lang, test=name))
        try:
            assessment = session.assess(language=lang, exclude_asked=True)
        except EvidenceError as error:  # pragma: no cover - checked above
            dispatcher.utter_message(text=t("evidence_error", lang, error=str(error)))
            return common.save(common.load_session(tracker))
        if len(lead) == acknowledged and outcome.kind != "not_done":  # nothing changed: the answer noted
            lead.insert(0, t("result_ack", lang, test=name))
        if unchanged:  # "TSH 8.2, FT4 low": why the endocrine criterion is still unknown
            lead += render.why_still_unknown(evidence, assessment, lang)
        lead.append(render.verdict_line(assessment, lang))
        dispatcher.utter_message(text="\n".join(lead))
        common.follow_risk(dispatcher, session, evidence, lang)  # the inputs the score given before lacked
        if next_item is not None:  # otherwise the closing summary carries it
            common.send_payload(dispatcher, tracker, session.assess(language=lang), lang)
        return common.save(session)

    @staticmethod
    def _failed(tracker: Tracker) -> List[Dict[str, Any]]:
        """The session of the slot, unchanged but for one more failed answer."""
        backup = common.load_session(tracker)
        backup.failures += 1
        return common.save(backup)

    def finish(self, dispatcher, tracker, lang):
        session = common.load_session(tracker)
        if session.messages == 0:
            return []
        try:
            common.send_summary(dispatcher, tracker, session, lang)
        except EvidenceError as error:
            dispatcher.utter_message(text=t("evidence_error", lang, error=str(error)))
            return []
        session.current = None
        return common.save(session)


def _not_done_ack(session, test) -> str:
    """The acknowledgement of a test without a result: awaited, not known or not done."""
    return {"pending": "pending_ack", "unknown": "unknown_ack"}.get(session.reason_not_done(test), "not_done_ack")


MODES: Dict[str, Mode] = {"triage": TriageMode(), "cidp": TriageMode()}


def register(name: str, mode: Mode) -> None:
    MODES[name] = mode


def _load_more() -> None:
    from actions import quiz, risk  # noqa: F401  (they register their modes)


_load_more()
