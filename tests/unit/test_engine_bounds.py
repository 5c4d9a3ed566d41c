"""A value written as a bound ("VEGF >2000 pg/mL", "PLT <100", "FLC λ >250 mg/L"): a lower bound
at or above a threshold still meets it, an upper bound at or below it cannot exceed it, and any
other bound decides nothing (unknown, with the reason in both languages) - never read as the
number itself. Haemoglobin in mmol/L is converted with the labs' convention (1 g/dL = 0.6206 mmol/L)."""

import pytest

from bot.engine import assess
from bot.evidence import check_lab, evidence_of, exceeds, falls_below
from bot.models import LabValue


@pytest.mark.parametrize("value,comparator,limit,strict,expected", [
    (2000, None, 1200, True, True),
    (1200, None, 1200, True, False),
    (1200, None, 1200, False, True),
    (2000, ">", 1200, True, True),      # every value above 2000 is above 1200
    (1200, ">", 1200, True, True),      # > 1200 is above 1200
    (1200, ">=", 1200, True, None),     # could be 1200 exactly
    (1200, ">=", 1200, False, True),
    (1000, ">", 1200, True, None),      # > 1000 may or may not exceed 1200
    (2000, "<", 1200, True, None),      # < 2000 cannot show it is above 1200
    (100, "<", 450, True, False),       # < 100 is not above 450
    (450, "<", 450, False, False),      # < 450 is not >= 450
    (450, "<=", 450, True, False),      # <= 450 is not > 450
    (450, "<=", 450, False, None),      # could be 450 exactly
])
def test_exceeds_reads_a_bound_as_a_bound(value, comparator, limit, strict, expected):
    assert exceeds(value, comparator, limit, strict) is expected


@pytest.mark.parametrize("value,comparator,limit,expected", [
    (0.1, "<", 0.26, True), (0.3, "<", 0.26, None), (0.2, ">", 0.26, None), (0.3, ">", 0.26, False),
    (0.26, "<=", 0.26, None), (0.2, None, 0.26, True),
])
def test_falls_below_mirrors_exceeds(value, comparator, limit, expected):
    assert falls_below(value, comparator, limit) is expected


def _vegf(value, comparator, sample=None, uln=None):
    lab = {"analyte": "vegf", "value": value, "unit": "pg/mL", "sample": sample,
           "reference_high": uln, "comparator": comparator}
    return assess(evidence_of(labs=[lab])).criteria["vegf_elevated"]


@pytest.mark.parametrize("value,comparator,sample,uln,state", [
    (2000, ">", None, None, "present"),      # above both published cut-offs
    (2000, ">", "serum", None, "present"),
    (2000, ">", "serum", 500, "present"),    # > 2 x 500
    (900, ">", "serum", 500, "unknown"),     # > 900 may not be > 1000
    (2000, "<", "serum", None, "unknown"),   # < 2000 against the 1200 cut-off
    (1000, "<", "serum", None, "absent"),    # < 1000 is below 1200
    (150, "<", None, None, "absent"),        # below both cut-offs
    (2000, "<", None, None, "unknown"),
    (1000, "<", "serum", 500, "absent"),     # < 1000 is not > 2 x 500
    (2000, None, "serum", None, "present"),
])
def test_a_vegf_bound(value, comparator, sample, uln, state):
    result = _vegf(value, comparator, sample, uln)
    assert result.state.value == state


def test_an_undecided_vegf_bound_says_why_in_both_languages_and_never_as_the_number():
    result = _vegf(2000, "<", "serum")
    [reason] = [r for r in result.reasons if r.key == "lab.bound_open"]
    assert "<2000" in reason.en and "1200" in reason.en and "pg/mL" in reason.en
    assert "<2000" in reason.zh and "界值" in reason.zh and "bound" not in reason.zh
    assert result.evidence[0].attributes == {"comparator": "<"}
    decided = _vegf(2000, ">", "serum")
    assert any(">2000" in r.en for r in decided.reasons)


def _blood(labs, sex=None):
    return assess(evidence_of(labs=labs, sex=sex)).criteria["thrombocytosis_polycythemia"]


@pytest.mark.parametrize("comparator,value,high", [
    ("<", 100, False), (">", 500, True), (">", 300, None), ("<", 600, None), (">=", 451, True)])
def test_a_platelet_bound(comparator, value, high):
    result = _blood([{"analyte": "platelets", "value": value, "unit": "10^9/L", "comparator": comparator},
                     {"analyte": "hemoglobin", "value": 130, "unit": "g/L"},
                     {"analyte": "hematocrit", "value": 40, "unit": "%"}], sex="male")
    assert result.state.value == {True: "present", False: "absent", None: "unknown"}[high]
    if high is None:
        [reason] = [r for r in result.reasons if r.key == "lab.bound_open"]
        assert "450 ×10^9/L" in reason.en  # the unit as the other platelet reasons write it


def test_an_undecided_haematocrit_bound_is_shown_in_percent():
    result = _blood([{"analyte": "hematocrit", "value": 40, "unit": "%", "comparator": ">"},
                     {"analyte": "platelets", "value": 300, "unit": "10^9/L"}], sex="female")
    [reason] = [r for r in result.reasons if r.key == "lab.bound_open"]
    assert ">40 %" in reason.en and "percent" not in reason.en


@pytest.mark.parametrize("comparator,value,sex,state", [
    (">", 170, "male", "present"), ("<", 150, "female", "absent"), (">", 150, "male", "unknown"),
    (">", 170, None, "present"), ("<", 155, None, "absent")])
def test_a_haemoglobin_bound(comparator, value, sex, state):
    result = _blood([{"analyte": "hemoglobin", "value": value, "unit": "g/L", "comparator": comparator},
                     {"analyte": "platelets", "value": 300, "unit": "10^9/L"}], sex=sex)
    assert result.state.value == state


def _mono(labs):
    return assess(evidence_of(labs=labs)).criteria["monoclonal_plasma_cell_disorder"]


def test_a_lambda_above_its_bound_bounds_the_ratio_below():
    result = _mono([{"analyte": "flc_kappa", "value": 12, "unit": "mg/L"},
                    {"analyte": "flc_lambda", "value": 250, "unit": "mg/L", "comparator": ">"}])
    assert result.state.value == "present"
    assert result.details["light_chain"] == "lambda"
    assert any(r.key == "mono.flc_ratio_abnormal" and "<0.048" in r.en for r in result.reasons)


@pytest.mark.parametrize("labs", [
    [{"analyte": "flc_kappa", "value": 20, "unit": "mg/L", "comparator": ">"},
     {"analyte": "flc_lambda", "value": 250, "unit": "mg/L", "comparator": ">"}],  # bounds pull apart
    [{"analyte": "flc_ratio", "value": 1.2, "comparator": ">"}],  # may or may not exceed 1.65
    [{"analyte": "flc_ratio", "value": 1.0, "comparator": "<"}],  # may or may not be < 0.26
])
def test_a_ratio_bound_that_cannot_tell_is_neither_abnormal_nor_normal(labs):
    result = _mono(labs)
    assert result.state.value == "unknown"
    assert any(r.key == "mono.flc_ratio_bound" for r in result.reasons)
    assert all(r.key not in ("mono.flc_ratio_abnormal", "mono.flc_ratio_normal") for r in result.reasons)


def test_a_stated_ratio_bound_beyond_the_range_is_abnormal():
    result = _mono([{"analyte": "flc_ratio", "value": 100, "comparator": ">"}])
    assert result.state.value == "present" and result.details["light_chain"] == "kappa"


@pytest.mark.parametrize("value,grams_per_litre", [(10.9, 175.6), (6.2, 99.9), (8.0, 128.9)])
def test_haemoglobin_in_mmol_per_litre_is_converted_with_the_labs_convention(value, grams_per_litre):
    checked = check_lab(LabValue(analyte="hemoglobin", value=value, unit="mmol/L"))
    assert checked.value == pytest.approx(grams_per_litre, abs=0.1)
    assert checked.written_unit == "mmol/L"
    # 1 g/dL = 0.6206 mmol/L, both ways
    assert check_lab(LabValue(analyte="hemoglobin", value=6.206, unit="mmol/L")).value == pytest.approx(100)


def test_a_substance_unit_of_another_analyte_is_not_converted():
    from bot.errors import UnitError

    with pytest.raises(UnitError):
        check_lab(LabValue(analyte="albumin", value=0.6, unit="mmol/L"))


@pytest.mark.parametrize("unit,value", [("10^12/L", 0.52), ("10^5/uL", 5.2), ("/uL", 520000), ("K/uL", 520)])
def test_platelets_in_other_scales_convert_to_the_threshold_unit(unit, value):
    assert check_lab(LabValue(analyte="platelets", value=value, unit=unit)).value == pytest.approx(520)


@pytest.mark.parametrize("comparator,value,point", [("<", 20, 2), ("<", 30, None), (">", 60, 0), (">", 20, None)])
def test_an_egfr_bound_counts_in_the_risk_score_only_when_it_decides(comparator, value, point):
    """表3: eGFR < 30 scores 2 points. "<20" scores them, ">60" does not; "<30" (could be 30) and
    ">20" leave the eGFR unknown."""
    from bot.evidence import resolve
    from bot.risk import from_facts

    facts = resolve(evidence_of(labs=[{"analyte": "egfr", "value": value, "unit": "mL/min/1.73m^2",
                                      "comparator": comparator}], age=40))
    facts.findings.clear()
    result = from_facts(facts)
    assert ("egfr" in result.missing) == (point is None)
    if point is not None:
        assert result.score_min == point


def test_a_bound_is_exported_to_fhir_with_its_comparator():
    from fhir.resources.R4B.bundle import Bundle

    from bot.fhir import bundle_for

    evidence = evidence_of(labs=[{"analyte": "vegf", "value": 2000, "unit": "pg/mL", "comparator": ">"},
                                 {"analyte": "platelets", "value": 520, "unit": "10^9/L"}])
    bundle = bundle_for(assess(evidence), evidence)
    Bundle.parse_obj(bundle)  # valid FHIR R4B
    quantities = {entry["resource"]["code"]["coding"][0]["code"]: entry["resource"]["valueQuantity"]
                  for entry in bundle["entry"]
                  if entry["resource"]["resourceType"] == "Observation" and "valueQuantity" in entry["resource"]}
    assert quantities["vegf"] == {"value": 2000, "unit": "pg/mL", "comparator": ">"}
    assert "comparator" not in quantities["platelets"]


@pytest.mark.parametrize("comparator,value,state", [(None, 3.1, "present"), (">", 5, "present"), ("<", 1, "unknown")])
def test_an_m_protein_below_a_bound_may_be_none(comparator, value, state):
    result = _mono([{"analyte": "m_protein", "value": value, "unit": "g/L", "comparator": comparator}])
    assert result.state.value == state


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_summary_of_what_was_understood_shows_a_bound_as_written(language):
    from bot.dialogue.render import understood

    evidence = evidence_of(labs=[{"analyte": "vegf", "value": 2000, "unit": "pg/mL", "comparator": ">"},
                                 {"analyte": "platelets", "value": 520, "unit": "10^9/L"}])
    text = understood(evidence, language)
    assert ">2000 pg/mL" in text
    assert " 520 10^9/L" in text and ">520" not in text


@pytest.mark.parametrize("answer,comparator,state", [
    (">2000", ">", "present"), ("more than 2000 pg/mL", ">", "present"), ("大于2000", ">", "present"),
    ("<2000", "<", "unknown"), ("低于2000", "<", "unknown"), ("2000", None, "present"),
])
def test_a_bound_answered_in_the_dialogue_is_kept_as_a_bound(answer, comparator, state):
    from bot.session import TriageSession

    session = TriageSession()
    session.apply_answer("serum_vegf", answer)
    lab = session.evidence.labs[-1]
    assert (lab.analyte, lab.value, lab.comparator) == ("vegf", 2000, comparator)
    assert session.assess().criteria["vegf_elevated"].state.value == state


def test_an_impossible_bound_is_refused_as_written():
    from bot.evidence import LabRefused

    with pytest.raises(LabRefused) as refused:
        check_lab(LabValue(analyte="platelets", value=50000, unit="10^9/L", comparator=">"))
    assert ">50000 10^9/L" in refused.value.text.en and ">50000 10^9/L" in refused.value.text.zh
    with pytest.raises(LabRefused) as plain:
        check_lab(LabValue(analyte="platelets", value=50000, unit="10^9/L"))
    assert "of 50000 10^9/L" in plain.value.text.en
