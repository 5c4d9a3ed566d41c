"""bot.session.TriageSession: merging, questions in the engine's order, reading short answers."""

import pytest

from bot.models import Evidence, Finding, FindingStatus, LabValue
from bot.session import TriageSession, questions


def note(*findings, labs=(), **kw):
    return Evidence(findings=[f if isinstance(f, Finding) else Finding(concept=f) for f in findings],
                    labs=list(labs), **kw)


def suspected_session():
    s = TriageSession()
    s.apply_note(note("polyneuropathy", "peripheral_edema", "hyperpigmentation", age=52, sex="male"))
    return s


def test_first_question_is_the_planners_top_test():
    s = suspected_session()
    top = s.assess(exclude_asked=True).missing_evidence[0].test
    assert s.next_question() == top == "serum_free_light_chains"


def test_not_done_is_recorded_as_unknown_and_never_asked_again():
    s = suspected_session()
    out = s.apply_answer("serum_free_light_chains", "not done")
    assert out.kind == "not_done"
    assert [n.test for n in s.evidence.not_done] == ["serum_free_light_chains"]
    assert s.assess().criteria["monoclonal_plasma_cell_disorder"].state.value == "unknown"
    assert s.next_question() != "serum_free_light_chains"
    # ... but the summary still recommends it, flagged as not done
    assert ("serum_free_light_chains", True) in [(t, nd) for t, _, nd in s.summary()["workup"]]


@pytest.mark.parametrize("text", ["没做", "未查", "unknown", "Not done yet", "pending", "不知道"])
def test_not_done_phrasings(text):
    s = suspected_session()
    assert s.apply_answer("serum_immunofixation", text).kind == "not_done"


def test_a_number_answers_the_test_being_asked():
    s = suspected_session()
    out = s.apply_answer("serum_free_light_chains", "FLC ratio 0.12")
    assert out.kind == "result"
    assert s.assess().criteria["monoclonal_plasma_cell_disorder"].state.value == "present"
    assert any(c.key == "monoclonal_plasma_cell_disorder" and c.new == "present" for c in out.changes)


def test_vegf_with_reference_and_sample():
    s = suspected_session()
    s.apply_answer("serum_vegf", "sVEGF 1800, ref < 600, serum")
    lab = s.evidence.labs[-1]
    assert (lab.analyte, lab.value, lab.reference_high, lab.sample.value) == ("vegf", 1800, 600, "serum")
    assert s.assess().criteria["vegf_elevated"].state.value == "present"


@pytest.mark.parametrize("text, state", [("negative", "absent"), ("阴性", "absent"), ("no", "absent"),
                                         ("CT shows sclerotic lesions in L2 and pelvis", "present"),
                                         ("硬化性病变", "present"), ("yes", "present")])
def test_bone_imaging_answers(text, state):
    s = suspected_session()
    assert s.apply_answer("bone_imaging", text).kind == "result"
    assert s.assess().criteria["sclerotic_bone_lesions"].state.value == state


@pytest.mark.parametrize("text, kind", [("FLC ratio 0.12", "other"),
                                        ("sFLC κ/λ 0.12, VEGF not back yet", "not_done"),  # pending
                                        ("游离轻链比值0.12", "other")])
def test_another_tests_value_is_never_read_as_the_asked_one(text, kind):
    from nlu import extract_evidence

    s = suspected_session()
    extracted = extract_evidence(text)
    assert [lab.analyte for lab in extracted.labs] == ["flc_ratio"]
    out = s.apply_answer("serum_vegf", text, extracted)
    assert [lab.analyte for lab in s.evidence.labs] == ["flc_ratio"]  # no VEGF of 0.12
    assert out.kind == kind
    assert s.assess().criteria["vegf_elevated"].state.value == "unknown"


def test_the_asked_value_beside_another_tests_value_is_read():
    from nlu import extract_evidence

    s = suspected_session()
    text = "1800, and the FLC ratio was 0.12"
    s.apply_answer("serum_vegf", text, extract_evidence(text))
    assert sorted((lab.analyte, lab.value) for lab in s.evidence.labs) == [("flc_ratio", 0.12), ("vegf", 1800)]


def test_nlu_findings_in_an_answer_are_used():
    s = suspected_session()
    extracted = note(Finding(concept="serum_immunofixation", status=FindingStatus.absent))
    assert s.apply_answer("serum_immunofixation", "IFE negative", extracted).kind == "result"
    assert s.evidence.findings[-1].provenance.source.value == "answer"


def test_unreadable_answer_counts_failures_and_asks_again():
    s = suspected_session()
    s.ask("serum_vegf")
    assert s.apply_answer("serum_vegf", "hmm").kind == "unrecognised"
    assert s.failures == 1 and "serum_vegf" not in s.asked
    s.skip("serum_vegf")
    assert s.next_question() != "serum_vegf"
    assert s.assess().criteria["vegf_elevated"].state.value == "unknown"  # never absent


def test_stop_ends_without_recording_anything():
    s = suspected_session()
    before = s.evidence.copy(deep=True)
    assert s.apply_answer("serum_vegf", "stop").kind == "stop"
    assert s.evidence.findings == before.findings


def test_never_asks_what_is_known():
    s = TriageSession()
    s.apply_note(note("polyneuropathy", Finding(concept="serum_immunofixation", attributes={"light_chain": "lambda"}),
                      "hyperpigmentation"))
    asked = []
    while (key := s.next_question()) is not None and len(asked) < 20:
        asked.append(key)
        s.apply_answer(key, "not done")
    assert "serum_immunofixation" not in asked and "serum_free_light_chains" not in asked
    assert len(asked) == len(set(asked))


def test_correction_latest_statement_wins():
    s = suspected_session()
    assert s.assess().criteria["extravascular_volume_overload"].state.value == "present"
    understood, changes = s.correct(note(Finding(concept="peripheral_edema", status=FindingStatus.absent)))
    assert understood
    assert s.assess().criteria["extravascular_volume_overload"].state.value != "present"
    assert any(c.key == "extravascular_volume_overload" for c in changes)


def test_correction_with_nothing_understood():
    s = suspected_session()
    understood, changes = s.correct(Evidence())
    assert not understood and changes == []


def test_full_conversation_to_meets_criteria():
    s = suspected_session()
    s.apply_answer(s.next_question(), "FLC ratio 0.12")
    s.apply_answer(s.next_question(), "sVEGF 1800, ref < 600, serum")
    assert s.assess().verdict.value == "meets_criteria"
    assert s.next_question() is None
    summary = s.summary("en")
    assert summary["refer_haematology"] and summary["verdict"] == "meets_criteria"


def test_unlikely_when_m_protein_excluded():
    s = TriageSession()
    s.apply_note(note("polyneuropathy"))
    s.apply_answer("serum_immunofixation", "negative")
    s.apply_answer("serum_free_light_chains", "normal")
    assert s.assess().verdict.value == "unlikely"
    assert not s.summary()["refer_haematology"]


def test_cidp_screen_order_and_neuropathy():
    s = TriageSession()
    s.start_cidp_screen()
    s.apply_note(note("cidp_diagnosis", "treatment_nonresponse"))
    assert s.assess().criteria["polyneuropathy"].state.value == "present"
    order = []
    while (key := s.next_question()) is not None:
        order.append(key)
        s.apply_answer(key, "not done")
    assert order == questions()["cidp_screen"]


def test_the_cidp_screen_skips_the_light_chains_once_the_immunofixation_shows_an_m_protein():
    s = TriageSession()
    s.start_cidp_screen()
    s.apply_note(note("cidp_diagnosis", "treatment_nonresponse"))
    assert s.next_question() == "serum_immunofixation"
    s.apply_answer("serum_immunofixation", "IgA lambda")
    assert s.next_question() == "serum_vegf"  # the monoclonal criterion is met: no light-chain question
    negative = TriageSession()
    negative.start_cidp_screen()
    negative.apply_note(note("cidp_diagnosis", "treatment_nonresponse"))
    negative.apply_answer("serum_immunofixation", "negative")
    assert negative.next_question() == "serum_free_light_chains"  # still needed: the ratio may show it


def test_electrophysiology_choices():
    s = TriageSession()
    s.start_cidp_screen()
    s.apply_answer("nerve_conduction_study", "conduction block in two nerves")
    assert {f.concept for f in s.evidence.findings} >= {"conduction_block"}


def test_json_round_trip():
    s = suspected_session()
    s.apply_answer("serum_free_light_chains", "0.12")
    again = TriageSession.load(s.dump())
    assert again == s
    assert TriageSession.load(None) == TriageSession()


def test_vegf_of_unknown_sample_is_asked_about_first_and_the_answer_sets_the_sample():
    """二(二)4: 800 pg/mL is elevated in plasma (Mayo 200) but not in serum (PUMCH 1 200)."""
    from bot.models import Evidence, Finding, LabValue

    session = TriageSession()
    session.apply_note(Evidence(
        findings=[Finding(concept="polyneuropathy"), Finding(concept="serum_immunofixation")],
        labs=[LabValue(analyte="vegf", value=800, unit="pg/mL")],
    ))
    assert session.assess().criteria["vegf_elevated"].state.value == "unknown"
    assert session.next_question() == "vegf_sample"
    outcome = session.apply_answer("vegf_sample", "plasma")
    assert outcome.kind == "result"
    assert session.evidence.labs[-1].sample.value == "plasma"
    assert session.assess().criteria["vegf_elevated"].state.value == "present"
    assert session.next_question() != "vegf_sample"


def test_vegf_sample_answered_in_chinese_as_serum_keeps_the_criterion_honest():
    from bot.models import Evidence, LabValue

    session = TriageSession()
    session.apply_note(Evidence(labs=[LabValue(analyte="vegf", value=800, unit="pg/mL")]))
    assert session.next_question() == "vegf_sample"
    session.apply_answer("vegf_sample", "血清")
    assert session.assess().criteria["vegf_elevated"].state.value == "absent"


def test_a_kept_assessment_is_never_served_for_changed_evidence():
    """The per-session memo is keyed on the exact evidence: an edit in place shows at once."""
    s = suspected_session()
    before = s.assess()
    assert s.assess() is before  # same evidence, same object: the memo is in use
    assert before.criteria["monoclonal_plasma_cell_disorder"].state.value == "unknown"
    s.evidence.findings.append(Finding(concept="serum_immunofixation",
                                       attributes={"heavy_chain": "IgA", "light_chain": "lambda"}))
    after = s.assess()
    assert after is not before
    assert after.criteria["monoclonal_plasma_cell_disorder"].state.value == "present"
    assert s.assess(language="zh") is not after  # the language is part of the key
    asked = s.assess(exclude_asked=True)
    s.asked.append(asked.missing_evidence[0].test)
    assert s.assess(exclude_asked=True).missing_evidence[0].test != asked.missing_evidence[0].test
    assert "_assessments" not in s.dump()  # the memo is never persisted in the slot
