"""The assessments shared by the sessions of one process (bot.assessment_memo.AssessmentMemo): each
action call loads the session from the slot again, so the memo must work across session objects
and must never serve an assessment for evidence that changed."""

import pytest

from bot.models import Evidence, Finding
from bot.assessment_memo import ASSESSMENTS, AssessmentMemo, EvidenceText
from bot.session import SESSIONS, SessionMemo, TriageSession


def session() -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept=c) for c in
                                    ("polyneuropathy", "peripheral_edema", "hyperpigmentation")],
                          age=52, sex="male"))
    return s


def test_sessions_loaded_from_the_same_slot_share_their_assessments():
    first = session()
    again = TriageSession.load(first.dump())
    assert again is not first
    assert again.assess(language="en", exclude_asked=True) is first.assess(language="en", exclude_asked=True)
    assert again.next_question() == first.next_question()


def test_a_kept_assessment_keeps_the_evidence_it_was_made_from():
    first = session()
    kept = first.assess()
    n = len(kept.evidence.findings)
    first.evidence.findings.append(Finding(concept="serum_immunofixation",
                                           attributes={"heavy_chain": "IgA", "light_chain": "lambda"}))
    assert len(kept.evidence.findings) == n  # the session's later edit does not reach it
    changed = first.assess()
    assert changed is not kept
    assert changed.criteria["monoclonal_plasma_cell_disorder"].state.value == "present"
    assert session().assess().criteria["monoclonal_plasma_cell_disorder"].state.value == "unknown"


def test_the_memo_is_bounded_and_recomputes_what_it_dropped():
    memo = AssessmentMemo(size=2)
    evidence = [Evidence(findings=[Finding(concept=c)]) for c in
                ("polyneuropathy", "peripheral_edema", "hyperpigmentation")]
    made = [memo.get(e, None, ()) for e in evidence]
    assert len(memo._kept) == 2
    assert memo.get(evidence[2], None, ()) is made[2]
    again = memo.get(evidence[0], None, ())  # dropped: computed anew, equal
    assert again is not made[0] and again.verdict == made[0].verdict
    assert memo.get(evidence[0], "zh", ()) is not again  # the language is part of the key
    ASSESSMENTS.clear()


def test_the_evidence_text_is_reused_only_for_the_same_items():
    texts = EvidenceText(size=2)
    evidence = session().evidence
    first = texts(evidence)
    assert first == evidence.json()
    copy = evidence.copy(update={"language": "en"})  # a new object holding the same items
    assert texts(copy) is first
    assert texts(evidence.copy(update={"language": "zh"})) == evidence.copy(update={"language": "zh"}).json()
    replaced = evidence.copy(update={"findings": [*evidence.findings[:-1],
                                                  evidence.findings[-1].copy(update={"status": "absent"})]})
    assert texts(replaced) == replaced.json() != first  # an item replaced by an equal-length list
    evidence.findings.append(Finding(concept="papilledema"))
    assert texts(evidence) == evidence.json() != first  # an item appended to the same list
    evidence.age = 60
    assert texts(evidence) == evidence.json()  # another field changed


def test_a_session_read_again_from_its_slot_is_equal_and_its_own():
    SESSIONS.clear()
    first = session()
    first.ask("vegf")
    raw = first.dump()
    again, other = TriageSession.load(raw), TriageSession.load(raw)
    assert again is not other and again.dump() == raw == other.dump()
    assert TriageSession.parse_raw(raw) == again  # as a fresh parse gives it
    # what one reader changes reaches neither the other nor a later reader
    again.evidence.findings.append(Finding(concept="papilledema"))
    again.evidence.age = 70
    again.asked.append("serum_ife")
    again.failures += 1
    assert other.dump() == raw == TriageSession.load(raw).dump()
    assert again.dump() != raw
    # the items are shared: the evidence's JSON is found by them, not computed again
    texts = EvidenceText()
    assert texts(other.evidence) is texts(TriageSession.load(raw).evidence)


def test_the_session_memo_is_bounded_and_refuses_bad_slots():
    memo = SessionMemo(size=2)
    raws = []
    for age in (40, 50, 60):
        s = session()
        s.evidence.age = age
        raws.append(s.json())
    loaded = [memo.load(raw) for raw in raws]
    assert len(memo._kept) == 2
    assert memo.load(raws[0]).dump() == raws[0] == loaded[0].dump()  # dropped: parsed again
    with pytest.raises(ValueError):
        memo.load('{"evidence": {"age": 300}}')
    SESSIONS.clear()


def test_a_session_is_dumped_as_its_json():
    SESSIONS.clear()
    ASSESSMENTS.clear()
    first = session()
    assert first.dump() == first.json()  # the evidence's text made for the dump
    first.assess(language="zh", exclude_asked=True)
    first.ask("serum_vegf")
    first.apply_answer("serum_vegf", "sVEGF 1800, ref < 600, serum")
    first.evidence.age = 61
    assert first.dump() == first.json()  # the evidence's text from the memo, after an edit
    again = TriageSession.load(first.dump())
    again.mode, again.assessed = "cidp", True
    assert again.dump() == again.json()
    assert TriageSession().dump() == TriageSession().json()
