"""二(二)1: evidence of an M-protein and when it is absent (boundaries of FLC and IHC ratios)."""

import pytest

from bot.engine import assess
from bot.errors import EvidenceError
from bot.evidence import evidence_of
from bot.models import Finding, Evidence

MONO = "monoclonal_plasma_cell_disorder"


def mono(statuses=None, labs=None, **kw):
    return assess(evidence_of(statuses, labs, **kw)).criteria[MONO]


@pytest.mark.parametrize("ratio,state", [
    (0.26, "unknown"), (1.65, "unknown"), (1.0, "unknown"),  # normal, but IFE not reported
    (0.25, "present"), (1.66, "present"), (0.02, "present"),
])
def test_flc_ratio_boundaries(ratio, state):
    assert mono(labs=[{"analyte": "flc_ratio", "value": ratio}]).state.value == state


def test_flc_ratio_reference_range_given_with_the_value_wins():
    lab = {"analyte": "flc_ratio", "value": 2.0, "reference_low": 0.37, "reference_high": 3.1}
    assert mono({"serum_immunofixation": "absent"}, [lab]).state.value == "absent"
    lab["value"] = 3.2
    assert mono(labs=[lab]).state.value == "present"


def test_flc_ratio_computed_from_kappa_and_lambda():
    result = mono(labs=[{"analyte": "flc_kappa", "value": 15, "unit": "mg/L"},
                        {"analyte": "flc_lambda", "value": 120, "unit": "mg/L"}])
    assert result.state.value == "present"
    assert result.details["light_chain"] == "lambda"
    assert any(r.key == "mono.flc_ratio_computed" for r in result.reasons)


def test_flc_in_mg_dl_is_converted():
    result = mono({"serum_immunofixation": "absent"},
                  [{"analyte": "flc_kappa", "value": 1.5, "unit": "mg/dL"},
                   {"analyte": "flc_lambda", "value": 1.5, "unit": "mg/dL"}])
    assert result.state.value == "absent"


@pytest.mark.parametrize("labs", [
    [{"analyte": "flc_ratio", "value": 0}],
    [{"analyte": "flc_kappa", "value": 10}, {"analyte": "flc_lambda", "value": 0}],
    [{"analyte": "flc_kappa", "value": -1}],
])
def test_impossible_ratio_rejected(labs):
    with pytest.raises(EvidenceError):
        mono(labs=labs)


@pytest.mark.parametrize("ratio,count,state", [
    (4.0, 150, "unknown"),     # exactly 4:1 is not > 4:1
    (4.01, 150, "present"),
    (0.5, 150, "unknown"),     # exactly 1:2 is not < 1:2
    (0.49, 150, "present"),
    (0.2, 99, "unknown"),      # fewer than 100 plasma cells counted
    (0.2, 100, "present"),
])
def test_ihc_ratio_boundaries(ratio, count, state):
    labs = [{"analyte": "ihc_kappa_lambda_ratio", "value": ratio},
            {"analyte": "ihc_plasma_cells_counted", "value": count}]
    assert mono(labs=labs).state.value == state


def test_ihc_without_count_is_not_accepted_and_says_why():
    result = mono(labs=[{"analyte": "ihc_kappa_lambda_ratio", "value": 0.1}])
    assert result.state.value == "unknown"
    assert any(r.key == "mono.ihc_count_missing" for r in result.reasons)


@pytest.mark.parametrize("concept", ["serum_immunofixation", "urine_immunofixation", "m_spike",
                                     "clonal_plasma_cells_flow", "clonal_plasma_cells_ihc",
                                     "plasmacytoma", "abnormal_flc_ratio"])
def test_each_route_of_evidence(concept):
    assert mono({concept: "present"}).state.value == "present"


def test_negative_ife_alone_does_not_exclude():
    result = mono({"serum_immunofixation": "absent"})
    assert result.state.value == "unknown"
    assert any(r.key == "mono.need_flc" for r in result.reasons)


def test_spep_alone_never_excludes():
    result = mono({"m_spike": "absent"})
    assert result.state.value == "unknown"
    assert any(r.key == "mono.spep_alone" for r in result.reasons)


def test_negative_ife_and_normal_flc_exclude_with_review_caution():
    a = assess(evidence_of({"serum_immunofixation": "absent", "urine_immunofixation": "absent"},
                           [{"analyte": "flc_ratio", "value": 1.0}]))
    assert a.criteria[MONO].state.value == "absent"
    assert a.verdict.value == "unlikely"
    assert any(c.key == "caution.no_m_protein" for c in a.cautions)


def test_positive_urine_ife_keeps_it_present():
    result = mono({"serum_immunofixation": "absent", "urine_immunofixation": "present"},
                  [{"analyte": "flc_ratio", "value": 1.0}])
    assert result.state.value == "present"


def test_kappa_is_kept_and_flagged_atypical():
    ev = Evidence(findings=[Finding(concept="serum_immunofixation",
                                    attributes={"heavy_chain": "IgG", "light_chain": "kappa"})])
    a = assess(ev)
    assert a.criteria[MONO].state.value == "present"
    assert any(r.key == "mono.kappa_atypical" for r in a.criteria[MONO].reasons)
    assert "kappa_light_chain" in [p.id for p in a.points_against]


def test_igm_is_a_point_against_not_a_change_of_verdict():
    base = {"polyneuropathy": "present", "sclerotic_bone_lesion": "present", "peripheral_edema": "present"}
    lam = Evidence(findings=[Finding(concept=c) for c in base]
                   + [Finding(concept="serum_immunofixation", attributes={"heavy_chain": "IgA", "light_chain": "lambda"})])
    igm = Evidence(findings=[Finding(concept=c) for c in base]
                   + [Finding(concept="serum_immunofixation", attributes={"heavy_chain": "IgM", "light_chain": "lambda"})])
    a, b = assess(lam), assess(igm)
    assert a.verdict == b.verdict
    assert "igm_isotype" in [p.id for p in b.points_against]
    assert b.evidence_strength < a.evidence_strength


def test_m_protein_value_counts():
    assert mono(labs=[{"analyte": "m_protein", "value": 0.3, "unit": "g/dL"}]).state.value == "present"
