"""Remarks made in the middle of the interview that are not answers ("what is still missing?",
"why?", "thanks", "bye"): they are answered or end the interview, are never counted as failed
answers (two of which skip the question with a hand-off), and change no evidence."""

import pytest

from bot.models import Evidence, Finding
from bot.session import TriageSession
from nlu import extract_evidence


def session() -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy"), Finding(concept="peripheral_edema")]))
    s.ask("serum_vegf")
    return s


def answer(s: TriageSession, text: str):
    return s.apply_answer("serum_vegf", text, extract_evidence(text))


@pytest.mark.parametrize("text, kind", [
    ("what is still missing?", "missing"), ("what else do you need?", "missing"), ("还缺什么？", "missing"),
    ("还需要查什么", "missing"), ("why?", "why"), ("why do you ask?", "why"), ("为什么要查这个？", "why"),
    ("为什么", "why"), ("thanks", "thanks"), ("ok, thank you", "thanks"), ("谢谢", "thanks")])
def test_a_remark_is_answered_and_never_a_failed_answer(text, kind):
    s = session()
    before = s.evidence.copy(deep=True)
    for _ in range(3):
        outcome = answer(s, text)
        assert outcome.kind == kind
    assert s.failures == 0 and s.current == "serum_vegf" and "serum_vegf" not in s.asked
    assert s.evidence == before


@pytest.mark.parametrize("text", ["thanks, bye", "bye", "goodbye", "再见", "好的，谢谢，再见"])
def test_a_goodbye_ends_the_interview(text):
    assert answer(session(), text).kind == "stop"


@pytest.mark.parametrize("text", ["negative, thanks", "1850 pg/ml thanks", "not done, thanks", "why not done"])
def test_a_result_with_a_remark_is_still_the_result(text):
    assert answer(session(), text).kind not in ("missing", "why", "thanks", "stop")


@pytest.mark.parametrize("text, asked, about", [
    ("为什么要查VEGF？", "serum_vegf", "serum_vegf"), ("why do you need VEGF?", "serum_vegf", "serum_vegf"),
    ("why do we need a VEGF?", "bone_imaging", "serum_vegf"), ("为什么要查VEGF？", "bone_imaging", "serum_vegf"),
    ("为什么还要查骨CT？", "serum_vegf", "bone_imaging"),
    ("why do I need to order FLC?", "serum_vegf", "serum_free_light_chains")])
def test_a_why_naming_a_test_is_a_question_about_it_never_a_test_not_done(text, asked, about):
    s = session()
    s.ask(asked)
    before = s.evidence.copy(deep=True)
    outcome = s.apply_answer(asked, text, extract_evidence(text))
    assert (outcome.kind, outcome.item) == ("why", about)
    assert s.evidence == before and not s.evidence.not_done and s.current == asked


@pytest.mark.parametrize("text", ["VEGF not done", "VEGF没做", "VEGF pending?", "VEGF 还没做吗？", "VEGF?"])
def test_a_test_said_not_done_or_named_alone_is_no_why(text):
    assert answer(session(), text).kind != "why"
