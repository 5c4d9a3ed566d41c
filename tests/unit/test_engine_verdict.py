"""The verdict (表2) as a function of the criterion states, its properties, and worked vignettes."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from bot.criteria import CRITERIA_IDS
from bot.engine import assess
from bot.evidence import evidence_of
from bot.models import CriterionState, Evidence, Finding, FindingStatus, LabValue
from bot.planner import catalogue as planner_catalogue
from bot.verdict import VERDICT_RANK, Verdict, decide

P, A, U = CriterionState.present, CriterionState.absent, CriterionState.unknown
OTHER_MAJOR = ("castleman", "sclerotic_bone_lesions", "vegf_elevated")
MINOR = ("organomegaly", "extravascular_volume_overload", "endocrinopathy", "skin_changes",
         "papilledema", "thrombocytosis_polycythemia")


def reference_verdict(states):
    """An independent statement of the rule, written from the issue text."""
    def group(members):
        values = [states[m] for m in members]
        return P if P in values else (A if all(v == A for v in values) else U)

    groups = [states["polyneuropathy"], states["monoclonal_plasma_cell_disorder"], group(OTHER_MAJOR), group(MINOR)]
    if all(g == P for g in groups):
        return "meets_criteria"
    if A in groups:
        return "unlikely"
    if sum(g == P for g in groups) >= 2:
        return "suspected"
    return "possible"


state_maps = st.fixed_dictionaries({c: st.sampled_from([P, A, U]) for c in CRITERIA_IDS})


def all_unknown(**over):
    states = {c: U for c in CRITERIA_IDS}
    states.update(over)
    return states


# --- the rule itself
@pytest.mark.parametrize("states,expected", [
    (all_unknown(), "possible"),
    (all_unknown(polyneuropathy=P), "possible"),
    (all_unknown(polyneuropathy=P, monoclonal_plasma_cell_disorder=P), "suspected"),
    (all_unknown(polyneuropathy=P, monoclonal_plasma_cell_disorder=P, castleman=P, papilledema=P), "meets_criteria"),
    (all_unknown(polyneuropathy=A, monoclonal_plasma_cell_disorder=P, castleman=P), "unlikely"),
    (all_unknown(monoclonal_plasma_cell_disorder=A), "unlikely"),
    (all_unknown(castleman=A, sclerotic_bone_lesions=A, vegf_elevated=A), "unlikely"),
    (all_unknown(castleman=A, sclerotic_bone_lesions=A), "possible"),
    (all_unknown(**{m: A for m in MINOR}), "unlikely"),
    (all_unknown(vegf_elevated=P, skin_changes=P), "suspected"),
])
def test_verdict_table(states, expected):
    assert decide(states).value == expected


@given(state_maps)
def test_verdict_matches_the_rule(states):
    assert decide(states).value == reference_verdict(states)


@given(state_maps, st.sampled_from(CRITERIA_IDS))
def test_setting_a_criterion_present_never_lowers_the_verdict(states, criterion):
    before = decide(states)
    after = decide({**states, criterion: P})
    assert VERDICT_RANK[after] >= VERDICT_RANK[before]


@given(state_maps, st.sampled_from(CRITERIA_IDS))
def test_turning_unknown_into_absent_never_raises_the_verdict(states, criterion):
    if states[criterion] != U:
        return
    assert VERDICT_RANK[decide({**states, criterion: A})] <= VERDICT_RANK[decide(states)]


def test_verdict_order():
    assert [v.value for v in sorted(Verdict, key=lambda v: v.rank)] == ["unlikely", "possible", "suspected", "meets_criteria"]


def test_corpus_gold_verdicts_follow_the_rule():
    path = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"
    if not path.exists():
        pytest.skip("corpus not present")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for rec in records:
        states = {k: CriterionState(v) for k, v in rec["gold"]["criteria"].items()}
        assert decide(states).value == rec["gold"]["verdict"], rec["id"]


# --- engine-level properties
CONCEPTS = ["polyneuropathy", "demyelinating_neuropathy", "serum_immunofixation", "urine_immunofixation",
            "abnormal_flc_ratio", "m_spike", "castleman_disease", "sclerotic_bone_lesion", "vegf_elevated",
            "hepatomegaly", "splenomegaly", "lymphadenopathy", "peripheral_edema", "ascites", "pleural_effusion",
            "diabetes", "hypothyroidism", "hypogonadism", "adrenal_insufficiency", "hyperprolactinemia",
            "hyperparathyroidism", "endocrinopathy", "skin_changes", "hyperpigmentation", "papilledema",
            "thrombocytosis", "polycythemia", "conduction_block", "anti_mag", "distal_numbness_weakness"]
LABS = st.lists(st.sampled_from([
    {"analyte": "vegf", "value": 150, "unit": "pg/mL"},
    {"analyte": "vegf", "value": 800, "unit": "pg/mL"},
    {"analyte": "vegf", "value": 2500, "unit": "pg/mL", "sample": "serum"},
    {"analyte": "flc_ratio", "value": 1.0},
    {"analyte": "flc_ratio", "value": 0.1},
    {"analyte": "platelets", "value": 300},
    {"analyte": "platelets", "value": 600},
    {"analyte": "hemoglobin", "value": 140},
]), max_size=3)
FINDINGS = st.lists(st.tuples(st.sampled_from(CONCEPTS), st.sampled_from(["present", "absent", "uncertain"])), max_size=12)


def build(findings, labs):
    return Evidence(findings=[Finding(concept=c, status=FindingStatus(s)) for c, s in findings],
                    labs=[LabValue(**lab) for lab in labs])


fast = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(FINDINGS, LABS, st.sampled_from(CONCEPTS))
def test_adding_a_present_finding_never_lowers_the_verdict(findings, labs, concept):
    before = assess(build(findings, labs))
    after = assess(build(findings + [(concept, "present")], labs))
    assert after.verdict.rank >= before.verdict.rank


@fast
@given(FINDINGS, LABS, st.sampled_from(CONCEPTS))
def test_turning_an_unknown_concept_absent_never_raises_the_verdict(findings, labs, concept):
    if concept in {c for c, s in findings if s != "uncertain"}:
        return  # not unknown
    before = assess(build(findings, labs))
    after = assess(build(findings + [(concept, "absent")], labs))
    assert after.verdict.rank <= before.verdict.rank


@fast
@given(FINDINGS, LABS)
def test_verdict_depends_only_on_criteria_states(findings, labs):
    a = assess(build(findings, labs))
    assert a.verdict == decide(a.states())
    assert a.contract()["verdict"] == reference_verdict(a.states())


@fast
@given(FINDINGS, LABS)
@example([("serum_immunofixation", "absent"), ("abnormal_flc_ratio", "absent")],
         [{"analyte": "vegf", "value": 2500, "unit": "pg/mL", "sample": "serum"}])  # the marrow reopens
def test_every_missing_evidence_item_names_an_unknown_criterion(findings, labs):
    """Each recommended test settles an unknown criterion, except the test that can reopen the one
    absent criterion that alone makes the verdict unlikely (tests.yml ``reopens``: the marrow
    after negative serum tests when VEGF, bones or Castleman point to POEMS, 二(二)1)."""
    a = assess(build(findings, labs))
    for item in a.missing_evidence:
        reopens = planner_catalogue()[item.test].reopens
        if a.verdict == Verdict.unlikely:
            assert reopens is not None and item.criteria == [reopens.criterion]
            assert a.criteria[item.criterion].state == A
            continue
        assert a.criteria[item.criterion].state == U
        assert all(a.criteria[c].state == U for c in item.criteria)
        assert item.criterion in a.unknown


@fast
@given(FINDINGS, LABS)
def test_points_against_never_change_the_verdict(findings, labs):
    a = assess(build(findings, labs))
    b = assess(build(findings + [("anti_mag", "present"), ("conduction_block", "present")], labs))
    assert a.verdict == b.verdict


# --- worked vignettes from the consensus' text
def vignette(statuses, labs=(), **kw):
    return assess(evidence_of(statuses, list(labs), **kw))


def test_cidp_non_responder_with_iga_lambda_vegf_and_oedema_meets_criteria():
    ev = Evidence(findings=[
        Finding(concept="cidp_diagnosis"), Finding(concept="treatment_nonresponse"),
        Finding(concept="demyelinating_neuropathy"),
        Finding(concept="serum_immunofixation", attributes={"heavy_chain": "IgA", "light_chain": "lambda"}),
        Finding(concept="peripheral_edema"),
    ], labs=[LabValue(analyte="vegf", value=1500, unit="pg/mL", sample="serum", reference_high=500)])
    a = assess(ev)
    assert a.verdict.value == "meets_criteria"
    assert a.missing_evidence == []
    assert "cidp_gbs" in [d.id for d in a.differential]
    assert a.points_against == []


def test_neuropathy_with_m_protein_only_is_suspected_with_mgus_hint():
    a = vignette({"polyneuropathy": "present", "m_spike": "present"})
    assert a.verdict.value == "suspected"
    assert "mgus_smouldering" in [d.id for d in a.differential]
    assert a.missing_evidence[0].settles_mandatory is False  # mandatory groups are both present


def test_castleman_without_m_protein_is_unlikely_with_variant_caution():
    a = vignette({"polyneuropathy": "present", "castleman_disease": "present", "serum_immunofixation": "absent",
                  "urine_immunofixation": "absent"}, [{"analyte": "flc_ratio", "value": 1.2}])
    assert a.verdict.value == "unlikely"
    keys = [c.key for c in a.cautions]
    assert "caution.no_m_protein" in keys and "caution.castleman_variant" in keys
    # the marrow may still show the clone the serum tests missed (二(二)1)
    assert [m.test for m in a.missing_evidence] == ["bone_marrow"]


def test_cidp_responder_with_conduction_block_shows_points_against():
    a = vignette({"cidp_diagnosis": "present", "conduction_block": "present", "treatment_response": "present",
                  "demyelinating_neuropathy": "present"})
    ids = [p.id for p in a.points_against]
    assert "conduction_block" in ids and "treatment_response" in ids
    assert a.verdict.value == "possible"


def test_later_evidence_overrides_earlier_and_is_recorded():
    ev = Evidence()
    ev.add_finding(Finding(concept="ascites", status=FindingStatus.absent))
    ev.add_finding(Finding(concept="ascites", status=FindingStatus.present))
    a = assess(ev)
    assert a.criteria["extravascular_volume_overload"].state == P
    assert a.contract()["overrides"][0]["key"] == "ascites"


def test_merge_records_overrides_for_labs():
    ev = evidence_of(labs=[{"analyte": "platelets", "value": 300}])
    ev.merge(evidence_of(labs=[{"analyte": "platelets", "value": 600}]))
    assert ev.overrides and ev.overrides[0].key == "platelets"
    assert assess(ev).criteria["thrombocytosis_polycythemia"].state == P


def test_nothing_unmentioned_becomes_absent():
    a = assess(Evidence())
    assert set(a.unknown) == set(CRITERIA_IDS)
    assert a.verdict.value == "possible"


def test_amyloid_and_albuminuria_point_to_al_amyloidosis():
    a = vignette({"polyneuropathy": "present", "amyloidosis": "present", "albuminuria": "present"})
    assert "al_amyloidosis" in [d.id for d in a.differential]
    assert "al_amyloid" in [p.id for p in a.points_against]


def test_kappa_from_flc_ratio_is_a_point_against():
    a = vignette({"polyneuropathy": "present"}, [{"analyte": "flc_ratio", "value": 3.5}])
    assert a.criteria["monoclonal_plasma_cell_disorder"].details["light_chain"] == "kappa"
    assert "kappa_light_chain" in [p.id for p in a.points_against]


def test_lytic_lesion_points_to_myeloma_not_sclerotic_criterion():
    a = vignette({"lytic_bone_lesion": "present"})
    assert a.criteria["sclerotic_bone_lesions"].state == U
    assert "myeloma" in [d.id for d in a.differential]


def test_every_verdict_has_a_next_step_and_referral_when_suspected_or_met():
    """The contract's next_step names haematology exactly when POEMS is suspected or met."""
    from bot.engine import assess
    from bot.evidence import evidence_of

    cases = {
        "meets_criteria": {"polyneuropathy": "present", "serum_immunofixation": "present",
                            "sclerotic_bone_lesion": "present", "peripheral_edema": "present"},
        "suspected": {"polyneuropathy": "present", "serum_immunofixation": "present"},
        "possible": {"polyneuropathy": "present"},
        "unlikely": {"polyneuropathy": "absent"},
    }
    for verdict, findings in cases.items():
        for language, word in (("en", "haematology"), ("zh", "血液科")):
            assessment = assess(evidence_of(findings, language=language))
            assert assessment.verdict.value == verdict
            step = assessment.contract()["next_step"]
            assert step
            assert (word in step) == (verdict in ("meets_criteria", "suspected")), (verdict, step)
