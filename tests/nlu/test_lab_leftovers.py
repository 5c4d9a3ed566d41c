"""Lab formats read since: a value at a bound (kept with its comparator, never as the number),
the sample after the name ("VEGF (S)"), a date before the value, a reference range named in
words (the renal FLC ratio range), platelets in other scales, haemoglobin in mmol/L, counts in
words. Phrasings written for these tests, in both languages."""

import pytest

from conftest import criterion, labs_of


def _checked(lab):
    from bot.evidence import check_lab

    return check_lab(lab).value


# ---------------------------------------------------------------- a value at a bound
@pytest.mark.parametrize("text,analyte,value,comparator", [
    ("VEGF >2000 pg/mL", "vegf", 2000, ">"),
    ("VEGF greater than 2000 pg/mL on the outside report", "vegf", 2000, ">"),
    ("PLT <100", "platelets", 100, "<"),
    ("platelets below 100 x10^9/L", "platelets", 100, "<"),
    ("FLC λ >250 mg/L", "flc_lambda", 250, ">"),
    ("Hb ≥ 17.5 g/dL", "hemoglobin", 17.5, ">="),
    ("VEGF大于2000 pg/ml", "vegf", 2000, ">"),
    ("血清VEGF ＞2000 pg/ml", "vegf", 2000, ">"),
    ("血小板<100×10^9/L", "platelets", 100, "<"),
    ("血小板低于100×10^9/L", "platelets", 100, "<"),
    ("游离λ轻链 >250 mg/L", "flc_lambda", 250, ">"),
])
def test_a_value_at_a_bound_keeps_its_comparator(ex, text, analyte, value, comparator):
    [lab] = labs_of(ex(text), analyte)
    assert (lab.value, lab.comparator) == (value, comparator)


@pytest.mark.parametrize("text", ["VEGF 2000 pg/mL", "血小板 100×10^9/L", "FLC λ 250 mg/L"])
def test_a_plain_value_has_no_comparator(ex, text):
    [lab] = ex(text).evidence.labs
    assert lab.comparator is None


@pytest.mark.parametrize("text,state", [
    ("VEGF >2000 pg/mL", "present"),       # above both published cut-offs
    ("Serum VEGF <2000 pg/mL", "unknown"),  # cannot show it is above 1200
    ("Serum VEGF <1000 pg/mL", "absent"),
    ("血清VEGF大于2000 pg/ml", "present"),
    ("血清VEGF <2000 pg/ml", "unknown"),
    ("血清VEGF 小于1000 pg/ml", "absent"),
])
def test_the_engine_reasons_on_a_vegf_bound(ex, text, state):
    assert criterion(ex(text), "vegf_elevated") == state


@pytest.mark.parametrize("text,state", [
    ("FLC kappa 12 mg/L, FLC λ >250 mg/L.", "present"),
    ("血清游离轻链κ 12 mg/L，λ >250 mg/L。", "present"),
])
def test_a_light_chain_bound_bounds_the_ratio(ex, text, state):
    assert criterion(ex(text), "monoclonal_plasma_cell_disorder") == state


@pytest.mark.parametrize("text,state", [
    ("Platelets >500 x10^9/L.", "present"),
    ("PLT >300.", "unknown"),
    ("血小板 >500×10^9/L。", "present"),
    ("血小板大于300×10^9/L。", "unknown"),
])
def test_a_platelet_bound(ex, text, state):
    assert criterion(ex(text), "thrombocytosis_polycythemia") == state


@pytest.mark.parametrize("text,analyte", [
    ("Plan: venesection to Hct <45%, aspirin 75 mg.", "hematocrit"),
    ("Phlebotomy to a haematocrit below 45%.", "hematocrit"),
    ("计划放血至红细胞压积<45%。", "hematocrit"),
])
def test_a_treatment_target_is_not_a_result(ex, text, analyte):
    assert labs_of(ex(text), analyte) == []


# ---------------------------------------------------------------- the sample after the name
@pytest.mark.parametrize("text,value,sample", [
    ("VEGF (S) 1 200 pg/mL", 1200, "serum"),
    ("VEGF (P) 96 pg/mL", 96, "plasma"),
    ("VEGF [S]: 1450 pg/mL", 1450, "serum"),
    ("VEGF(血清) 1200 pg/ml", 1200, "serum"),
    ("VEGF（血浆）320 pg/ml", 320, "plasma"),
])
def test_the_sample_written_after_the_name(ex, text, value, sample):
    [lab] = labs_of(ex(text), "vegf")
    assert (lab.value, lab.sample.value) == (value, sample)


# ---------------------------------------------------------------- a date before the value
@pytest.mark.parametrize("text,unit", [
    ("VEGF 2024-03-05 1 850 pg/mL", "pg/mL"),
    ("VEGF (3/5/24): 1 850", None),
    ("VEGF on 05/03/2024: 1850 pg/mL", "pg/mL"),
    ("VEGF (March 2024) 1850 pg/mL", "pg/mL"),
    ("VEGF on 5 Mar 2024: 1850 pg/mL", "pg/mL"),
    ("VEGF (Mar. 5, 2024): 1850 pg/mL", "pg/mL"),
    ("血清VEGF（2024.3.5）1850 pg/ml", "pg/mL"),
    ("血清VEGF 2024年3月5日 1850 pg/ml", "pg/mL"),
    ("血清VEGF（2024-03-05）：1850 pg/ml", "pg/mL"),
])
def test_a_date_before_the_value_is_not_the_value(ex, text, unit):
    [lab] = labs_of(ex(text), "vegf")
    assert (lab.value, lab.unit) == (1850, unit)


# ---------------------------------------------------------------- a reference range in words
@pytest.mark.parametrize("text", [
    "FLC ratio 2.1 (CKD-specific range)",
    "sFLC ratio 2.4, within the renal reference range",
    "FLC ratio 2.2 (normal range for CKD)",
    "κ/λ 2.05（肾功能不全参考范围内）",
    "游离轻链比值 2.6，慢性肾病参考范围",
])
def test_a_renal_range_named_in_words_is_the_published_renal_range(ex, text):
    e = ex(text)
    [lab] = labs_of(e, "flc_ratio")
    assert (lab.reference_low, lab.reference_high) == (0.37, 3.1)
    assert criterion(e, "monoclonal_plasma_cell_disorder") != "present"


@pytest.mark.parametrize("text", ["FLC ratio 2.1", "FLC ratio 2.1, CKD stage 3", "游离轻链比值 2.6"])
def test_without_a_named_range_the_standard_range_applies(ex, text):
    e = ex(text)
    [lab] = labs_of(e, "flc_ratio")
    assert (lab.reference_low, lab.reference_high) == (None, None)
    assert criterion(e, "monoclonal_plasma_cell_disorder") == "present"


def test_a_ratio_outside_the_renal_range_is_abnormal(ex):
    assert criterion(ex("FLC ratio 4.2 (renal reference range)"), "monoclonal_plasma_cell_disorder") == "present"


# ---------------------------------------------------------------- platelets in other scales
@pytest.mark.parametrize("text", [
    "PLT 0.52 ×10^12/L",
    "platelets 520 000/µL",
    "platelets 520 K/µL",
    "platelet count of 5.2 lakh",
    "platelet count 5.2 lacs/cumm",
    "platelets 0.52 million/µL",
    "platelets 0.52 million",
    "血小板 0.52×10^12/L",
    "血小板 52万/μL",
])
def test_platelets_in_other_scales(ex, text):
    [lab] = labs_of(ex(text), "platelets")
    assert _checked(lab) == pytest.approx(520)


@pytest.mark.parametrize("text", ["platelet count of 5.2 lakh", "platelets 0.52 million"])
def test_a_count_in_a_scale_word_is_never_read_as_a_bare_number(ex, text):
    [lab] = labs_of(ex(text), "platelets")
    assert lab.unit is not None


# ---------------------------------------------------------------- haemoglobin in mmol/L
@pytest.mark.parametrize("text,value,grams_per_litre", [
    ("Hb 10.9 mmol/L", 10.9, 175.6),
    ("haemoglobin 6.2 mmol/l on admission", 6.2, 99.9),
    ("血红蛋白 6.8 mmol/L", 6.8, 109.6),
])
def test_haemoglobin_in_mmol_per_litre_is_converted_not_read_as_grams(ex, text, value, grams_per_litre):
    [lab] = labs_of(ex(text), "hemoglobin")
    assert (lab.value, lab.unit) == (value, "mmol/L")
    assert _checked(lab) == pytest.approx(grams_per_litre, abs=0.1)


def test_a_polycythaemic_haemoglobin_in_mmol_per_litre_counts(ex):
    assert criterion(ex("Male. Hb 11.4 mmol/L."), "thrombocytosis_polycythemia") == "present"


# ---------------------------------------------------------------- counts in words
@pytest.mark.parametrize("text", ["Platelets were normal.", "platelet count normal at last check", "血小板正常。",
                                  "血小板计数在正常范围。"])
def test_a_count_stated_in_words_is_not_a_value(ex, text):
    assert labs_of(ex(text), "platelets") == []
