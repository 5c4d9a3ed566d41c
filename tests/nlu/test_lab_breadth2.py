"""Lab values in more real-world formats (second set): numbers without a unit read by the plausible
ranges, the value and unit before the name, flags after the value, powers of ten on a value, the
unit before the value, urine light chains. Phrasings written for these tests, in both languages."""
import re

import pytest

from conftest import labs_of


def _read(ex, text, analyte):
    return _fields(ex, text, analyte, "value", "unit")


def _fields(ex, text, analyte, *names):
    """The named fields of each value of ``analyte`` read from ``text``."""
    return [tuple(getattr(lab, name) for name in names) for lab in labs_of(ex(text), analyte)]


def _checked(lab):
    from bot.evidence import check_lab

    return check_lab(lab).value


# ---------------------------------------------------------------- haemoglobin without a unit
@pytest.mark.parametrize("text,written,grams_per_litre", [
    ("Hb 15.8", 15.8, 158),
    ("Hgb 11.2, plt 488K", 11.2, 112),
    ("haemoglobin 8.2 on admission", 8.2, 82),
    ("血红蛋白 138", 138, 138),
    ("血红蛋白：98，血小板 612×10^9/L", 98, 98),
    ("Hb 176; Hct 0.52", 176, 176),
])
def test_a_haemoglobin_without_a_unit_is_read_where_only_one_unit_is_plausible(
        ex, text, written, grams_per_litre):
    [lab] = labs_of(ex(text), "hemoglobin")
    assert (lab.value, lab.unit) == (written, None)
    assert _checked(lab) == pytest.approx(grams_per_litre)


@pytest.mark.parametrize("text", ["Hb 22", "血红蛋白 24", "Hgb 20.5 today"])
def test_a_haemoglobin_plausible_in_g_per_dl_and_in_g_per_l_is_set_aside_and_asked(ex, text):
    """20-26 is a plausible haemoglobin in g/L and in g/dL (thresholds.yml ``plausible``): the
    number is not guessed; it is set aside with a reason naming both units."""
    e = ex(text)
    assert labs_of(e, "hemoglobin") == []
    [warning] = e.set_aside
    assert warning.analyte == "hemoglobin" and warning.reason == "unit_ambiguous"
    shown = warning.text()
    assert "g/dL" in shown.en and "g/L" in shown.en and "单位" in shown.zh
    assert "could be" not in shown.zh  # no English engine words in the Chinese text


@pytest.mark.parametrize("unit,value,expected", [
    (None, 15.8, 158), (None, 138, 138), (None, 30, 30), ("g/dL", 15.8, 158), ("g/L", 138, 138),
])
def test_check_lab_reads_a_haemoglobin_without_a_unit_by_the_plausible_ranges(unit, value, expected):
    from bot.models import LabValue

    assert _checked(LabValue(analyte="hemoglobin", value=value, unit=unit)) == pytest.approx(expected)


@pytest.mark.parametrize("value,expected", [(0.45, 45), (0.52, 52), (45, 45)])
def test_check_lab_reads_a_haematocrit_without_a_unit_by_the_plausible_ranges(value, expected):
    from bot.models import LabValue

    assert _checked(LabValue(analyte="hematocrit", value=value)) == pytest.approx(expected)


def test_check_lab_refuses_a_haemoglobin_without_a_unit_plausible_in_both_units():
    from bot.errors import EvidenceError
    from bot.models import LabValue

    with pytest.raises(EvidenceError) as raised:
        _checked(LabValue(analyte="hemoglobin", value=22))
    assert raised.value.reason == "unit_ambiguous"


# ---------------------------------------------------------------- the value and unit before the name
@pytest.mark.parametrize("text,value,unit", [
    ("468 × 10^3/μL platelets", 468, "K/uL"),
    ("CBC: WBC normal; 612 x10^9/L platelets and Hb 15.2 g/dL", 612, "10^9/L"),
    ("She had 702 ×10^9/L platelets on admission.", 702, "10^9/L"),
])
def test_a_value_and_unit_written_before_the_name(ex, text, value, unit):
    assert _read(ex, text, "platelets") == [(value, unit)]


@pytest.mark.parametrize("text,expected", [
    ("WBC 12.1 x10^9/L platelets pending", []),
    ("WBC 12.1 ×10^9/L, platelets 612 ×10^9/L", [(612, "10^9/L")]),
    ("Hb 150 g/L platelets normal", []),
])
def test_a_value_of_another_test_before_the_name_is_not_its_value(ex, text, expected):
    assert _read(ex, text, "platelets") == expected


# ---------------------------------------------------------------- flags after the value
@pytest.mark.parametrize("text,analyte,value,unit,flag", [
    ("PLT 612*", "platelets", 612, None, None),
    ("PLT 612* ×10^9/L", "platelets", 612, "10^9/L", None),
    ("Hb 178* g/L", "hemoglobin", 178, "g/L", None),
    ("血红蛋白 98 g/L（降低）", "hemoglobin", 98, "g/L", "low"),
    ("血小板 612×10^9/L（升高）", "platelets", 612, "10^9/L", "high"),
    ("血小板 612×10^9/L (偏高)", "platelets", 612, "10^9/L", "high"),
    ("VEGF 1850 pg/ml (↑)", "vegf", 1850, "pg/mL", "high"),
    ("VEGF 1850 pg/mL (H)", "vegf", 1850, "pg/mL", "high"),
    ("VEGF 1850 pg/ml 偏高", "vegf", 1850, "pg/mL", "high"),
    ("Albumin 24 g/L [L]", "albumin", 24, "g/L", "low"),
    ("白蛋白 24 g/L（减低）", "albumin", 24, "g/L", "low"),
    ("Platelets 612 x10^9/L (increased)", "platelets", 612, "10^9/L", "high"),
])
def test_flags_written_after_the_value(ex, text, analyte, value, unit, flag):
    assert _fields(ex, text, analyte, "value", "unit", "flag") == [(value, unit, flag)]


# ---------------------------------------------------------------- a power of ten on the value
@pytest.mark.parametrize("text,value", [
    ("VEGF 1.85 × 10^3 pg/mL", 1850),
    ("VEGF 1.85 x 10^3 pg/ml", 1850),
    ("VEGF 1.85×10³ pg/mL", 1850),
    ("血清VEGF 2.4×10^3 pg/ml", 2400),
    ("VEGF 4.41 x 10*3 pg/mL (ref <142)", 4410),
])
def test_a_value_written_with_a_power_of_ten(ex, text, value):
    assert _read(ex, text, "vegf") == [(pytest.approx(value), "pg/mL")]


def test_a_count_per_microlitre_in_powers_of_ten_keeps_its_unit(ex):
    assert _read(ex, "Platelets were 6.2 × 10^5/µL.", "platelets") == [(6.2, "10^5/uL")]


# ---------------------------------------------------------------- the unit before the value
@pytest.mark.parametrize("text,analyte,value,unit", [
    ("PLT (x10^9/L) 612", "platelets", 612, "10^9/L"),
    ("血小板(×10^9/L)：612", "platelets", 612, "10^9/L"),
    ("血红蛋白(g/L) 178", "hemoglobin", 178, "g/L"),
    ("Hemoglobin (g/dL) 17.8", "hemoglobin", 17.8, "g/dL"),
    ("VEGF (pg/mL): 1850", "vegf", 1850, "pg/mL"),
    ("Hct (%) 54", "hematocrit", 54, "%"),
])
def test_the_unit_written_before_the_value(ex, text, analyte, value, unit):
    assert _read(ex, text, analyte) == [(value, unit)]


# ---------------------------------------------------------------- reference keywords and tables
@pytest.mark.parametrize("text,analyte,value,unit,low,high", [
    ("Platelet count: 612 (ref. 150-400) x10^9/L", "platelets", 612, "10^9/L", 150, 400),
    ("Hb 178 g/L NR 130-175", "hemoglobin", 178, "g/L", 130, 175),
    ("PLT 612 x10^9/L RR 150-400", "platelets", 612, "10^9/L", 150, 400),
    ("血小板 612 ×10^9/L 参考范围 125~350", "platelets", 612, "10^9/L", 125, 350),
    ("白蛋白 28 g/L（正常值 35-50）", "albumin", 28, "g/L", 35, 50),
])
def test_reference_keywords_after_the_value(ex, text, analyte, value, unit, low, high):
    assert _fields(ex, text, analyte, "value", "unit", "reference_low", "reference_high") == [
        (value, unit, low, high)]


@pytest.mark.parametrize("text,analyte,value,unit,flag", [
    ("Hb | 178 | g/L | H | 130-175", "hemoglobin", 178, "g/L", "high"),
    ("| PLT | 612 | x10^9/L | ↑ |", "platelets", 612, "10^9/L", "high"),
    ("| 血小板 | 612 | ×10^9/L | ↑ | 125-350 |", "platelets", 612, "10^9/L", "high"),
])
def test_a_table_with_columns_separated_by_bars(ex, text, analyte, value, unit, flag):
    assert _fields(ex, text, analyte, "value", "unit", "flag") == [(value, unit, flag)]


@pytest.mark.parametrize("text,analyte,value,unit", [
    ("PLT ６１２×10^9/L", "platelets", 612, "10^9/L"),
    ("血红蛋白 １７８ g/L", "hemoglobin", 178, "g/L"),
    ("Platelets 612\u2009000/µL", "platelets", 612000, "/uL"),
    ("VEGF 1,850 pg/mL", "vegf", 1850, "pg/mL"),
    ("Platelets 612 x10^3/uL", "platelets", 612, "K/uL"),
    ("PLT 612 ×10³/mm³", "platelets", 612, "K/uL"),
    ("Plt 612 K/µL", "platelets", 612, "K/uL"),
])
def test_digits_and_unit_spellings(ex, text, analyte, value, unit):
    assert _read(ex, text, analyte) == [(value, unit)]


# ---------------------------------------------------------------- urine light chains
@pytest.mark.parametrize("text", [
    "24h尿轻链 κ 120 mg/L",
    "尿游离轻链 κ 38.5 mg/L，λ 121 mg/L",
    "urine free light chains: kappa 38.5 mg/L, lambda 121 mg/L, ratio 0.32",
    "Urine FLC kappa 38.5 mg/L",
    "urine kappa 120 mg/L",
    "尿本周蛋白 κ 120 mg/L",
    "Bence Jones protein kappa 120 mg/L",
])
def test_urine_light_chains_are_never_read_as_serum_free_light_chains(ex, text):
    e = ex(text)
    assert not [lab for lab in e.evidence.labs if lab.analyte.startswith("flc_")]


def test_a_urine_light_chain_value_is_set_aside_with_its_reason(ex):
    e = ex("尿游离轻链 κ 38.5 mg/L，λ 121 mg/L")
    assert [(w.analyte, w.reason) for w in e.set_aside] == [
        ("flc_kappa", "urine_sample"), ("flc_lambda", "urine_sample")]
    shown = e.set_aside[0].text()
    assert "urine" in shown.en and "尿" in shown.zh


def test_serum_light_chains_beside_urine_ones_are_kept(ex):
    e = ex("血清游离轻链 κ 15.1 mg/L，λ 182 mg/L；尿游离轻链 κ 38.5 mg/L")
    assert [(lab.analyte, lab.value) for lab in e.evidence.labs if lab.analyte.startswith("flc_")] == [
        ("flc_kappa", 15.1), ("flc_lambda", 182)]


# ---------------------------------------------------------------- a flag before the value in brackets
@pytest.mark.parametrize("text,analyte,value,unit,flag", [
    ("血常规：血小板 ↑（612×10^9/L）", "platelets", 612, "10^9/L", "high"),
    ("PLT ↑ (702 x10^9/L)", "platelets", 702, "10^9/L", "high"),
    ("白蛋白 ↓（24 g/L）", "albumin", 24, "g/L", "low"),
])
def test_a_flag_before_the_value_in_brackets(ex, text, analyte, value, unit, flag):
    assert _fields(ex, text, analyte, "value", "unit", "flag") == [(value, unit, flag)]


# ---------------------------------------------------------------- M-protein quantified after its name
@pytest.mark.parametrize("text,value,unit", [
    ("血清蛋白电泳：γ区见M峰，定量 5.3 g/L", 5.3, "g/L"),
    ("蛋白电泳可见M蛋白，定量2.7g/L", 2.7, "g/L"),
    ("β区见一窄带（M峰），约2.2 g/L", 2.2, "g/L"),
    ("SPEP: a small monoclonal band, 2.4 g/L", 2.4, "g/L"),
    ("SPEP showed a monoclonal spike of 0.31 g/dL", 0.31, "g/dL"),
    ("蛋白电泳见单克隆条带，约 3.8 g/L", 3.8, "g/L"),
])
def test_the_m_protein_quantified_after_its_name(ex, text, value, unit):
    assert _read(ex, text, "m_protein") == [(value, unit)]


# ---------------------------------------------------------------- the specimen named in a heading
@pytest.mark.parametrize("text,sample", [
    ("Lab printout (plasma):\nVEGF   620   pg/mL   H", "plasma"),
    ("检验报告（血清）：\nVEGF   1850   pg/ml   ↑", "serum"),
    ("血管内皮生长因子（VEGF，血清）   1850   pg/ml", "serum"),
    ("Vascular endothelial growth factor (VEGF, plasma) 540 pg/mL", "plasma"),
])
def test_the_sample_named_in_a_heading_or_beside_the_abbreviation(ex, text, sample):
    [lab] = labs_of(ex(text), "vegf")
    assert lab.sample.value == sample


@pytest.mark.parametrize("text,samples", [
    ("血清VEGF 1850 pg/ml。随访时 VEGF 1850 pg/ml（同前）", ["serum"]),
    ("Plasma VEGF 540 pg/mL on admission; VEGF 540 pg/mL confirmed", ["plasma"]),
    ("血清VEGF 1850 pg/ml，VEGF 900 pg/ml", ["serum", None]),
    ("血清VEGF 1850 pg/ml，复查 1850 pg/ml", ["serum", "serum"]),  # a series: two measurements
])
def test_a_value_restated_is_one_measurement_with_its_sample(ex, text, samples):
    assert [lab.sample.value if lab.sample else None for lab in labs_of(ex(text), "vegf")] == samples


def test_a_restatement_with_its_own_reference_range_is_kept(ex):
    labs = labs_of(ex("Hb 178 g/L. Labs: Hb 178 g/L (130-175)"), "hemoglobin")
    assert [(lab.value, lab.reference_high) for lab in labs] == [(178, None), (178, 175)]


# ---------------------------------------------------------------- tables with the unit in the name column
@pytest.mark.parametrize("text,analyte,value,unit,low,high", [
    ("Hemoglobin (g/dl) | 13.5–17.5 | 18.1", "hemoglobin", 18.1, "g/dL", 13.5, 17.5),
    ("Platelet count (per µl) | 150,000–400,000 | 612,000", "platelets", 612000, "/uL", 150000, 400000),
    ("Albumin (g/dl) | 3.5–5.0 | 2.6", "albumin", 2.6, "g/dL", 3.5, 5.0),
    ("血小板（×10^9/L） | 125–350 | 612", "platelets", 612, "10^9/L", 125, 350),
    ("VEGF, serum (pg/ml) | <500 | 1850", "vegf", 1850, "pg/mL", None, 500),
])
def test_a_table_with_the_unit_in_the_name_column_and_the_range_first(ex, text, analyte, value, unit, low, high):
    assert _fields(ex, text, analyte, "value", "unit", "reference_low", "reference_high") == [
        (value, unit, low, high)]


def test_the_sample_written_before_the_unit_in_a_table(ex):
    [lab] = labs_of(ex("Vascular endothelial growth factor, plasma (pg/ml) | <100 | 540"), "vegf")
    assert (lab.value, lab.unit, lab.sample.value) == (540, "pg/mL", "plasma")


@pytest.mark.parametrize("text,status", [
    ("Testosterone, total (ng/dl) | 240–950 | 162", "present"),
    ("Testosterone (nmol/L) | 8.6–29 | 15.2", "normal"),
    ("Prolactin (ng/ml) | <15 | 42", "present"),
])
def test_a_hormone_row_of_a_table_is_read_against_its_range(ex, text, status):
    from nlu.components.labs import LabValues

    hormones = LabValues()._hormones(text)
    assert [h["status"] for h in hormones] == [status]


# ---------------------------------------------------------------- more count units
@pytest.mark.parametrize("text,value,unit", [
    ("platelet count 5.2 lakhs/cumm", 5.2, "10^5/uL"),
    ("Platelets 4.6 lakh/µL", 4.6, "10^5/uL"),
    ("platelets 612,000/cumm", 612000, "/uL"),
    ("PLT 612000 per µl", 612000, "/uL"),
])
def test_more_count_units(ex, text, value, unit):
    assert _read(ex, text, "platelets") == [(value, unit)]


def test_lakhs_convert_to_the_platelet_threshold_unit(ex):
    [lab] = labs_of(ex("platelet count 5.2 lakhs/cumm"), "platelets")
    assert _checked(lab) == pytest.approx(520)


@pytest.mark.parametrize("text,value", [("Hgb 17.6, Hct 52%", 17.6), ("Hb 19.1 on the last count", 19.1)])
def test_a_polycythaemic_haemoglobin_without_a_unit_is_kept_as_written(ex, text, value):
    [lab] = labs_of(ex(text), "hemoglobin")
    assert (lab.value, lab.unit) == (value, None)
    assert _checked(lab) == pytest.approx(value * 10)


# ---------------------------------------------------------------- a reference range for renal impairment
@pytest.mark.parametrize("text,value", [
    ("sFLC κ 61.2 mg/L，λ 29.8 mg/L，κ/λ 2.05（肾功能不全参考范围 0.37~3.10）", 2.05),
    ("sFLC: kappa 60 mg/L, lambda 28 mg/L, ratio 2.14 (renal reference 0.37-3.1)", 2.14),
    ("FLC ratio 2.3 (renal ref range 0.37–3.1)", 2.3),
])
def test_a_renal_reference_range_of_the_flc_ratio_is_read_and_used(ex, text, value):
    from conftest import criterion

    e = ex(text)
    [lab] = labs_of(e, "flc_ratio")
    assert (lab.value, lab.reference_low, lab.reference_high) == (value, 0.37, 3.1)
    assert criterion(e, "monoclonal_plasma_cell_disorder") != "present"


@pytest.mark.parametrize("text,analyte,value,unit,flag,low,high", [
    ("PLT 612 (150 - 450) x10^9/L H", "platelets", 612, "10^9/L", "high", 150, 450),
    ("VEGF 1,520 (ref 0-500) pg/mL ↑", "vegf", 1520, "pg/mL", "high", 0, 500),
    ("VEGF 1850 pg/mL (normal value <500)", "vegf", 1850, "pg/mL", None, None, 500),
    ("Albumin 24 g/L (normal limits 35-50)", "albumin", 24, "g/L", None, 35, 50),
])
def test_the_flag_after_a_late_unit_and_more_reference_words(ex, text, analyte, value, unit, flag, low, high):
    assert _fields(ex, text, analyte, "value", "unit", "flag", "reference_low", "reference_high") == [
        (value, unit, flag, low, high)]


def test_the_sentence_of_a_ratio_is_bounded_as_before():
    """lab_notation.in_sentence (the shared _text.stretch): a plasma-cell word in the same sentence,
    not in the one before, makes a κ/λ ratio another test's."""
    import re

    from nlu.components.lab_notation import in_sentence

    cells = re.compile("浆细胞|plasma cells")
    text = "Marrow: plasma cells 8%. κ/λ 0.12 on serum."
    start = text.index("κ/λ")
    assert not in_sentence(text, start, start + 3, cells)
    text = "plasma cells 8%, κ/λ 0.12 on flow"
    start = text.index("κ/λ")
    assert in_sentence(text, start, start + 3, cells)
    long = "x" * 300 + " plasma cells " + "y" * 250 + " κ/λ 0.1"
    start = long.index("κ/λ")
    assert not in_sentence(long, start, start + 3, cells)  # more than 200 characters before


# ---------------------------------------------------------------- a unit the reader cannot read
@pytest.mark.parametrize("text,analyte,value,unit", [
    ("Plt 5.2 x 10^6/uL, Hb 13 g/dL.", "platelets", 5.2, "x 10^6/uL"),
    ("血小板 612×10^6/L，双下肢麻木", "platelets", 612, "×10^6/L"),
    ("VEGF 1850 fmol/mL, IFE IgA lambda", "vegf", 1850, "fmol/mL"),
    ("VEGF 2500 units, serum", "vegf", 2500, "units"),  # never dropped as a count of units
    ("VEGF 90 AU", "vegf", 90, "AU"),
])
def test_a_value_with_a_unit_that_cannot_be_read_is_set_aside_and_asked(ex, text, analyte, value, unit):
    e = ex(text)
    assert labs_of(e, analyte) == []
    [warning] = [w for w in e.set_aside if w.analyte == analyte]
    assert (warning.reason, warning.value, warning.unit) == ("unknown_unit", value, unit)
    shown = warning.text()
    assert unit in shown.en and unit in shown.zh and "单位" in shown.zh
    assert not re.findall(r"[A-Za-z]{4,}", shown.zh.replace(unit, ""))  # no English words


@pytest.mark.parametrize("text", ["Hb 7.1 g/dL, transfused 2 units.", "Hb 71 g/L after 2 units of blood."])
def test_units_of_blood_given_are_not_a_unit_of_the_value(ex, text):
    assert [lab.value for lab in labs_of(ex(text), "hemoglobin")] and not ex(text).set_aside


# ---------------------------------------------------------------- a threshold is not a result
@pytest.mark.parametrize("text,analyte", [
    ("Plan: phlebotomy if Hct >56%.", "hematocrit"),
    ("Venesect when haematocrit > 0.50", "hematocrit"),
    ("aspirin if platelets >1000 x10^9/L", "platelets"),
    ("若血小板>1000×10^9/L，加用阿司匹林", "platelets"),
    ("目标Hct<45%", "hematocrit"),
    ("keep Hb < 160 g/L", "hemoglobin"),
])
def test_a_threshold_in_a_plan_is_not_a_result(ex, text, analyte):
    assert _read(ex, text, analyte) == []


@pytest.mark.parametrize("text,analyte,value", [
    ("Hct 55% on admission", "hematocrit", 55),
    ("If anything, platelets 612 x10^9/L were high", "platelets", 612),
])
def test_a_result_near_such_words_is_still_read(ex, text, analyte, value):
    assert [v for v, _ in _read(ex, text, analyte)] == [value]


# ---------------------------------------------------------------- printed report rows
@pytest.mark.parametrize("text,analyte,value,unit,flag,low,high", [
    ("血小板计数(PLT)  612  10^9/L  ↑  125-350", "platelets", 612, "10^9/L", "high", 125, 350),
    ("血红蛋白(HGB)\t178\tg/L\tH\t130~175", "hemoglobin", 178, "g/L", "high", 130, 175),
    ("Albumin  24  g/L  L  35-50\nVEGF  1850  pg/mL", "albumin", 24, "g/L", "low", 35, 50),
    ("Platelets................612 K/uL (H)", "platelets", 612, "K/uL", "high", None, None),
    ("Hemoglobin: 17.8 g/dL (High)", "hemoglobin", 17.8, "g/dL", "high", None, None),
    ("Albumin: 2.1 g/dL (LOW)", "albumin", 2.1, "g/dL", "low", None, None),
    ("Platelet Count 612 10*3/uL H", "platelets", 612, "K/uL", "high", None, None),
])
def test_printed_report_rows(ex, text, analyte, value, unit, flag, low, high):
    assert _fields(ex, text, analyte, "value", "unit", "flag", "reference_low", "reference_high") == [
        (value, unit, flag, low, high)]


def test_a_range_after_a_single_space_is_not_a_column(ex):
    assert _fields(ex, "PLT 612 10^9/L ↑ 125-350 last year", "platelets", "reference_low") == [(None,)]


# ---------------------------------------------------------------- an assay or a date between the name and the value
@pytest.mark.parametrize("text,value,sample", [
    ("VEGF (serum, ELISA) 1850 pg/mL", 1850, "serum"),
    ("血清VEGF（ELISA法）1850 pg/ml", 1850, "serum"),
    ("VEGF (ELISA; plasma): 540 pg/mL", 540, "plasma"),
    ("VEGF（化学发光法）1850 pg/ml", 1850, None),
    ("VEGF (2023-05-04): 1850 pg/mL", 1850, None),
    ("VEGF（2024.03）1850 pg/ml", 1850, None),
])
def test_an_assay_or_a_date_in_brackets_before_the_value(ex, text, value, sample):
    assert _fields(ex, text, "vegf", "value", "unit") == [(value, "pg/mL")]
    [lab] = labs_of(ex(text), "vegf")
    assert (lab.sample.value if lab.sample else None) == sample


def test_ten_to_the_ninth_per_litre_in_words(ex):
    assert _read(ex, "platelet count of 612 × 10⁹ per litre", "platelets") == [(612, "10^9/L")]


# ---------------------------------------------------------------- light chains under a urine heading
@pytest.mark.parametrize("text", [
    "Urine: Bence Jones protein positive, free kappa 120 mg/L",
    "UPEP/UIFE: free lambda light chains 85 mg/L",
    "尿液检查：本周蛋白阳性，游离κ轻链 120 mg/L",
    "Urine studies:\nfree kappa 120 mg/L\nfree lambda 8 mg/L",
    "24h urine: free light chains kappa 120 mg/L, lambda 8 mg/L",
])
def test_light_chains_under_a_urine_heading_are_not_serum_free_light_chains(ex, text):
    e = ex(text)
    assert not [lab for lab in e.evidence.labs if lab.analyte.startswith("flc_")]
    assert {w.reason for w in e.set_aside} == {"urine_sample"}


@pytest.mark.parametrize("text,values", [
    ("Urine studies:\nfree kappa 120 mg/L\n\nSerum studies:\nfree kappa 15.2 mg/L", [15.2]),
    ("尿液检查：本周蛋白阴性\n血清游离轻链 κ 15.2 mg/L", [15.2]),
    ("Urine: protein trace; sFLC κ 15.2 mg/L", [15.2]),
])
def test_serum_light_chains_after_a_urine_heading_are_kept(ex, text, values):
    assert [lab.value for lab in labs_of(ex(text), "flc_kappa")] == values
