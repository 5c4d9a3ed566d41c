"""Referral emails pasted whole: a send-out result that "came back at" or "resulted:", a polyclonal rise of a class
(no isotype), a condition that reaches past a few words ("If there's … plus a high VEGF"), a query mark inside
quotation marks, and analyte and sample names of Spanish and Italian reports."""

import pytest

from conftest import criterion, labs_of, status_of


@pytest.mark.parametrize("text, value", [
    ("We also sent a plasma VEGF, which came back at 412 pg/mL.", 412),
    ("The serum VEGF, which has now resulted at 2,240 pg/mL, is well above range.", 2240),
    ("His VEGF finally resulted: 1,310 pg/mL.", 1310),
])
def test_a_result_reported_back(ex, text, value):
    [lab] = labs_of(ex(text), "vegf")
    assert lab.value == value


def test_a_polyclonal_rise_names_no_isotype(ex):
    reading = ex("Serum IFE: polyclonal increase in IgG, no monoclonal band seen. sFLC ratio 1.31.")
    assert criterion(reading, "monoclonal_plasma_cell_disorder") == "absent"


def test_a_polyclonal_rise_in_chinese(ex):
    assert status_of(ex("血清免疫固定电泳：多克隆IgA增高，未见单克隆条带。"), "serum_immunofixation") == "absent"


def test_an_isotype_still_reads_beside_the_test(ex):
    assert criterion(ex("Serum IFE: IgA lambda paraprotein."), "monoclonal_plasma_cell_disorder") == "present"


def test_a_condition_reaches_past_a_few_words(ex):
    reading = ex("If there's a kappa clone plus a high VEGF we would image the bones.")
    assert status_of(reading, "vegf_elevated") == "uncertain"


def test_a_query_mark_inside_quotation_marks(ex):
    reading = ex('The "?papilloedema" on the optometry letter was not confirmed: optic discs normal.')
    assert criterion(reading, "papilledema") == "absent"
    assert status_of(reading, "papilledema") == "uncertain"


@pytest.mark.parametrize("text, analyte, value, sample", [
    ("VEGF sérico 2310 pg/mL", "vegf", 2310, "serum"),
    ("VEGF plasmático 180 pg/mL", "vegf", 180, "plasma"),
    ("plaquetas 612 x10^9/L", "platelets", 612, None),
    ("piastrine 540 x10^9/L", "platelets", 540, None),
    ("hemoglobina 17,1 g/dL", "hemoglobin", 17.1, None),
])
def test_analyte_and_sample_words_of_other_languages(ex, text, analyte, value, sample):
    [lab] = labs_of(ex(text), analyte)
    assert (lab.value, lab.sample.value if lab.sample else None) == (value, sample)
