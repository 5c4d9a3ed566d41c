"""Chat shorthand for "don't know" ("idk", "dunno"), a value the report does not give ("具体数值不详")
and a result not back ("送检了还没回", "结果没回来") answer the asked test as unknown (not done or
pending, never negative); before, each was "not understood" and counted as a failed answer."""

import pytest

from bot.session import TriageSession
from nlu import extract_evidence

NOTE = "45F numb feet 6mo, EMG demyelinating polyneuropathy. no M spike on SPEP. hepatomegaly on US."


@pytest.mark.parametrize("answer, reason", [
    # not known to the referrer, recorded as unknown ("外院做的" says it was done: never "not done")
    ("idk", "unknown"), ("dunno", "unknown"), ("外院做的，具体数值不详", "unknown"), ("不详", "unknown"),
    ("送检了还没回", "pending"), ("还没回", "pending"), ("结果没回来", "pending"),
])
def test_unknown_in_chat_words(answer, reason):
    session = TriageSession()
    session.apply_note(extract_evidence(NOTE))
    key = session.next_question()
    outcome = session.apply_answer(key, answer, extract_evidence(answer))
    assert outcome.kind == "not_done"
    assert [(n.test, n.reason) for n in session.evidence.not_done] == [(key, reason)]
    assert key not in {f.concept for f in session.evidence.findings}


@pytest.mark.parametrize("answer", ["先这样", "先这样吧", "退出", "quit", "不问了"])
def test_leaving_words_end_the_interview(answer):
    session = TriageSession()
    session.apply_note(extract_evidence(NOTE))
    key = session.next_question()
    assert session.apply_answer(key, answer, extract_evidence(answer)).kind == "stop"


@pytest.mark.parametrize("answer", ["先这样，VEGF没做", "quit, FLC ratio 0.2"])
def test_leaving_words_with_a_result_keep_the_result(answer):
    session = TriageSession()
    session.apply_note(extract_evidence(NOTE))
    key = session.next_question()
    assert session.apply_answer(key, answer, extract_evidence(answer)).kind != "stop"
