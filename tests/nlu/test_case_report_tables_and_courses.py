"""Case reports give their laboratory data as a table whose first column has no title, the times named
over the value columns ("Diagnosis   Cycle 5   Reference", "On admission  After 4 cycles  Unit  Reference"),
the unit in a column of its own or in the row's name ("eGFR (mL/min/1.73m^2)"); and a value's course in words
after its first value ("1,380 pg/mL at first measurement, had risen to 2,460 pg/mL", "血小板入院时 388×10⁹/L，今日
512×10⁹/L", "M峰 31.4 g/L（入院时 42.6 g/L）"). Every value is read, the earlier ones first."""

import pytest

from conftest import labs_of

UNTITLED = ("Table 1 Laboratory data at diagnosis and at onset of neuropathy\n"
            "                          Diagnosis   Cycle 5   Reference\n"
            "Hemoglobin (g/dL)         8.7         10.9      12.0–16.0\n"
            "eGFR (mL/min/1.73m^2)     39          51        >60\n"
            "Free κ (mg/L)             1,240       88.5      3.3–19.4\n")

UNIT_COLUMN = ("Table 1 Laboratory data\n"
               "Item\tOn admission\tAfter 4 cycles\tUnit\tReference\n"
               "Hemoglobin\t171\t149\tg/L\t130–175\n"
               "Platelets\t512\t268\t×10^9/L\t125–350\n"
               "Serum VEGF\t3,480\t690\tpg/mL\t0–600\n")


def _read(reading, analyte):
    return [(lab.value, lab.unit) for lab in labs_of(reading, analyte)]


def test_an_untitled_header_of_times_opens_a_table(ex):
    reading = ex(UNTITLED)
    assert _read(reading, "hemoglobin") == [(8.7, "g/dL"), (10.9, "g/dL")]
    assert _read(reading, "egfr") == [(39.0, "mL/min/1.73m^2"), (51.0, "mL/min/1.73m^2")]
    assert _read(reading, "flc_kappa") == [(1240.0, "mg/L"), (88.5, "mg/L")]


def test_a_unit_column_gives_each_rows_unit(ex):
    reading = ex(UNIT_COLUMN)
    assert _read(reading, "hemoglobin") == [(171.0, "g/L"), (149.0, "g/L")]
    assert _read(reading, "platelets") == [(512.0, "10^9/L"), (268.0, "10^9/L")]
    assert _read(reading, "vegf") == [(3480.0, "pg/mL"), (690.0, "pg/mL")]
    assert [lab.reference_high for lab in labs_of(reading, "vegf")] == [600.0, 600.0]


def test_an_indented_line_of_words_is_no_header(ex):
    # prose indented under a heading: no time in its first cell, no table
    text = "Plan\n    Repeat   the blood count\nHemoglobin 171 g/L"
    assert _read(ex(text), "hemoglobin") == [(171.0, "g/L")]


@pytest.mark.parametrize("text, analyte, values", [
    ("Serum VEGF, 1,380 pg/mL at first measurement, had risen to 2,460 pg/mL (ULN 500) four months later.",
     "vegf", [1380.0, 2460.0]),
    ("VEGF 1,380 pg/mL, had since risen to 2,460 pg/mL.", "vegf", [1380.0, 2460.0]),
    ("Platelets 480, rose again to 612 x10^9/L.", "platelets", [480.0, 612.0]),
    ("血小板入院时 388×10⁹/L，今日 512×10⁹/L。", "platelets", [388.0, 512.0]),
    ("血清VEGF入院时 4860 pg/ml，今日 1420 pg/ml。", "vegf", [4860.0, 1420.0]),
    ("M峰 31.4 g/L（入院时 42.6 g/L）", "m_protein", [42.6, 31.4]),
    ("Platelets 388 (on admission 512)", "platelets", [512.0, 388.0]),
    ("Hb 9.2 g/dL; platelets, which had been 310 at presentation, rose to 612 ×10^9/L within 6 weeks.",
     "platelets", [310.0, 612.0]),
    ("VEGF, which was 3,900 pg/mL at diagnosis, fell to 640 pg/mL.", "vegf", [3900.0, 640.0]),
])
def test_a_values_course_in_words_is_read_earlier_first(ex, text, analyte, values):
    assert [lab.value for lab in labs_of(ex(text), analyte)] == values


@pytest.mark.parametrize("text, analyte, value", [
    ("「Ｖ Ｅ Ｇ Ｆ：４３２ ng/L（血清，参考 ＜600）」", "vegf", 432.0),  # a photo's report read letter by letter
    ("SPEP: no M-spike; free κ 19.2 mg/L, free λ 61.8 mg/L, ratio 0.31.", "flc_ratio", 0.31),
])
def test_spaced_letters_and_free_light_chain_letters_name_their_analyte(ex, text, analyte, value):
    assert [lab.value for lab in labs_of(ex(text), analyte)] == [value]


def test_capitals_spaced_out_that_name_nothing_stay_as_written():
    from nlu.normalize import normalize
    assert normalize("Options A B C D were offered.") == "Options A B C D were offered."
    assert normalize("I V I G 2 g/kg") == "IVIG    2 g/kg"


def test_a_panels_rows_named_kappa_free_and_lambda_free_are_read(ex):
    text = ("FREE LIGHT CHAINS\nKappa free         58.4    H     3.3-19.4     mg/L\n"
            "Lambda free        16.2          5.7-26.3     mg/L\nK/L ratio          3.60    H     0.26-1.65\n")
    reading = ex(text)
    assert _read(reading, "flc_kappa") == [(58.4, "mg/L")]
    assert _read(reading, "flc_lambda") == [(16.2, "mg/L")]
    assert _read(reading, "flc_ratio") == [(3.6, None)]
