"""Missing-evidence planner: ranking, already-reported tests, not-done flags, exclusions."""

from bot.engine import assess
from bot.evidence import evidence_of
from bot.models import Evidence, Finding, LabValue, TestNotDone
from bot.planner import catalogue

KEYS = {"serum_free_light_chains", "serum_immunofixation", "urine_immunofixation", "serum_vegf",
        "bone_imaging", "bone_marrow", "nerve_conduction_study", "lymph_node_biopsy", "endocrine_panel",
        "fundoscopy", "blood_count", "abdominal_imaging"}


def test_catalogue_has_the_contract_keys_with_bilingual_why():
    assert set(catalogue()) == KEYS
    for test in catalogue().values():
        assert test.en and test.zh and test.citation and test.settles


def test_tests_settling_a_mandatory_criterion_come_first():
    a = assess(evidence_of({"peripheral_edema": "present", "sclerotic_bone_lesion": "present"}))
    tests = [m.test for m in a.missing_evidence]
    mandatory = [m.settles_mandatory for m in a.missing_evidence]
    assert mandatory == sorted(mandatory, reverse=True)
    assert tests[0] in {"serum_immunofixation", "serum_free_light_chains", "urine_immunofixation"}
    assert "nerve_conduction_study" in tests[:5]
    assert tests.index("bone_marrow") > tests.index("serum_free_light_chains")


def test_cheapest_completing_test_first_when_only_minor_is_missing():
    a = assess(evidence_of({"polyneuropathy": "present", "serum_immunofixation": "present",
                            "sclerotic_bone_lesion": "present"}))
    first = a.missing_evidence[0]
    assert first.test == "blood_count"
    assert first.criterion == "thrombocytosis_polycythemia"
    # tests that cannot complete the diagnosis (other major already present) come last
    assert a.missing_evidence[-1].test in {"lymph_node_biopsy", "serum_vegf"}


def test_a_reported_test_is_never_asked_for_again():
    a = assess(evidence_of({"polyneuropathy": "present", "serum_immunofixation": "absent"}))
    tests = [m.test for m in a.missing_evidence]
    assert "serum_immunofixation" not in tests
    assert "nerve_conduction_study" not in tests
    assert "serum_free_light_chains" in tests


def test_not_done_tests_stay_recommendable_but_flagged():
    ev = evidence_of({"polyneuropathy": "present"})
    ev.not_done.append(TestNotDone(test="serum_vegf"))
    a = assess(ev)
    item = next(m for m in a.missing_evidence if m.test == "serum_vegf")
    assert item.not_done is True
    assert item.contract()["not_done"] is True
    assert item.pending is False and item.contract()["pending"] is False


def test_a_test_sent_and_awaited_is_flagged_pending_and_the_report_says_so():
    from bot.report import render
    ev = evidence_of({"polyneuropathy": "present"})
    ev.not_done.append(TestNotDone(test="serum_vegf", reason="pending"))
    a = assess(ev)
    item = next(m for m in a.missing_evidence if m.test == "serum_vegf")
    assert item.not_done is True and item.pending is True
    assert item.contract()["pending"] is True
    line = next(x for x in render(a, "en").splitlines() if "VEGF" in x and "awaited" in x)
    assert "reported as not done" not in line


def test_exclude_drops_tests_already_asked():
    ev = evidence_of({"polyneuropathy": "present"})
    a = assess(ev, exclude_tests=["serum_free_light_chains", "fundoscopy"])
    tests = {m.test for m in a.missing_evidence}
    assert not tests & {"serum_free_light_chains", "fundoscopy"}


def test_no_plan_when_the_verdict_is_settled():
    assert assess(evidence_of({"polyneuropathy": "absent"})).missing_evidence == []


def test_contract_items_have_test_and_why_in_the_note_language():
    a = assess(evidence_of({"polyneuropathy": "present"}, language="zh"))
    item = a.contract()["missing_evidence"][0]
    assert set(item) >= {"test", "why", "criterion"}
    assert any("\u4e00" <= ch <= "\u9fff" for ch in item["why"])


def _met(note_findings, labs=()):
    from bot.session import TriageSession

    session = TriageSession()
    session.apply_note(Evidence(findings=[Finding(concept=c, status=s) for c, s in note_findings],
                                labs=list(labs)))
    return session


def test_met_criteria_name_the_tests_staging_still_needs_cheapest_first():
    from bot.models import LabValue
    from bot.planner import staging

    session = _met([("polyneuropathy", "present"), ("serum_immunofixation", "present"),
                    ("peripheral_edema", "present")],
                   [LabValue(analyte="vegf", value=860, unit="pg/mL", sample="plasma", reference_high=120)])
    summary = session.summary("en")
    assert summary["verdict"] == "meets_criteria" and summary["workup"] == []
    assert summary["staging"] == staging(summary["assessment"])
    assert summary["staging"][:2] == ["blood_count", "fundoscopy"]
    assert "bone_imaging" in summary["staging"] and "endocrine_panel" in summary["staging"]
    # no node enlarged: no biopsy recommended for staging; a test already reported is not named
    assert "lymph_node_biopsy" not in summary["staging"] and "serum_vegf" not in summary["staging"]


def test_a_node_biopsy_is_named_for_staging_only_when_a_node_is_enlarged():
    from bot.models import LabValue

    session = _met([("polyneuropathy", "present"), ("serum_immunofixation", "present"),
                    ("lymphadenopathy", "present")],
                   [LabValue(analyte="vegf", value=860, unit="pg/mL", sample="plasma", reference_high=120)])
    assert "lymph_node_biopsy" in session.summary("en")["staging"]


def test_short_of_met_criteria_nothing_is_named_for_staging():
    session = _met([("polyneuropathy", "present"), ("serum_immunofixation", "present")])
    summary = session.summary("en")
    assert summary["verdict"] != "meets_criteria" and summary["staging"] == []


def test_what_is_missing_after_met_criteria_names_the_staging_tests():
    from bot.dialogue.render import aside
    from bot.models import LabValue

    session = _met([("polyneuropathy", "present"), ("serum_immunofixation", "present"),
                    ("peripheral_edema", "present")],
                   [LabValue(analyte="vegf", value=860, unit="pg/mL", sample="plasma", reference_high=120)])
    said = aside("missing", session.assess(language="zh"), "", "zh")
    assert "确诊和分期仍需" in said and "内分泌检查" in said
    said = aside("missing", session.assess(language="en"), "", "en")
    assert "staging still need" in said and "endocrine panel" in said


def test_no_node_biopsy_is_recommended_when_no_node_is_enlarged():
    base = {"polyneuropathy": "present", "serum_immunofixation": "present", "hypogonadism": "present"}
    unknown_nodes = [m.test for m in assess(evidence_of(base)).missing_evidence]
    assert "lymph_node_biopsy" in unknown_nodes  # nodes not examined: a biopsy may still be needed
    no_nodes = [m.test for m in assess(evidence_of({**base, "lymphadenopathy": "absent"})).missing_evidence]
    assert "lymph_node_biopsy" not in no_nodes and {"serum_vegf", "bone_imaging"} <= set(no_nodes)
    enlarged = [m.test for m in assess(evidence_of({**base, "lymphadenopathy": "present"})).missing_evidence]
    assert "lymph_node_biopsy" in enlarged


def _blood(labs):
    statuses = {"polyneuropathy": "present", "serum_immunofixation": "present", "peripheral_edema": "absent"}
    return [m.test for m in assess(evidence_of(statuses, labs)).missing_evidence]


def test_a_blood_count_with_one_part_is_still_wanted_while_its_criterion_is_unknown():
    # a normal platelet count alone leaves polycythaemia, and so the criterion, unknown
    assert "blood_count" in _blood([{"analyte": "platelets", "value": 280, "unit": "10^9/L"}])
    assert "blood_count" in _blood([{"analyte": "hemoglobin", "value": 140, "unit": "g/L"}])
    # both parts: the criterion is settled and the count is not asked again
    assert "blood_count" not in _blood([{"analyte": "platelets", "value": 280, "unit": "10^9/L"},
                                        {"analyte": "hemoglobin", "value": 140, "unit": "g/L"}])
    # one part enough to meet the criterion: nothing more wanted from the count
    assert "blood_count" not in _blood([{"analyte": "platelets", "value": 620, "unit": "10^9/L"}])


# --- unlikely only for want of an M-protein: the marrow may still show the clone (二(二)1)

def _no_serum_m_protein(**extra):
    """Serum IFE negative and a normal FLC ratio: the monoclonal criterion reads absent."""
    findings = {"polyneuropathy": "present", "serum_immunofixation": "absent", **extra}
    evidence = evidence_of(findings)
    evidence.add_lab(LabValue(analyte="flc_ratio", value=1.1))
    return evidence


def test_unlikely_for_want_of_m_protein_with_sclerotic_lesion_asks_for_the_marrow():
    a = assess(_no_serum_m_protein(sclerotic_bone_lesion="present"))
    assert a.verdict.value == "unlikely"
    assert [m.test for m in a.missing_evidence] == ["bone_marrow"]
    only = a.missing_evidence[0]
    assert only.criterion == "monoclonal_plasma_cell_disorder" and only.settles_mandatory
    assert "bone marrow" in a.next_step().en and "骨髓" in a.next_step().zh
    assert a.contract()["missing_evidence"][0]["test"] == "bone_marrow"


def test_unlikely_for_want_of_m_protein_with_high_vegf_asks_for_the_marrow():
    evidence = _no_serum_m_protein()
    evidence.add_lab(LabValue(analyte="vegf", value=2400, unit="pg/mL", sample="serum"))
    a = assess(evidence)
    assert a.criteria["vegf_elevated"].state.value == "present"
    assert [m.test for m in a.missing_evidence] == ["bone_marrow"]


def test_no_marrow_when_nothing_else_points_to_poems():
    a = assess(_no_serum_m_protein(peripheral_edema="present", hyperpigmentation="present"))
    assert a.verdict.value == "unlikely"
    assert a.missing_evidence == []
    assert "differential" in a.next_step().en


def test_no_marrow_once_the_marrow_is_reported_or_asked():
    a = assess(_no_serum_m_protein(sclerotic_bone_lesion="present", clonal_plasma_cells_flow="absent"))
    assert a.verdict.value == "unlikely" and a.missing_evidence == []
    a = assess(_no_serum_m_protein(sclerotic_bone_lesion="present"), exclude_tests=["bone_marrow"])
    assert a.missing_evidence == []


def test_no_marrow_when_another_group_is_excluded_too():
    """No polyneuropathy either: a clone in the marrow would not change the verdict."""
    evidence = _no_serum_m_protein(sclerotic_bone_lesion="present")
    evidence.add_finding(Finding(concept="polyneuropathy", status="absent"))
    a = assess(evidence)
    assert a.verdict.value == "unlikely" and a.missing_evidence == []


def test_what_is_missing_names_the_marrow_as_what_could_still_change_the_verdict():
    """"Which tests are missing?" when only the marrow is left: it settles no unknown criterion,
    so it is not offered as settling them, nor is it said that no test changes the verdict."""
    from bot.dialogue.render import aside

    a = assess(_no_serum_m_protein(sclerotic_bone_lesion="present"))
    en, zh = aside("missing", a, "", "en"), aside("missing", a, "", "zh")
    assert "could still change the verdict: bone marrow" in en and "Tests that would settle them" not in en
    assert "No further test" not in en and "仍可能改变结论的检查:骨髓" in zh


def test_a_question_about_the_m_protein_names_the_marrow_that_could_still_show_it():
    """"Why is the M-protein not met?" after negative serum tests with a sclerotic lesion: the
    criterion's reasons, and the marrow as the test that could still show it."""
    from bot.dialogue.render import patient_answer

    a = assess(_no_serum_m_protein(sclerotic_bone_lesion="present"))
    en = patient_answer("criteria", ["monoclonal_plasma_cell_disorder"], a, "en")
    zh = patient_answer("criteria", ["monoclonal_plasma_cell_disorder"], a, "zh")
    assert "could still show it: bone marrow" in en and "仍可能证实此项的检查:骨髓" in zh
    plain = assess(_no_serum_m_protein(peripheral_edema="present"))
    assert "could still show it" not in patient_answer("criteria", ["monoclonal_plasma_cell_disorder"], plain, "en")


def _plan(findings):
    return {m.test: m for m in assess(evidence_of(findings)).missing_evidence}


def test_a_test_that_reported_only_a_doubt_is_recommended_again_and_says_so():
    """"sclerotic lesion R ilium, ?bone island": the bone criterion stays unknown, and the bone
    study is wanted again (reviewed or repeated), not dropped as done."""
    plan = _plan({"polyneuropathy": "present", "serum_immunofixation": "present",
                  "sclerotic_bone_lesion": "uncertain"})
    bone = plan["bone_imaging"]
    assert bone.note and "doubt" in bone.why("en") and "复查" in bone.why("zh")
    assert bone.why("en").startswith("Bone CT")


def test_a_test_with_a_settled_result_is_still_never_asked_for_again():
    for status in ("present", "absent"):
        plan = _plan({"polyneuropathy": "present", "serum_immunofixation": "present",
                      "sclerotic_bone_lesion": status, "peripheral_edema": "present"})
        assert "bone_imaging" not in plan


def test_a_doubt_beside_another_result_of_the_same_test_still_asks_for_it():
    """"CT: no lytic lesions; sclerotic focus, ?bone island": the sclerotic question is open."""
    plan = _plan({"polyneuropathy": "present", "serum_immunofixation": "present",
                  "sclerotic_bone_lesion": "uncertain", "lytic_bone_lesion": "absent"})
    assert plan["bone_imaging"].note


def test_a_doubt_about_a_criterion_already_met_asks_nothing_again():
    """"splenomegaly; ?hepatomegaly": organomegaly is met, the ultrasound is not wanted for it."""
    plan = _plan({"polyneuropathy": "present", "serum_immunofixation": "present",
                  "splenomegaly": "present", "hepatomegaly": "uncertain", "ascites": "absent",
                  "peripheral_edema": "present"})
    assert "abdominal_imaging" not in plan


def test_a_bone_study_that_speaks_only_of_lytic_lesions_is_recommended_again():
    """"Skeletal survey: no lytic lesions", "腰椎MRI：未见骨质破坏": sclerotic lesions are still open."""
    plan = _plan({"polyneuropathy": "present", "serum_immunofixation": "present", "lytic_bone_lesion": "absent"})
    assert "bone_imaging" in plan and not plan["bone_imaging"].note
