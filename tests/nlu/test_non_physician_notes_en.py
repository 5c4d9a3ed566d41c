"""Notes by pharmacists, dietitians, nurses and students pasted into a referral: an IFE reported as a polyclonal rise
with no monoclonal band is negative, the topic of a meeting or an article is no finding of the patient, and the coding
words of hypogonadism ("Testicular hypofunction") name the endocrinopathy; an earlier value may stand in a bracket
closed by its time ("(38 g/L at diagnosis)")."""

import pytest

from conftest import criterion, labs_of, status_of


@pytest.mark.parametrize("text", [
    "Serum IFE: polyclonal hypergammaglobulinaemia, no monoclonal band. FLC ratio 0.92.",
    "Serum IFE: polyclonal pattern, no monoclonal band. FLC ratio 0.92.",
])
def test_a_polyclonal_ife_without_a_band_is_negative(ex, text):
    reading = ex(text)
    assert status_of(reading, "serum_immunofixation") == "absent"
    assert criterion(reading, "monoclonal_plasma_cell_disorder") == "absent"


def test_a_polyclonal_ife_in_chinese_is_negative(ex):
    assert status_of(ex("血清免疫固定电泳：多克隆性，未见单克隆条带。"), "serum_immunofixation") == "absent"


@pytest.mark.parametrize("text, concept", [
    ("I went to a study day on paraproteinaemic neuropathy last month. SPEP was normal.", "m_protein"),
    ("There was a webinar on Castleman disease this week.", "castleman_disease"),
])
def test_the_topic_of_a_meeting_is_no_finding(ex, text, concept):
    assert status_of(ex(text), concept) != "present"


def test_the_patients_own_paraprotein_still_reads(ex):
    assert criterion(ex("IgG lambda paraprotein 6 g/L on serum IFE."), "monoclonal_plasma_cell_disorder") == "present"


@pytest.mark.parametrize("text", ["E29.1 Testicular hypofunction", "Diagnoses: ovarian hypofunction (E28.3)"])
def test_coded_gonadal_hypofunction_is_hypogonadism(ex, text):
    assert status_of(ex(text), "hypogonadism") == "present"


@pytest.mark.parametrize("text, analyte, values", [
    ("Paraprotein 9 g/L (31 g/L at diagnosis).", "m_protein", [31, 9]),
    ("Platelets 305 x10^9/L (598 x10^9/L at presentation), Hb 128 g/L.", "platelets", [598, 305]),
])
def test_an_earlier_value_in_a_bracket_closed_by_its_time(ex, text, analyte, values):
    assert [lab.value for lab in labs_of(ex(text), analyte)] == values


def test_a_reference_in_a_bracket_is_no_earlier_value(ex):
    assert [lab.value for lab in labs_of(ex("VEGF 640 pg/mL (ref 62-707 pg/mL)"), "vegf")] == [640]
