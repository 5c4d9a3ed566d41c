"""二(二)4: serum VEGF > 2 x ULN; published cut-offs by sample type; unknown sample handling."""

import pytest

from bot.engine import assess
from bot.errors import EvidenceError
from bot.evidence import evidence_of
from bot.thresholds import Thresholds, load_thresholds


def vegf(value, unit="pg/mL", sample=None, uln=None, thresholds=None):
    lab = {"analyte": "vegf", "value": value, "unit": unit, "sample": sample, "reference_high": uln}
    return assess(evidence_of(labs=[lab]), thresholds=thresholds)


@pytest.mark.parametrize("value,state", [(1000, "absent"), (1000.1, "present"), (999, "absent")])
def test_exactly_two_times_uln_is_not_elevated(value, state):
    assert vegf(value, sample="serum", uln=500).criteria["vegf_elevated"].state.value == state


def test_uln_rule_is_cited():
    result = vegf(1500, sample="serum", uln=500).criteria["vegf_elevated"]
    assert "二(二)4" in result.citation
    assert result.reasons[0].key == "vegf.over_uln"


@pytest.mark.parametrize("value,state", [(1200, "present"), (1199, "absent")])
def test_serum_without_uln_uses_pumch_cutoff(value, state):
    result = vegf(value, sample="serum").criteria["vegf_elevated"]
    assert result.state.value == state
    assert "PUMCH" in result.reasons[0].en


@pytest.mark.parametrize("value,state", [(200, "present"), (199, "absent")])
def test_plasma_uses_mayo_cutoff(value, state):
    result = vegf(value, sample="plasma").criteria["vegf_elevated"]
    assert result.state.value == state
    assert "Mayo" in result.reasons[0].en


@pytest.mark.parametrize("value,uln,state", [
    (236, 142, "absent"),    # above the Mayo 200 but not > 2 x the lab's own upper limit
    (285, 142, "present"),
    (180, 100, "absent"),    # between 1x and 2x ULN
    (296, 86, "present"),
])
def test_plasma_with_the_labs_own_range_uses_two_times_its_upper_limit(value, uln, state):
    result = vegf(value, sample="plasma", uln=uln).criteria["vegf_elevated"]
    assert result.state.value == state
    assert result.reasons[0].key in ("vegf.over_uln", "vegf.not_over_uln")
    assert result.reasons[0].en.startswith("Plasma VEGF")
    assert result.reasons[0].zh.startswith("血浆VEGF")
    assert any(r.key == "vegf.plasma_note" for r in result.reasons)


@pytest.mark.parametrize("value,state", [(1200, "present"), (5000, "present"), (199, "absent"),
                                         (200, "unknown"), (800, "unknown"), (1199, "unknown")])
def test_unknown_sample(value, state):
    assert vegf(value).criteria["vegf_elevated"].state.value == state


def test_unknown_sample_between_cutoffs_asks_for_the_sample():
    a = vegf(800)
    assert a.questions == ["vegf_sample"]
    assert a.contract()["questions"] == ["vegf_sample"]
    # the VEGF test itself was done: it is not recommended again
    assert "serum_vegf" not in [m.test for m in a.missing_evidence]


@pytest.mark.parametrize("value,unit", [(1.5, "ng/mL"), (1500, "ng/L"), (1500, "pg/mL")])
def test_units(value, unit):
    assert vegf(value, unit, "serum").criteria["vegf_elevated"].state.value == "present"


def test_uln_is_converted_with_the_value():
    assert vegf(1.1, "ng/mL", "serum", uln=0.5).criteria["vegf_elevated"].state.value == "present"


def test_impossible_vegf_rejected_with_clear_message():
    with pytest.raises(EvidenceError, match="VEGF"):
        vegf(1e9)


def test_unknown_unit_rejected():
    with pytest.raises(EvidenceError, match="IU/furlong"):
        vegf(100, "IU/furlong")


def test_thresholds_are_configuration():
    custom = Thresholds.parse_obj({**load_thresholds().dict(),
                                   "vegf": {**load_thresholds().vegf.dict(), "serum_cutoff_pg_ml": 2000}})
    assert vegf(1500, sample="serum", thresholds=custom).criteria["vegf_elevated"].state.value == "absent"


def test_reported_elevated_without_value():
    a = assess(evidence_of({"vegf_elevated": "present"}))
    assert a.criteria["vegf_elevated"].state.value == "present"


def multiple(value, comparator=None, thresholds=None):
    """A VEGF given only as a multiple of the upper limit of normal ("VEGF 3x ULN"): the finding the NLU
    writes for it (nlu/implications/uln_multiple.py), judged against thresholds.yml vegf.uln_multiple."""
    from bot.models import Evidence, Finding
    attributes = {"uln_multiple": value, **({"comparator": comparator} if comparator else {})}
    finding = Finding(concept="vegf_elevated", attributes=attributes)
    return assess(Evidence(findings=[finding]), thresholds=thresholds).criteria["vegf_elevated"]


@pytest.mark.parametrize("value,comparator,state", [
    ("3", None, "present"),      # "VEGF 3x ULN"
    ("2.5", None, "present"),
    ("10", None, "present"),
    ("2", ">", "present"),       # "VEGF >2x ULN"
    ("3", ">", "present"),       # "VEGF >3x upper limit"
    ("1.5", None, "absent"),     # between 1x and 2x ULN
    ("1", None, "absent"),
    ("2", "<", "absent"),        # "VEGF <2x ULN"
    ("2", None, "unknown"),      # a rounded "2x ULN" may be 2.3x: cannot tell, never absent
    ("2", "~", "unknown"),       # "about twice"
    ("2", ">=", "unknown"),      # "at least 2x"
    ("4", "~", "present"),       # "about 4x"
])
def test_a_multiple_of_the_uln_without_a_value(value, comparator, state):
    result = multiple(value, comparator)
    assert result.state.value == state
    assert result.reasons[-1].key.startswith("vegf.multiple_")


def test_a_multiple_is_judged_against_the_threshold_file():
    t = load_thresholds()
    lower = t.copy(update={"vegf": t.vegf.copy(update={"uln_multiple": 1.2})})
    assert multiple("1.5", thresholds=lower).state.value == "present"


def test_a_value_wins_over_a_multiple():
    from bot.models import Evidence, Finding, LabValue
    finding = Finding(concept="vegf_elevated", attributes={"uln_multiple": "3"})
    lab = LabValue(analyte="vegf", value=150, unit="pg/mL", sample="serum", reference_high=142)
    result = assess(Evidence(findings=[finding], labs=[lab])).criteria["vegf_elevated"]
    assert result.state.value == "absent"
