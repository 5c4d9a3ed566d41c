"""Messages typed at a quiz case that are no answer: "stop quiz" ends the quiz with the score so
far (it had been asked to answer met / not met, with no way out), and a question holding a claim
word inside a question word ("是否需要骨髓活检？": 否, 是) is answered as a question, not scored."""

import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.modes import MODES
from bot.dialogue import quiz


def tracker(text: str, lang: str) -> Tracker:
    state = {"mode": "quiz", "case": 0, "case_id": quiz.vignettes()[0]["id"], "answered": False,
             "cases_done": 3, "score": 3, "max": 4}
    slots = {"language": lang, "evidence": None, "interview": json.dumps(state), "answer": None,
             "failures": None, "requested_slot": "answer"}
    message = {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.9},
               "entities": [{"entity": "language", "value": lang}]}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": "interview_form"}, "action_listen")


def answer(text: str, lang: str):
    dispatcher = CollectingDispatcher()
    events = MODES["quiz"].answer(dispatcher, tracker(text, lang), lang, text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    state = next((json.loads(e["value"]) for e in events
                  if e.get("event") == "slot" and e.get("name") == "interview"), None)
    return said, state, dispatcher.messages


@pytest.mark.parametrize("text, lang", [("stop quiz", "en"), ("stop the quiz", "en"), ("enough", "en"),
                                        ("结束测验", "zh"), ("够了", "zh"),
                                        # leaving words: before, "退出" was unread and twice scored wrong
                                        ("quit", "en"), ("exit quiz", "en"), ("退出", "zh"), ("不做了", "zh"),
                                        ("先这样吧", "zh")])
def test_stop_ends_the_quiz_with_the_score_so_far(text, lang):
    said, state, messages = answer(text, lang)
    assert "3/4" in said
    assert state is not None and state["stopped"] and not state["answered"]  # nothing scored
    assert not [m for m in messages if (m.get("custom") or {}).get("type") == "poems_quiz"]


@pytest.mark.parametrize("text, lang", [("是否需要骨髓活检？", "zh"), ("需要做骨髓穿刺吗？", "zh")])
def test_a_question_with_a_claim_word_inside_a_question_word_is_answered_not_scored(text, lang):
    said, state, messages = answer(text, lang)
    assert said  # the topic's answer
    assert not [m for m in messages if (m.get("custom") or {}).get("type") == "poems_quiz"]
    assert state is None or not state.get("answered")


@pytest.mark.parametrize("text", ["不是，缺VEGF", "是否符合？不符合，缺少骨病变", "met"])
def test_answers_are_still_scored(text):
    _, state, messages = answer(text, "zh")
    assert [m for m in messages if (m.get("custom") or {}).get("type") == "poems_quiz"]
    assert state["answered"]


def _scored(text: str, lang: str, intent: str) -> Tracker:
    """The message after a case was scored, outside the form, classified as ``intent``."""
    state = {"mode": "quiz", "case": 0, "case_id": quiz.vignettes()[0]["id"], "answered": True,
             "cases_done": 1, "score": 2, "max": 2}
    slots = {"language": lang, "evidence": None, "interview": json.dumps(state), "answer": None,
             "failures": None, "requested_slot": None}
    message = {"text": text, "intent": {"name": intent, "confidence": 0.9},
               "entities": [{"entity": "language", "value": lang}]}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": None}, "action_listen")


@pytest.mark.parametrize("action_name", ["ActionHelp", "ActionOutOfScope", "ActionStop"])
@pytest.mark.parametrize("text, lang, expected", [("为什么", "zh", "引擎判定"), ("为什么？", "zh", "引擎判定"),
                                                  ("why?", "en", "Engine answer"),
                                                  ("explain please", "en", "Engine answer")])
def test_why_after_a_scored_case_explains_it_whatever_the_intent(action_name, text, lang, expected):
    """"为什么" after a scored case was classified as help, which answered with the list of what
    the assistant does: the case's reasoning is given instead, with no new score."""
    from actions import smalltalk

    dispatcher = CollectingDispatcher()
    asyncio.run(getattr(smalltalk, action_name)().run(dispatcher, _scored(text, lang, "help"), {}))
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    assert expected in said
    assert not [m for m in dispatcher.messages if (m.get("custom") or {}).get("type") == "poems_quiz"]


@pytest.mark.parametrize("text, lang", [("下一个", "zh"), ("next", "en")])
def test_next_after_a_scored_case_read_as_help_starts_the_next_case(text, lang):
    from actions.smalltalk import ActionHelp

    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionHelp().run(dispatcher, _scored(text, lang, "help"), {}))
    state = next(json.loads(e["value"]) for e in events if e.get("event") == "slot" and e.get("name") == "interview")
    assert state["case"] == 1 and not state["answered"]


@pytest.mark.parametrize("text, lang, expected", [("why?", "en", "表2"), ("why", "en", "mandatory"),
                                                  ("为什么？", "zh", "表2")])
def test_why_before_an_answer_explains_the_scoring_and_scores_nothing(text, lang, expected):
    """Before, "why?" got "please answer met or not met" and a second one was scored 0/2."""
    for _ in range(3):
        said, state, messages = answer(text, lang)
        assert expected in said
        assert not [m for m in messages if (m.get("custom") or {}).get("type") == "poems_quiz"]
        assert state is None or not state.get("answered")


@pytest.mark.parametrize("text, lang", [("skip", "en"), ("I don't know", "en"), ("no idea", "en"),
                                        ("show me the answer", "en"), ("不知道", "zh"), ("跳过", "zh")])
def test_giving_up_shows_the_answer_unscored(text, lang):
    """Before, a second message that was no answer ("next", "I don't know") was scored 0 as wrong."""
    said, state, messages = answer(text, lang)
    assert state["answered"] and state["score"] == 3 and state["max"] == 4  # unchanged
    assert not [m for m in messages if (m.get("custom") or {}).get("type") == "poems_quiz"]
    assert ("Not scored" if lang == "en" else "不计分") in said
    assert ("Engine answer" if lang == "en" else "引擎判定") in said and len(said.splitlines()) > 3


@pytest.mark.parametrize("text, lang", [("next", "en"), ("next one", "en"), ("下一题", "zh")])
def test_next_before_answering_shows_the_answer_and_starts_the_next_case(text, lang):
    said, state, messages = answer(text, lang)
    assert ("Not scored" if lang == "en" else "不计分") in said
    assert state["case"] == 3 % len(quiz.vignettes()) and not state["answered"]  # the next case (3 done)
    assert state["score"] == 3 and state["max"] == 4
    assert quiz.case_text(state["case"], lang) in said


@pytest.mark.parametrize("text, lang", [
    ("Pt 62M with CIDP not responding to IVIG. Any suggestions?", "en"),
    ("55F, demyelinating polyneuropathy, IFE IgA lambda, PLT 512", "en"),
    ("患者男，58岁，双下肢麻木无力1年，丙球治疗无效，皮肤变黑。", "zh"),
])
def test_a_patient_note_pasted_mid_quiz_is_assessed_not_scored(text, lang):
    """A note with an age, a sex or a lab value had been read as a quiz answer ("not responding"
    holds "not": scored 0/2); it pauses the quiz with its score and is assessed as a note."""
    said, state, messages = answer(text, lang)
    assert not [m for m in messages if (m.get("custom") or {}).get("type") == "poems_quiz"]
    assert [m for m in messages if (m.get("custom") or {}).get("type") == "poems_assessment"]
    assert "3/4" in said
    assert state is not None and state["mode"] == "triage"


def test_the_case_left_for_a_note_is_asked_again():
    """The quiz went on with the next case after a note pasted mid-case: the paused case was
    skipped unanswered. Its progress counts it not done, so "quiz" asks it again."""
    from actions.quiz import start_case

    text = "Pt 62M with CIDP not responding to IVIG."
    paused = tracker(text, "en")
    paused.slots["interview"] = json.dumps({"mode": "quiz", "case": 2, "case_id": quiz.vignettes()[2]["id"],
                                            "answered": False, "cases_done": 3, "score": 3, "max": 4})
    dispatcher = CollectingDispatcher()
    events = MODES["quiz"].answer(dispatcher, paused, "en", text)
    progress = next(e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "quiz")
    assert json.loads(progress) == {"cases_done": 2, "score": 3, "max": 4}
    slots = {"language": "en", "interview": json.dumps({"mode": "triage"}), "quiz": progress}
    resumed = Tracker("tester", slots, {"text": "quiz", "intent": {"name": "start_quiz"}, "entities": []},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = start_case(dispatcher, resumed)
    state = next(json.loads(e["value"]) for e in events if e.get("event") == "slot" and e.get("name") == "interview")
    assert state["case"] == 2 and state["cases_done"] == 3 and not state["answered"]  # the paused case


@pytest.mark.parametrize("text", ["met: neuropathy, IgA lambda, sclerotic lesions, oedema",
                                  "not met, missing VEGF and bone lesions",
                                  "不符合，缺少VEGF和骨病变"])
def test_answers_naming_criteria_are_no_patient_note(text):
    _, state, messages = answer(text, "zh" if "缺" in text else "en")
    assert [m for m in messages if (m.get("custom") or {}).get("type") == "poems_quiz"]
    assert state["answered"]
