"""Response assessment (表5): haematological, VEGF, radiological and neurological boundaries."""

import pytest

from bot.errors import EvidenceError
from bot.response import (HaemInputs, NeuroInputs, RadioInputs, VegfInputs, haematological,
                          neurological, radiological, vegf)


@pytest.mark.parametrize("baseline,current,expected", [
    (5, 0.4, "VGPR"),      # baseline exactly 5 g/L qualifies; fall 92 %
    (4.9, 0.1, "NE"),      # baseline below 5 g/L: not evaluable by level
    (10, 4.0, "PR"),       # baseline exactly 10 g/L; fall 60 %
    (9.9, 4.0, "NR"),      # fall 60 % but baseline < 10 g/L
    (20, 10, "NR"),        # fall exactly 50 % is not > 50 %
    (20, 9.9, "PR"),
    (20, 2.0, "PR"),       # fall exactly 90 % is not > 90 %
    (20, 1.9, "VGPR"),
])
def test_haematological_levels(baseline, current, expected):
    assert haematological(HaemInputs(baseline_g_l=baseline, current_g_l=current)).category == expected


def test_pr_baseline_caveat():
    result = haematological(HaemInputs(baseline_g_l=8, current_g_l=3))
    assert result.category == "NR" and result.caveats


@pytest.mark.parametrize("nadir,current,expected", [
    (20, 25, "NR"),      # +25 % exactly is not > 25 %
    (20, 25.1, "PD"),    # > 25 % and +5.1 g/L
    (10, 14, "NR"),      # +40 % but only 4 g/L
    (10, 15, "PD"),      # +50 % and exactly 5 g/L
])
def test_haematological_progression(nadir, current, expected):
    got = haematological(HaemInputs(baseline_g_l=30, current_g_l=current, nadir_g_l=nadir)).category
    assert (got == "PD") == (expected == "PD")


def test_reappearance_is_progression():
    assert haematological(HaemInputs(reappeared=True)).category == "PD"


def test_complete_response_needs_ife_negative_and_marrow():
    assert haematological(HaemInputs(serum_ife_negative=True, urine_ife_negative=True, marrow_normal=True)).category == "CR"
    result = haematological(HaemInputs(serum_ife_negative=True, urine_ife_negative=True))
    assert result.category != "CR" and result.caveats


@pytest.mark.parametrize("series,expected", [
    ([771, 771], "PD"), ([770, 771], "NR"), ([800], "NR"), ([900, 1000], "PD"),
])
def test_vegf_771_rule(series, expected):
    got = vegf(VegfInputs(baseline_pg_ml=1000, measurements_pg_ml=series)).category
    assert (got == "PD") == (expected == "PD")


def test_vegf_persistent_rise_from_nadir():
    assert vegf(VegfInputs(baseline_pg_ml=3000, measurements_pg_ml=[200, 300, 300])).category == "PD"
    assert vegf(VegfInputs(baseline_pg_ml=3000, measurements_pg_ml=[200, 300, 299])).category != "PD"


def test_vegf_cr_pr_nr():
    assert vegf(VegfInputs(baseline_pg_ml=3000, measurements_pg_ml=[400], uln_pg_ml=500)).category == "CR"
    assert vegf(VegfInputs(baseline_pg_ml=3000, measurements_pg_ml=[1500], uln_pg_ml=500)).category == "PR"
    assert vegf(VegfInputs(baseline_pg_ml=3000, measurements_pg_ml=[1501], uln_pg_ml=500)).category == "NR"
    no_uln = vegf(VegfInputs(baseline_pg_ml=3000, measurements_pg_ml=[400]))
    assert no_uln.category == "PR" and no_uln.caveats


@pytest.mark.parametrize("baseline,current,new,expected", [
    (10, 13, False, "PD"), (10, 12.9, False, "NR"), (10, 5, False, "PR"), (10, 5.1, False, "NR"),
    (10, 2, True, "PD"),
])
def test_radiological(baseline, current, new, expected):
    assert radiological(RadioInputs(baseline_suv=baseline, current_suv=current, new_lesion=new)).category == expected


def test_neurological_progression_and_timing_caveat():
    result = neurological(NeuroInputs(baseline_onls=3, current_onls=4, functional_worsening=True))
    assert result.category == "progression"
    assert "2–3" in result.caveats[0].en
    assert neurological(NeuroInputs(baseline_onls=3, current_onls=3.5)).category == "no_progression"
    assert neurological(NeuroInputs(baseline_onls=3, current_onls=4)).category == "possible_progression"


def test_impossible_inputs():
    with pytest.raises(EvidenceError):
        haematological(HaemInputs(baseline_g_l=-1, current_g_l=1))
    with pytest.raises(EvidenceError):
        neurological(NeuroInputs(baseline_onls=3, current_onls=20))


@pytest.mark.parametrize("inputs", [dict(baseline_g_l=None, current_g_l=3.0),
                                    dict(baseline_g_l=12.0, current_g_l=None),
                                    dict(serum_ife_negative=True, urine_ife_negative=True)])
def test_a_missing_m_protein_value_is_not_evaluable_for_want_of_it(inputs):
    """Before, an unknown baseline was said to be "below 5 g/L"."""
    result = haematological(HaemInputs(**inputs))
    assert result.category == "NE"
    assert "both needed" in result.reasons[0].en and "5 g/L" not in result.reasons[0].en
    assert "基线<5" not in result.reasons[0].zh


def test_a_low_baseline_still_says_so():
    result = haematological(HaemInputs(baseline_g_l=4.9, current_g_l=0.1))
    assert "below 5 g/L" in result.reasons[0].en
