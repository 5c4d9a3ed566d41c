"""Quiz mode: a vignette, "are the criteria met, which are missing?", scored against the engine."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import common
from actions.education import send_topic
from actions.modes import Mode, register
from bot.dialogue.answers import any_intent_topic, aside, asked_topic, is_question, just_stop, normalised
from bot.dialogue import quiz
from bot.dialogue.render import criteria_status, state_label, verdict_label
from bot.dialogue.texts import sep, t
from bot.models import Evidence

QUIZ_SLOT = "quiz"
PROGRESS = ("cases_done", "score", "max")  # what the quiz slot keeps


class QuizMode(Mode):
    name = "quiz"

    def next_item(self, tracker):
        state = common.interview(tracker)
        return None if state.get("answered", True) else "quiz_answer"

    def ask(self, dispatcher, tracker, lang):
        dispatcher.utter_message(text=t("quiz_question", lang))
        return []

    def answer(self, dispatcher, tracker, lang, text):
        state = common.interview(tracker)
        if just_stop(normalised(text), Evidence()):  # "stop quiz", "结束测验": the score so far
            dispatcher.utter_message(text=t("quiz_stopped", lang, total=state.get("score", 0),
                                            total_max=state.get("max", 0)))
            return common.save(state={**state, "stopped": True})
        evidence, _ = common.extraction(tracker)
        if quiz.names_a_patient(evidence):  # a patient's note pasted mid-quiz: read as a note
            return leave_for_note(dispatcher, tracker, state, evidence, lang)
        next_case = quiz.asks_next(text)
        if next_case or quiz.gives_up(text):
            # "skip", "I don't know", or "next" before answering: the case's reasoning, not scored
            # (never counted as a wrong answer); "next" goes on to the next case at once
            state["answered"] = True
            result = quiz.score(state["case"], quiz.QuizAnswer())
            lines = [t("quiz_skipped", lang)] + reasoning(result, state["case"], lang)
            if not next_case:
                lines.append(t("quiz_next_hint", lang))
            dispatcher.utter_message(text="\n".join(lines))
            if next_case:
                return start_case(dispatcher, tracker)
            return common.save(state=state) + [_progress(state)]
        parsed = quiz.parse(text)
        # a question about the consensus, not an answer: "what does POEMS stand for?" (its POEMS
        # is no claim that the criteria are met), or a question that claims nothing ("what dose
        # of lenalidomide?"); "not met — what about VEGF?" is an answer. Answered, asked again.
        topic = any_intent_topic(text) if is_question(text) else None
        if topic is None and not parsed.claimed:  # "为什么VEGF要用血清测？" names VEGF, claims nothing
            topic = asked_topic(text)
        if topic:
            send_topic(dispatcher, topic, lang)
            return []
        remark = aside(normalised(text), Evidence()) if parsed.met is None else None
        if remark in ("why", "missing"):  # "why?", "what do I answer?" before an answer: how the case
            # is scored, never a try (a second such remark had been scored 0)
            dispatcher.utter_message(text=t("quiz_how", lang))
            return []
        if parsed.met is None:
            state["tries"] = state.get("tries", 0) + 1
            if state["tries"] < 2:
                dispatcher.utter_message(text=t("quiz_unparsed", lang))
                return common.save(state=state)
        result = quiz.score(state["case"], parsed)
        state["answered"] = True
        state["score"] = state.get("score", 0) + result.points
        state["max"] = state.get("max", 0) + result.max_points
        lines = [t("quiz_correct" if result.points == result.max_points else "quiz_wrong", lang)]
        lines += reasoning(result, state["case"], lang)
        lines.append(t("quiz_score", lang, points=result.points, max=result.max_points,
                       total=state["score"], total_max=state["max"]))
        dispatcher.utter_message(text="\n".join(lines))
        dispatcher.utter_message(json_message={"type": "poems_quiz", "case": state["case_id"],
                                               "points": result.points, "max_points": result.max_points,
                                               "expected_verdict": result.verdict,
                                               "missing_groups": result.missing_groups, "language": lang})
        return common.save(state=state) + [_progress(state)]


register("quiz", QuizMode())


def leave_for_note(dispatcher: CollectingDispatcher, tracker: Tracker, state: Dict[str, Any],
                   evidence: Evidence, lang: str) -> List[Dict[Text, Any]]:
    """The quiz stops with its score (never scored as a wrong answer) and the note is assessed
    as one pasted outside the quiz; its questions follow. The case left unanswered is not done:
    "quiz" asks it again."""
    from actions.triage import merge_and_report
    from bot.session import TriageSession

    lead = [t("quiz_left_for_note", lang, total=state.get("score", 0), total_max=state.get("max", 0))]
    session = common.load_session(tracker)
    if session.other_patient(common.user_text(tracker), evidence):
        session, lead = TriageSession(), lead + [t("new_patient", lang)]
    session = merge_and_report(dispatcher, tracker, session, evidence, lang,
                               mode=session.mode if session.messages else "triage", lead=lead)
    paused = {**state, "cases_done": max(0, int(state.get("cases_done", 1) or 1) - 1)}
    return common.save(session, {"mode": session.mode}) + [_progress(paused)]


def reasoning(result: quiz.QuizScore, case: int, lang: str) -> List[str]:
    """The case's reasoning: the engine's verdict and groups, what is missing, the criteria."""
    groups = sep(lang).join(f"{t('groups.' + g, lang)}: {state_label(s, lang)}" for g, s in result.groups.items())
    lines = [t("quiz_answer", lang, verdict=verdict_label(result.verdict, lang), groups=groups)]
    if result.missing_groups:
        lines.append(t("quiz_missing", lang,
                       missing=sep(lang).join(t("groups." + g, lang) for g in result.missing_groups)))
    lines.append(criteria_status(quiz.expected(case), lang))
    return lines


def asks_why_case(tracker: Tracker) -> bool:
    """A case was just scored and the message asks why, or for the answer ("why?", "为什么？")."""
    state = common.interview(tracker)
    return (state.get("mode") == "quiz" and bool(state.get("answered")) and "case" in state
            and quiz.asks_why(common.user_text(tracker)))


def explain_case(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict[Text, Any]]:
    """The scored case's reasoning again, with no new score."""
    lang = common.language(tracker)
    state = common.interview(tracker)
    result = quiz.score(state["case"], quiz.QuizAnswer())
    dispatcher.utter_message(text="\n".join(reasoning(result, state["case"], lang)))
    return []


class ActionQuizStart(Action):
    def name(self) -> Text:
        return "action_quiz_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        return start_case(dispatcher, tracker)


def start_case(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict[Text, Any]]:
    """The next case, after the cases done and with the score so far."""
    lang = common.language(tracker)
    previous = _progress_of(tracker)
    done = previous.get("cases_done", 0)
    total = len(quiz.vignettes())
    index = done % total
    state = {"mode": "quiz", "case": index, "case_id": quiz.vignettes()[index]["id"],
             "answered": False, "cases_done": done + 1,
             "score": previous.get("score", 0), "max": previous.get("max", 0)}
    dispatcher.utter_message(text=t("quiz_intro", lang, n=index + 1, total=total) + "\n"
                             + quiz.case_text(index, lang))
    return common.save(state=state) + [_progress(state), SlotSet("answer", None)]


def asks_next_case(tracker: Tracker) -> bool:
    """A case was just scored and the message asks for another ("next", "下一个")."""
    state = common.interview(tracker)
    return (state.get("mode") == "quiz" and bool(state.get("answered"))
            and quiz.asks_next(common.user_text(tracker)))


def _progress_of(tracker: Tracker) -> Dict[str, int]:
    """Cases done and the score so far: the quiz slot, kept when a note or a question came in
    between (which replaces the interview state), else a quiz interview state of an older
    conversation."""
    raw = tracker.get_slot(QUIZ_SLOT)
    try:
        kept = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        kept = {}
    if not kept:
        state = common.interview(tracker)
        kept = state if state.get("mode") == "quiz" else {}
    return {key: int(kept.get(key, 0) or 0) for key in PROGRESS}


def _progress(state: Dict[str, Any]) -> Dict[str, Any]:
    """The quiz slot's event for this state's progress."""
    return SlotSet(QUIZ_SLOT, json.dumps({key: state.get(key, 0) for key in PROGRESS}))
