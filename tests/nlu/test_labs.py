import pytest

from conftest import labs_of, not_done, status_of


def one(extraction, analyte):
    labs = labs_of(extraction, analyte)
    assert len(labs) == 1, labs
    return labs[0]


def test_vegf_with_reference_and_sample(ex):
    lab = one(ex("sVEGF 2,380 pg/ml (ref <500)"), "vegf")
    assert (lab.value, lab.unit, lab.sample.value, lab.reference_high) == (2380, "pg/mL", "serum", 500)
    lab = one(ex("血清VEGF 1,860 pg/ml (ref 0-600)??"), "vegf")
    assert (lab.value, lab.reference_low, lab.reference_high) == (1860, 0, 600)
    lab = one(ex("plasma VEGF 310 pg/mL"), "vegf")
    assert lab.sample.value == "plasma"
    lab = one(ex("血清VEGF 4 260 pg/ml。"), "vegf")
    assert lab.value == 4260
    lab = one(ex("VEGF 2.1 ng/ml"), "vegf")
    assert (lab.value, lab.unit) == (2.1, "ng/mL")


def test_flags(ex):
    assert one(ex("PLT 512×10^9/L ↑"), "platelets").flag == "high"
    assert one(ex("Alb 28 g/L (L)"), "albumin").flag == "low"
    assert one(ex("血红蛋白 172 g/L 升高"), "hemoglobin").flag == "high"


def test_counts_and_units(ex):
    lab = one(ex("PLT 512×10^9/L"), "platelets")
    assert (lab.value, lab.unit) == (512, "10^9/L")
    lab = one(ex("Plt 582 × 10^3/μL"), "platelets")
    assert (lab.value, lab.unit) == (582, "K/uL")
    lab = one(ex("Hb 16.9 g/dL"), "hemoglobin")
    assert (lab.value, lab.unit) == (16.9, "g/dL")
    lab = one(ex("eGFR 25 ml/min/1.73m2"), "egfr")
    assert lab.unit == "mL/min/1.73m^2"


def test_flc(ex):
    e = ex("FLC κ 18.2 mg/L λ 96.5 mg/L ratio 0.19")
    assert one(e, "flc_kappa").value == 18.2
    assert one(e, "flc_lambda").value == 96.5
    ratio = one(e, "flc_ratio")
    assert ratio.value == 0.19 and ratio.unit is None
    e = ex("血清游离轻链：κ 15.3 mg/L，λ 88.0 mg/L，κ/λ 0.17")
    assert one(e, "flc_ratio").value == 0.17
    assert one(e, "flc_lambda").value == 88.0


def test_unit_missing_is_flagged_not_guessed(ex):
    e = ex("Platelets 512.")
    lab = one(e, "platelets")
    assert lab.unit is None
    assert any(w.reason == "unit_missing" and w.analyte == "platelets" for w in e.warnings)
    e = ex("VEGF 1860 blah/xx")
    assert not labs_of(e, "vegf")
    assert e.unparsed


def test_pg_ml_values_that_are_not_vegf(ex):
    e = ex("NT-proBNP 1200 pg/ml, B12 150 pg/ml")
    assert not labs_of(e, "vegf")


def test_immunofixation(ex):
    e = ex("IFE: IgA-λ")
    f = [f for f in e.evidence.findings if f.concept == "serum_immunofixation"][0]
    assert f.status.value == "present"
    assert f.attributes == {"heavy_chain": "IgA", "light_chain": "lambda"}
    e = ex("免疫固定电泳：IgG λ型阳性")
    f = [f for f in e.evidence.findings if f.concept == "serum_immunofixation"][0]
    assert f.attributes == {"heavy_chain": "IgG", "light_chain": "lambda"}
    assert status_of(ex("IFE negative"), "serum_immunofixation") == "absent"
    e = ex("尿免疫固定电泳：λ轻链阳性")
    f = [f for f in e.evidence.findings if f.concept == "urine_immunofixation"][0]
    assert f.attributes == {"light_chain": "lambda"}


def test_not_done(ex):
    assert not_done(ex("sFLC pending. IFE not done.")) == {
        "serum_free_light_chains": "pending", "serum_immunofixation": "not_done"}
    assert not_done(ex("未行肌电图 M蛋白未查 请会诊")) == {
        "nerve_conduction_study": "not_done", "serum_immunofixation": "not_done"}
    assert not_done(ex("视乳头水肿 not checked"))["fundoscopy"] == "not_done"
    assert not_done(ex("VEGF未查，骨髓穿刺待回报")) == {"serum_vegf": "not_done",
                                                  "bone_marrow": "pending"}
    assert not_done(ex("No neuropathy work-up has been done yet.")) == {
        "nerve_conduction_study": "not_done"}
    # a done test with a normal result is not "not done"
    assert not_done(ex("NCS normal.")) == {}


def test_ambiguous_unitless_value_is_flagged_not_emitted(ex):
    e = ex("Hb 22, PLT 480")  # 22 g/L and 22 g/dL are both plausible (thresholds.yml)
    assert not labs_of(e, "hemoglobin")
    assert any(w.analyte == "hemoglobin" and w.reason == "unit_ambiguous" for w in e.set_aside)
    assert one(e, "platelets").unit is None
    assert one(ex("Hb 168"), "hemoglobin").value == 168
