"""Lab values in the breadth of real writing: each rule tested with several phrasings written for
these tests (not copied from the corpus), in English and Chinese."""
import pytest

from conftest import labs_of


def _read(ex, text, analyte):
    return [(lab.value, lab.unit) for lab in labs_of(ex(text), analyte)]


# ---------------------------------------------------------------- FLC ratio without an FLC word
@pytest.mark.parametrize("text,value", [
    ("κ/λ 0.12", 0.12),
    ("kappa/lambda ratio 0.32 (0.26-1.65)", 0.32),
    ("K/L ratio 1.9", 1.9),
    ("Ratio kappa/lambda: 0.08", 0.08),
    ("κ/λ比值 0.11↓", 0.11),
    ("游离κ/λ 0.25", 0.25),
    ("sFLC ratio (κ/λ) 0.08", 0.08),
    ("serum free light chain ratio 14.2", 14.2),
])
def test_a_kappa_lambda_ratio_alone_is_the_flc_ratio(ex, text, value):
    assert _read(ex, text, "flc_ratio") == [(value, None)]


@pytest.mark.parametrize("text", [
    "Bone marrow: plasma cells 8%, κ/λ 0.1 on flow",
    "骨髓流式：浆细胞κ/λ 0.08",
    "IHC on the node: CD138+ cells, kappa/lambda ratio 0.1",
    "urine κ/λ ratio 2.1",
    "尿κ/λ比值 2.1",
    "免疫固定电泳 κ/λ 阴性",
])
def test_a_ratio_of_cells_or_urine_is_not_the_serum_flc_ratio(ex, text):
    assert _read(ex, text, "flc_ratio") == []


@pytest.mark.parametrize("text,analyte,value", [
    ("free λ light chain 121 mg/L", "flc_lambda", 121),
    ("lambda free light chains 121 mg/L; kappa 38.5 mg/L", "flc_lambda", 121),
    ("κ free light chains were 38.5 mg/L", "flc_kappa", 38.5),
    ("游离轻链κ 38.5 mg/L", "flc_kappa", 38.5),
])
def test_light_chain_names_in_other_word_orders(ex, text, analyte, value):
    assert _read(ex, text, analyte) == [(value, "mg/L")]


# ---------------------------------------------------------------- platelets per µL in powers of ten
@pytest.mark.parametrize("text,value,unit", [
    ("Platelets were 6.2 × 10^5/µL.", 6.2, "10^5/uL"),
    ("plt 4.8 x 10⁵/uL on admission", 4.8, "10^5/uL"),
    ("血小板 45.3万/μL", 45.3, "10^4/uL"),
    ("血常规：PLT 51.2 万/mm³，Hb 150 g/L", 51.2, "10^4/uL"),
    ("血小板计数升高至52万", 52, "10^4/uL"),
    ("PLT 45.3×10^4/μL", 45.3, "10^4/uL"),
])
def test_platelets_in_ten_thousands_or_hundred_thousands_per_microlitre(ex, text, value, unit):
    assert _read(ex, text, "platelets") == [(value, unit)]


@pytest.mark.parametrize("text,expected", [
    ("Platelets were 6.2 × 10^5/µL.", 620),
    ("血小板 45.3万/μL", 453),
])
def test_powers_of_ten_per_microlitre_convert_to_the_platelet_threshold_unit(ex, text, expected):
    from bot.evidence import check_lab

    lab = labs_of(ex(text), "platelets")[0]
    assert check_lab(lab).value == pytest.approx(expected)


@pytest.mark.parametrize("text,value", [
    ("Screening: IFE negative, FLC-R 1.08.", 1.08),
    ("血清IFE IgA-λ(+)，FLC-R 0.12。", 0.12),
    ("sFLCr 0.09 (0.26-1.65)", 0.09),
    ("FLC-ratio: 3.2", 3.2),
])
def test_flc_ratio_abbreviations(ex, text, value):
    assert _read(ex, text, "flc_ratio") == [(value, None)]


def test_flc_ratio_abbreviation_inside_a_light_chain_list(ex):
    e = ex("sFLC: κ 68.4 mg/L, λ 27.9 mg/L, FLC-R 2.45 ↑ (ref 0.26-1.65)")
    assert [(lab.analyte, lab.value) for lab in e.evidence.labs] == [
        ("flc_kappa", 68.4), ("flc_lambda", 27.9), ("flc_ratio", 2.45)]


# ---------------------------------------------------------------- values written as a series
@pytest.mark.parametrize("text,analyte,values", [
    ("VEGF 4 410 pg/ml，出院前 2 050 pg/ml。", "vegf", [(4410, "pg/mL"), (2050, "pg/mL")]),
    ("血清VEGF 3200 pg/ml，治疗后降至860 pg/ml", "vegf", [(3200, "pg/mL"), (860, "pg/mL")]),
    ("VEGF 3200 pg/ml, after 4 cycles 860 pg/ml", "vegf", [(3200, "pg/mL"), (860, "pg/mL")]),
    ("VEGF 4410 → 2050 pg/mL after treatment", "vegf", [(4410, "pg/mL"), (2050, "pg/mL")]),
    ("VEGF 4410 pg/mL -> 2050 pg/mL -> 980 pg/mL", "vegf", [(4410, "pg/mL"), (2050, "pg/mL"), (980, "pg/mL")]),
    ("Hb 178 g/L, now 150 g/L", "hemoglobin", [(178, "g/L"), (150, "g/L")]),
    ("Platelets 612 x10^9/L, then 380 x10^9/L", "platelets", [(612, "10^9/L"), (380, "10^9/L")]),
    ("血小板 612×10^9/L，复查 580×10^9/L，VEGF 2000 pg/ml", "platelets", [(612, "10^9/L"), (580, "10^9/L")]),
    ("PLT 612 → 380", "platelets", [(612, None), (380, None)]),
])
def test_values_of_one_analyte_written_as_a_series(ex, text, analyte, values):
    assert _read(ex, text, analyte) == values


@pytest.mark.parametrize("text,analyte,values", [
    ("VEGF 4410 pg/mL, now on lenalidomide 25 mg daily", "vegf", [(4410, "pg/mL")]),
    ("PLT 612 ×10^9/L, Hb 178 g/L", "platelets", [(612, "10^9/L")]),
    ("VEGF 1850 pg/mL, repeat pending", "vegf", [(1850, "pg/mL")]),
])
def test_a_series_link_without_a_value_of_the_analyte_adds_nothing(ex, text, analyte, values):
    assert _read(ex, text, analyte) == values


# ---------------------------------------------------------------- the value before the name
@pytest.mark.parametrize("text,analyte,value,unit,sample", [
    ("Labs:\n3,120 pg/mL  (VEGF, plasma)  H\nIFE negative", "vegf", 3120, "pg/mL", "plasma"),
    ("1856 pg/ml（VEGF，血清）↑", "vegf", 1856, "pg/mL", "serum"),
    ("468 ×10^9/L（血小板）", "platelets", 468, "10^9/L", None),
    ("result 17.8 g/dL (Hb), 54% (Hct)", "hematocrit", 54, "%", None),
])
def test_a_value_written_before_the_name_in_brackets(ex, text, analyte, value, unit, sample):
    labs = labs_of(ex(text), analyte)
    assert [(lab.value, lab.unit, lab.sample.value if lab.sample else None) for lab in labs] == [
        (value, unit, sample)]


@pytest.mark.parametrize("text,analyte,count", [
    ("IgA 42 g/L (M-protein)", "m_protein", 0),      # an immunoglobulin total, not the M-spike
    ("1850 (VEGF)", "vegf", 0),                       # no unit: not read backwards
    ("Hb 17.8 g/dL (Hb), PLT 612 x10^9/L (platelets)", "hemoglobin", 1),  # read once
])
def test_a_value_before_a_name_needs_its_unit_and_is_read_once(ex, text, analyte, count):
    assert len(labs_of(ex(text), analyte)) == count


# ---------------------------------------------------------------- words between the name and the value
@pytest.mark.parametrize("text,analyte,value,unit", [
    ("Platelets have risen to 612 x10^9/L.", "platelets", 612, "10^9/L"),
    ("platelet count has climbed to 702 ×10^9/L", "platelets", 702, "10^9/L"),
    ("VEGF, serum: 1850 pg/mL", "vegf", 1850, "pg/mL"),
    ("VEGF approx. 1850 pg/mL", "vegf", 1850, "pg/mL"),
    ("VEGF ~1850 pg/mL", "vegf", 1850, "pg/mL"),
    ("serum VEGF of approximately 1,850 pg/mL", "vegf", 1850, "pg/mL"),
    ("Her VEGF came back at 1850 pg/mL", "vegf", 1850, "pg/mL"),
    ("VEGF at diagnosis 4410 pg/mL", "vegf", 4410, "pg/mL"),
    ("VEGF高达1850pg/ml", "vegf", 1850, "pg/mL"),
    ("VEGF明显升高，达1850 pg/ml", "vegf", 1850, "pg/mL"),
    ("eGFR estimated at 48 mL/min", "egfr", 48, "mL/min/1.73m^2"),
])
def test_words_between_the_name_and_the_value(ex, text, analyte, value, unit):
    assert _read(ex, text, analyte) == [(value, unit)]


@pytest.mark.parametrize("text,analyte", [
    # ("Platelets in the 600s": a decade, read as the bound >= 600, tests/nlu/test_en_readings_late.py)
    ("VEGF was 10-fold the upper limit.", "vegf"),                      # no value
    ("Check PLT count. 15 days later repeat.", "platelets"),
    ("Hb was stable; 3 units transfused", "hemoglobin"),
])
def test_no_value_where_none_is_stated(ex, text, analyte):
    assert _read(ex, text, analyte) == []


# ---------------------------------------------------------------- the reference range before the value
@pytest.mark.parametrize("text,analyte,value,unit,low,high", [
    ("PLT (150-400) 612", "platelets", 612, None, 150, 400),
    ("PLT\t125-350\t612\t×10^9/L", "platelets", 612, "10^9/L", 125, 350),
    ("PLT   125-350   612  ×10^9/L  H", "platelets", 612, "10^9/L", 125, 350),
    ("VEGF (<142) 1 850 pg/mL", "vegf", 1850, "pg/mL", None, 142),
    ("VEGF 参考值0-142 1856 pg/ml", "vegf", 1856, "pg/mL", 0, 142),
    ("血小板（125-350）612×10^9/L↑", "platelets", 612, "10^9/L", 125, 350),
    ("Hb (130-175 g/L) 178", "hemoglobin", 178, "g/L", 130, 175),
])
def test_a_reference_range_written_before_the_value(ex, text, analyte, value, unit, low, high):
    labs = labs_of(ex(text), analyte)
    assert [(lab.value, lab.unit, lab.reference_low, lab.reference_high) for lab in labs] == [
        (value, unit, low, high)]


@pytest.mark.parametrize("text,analyte", [
    ("PLT 450-500 on the last three counts", "platelets"),    # a range, no single value
    ("VEGF 1850-2000 pg/mL", "vegf"),
    ("PLT 150-400 612 ×10^9/L", "platelets"),                 # one space: 400 612 may be one number
    ("VEGF (2019-2021) 1850 pg/mL", "vegf"),                  # years, not a range
    ("Platelets (normal 150-400) 8 weeks ago were 612", "platelets"),
    ("Hb (normal 130-175) 2 g/dL below last year", "hemoglobin"),
    ("FLC ratio (0.26-1.65): 2 measurements, both low", "flc_ratio"),
    ("白蛋白（35-50）2周前28 g/L", "albumin"),
    ("VEGF 3 times the upper limit", "vegf"),
])
def test_numbers_that_are_ranges_times_or_differences_are_not_values(ex, text, analyte):
    assert _read(ex, text, analyte) == []


# ---------------------------------------------------------------- unit spellings
@pytest.mark.parametrize("text,analyte,value,unit", [
    ("VEGF 1850 pg per mL", "vegf", 1850, "pg/mL"),
    ("Platelets: 612 x 10^9 per litre", "platelets", 612, "10^9/L"),
    ("platelets 612 x 10^9/liter", "platelets", 612, "10^9/L"),
    ("platelets 612 thou/uL", "platelets", 612, "K/uL"),
    ("PLT 612 10^3/uL", "platelets", 612, "K/uL"),
    ("eGFR 48 mL/min/1.73 sq m", "egfr", 48, "mL/min/1.73m^2"),
    ("eGFR 48 ml/min/1,73m2", "egfr", 48, "mL/min/1.73m^2"),
    ("Hb 11.2 gm%", "hemoglobin", 11.2, "g/dL"),
    ("Hb 17.8 gm/dl", "hemoglobin", 17.8, "g/dL"),
    ("Alb 2.8 g per dL", "albumin", 2.8, "g/dL"),
    ("Hct 54 vol%", "hematocrit", 54, "%"),
])
def test_unit_spellings(ex, text, analyte, value, unit):
    assert _read(ex, text, analyte) == [(value, unit)]


# ---------------------------------------------------------------- impossible values are reported
@pytest.mark.parametrize("text,analyte,words", [
    ("PLT 50 000 ×10^9/L, IFE IgG lambda positive.", "platelets", "platelet"),
    ("Hb 300 g/L. Numb feet.", "hemoglobin", "haemoglobin|hemoglobin"),
    ("血红蛋白 300 g/L，双下肢麻木。", "hemoglobin", "haemoglobin|hemoglobin"),
])
def test_an_impossible_value_is_set_aside_and_reported_and_the_rest_is_kept(ex, text, analyte, words):
    """The engine's plausibility check (bot/data/thresholds.yml ``plausible``) refuses the value:
    the NLU sets it aside with a warning naming the analyte (never silently used), keeps the rest
    of the note, and the criterion it bears on stays unknown (asked again), never absent."""
    import re

    from bot.engine import assess

    e = ex(text)
    assert not labs_of(e, analyte)
    [warning] = e.set_aside
    assert warning.analyte == analyte and warning.reason == "implausible"
    assert re.search(f"(?:{words}).*impossible", warning.message, re.I)
    assert e.evidence.findings  # the other findings of the note are kept
    shown = warning.text()
    assert "impossible" in shown.en and "不合理" in shown.zh
    assessment = assess(e.evidence)
    assert assessment.criteria["thrombocytosis_polycythemia"].state.value == "unknown"
    assert "blood_count" in [item.test for item in assessment.missing_evidence]


# ---------------------------------------------------------------- M-protein as a share and as a mass
@pytest.mark.parametrize("text,value,unit", [
    ("M蛋白比例4.2%，定量3.1g/L", 3.1, "g/L"),
    ("M蛋白 4.2%，约 2.9 g/L", 2.9, "g/L"),
    ("SPEP: M-spike 6.2%, 0.42 g/dL", 0.42, "g/dL"),
    ("M蛋白（IgA λ型）6.2 g/L", 6.2, "g/L"),
])
def test_the_m_protein_mass_after_its_share_is_read(ex, text, value, unit):
    assert _read(ex, text, "m_protein") == [(value, unit)]


@pytest.mark.parametrize("text", ["血清蛋白电泳：M蛋白 5.1%", "M蛋白占4.2%"])
def test_an_m_protein_share_alone_is_withheld_with_a_warning(ex, text):
    e = ex(text)
    assert labs_of(e, "m_protein") == []
    assert ("m_protein", "unit_not_expected") in [(w.analyte, w.reason) for w in e.warnings]


@pytest.mark.parametrize("text,analyte", [
    ("NT-proBNP 1850 pg/ml", "vegf"), ("BNP 860 pg/mL", "vegf"), ("Pro-BNP 860 pg/mL", "vegf"),
    ("铁蛋白 860 ng/ml", "vegf"), ("CRP 18 mg/L", "flc_kappa"), ("β2微球蛋白 4.2 mg/L", "flc_lambda"),
    ("IgG 18.5 g/L，IgA 0.8 g/L，IgM 0.5 g/L", "m_protein"), ("24小时尿蛋白 1.2 g", "m_protein"),
    ("CSF protein 1.2 g/L", "m_protein"), ("HbA1c 6.5%", "hemoglobin"),
    ("糖化血红蛋白 6.5%", "hemoglobin"), ("MCHC 340 g/L", "hemoglobin"), ("WBC 12.1×10^9/L", "platelets"),
    ("尿微量白蛋白 300 mg/L", "albumin"), ("白蛋白/球蛋白比值 1.1", "albumin"),
    ("prednisolone 60 mg, IVIG 0.4 g/kg x5d", "m_protein"),
])
def test_other_analytes_are_not_read_as_labelled_labs(ex, text, analyte):
    assert _read(ex, text, analyte) == []


# ---------------------------------------------------------------- peaks and falls
@pytest.mark.parametrize("text,analyte,value,unit", [
    ("血小板最高达612×10^9/L", "platelets", 612, "10^9/L"),
    ("血红蛋白最高185 g/L", "hemoglobin", 185, "g/L"),
    ("eGFR下降至35 ml/min", "egfr", 35, "mL/min/1.73m^2"),
    ("白蛋白低至21g/L", "albumin", 21, "g/L"),
    ("Platelets peaked at 702 x10^9/L", "platelets", 702, "10^9/L"),
    ("Hb as high as 19.2 g/dL", "hemoglobin", 19.2, "g/dL"),
    ("albumin nadir 18 g/L", "albumin", 18, "g/L"),
    ("红细胞比积 54%", "hematocrit", 54, "%"),
])
def test_peaks_and_falls_before_the_value(ex, text, analyte, value, unit):
    assert _read(ex, text, analyte) == [(value, unit)]


def test_a_range_of_counts_is_no_single_value(ex):
    assert _read(ex, "血小板波动于450-620×10^9/L", "platelets") == []


# ---------------------------------------------------------------- Hb/Hct written as a pair
@pytest.mark.parametrize("text,hb,hct", [
    ("Hb/Hct 17.8/54", (17.8, None), (54, None)),        # 17.8: read in g/dL by the engine
    ("H/H 18.9/57 on arrival", (18.9, None), (57, None)),
    ("CBC: WBC 7.2, H&H 17.1/52.3, Plt 612", (17.1, None), (52.3, None)),
    ("Hgb/Hct 178/0.54", (178, None), (0.54, "L/L")),
])
def test_haemoglobin_and_haematocrit_written_as_a_pair(ex, text, hb, hct):
    e = ex(text)
    assert _read(ex, text, "hemoglobin") == [hb]
    assert [(lab.value, lab.unit) for lab in labs_of(e, "hematocrit")] == [hct]


def test_a_pair_without_numbers_reads_nothing(ex):
    e = ex("Hb/Hct pending, H/H to be repeated")
    assert not labs_of(e, "hemoglobin") and not labs_of(e, "hematocrit")


# ---------------------------------------------------------------- κ and λ in mg/L without an FLC word
@pytest.mark.parametrize("text,analyte,value", [
    ("kappa 38.5 mg/L, lambda 121 mg/L, ratio 0.32", "flc_lambda", 121),
    ("kappa 38.5 mg/L, lambda 121 mg/L, ratio 0.32", "flc_kappa", 38.5),
    ("λ轻链 121 mg/L", "flc_lambda", 121),
    ("IFE IgG λ (+); λ 121 mg/L", "flc_lambda", 121),
])
def test_kappa_and_lambda_in_mg_per_litre_are_free_light_chains(ex, text, analyte, value):
    assert _read(ex, text, analyte) == [(value, "mg/L")]


@pytest.mark.parametrize("text", [
    "urine lambda 121 mg/L",                    # urine
    "total kappa 250 mg/dL, lambda 180 mg/dL",  # serum totals
    "κ 1.2 g/L",
    "κ 15.3，λ 13.9",                            # no unit and no FLC word
    "IgG kappa 38.5 mg/L",                      # an isotype's light chain
])
def test_kappa_and_lambda_without_mg_per_litre_or_of_urine_are_not_read(ex, text):
    e = ex(text)
    assert not labs_of(e, "flc_kappa") and not labs_of(e, "flc_lambda")


# ---------------------------------------------------------------- flags, brackets and digit groups
@pytest.mark.parametrize("text,analyte,value,unit", [
    ("PLT 612.000/µL", "platelets", 612000, "/uL"),
    ("Plt 612'000/µL", "platelets", 612000, "/uL"),
    ("VEGF 1850（pg/ml）", "vegf", 1850, "pg/mL"),
    ("VEGF：1 850 (pg/mL)", "vegf", 1850, "pg/mL"),
    ("血小板：612（↑）×10^9/L", "platelets", 612, "10^9/L"),
    ("Hb 17.8H g/dL", "hemoglobin", 17.8, "g/dL"),
    ("PLT 612H", "platelets", 612, None),
    ("VEGF [serum] 1850 pg/mL", "vegf", 1850, "pg/mL"),
])
def test_flags_brackets_and_digit_groups_around_the_value(ex, text, analyte, value, unit):
    assert _read(ex, text, analyte) == [(value, unit)]


def test_a_flag_glued_to_the_value_is_kept(ex):
    lab = labs_of(ex("PLT 612H"), "platelets")[0]
    assert lab.flag == "high"


# ---------------------------------------------------------------- a multiple of the upper limit first
@pytest.mark.parametrize("text,value", [
    ("VEGF 2.6× ULN (1 300 pg/mL)", 1300),
    ("VEGF 10-fold the upper limit (12 000 pg/mL)", 12000),
    ("VEGF 3倍正常上限（1850 pg/ml）", 1850),
])
def test_the_value_in_brackets_after_a_multiple_of_the_upper_limit(ex, text, value):
    assert _read(ex, text, "vegf") == [(value, "pg/mL")]


@pytest.mark.parametrize("text", ["VEGF 2x ULN", "VEGF 约正常上限3倍", "VEGF >10 × ULN"])
def test_a_multiple_of_the_upper_limit_alone_is_no_value(ex, text):
    assert _read(ex, text, "vegf") == []


@pytest.mark.parametrize("text,value", [
    ("κ 12.1 mg/L (3.3–19.4); λ 152 mg/L (5.7–26.3); ratio 0.08 (0.26–1.65)", 0.08),
    ("kappa 38.5 mg/L, lambda 121 mg/L, ratio 0.32", 0.32),
])
def test_the_ratio_after_light_chains_in_mg_per_litre(ex, text, value):
    assert _read(ex, text, "flc_ratio") == [(value, None)]


def test_a_ratio_in_the_next_sentence_is_not_the_flc_ratio(ex):
    assert _read(ex, "lambda 121 mg/L. Ratio 3 of 5 samples positive.", "flc_ratio") == []
