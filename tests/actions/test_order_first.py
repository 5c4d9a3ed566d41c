"""Tests the referrer reported not done are the most useful next step when the plan ranks them
first: the reply says to order them, and the question asked meanwhile follows. Before, a note
with "VEGF not done. Bone imaging not done." was told "Most useful next: lymph node biopsy" and
asked what a biopsy of a node nobody had reported enlarged showed; whether a node is enlarged is
now asked first (questions.yml ``ask_first``), and "no" leaves nothing to biopsy."""

import pytest

from actions.triage import ActionTriage
from bot.models import Evidence, Finding, FindingStatus, TestNotDone
from bot.session import TriageSession
from tests.actions.test_actions import run, texts, tracker


def _note(*extra, not_done=("serum_vegf", "bone_imaging")):
    """Neuropathy with an IgA-λ band (both mandatory criteria met), VEGF and bone imaging
    reported not done, nothing said of lymph nodes."""
    findings = [Finding(concept="polyneuropathy"),
                Finding(concept="serum_immunofixation", attributes={"heavy_chain": "IgA", "light_chain": "lambda"}),
                Finding(concept="peripheral_edema"), *extra]
    return Evidence(findings=findings, not_done=[TestNotDone(test=t) for t in not_done])


def _entity(evidence):
    return {"entity": "poems_evidence", "value": evidence.json()}


@pytest.mark.parametrize("lang, order, meanwhile", [
    ("en", "Most useful next: order serum VEGF, bone CT / PET-CT (not done yet)", "Meanwhile: enlarged lymph nodes."),
    ("zh", "最有价值的下一步:完善血清VEGF、骨骼CT/PET-CT(尚未做)", "同时请告知:淋巴结肿大。"),
])
def test_the_tests_not_done_come_first_and_the_question_follows(lang, order, meanwhile):
    messages, _ = run(ActionTriage(), tracker("note", lang=lang, entities=[_entity(_note())]))
    said = texts(messages)
    assert order in said and meanwhile in said
    assert said.index(order) < said.index(meanwhile)


def test_without_tests_reported_not_done_the_line_names_the_asked_test():
    messages, _ = run(ActionTriage(), tracker("note", entities=[_entity(_note(not_done=()))]))
    said = texts(messages)
    assert "Most useful next: serum VEGF" in said and "not done yet" not in said


def test_whether_a_node_is_enlarged_is_asked_before_the_biopsy():
    s = TriageSession()
    s.apply_note(_note())
    assert s.next_question() == "lymph_nodes"


def test_no_enlarged_node_leaves_no_biopsy_to_ask_for():
    s = TriageSession()
    s.apply_note(_note())
    s.ask("lymph_nodes")
    outcome = s.apply_answer("lymph_nodes", "no")
    assert outcome.kind == "result"
    assert "lymph_node_biopsy" not in {m.test for m in s.assess().missing_evidence}
    assert s.next_question() not in ("lymph_nodes", "lymph_node_biopsy")


def test_an_enlarged_node_leads_to_the_biopsy_question_and_counts_as_organomegaly():
    s = TriageSession()
    s.apply_note(_note())
    s.ask("lymph_nodes")
    s.apply_answer("lymph_nodes", "yes")
    assert s.assess().criteria["organomegaly"].state.value == "present"
    assert s.next_question() == "lymph_node_biopsy"


def test_a_node_the_note_reports_goes_straight_to_the_biopsy_question():
    s = TriageSession()
    s.apply_note(_note(Finding(concept="lymphadenopathy")))
    assert s.next_question() == "lymph_node_biopsy"


def test_a_node_reported_absent_is_not_asked_again():
    s = TriageSession()
    s.apply_note(_note(Finding(concept="lymphadenopathy", status=FindingStatus.absent)))
    assert s.next_question() not in ("lymph_nodes", "lymph_node_biopsy")


@pytest.mark.parametrize("lang, title, point", [
    ("en", "Points against (they do not change the verdict):", "κ light chain: POEMS syndrome is almost always λ"),
    ("zh", "不支持点(不改变结论):", "κ型轻链:POEMS综合征基本都是λ型"),
])
def test_the_first_reply_shows_the_points_against_beside_the_verdict(lang, title, point):
    """A κ clone (POEMS is almost always λ) had been shown only in the payload and the closing
    summary; the referrer reads it with the verdict now."""
    kappa = Finding(concept="serum_immunofixation", attributes={"heavy_chain": "IgG", "light_chain": "kappa"})
    evidence = Evidence(findings=[Finding(concept="polyneuropathy"), kappa, Finding(concept="peripheral_edema")])
    messages, _ = run(ActionTriage(), tracker("note", lang=lang, entities=[_entity(evidence)]))
    said = texts(messages)
    assert title in said and point in said


def test_no_points_against_no_title():
    messages, _ = run(ActionTriage(), tracker("note", entities=[_entity(_note())]))
    assert "Points against" not in texts(messages)


def test_tests_sent_and_awaited_are_not_to_be_ordered_again():
    evidence = _note(not_done=())
    evidence.not_done = [TestNotDone(test="serum_vegf", reason="pending"),
                         TestNotDone(test="bone_imaging", reason="pending")]
    messages, _ = run(ActionTriage(), tracker("note", entities=[_entity(evidence)]))
    said = texts(messages)
    assert "not done yet" not in said and "order serum VEGF" not in said
