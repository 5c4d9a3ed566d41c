"""Answers to the bone-imaging question: the test's own name may open a bare answer ("CT normal",
"PET-CT: negative", "骨CT正常": a normal study), while a normal bone scan (骨扫描, 骨显像, scintigraphy)
cannot settle the sclerotic criterion (表1 names bone CT, whole-body MRI or PET/CT; tracer uptake misses
most sclerotic lesions): nothing is set and the question stays open, never read as absent."""

import pytest

from bot.criteria import CriterionState
from bot.session import TriageSession
from nlu import extract_evidence

NOTE = "58M, CIDP not responding to IVIG. Serum IFE IgA lambda. Ankle oedema."


def _answer(text: str):
    session = TriageSession()
    session.apply_note(extract_evidence(NOTE))
    session.ask("bone_imaging")
    outcome = session.apply_answer("bone_imaging", text, extract_evidence(text))
    return outcome, session.assess().states()["sclerotic_bone_lesions"], session


@pytest.mark.parametrize("text", ["CT normal", "PET-CT: negative", "骨CT正常", "MRI normal", "CT - unremarkable",
                                  "正常", "no"])
def test_a_normal_study_named_first_is_a_normal_result(text):
    outcome, state, session = _answer(text)
    assert outcome.kind == "result" and state == CriterionState.absent and session.current is None


@pytest.mark.parametrize("text", ["bone scan normal", "骨扫描正常", "全身骨显像未见异常", "Tc-99m bone scintigraphy unremarkable",
                                  "bone scan: abnormal uptake L2"])
def test_a_bone_scan_leaves_the_criterion_open_and_the_question_asked(text):
    outcome, state, session = _answer(text)
    assert outcome.kind == "insensitive"
    assert state == CriterionState.unknown and session.current == "bone_imaging"
    assert session.failures == 0


def test_a_normal_ct_beside_a_normal_bone_scan_settles_it():
    outcome, state, _ = _answer("bone CT normal, bone scan normal")
    assert state == CriterionState.absent


def test_lesions_seen_are_read_whatever_the_study():
    outcome, state, _ = _answer("bone scan showed osteosclerotic lesions in L2")
    assert state == CriterionState.present
