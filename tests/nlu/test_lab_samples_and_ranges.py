"""A VEGF's sample written with its tube or after the unit, a reference range written "(normal
N-M)" after a value (a range, not a result stated normal), platelets per "cmm", and white nails
written as a whitening of the nails. Phrasings written for these tests, in both languages."""

import pytest

from conftest import criterion, labs_of, status_of


def _vegf(extraction):
    [lab] = [lab for lab in extraction.evidence.labs if lab.analyte == "vegf"]
    return lab


@pytest.mark.parametrize("text,sample", [
    ("VEGF level (plasma, EDTA): 742 pg/mL", "plasma"),
    ("VEGF (serum, ELISA) 1,650 pg/mL", "serum"),
    ("VEGF (plasma; K2-EDTA) 512 pg/mL", "plasma"),
    ("血管内皮生长因子（血浆，EDTA抗凝）：742 pg/ml", "plasma"),
    ("VEGF 3,120 pg/ml in serum.", "serum"),
    ("VEGF was 1 480 pg/mL in the plasma, FLC ratio 0.1.", "plasma"),
    ("VEGF 742 pg/mL, serum.", "serum"),
    ("VEGF 2,200 pg/mL in serum (normal 62-707).", "serum"),
])
def test_the_sample_with_its_tube_or_after_the_unit(ex, text, sample):
    assert _vegf(ex(text)).sample.value == sample


@pytest.mark.parametrize("text", [
    "VEGF 742 pg/mL, serum IFE negative.",
    "VEGF 742 pg/mL; serum protein electrophoresis normal.",
    "VEGF 742 pg/mL serum IFE negative.",
])
def test_a_sample_word_of_the_next_test_is_not_the_values(ex, text):
    assert _vegf(ex(text)).sample is None


@pytest.mark.parametrize("text,low,high", [
    ("VEGF 3,120 pg/ml (normal 62-707).", 62, 707),
    ("Serum VEGF 3120 pg/mL, normal 62-707.", 62, 707),
    ("VEGF 2 400 pg/mL (nl: <500)", None, 500),
    ("sVEGF 1,900 pg/mL (normal 0–142)", 0, 142),
])
def test_a_range_after_the_value_is_not_a_normal_result(ex, text, low, high):
    extraction = ex(text)
    lab = _vegf(extraction)
    assert (lab.reference_low, lab.reference_high) == (low, high)
    assert status_of(extraction, "vegf_elevated") != "absent"
    assert criterion(extraction, "vegf_elevated") == "present"


@pytest.mark.parametrize("text", ["VEGF normal.", "Serum VEGF was normal.", "血清VEGF正常。"])
def test_a_result_stated_normal_still_is(ex, text):
    assert status_of(ex(text), "vegf_elevated") == "absent"


@pytest.mark.parametrize("text,value,unit", [
    ("Plt 5.3 lakh/cmm", 5.3, "10^5/uL"),
    ("Platelet count 6,20,000/cmm.", 620000, "/uL"),
    ("Platelets 520000 cells/c.mm", 520000, "/uL"),
])
def test_platelets_per_cmm(ex, text, value, unit):
    extraction = ex(text)
    assert [(lab.value, lab.unit) for lab in labs_of(extraction, "platelets")] == [(value, unit)]
    assert criterion(extraction, "thrombocytosis_polycythemia") == "present"


@pytest.mark.parametrize("text", [
    "Whitening of her fingernails.",
    "There is whitish discolouration of the toenails.",
    "Blanching of all the nail beds.",
])
def test_whitening_of_the_nails(ex, text):
    assert status_of(ex(text), "white_nails") == "present"


# ---------------------------------------------------------------- the lanes of an immunofixation
@pytest.mark.parametrize("text,concept", [
    ("血清免疫固定电泳：IgG、IgA、IgM、κ、λ均阴性。", "serum_immunofixation"),
    ("血清免疫固定电泳IgG、IgA、IgM、κ、λ阴性。", "serum_immunofixation"),
    ("Serum IFE: IgG, IgA, IgM, kappa and lambda all negative.", "serum_immunofixation"),
    ("Serum immunofixation: IgG, IgA, IgM, κ, λ lanes negative; FLC ratio 1.1.", "serum_immunofixation"),
    ("M蛋白鉴定：IgG、IgA、IgM、κ、λ均为阴性。", "m_protein"),
    ("Paraprotein typing: IgG, IgA, IgM, kappa, lambda all negative.", "m_protein"),
])
def test_the_lanes_listed_negative_are_a_negative_test_not_an_isotype(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "absent"
    assert criterion(extraction, "monoclonal_plasma_cell_disorder") != "present"


@pytest.mark.parametrize("text", [
    "血清免疫固定电泳：IgA、λ阳性。",
    "IFE: IgG and kappa positive.",
    "Serum IFE: IgA lambda; urine IFE negative.",
    "血清免疫固定电泳：IgA λ型，阳性。",
])
def test_an_isotype_named_positive_is_still_read(ex, text):
    assert status_of(ex(text), "serum_immunofixation") == "present"


# ---------------------------------------------------------------- a unit word after a space
@pytest.mark.parametrize("text,analyte", [
    ("VEGF 1850 IU", "vegf"),
    ("Serum VEGF 1 850 mIU, repeat pending", "vegf"),
    ("PLT 520 U, Hb 150 g/L", "platelets"),
])
def test_a_unit_word_after_a_space_is_never_replaced_by_the_default(ex, text, analyte):
    extraction = ex(text)
    assert not labs_of(extraction, analyte)
    assert any(w.analyte == analyte and w.reason == "unknown_unit" for w in extraction.warnings)


@pytest.mark.parametrize("text,low,high", [
    ("VEGF: 2.4 ng/mL (normal up to 0.7)", None, 0.7),
    ("血清VEGF 1200 pg/mL（正常参考范围 0~160）", 0, 160),
    ("VEGF 1200 pg/mL（正常值上限160）", None, 160),
    ("VEGF 1200 pg/mL（参考值上限 160）", None, 160),
    ("VEGF 1200 pg/mL (参考值：0-160)", 0, 160),
    ("VEGF 1200 pg/mL (ref. range ≤ 160)", None, 160),
    ("VEGF 1200 pg/mL, normal value < 160", None, 160),
    ("VEGF 1200 pg/mL (upper reference limit 160)", None, 160),
    ("VEGF 1200 pg/mL (upper limit of the reference range 160)", None, 160),
    ("VEGF 1200 pg/mL (normal range 0-160)", 0, 160),
    ("VEGF 1200 pg/mL (ULN 160)", None, 160),
    ("VEGF 1200 pg/mL normal <160", None, 160),
    ("VEGF 1200 pg/mL (N: <160)", None, 160),
    ("VEGF 1200 pg/mL (RR 9-86)", 9, 86),
    ("VEGF 1200 pg/mL （参考值 0-500）", 0, 500),
    ("VEGF 1200 pg/mL (lab normal <160 pg/mL)", None, 160),
    ("VEGF 1200 pg/mL (our lab's normal: <160)", None, 160),
])
def test_reference_ranges_written_in_more_words(ex, text, low, high):
    extraction = ex(text)
    lab = _vegf(extraction)
    assert (lab.reference_low, lab.reference_high) == (low, high)
    assert status_of(extraction, "vegf_elevated") != "absent"
    assert criterion(extraction, "vegf_elevated") == "present"


@pytest.mark.parametrize("text", [
    "VEGF 1850 pg/mL, up to 2400 last year.",
    "VEGF 1850 pg/mL (2023-05-04)",
])
def test_a_number_after_a_value_without_a_reference_word_is_no_range(ex, text):
    lab = _vegf(ex(text))
    assert (lab.reference_low, lab.reference_high) == (None, None)


@pytest.mark.parametrize("text,analyte,value,low,high", [
    ("PLT 520 (normal 150-400)", "platelets", 520, 150, 400),
    ("PLT 520, normal range 150-400", "platelets", 520, 150, 400),
    ("FLC ratio 0.12 (normal 0.26-1.65)", "flc_ratio", 0.12, 0.26, 1.65),
    ("FLC ratio 0.12 (lab normal 0.26-1.65)", "flc_ratio", 0.12, 0.26, 1.65),
])
def test_a_normal_word_of_a_reference_range_negates_nothing(ex, text, analyte, value, low, high):
    extraction = ex(text)
    [lab] = labs_of(extraction, analyte)
    assert (lab.value, lab.reference_low, lab.reference_high) == (value, low, high)
    assert not [f for f in extraction.evidence.findings if f.status.value == "absent"]


@pytest.mark.parametrize("text,concept", [
    ("VEGF normal. Platelets 250.", "vegf_elevated"),
    ("Platelets normal, VEGF 1850 pg/mL.", "thrombocytosis"),
    ("VEGF within normal limits.", "vegf_elevated"),
])
def test_a_result_stated_normal_next_to_a_value_still_is(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"
