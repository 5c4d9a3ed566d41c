"""Lab formats read since: a value at a bound (kept with its comparator, never as the number),
the sample after the name ("VEGF (S)"), a date before the value, a reference range named in
words (the renal FLC ratio range), platelets in other scales (10^11/L, lakh grouping per cu mm,
G/L), haemoglobin in mmol/L and g%, a value after a flag word, counts in words. Phrasings
written for these tests, in both languages."""

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


# ---------------------------------------------------------------- platelets in 10^11/L
@pytest.mark.parametrize("text", [
    "platelets 5.1 × 10^11/L",
    "PLT 5.1x10E11/L",
    "Platelets: 5.1 x 10^11 per litre",
    "PLT 5.1×10¹¹/L on admission",
    "血小板 5.1×10^11/L",
    "血小板计数 5.1×10(11)/L",
])
def test_platelets_in_tenths_of_a_trillion_per_litre(ex, text):
    [lab] = labs_of(ex(text), "platelets")
    assert (lab.value, lab.unit) == (5.1, "10^11/L")
    assert _checked(lab) == pytest.approx(510)


@pytest.mark.parametrize("text,state", [
    ("PLT 5.1 × 10^11/L.", "present"),
    ("PLT 3.2 × 10^11/L.", "unknown"),  # a normal count alone: the haemoglobin is not known
    ("血小板 5.1×10^11/L。", "present"),
])
def test_the_engine_reads_a_count_in_ten_to_the_eleven(ex, text, state):
    assert criterion(ex(text), "thrombocytosis_polycythemia") == state


def test_an_impossible_count_in_ten_to_the_eleven_is_refused():
    from bot.evidence import LabRefused, check_lab
    from bot.models import LabValue

    with pytest.raises(LabRefused, match="implausible|impossible"):
        check_lab(LabValue(analyte="platelets", value=510, unit="10^11/L"))
    assert check_lab(LabValue(analyte="platelets", value=5.1, unit="10^11/L")).value == pytest.approx(510)


@pytest.mark.parametrize("text", ["PLT 51×10^11/L", "血小板 51×10^11/L"])
def test_an_impossible_count_in_ten_to_the_eleven_is_set_aside_by_the_reader(ex, text):
    e = ex(text)
    assert labs_of(e, "platelets") == []
    assert [w.reason for w in e.warnings if w.analyte == "platelets"] == ["implausible"]


@pytest.mark.parametrize("text", ["PLT 5.1x10E13/L", "platelets 5.1 × 10^7/L"])
def test_a_power_of_ten_that_is_no_platelet_unit_is_never_read_as_the_bare_number(ex, text):
    e = ex(text)
    assert labs_of(e, "platelets") == []
    assert [w.reason for w in e.warnings if w.analyte == "platelets"] == ["unknown_unit"]


def test_a_count_unit_is_no_haemoglobin_unit():
    from bot.errors import UnitError
    from bot.evidence import check_lab
    from bot.models import LabValue

    with pytest.raises(UnitError, match="10\\^11/L"):
        check_lab(LabValue(analyte="hemoglobin", value=5.1, unit="10^11/L"))


# ---------------------------------------------------------------- Indian digit grouping, per cu mm
@pytest.mark.parametrize("text,value", [
    ("platelet count 5,02,000/cumm", 502000),
    ("Platelet count: 5,02,000 /mm3", 502000),
    ("Platelets: 502000 cells/cu mm", 502000),
    ("PLT 4,50,000 cells/cu.mm (1,50,000-4,50,000)", 450000),
    ("platelets 12,40,000 per cu mm", 1240000),
    ("血小板 502000/mm3", 502000),
    ("血小板计数 502000 cells/μL", 502000),
])
def test_a_count_per_cubic_millimetre_in_lakh_grouping(ex, text, value):
    [lab] = labs_of(ex(text), "platelets")
    assert (lab.value, lab.unit) == (value, "/uL")
    assert _checked(lab) == pytest.approx(value / 1000)


@pytest.mark.parametrize("text,value", [
    ("PLT 4,50,000 cells/cu.mm (1,50,000-4,50,000)", 450000),
    ("PLT (1,50,000-4,50,000) 5,02,000/cumm", 502000),
    ("Platelet count\t1,50,000-4,50,000\t5,02,000\t/cumm", 502000),
])
def test_a_lakh_grouped_reference_range(ex, text, value):
    [lab] = labs_of(ex(text), "platelets")
    assert (lab.value, lab.reference_low, lab.reference_high) == (value, 150000, 450000)


@pytest.mark.parametrize("text,state", [
    ("Platelet count 5,02,000/cumm.", "present"),
    ("Platelet count 3,20,000/cumm.", "unknown"),
])
def test_the_engine_reads_a_lakh_grouped_count(ex, text, state):
    assert criterion(ex(text), "thrombocytosis_polycythemia") == state


def test_an_impossible_lakh_grouped_count_is_refused(ex):
    e = ex("platelets 60,00,000/cumm")
    assert labs_of(e, "platelets") == []
    assert [w.reason for w in e.warnings if w.analyte == "platelets"] == ["implausible"]


@pytest.mark.parametrize("text,analyte,value", [
    ("VEGF 2,380 pg/mL", "vegf", 2380),
    ("PLT 1,050 x10^9/L", "platelets", 1050),
    ("platelets 1,050,000/µL", "platelets", 1050000),
    ("Hb 18,5 g/dl", "hemoglobin", 18.5),
])
def test_thousands_groups_and_decimal_commas_still_read(ex, text, analyte, value):
    assert [lab.value for lab in labs_of(ex(text), analyte)] == [value]


def test_a_lakh_grouped_number_without_a_unit_is_not_read(ex):
    assert labs_of(ex("Hb 12,13,145"), "hemoglobin") == []


# ---------------------------------------------------------------- SI shorthand G/L, g%
@pytest.mark.parametrize("text,unit", [
    ("Thrombozyten 520 G/l", "10^9/L"),
    ("PLT 520 G/L", "10^9/L"),
    ("Thrombozyten: 520 Gpt/l", "10^9/L"),
    ("Thrombozyten 520 Tsd/µl", "K/uL"),
    ("plaquettes 520 G/L", "10^9/L"),
    ("血小板 520 G/L", "10^9/L"),
])
def test_platelets_in_giga_per_litre(ex, text, unit):
    [lab] = labs_of(ex(text), "platelets")
    assert (lab.value, lab.unit) == (520, unit)
    assert _checked(lab) == pytest.approx(520)


@pytest.mark.parametrize("text", ["Hb 9.8 g%", "haemoglobin 9.8 gm%", "Hb: 9.8 gm % (13-17)", "血红蛋白 9.8 g%"])
def test_haemoglobin_in_grams_percent_is_grams_per_decilitre(ex, text):
    [lab] = labs_of(ex(text), "hemoglobin")
    assert (lab.value, lab.unit) == (9.8, "g/dL")
    assert _checked(lab) == pytest.approx(98)


def test_haemoglobin_in_g_per_litre_written_large_is_not_a_count(ex):
    [lab] = labs_of(ex("Hb 98 G/L"), "hemoglobin")
    assert (lab.value, lab.unit) == (98, "g/L")


# ---------------------------------------------------------------- a value after a flag word
@pytest.mark.parametrize("text", [
    "VEGF above the ULN at 1850 pg/mL",
    "VEGF elevated at 1 850 pg/mL",
    "VEGF was raised (1850 pg/ml)",
    "VEGF well above the upper limit of normal, at 1850 pg/mL",
    "Serum VEGF above the reference range: 1850 pg/mL",
    "VEGF higher than normal at approximately 1850 pg/mL",
    "VEGF 升高，为1850 pg/ml",
    "血清VEGF高于正常上限，为1850 pg/ml",
    "VEGF超过参考值上限，达1850 pg/ml",
    "血清VEGF明显增高，为1 850 pg/ml",
])
def test_the_value_after_a_flag_word(ex, text):
    [lab] = labs_of(ex(text), "vegf")
    assert (lab.value, lab.unit, lab.comparator) == (1850, "pg/mL", None)


@pytest.mark.parametrize("text", [
    "VEGF above the ULN of 1200 pg/mL",
    "VEGF above the upper limit of normal 1200 pg/mL",
    "VEGF above the ULN (1200 pg/mL)",
    "VEGF 高于正常上限1200 pg/ml",
    "VEGF升高，为1200的1.5倍",
    "VEGF 升高，为正常上限的3倍",
])
def test_the_limit_a_flag_word_names_is_not_the_value(ex, text):
    assert labs_of(ex(text), "vegf") == []


def test_a_bound_after_above_is_still_a_bound(ex):
    [lab] = labs_of(ex("VEGF above 1200 pg/mL"), "vegf")
    assert (lab.value, lab.comparator) == (1200, ">")


@pytest.mark.parametrize("text", ["Serum VEGF above the ULN at 1850 pg/mL.", "血清VEGF 升高，为1850 pg/ml。"])
def test_the_engine_reads_the_value_after_a_flag_word(ex, text):
    assert criterion(ex(text), "vegf_elevated") == "present"


@pytest.mark.parametrize("text, analyte, value, unit", [
    ("VEGF 5000 mmol/L", "vegf", 5000, "mmol/L"),
    ("Platelets 500 mg/dL, no oedema", "platelets", 500, "mg/dL"),
    ("血小板 500 mg/dL", "platelets", 500, "mg/dL"),
])
def test_a_value_in_a_unit_of_another_kind_of_test_is_set_aside_with_why(ex, text, analyte, value, unit):
    """Never read, never dropped without a word: set aside with the value, the unit and why."""
    from nlu.extractor import set_aside_items

    e = ex(text)
    assert labs_of(e, analyte) == []
    (item,) = [i for i in set_aside_items(e) if i["analyte"] == analyte]
    assert item["unit"] == unit and item["value"] == value
    assert unit in item["en"] and unit in item["zh"]
    assert text[item["start"]:item["end"]].startswith(text.split()[0])
