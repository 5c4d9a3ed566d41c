"""What a message in the response assessment (表5) states (bot/dialogue/interviews.parse_response,
words in response_reading.yml): before, "VEGF before 4200 pg/ml serum, now 900 pg/ml" and "IFE
still IgA lambda positive" were not read, and the interview asked for both again."""

import pytest

from bot.dialogue.interviews import parse_response, read_answer


@pytest.mark.parametrize("text, expected", [
    ("VEGF went from 3000 to 800, what response is that", {"vegf_baseline": 3000, "vegf_current": 800}),
    ("VEGF before 4200 pg/ml serum, now 900 pg/ml", {"vegf_baseline": 4200, "vegf_current": 900}),
    ("VEGF was 3000, now 800", {"vegf_baseline": 3000, "vegf_current": 800}),
    ("治疗前VEGF 3000，目前800", {"vegf_baseline": 3000, "vegf_current": 800}),
    ("VEGF从3000降到800，M蛋白从12降到4 g/L",
     {"vegf_baseline": 3000, "vegf_current": 800, "m_baseline": 12, "m_current": 4}),
    ("M-protein 12 -> 4 g/L", {"m_baseline": 12, "m_current": 4}),
    ("baseline M-protein 12 g/L, currently 4", {"m_baseline": 12, "m_current": 4}),
])
def test_baseline_and_current_values(text, expected):
    assert parse_response(text) == expected


def test_every_item_of_one_message_is_read_to_its_own_analyte():
    said = parse_response("VEGF before 4200 pg/ml serum, now 900 pg/ml; IFE still IgA lambda positive "
                          "but M-protein down from 8 to 2 g/L")
    assert said == {"vegf_baseline": 4200, "vegf_current": 900, "m_baseline": 8, "m_current": 2,
                    "ife_negative": False}


@pytest.mark.parametrize("text, negative", [
    ("IFE negative", True), ("免疫固定电泳转阴", True), ("immunofixation now negative", True),
    ("IFE still IgA lambda positive", False), ("IFE: IgG-λ", False), ("免疫固定电泳仍阳性", False),
])
def test_the_immunofixation_now(text, negative):
    assert parse_response(text)["ife_negative"] is negative


@pytest.mark.parametrize("text", [
    "VEGF 1850", "M-protein was 12", "VEGF 3000, M-protein 12", "total protein 70 to 65", "IFE still pending",
    "IFE 仍待查",
])
def test_a_single_value_or_a_pending_test_states_no_change(text):
    said = parse_response(text)
    assert not {"vegf_baseline", "vegf_current", "m_baseline", "m_current", "ife_negative"} & set(said)


@pytest.mark.parametrize("text, expected", [
    ("VEGF 3000 before, now 800", {"vegf_baseline": 3000.0, "vegf_current": 800.0}),
    ("VEGF 3000 at baseline, now 800", {"vegf_baseline": 3000.0, "vegf_current": 800.0}),
    ("VEGF 3000 pg/ml pre-treatment, 800 pg/ml currently", {"vegf_baseline": 3000.0, "vegf_current": 800.0}),
    ("VEGF before 3000, 800 now", {"vegf_baseline": 3000.0, "vegf_current": 800.0}),
    ("M-protein 12 g/L before, 3 now", {"m_baseline": 12.0, "m_current": 3.0}),
    ("M蛋白12 g/L（治疗前），现在3", {"m_baseline": 12.0, "m_current": 3.0}),
    ("VEGF 3000治疗前，现在800", {"vegf_baseline": 3000.0, "vegf_current": 800.0}),
])
def test_a_cue_written_after_its_value(text, expected):
    """"VEGF 3000 before, now 800": the cue follows the value; before, nothing was read and the
    baseline M-protein question took 3000 as g/L."""
    assert parse_response(text) == expected


def test_a_value_and_one_cue_stay_unread():
    assert parse_response("VEGF 3000, now 800") == {}


@pytest.mark.parametrize("key, text", [("m_baseline", "VEGF 3000"), ("m_current", "VEGF 800 pg/ml"),
                                       ("vegf_baseline", "M-protein 12 g/L"), ("vegf_uln", "M蛋白 4")])
def test_a_number_named_as_another_test_is_not_the_asked_items(key, text):
    assert read_answer(key, text) == ("unrecognised", None)


@pytest.mark.parametrize("key, text, value", [("m_baseline", "12 g/L", 12.0), ("m_baseline", "M protein 12", 12.0),
                                              ("vegf_current", "VEGF 800", 800.0), ("vegf_uln", "ref < 600", 600.0)])
def test_the_asked_items_own_number_is_taken(key, text, value):
    assert read_answer(key, text) == ("value", value)


@pytest.mark.parametrize("text", ["M protein disappeared on IFE", "IFE: M band cleared", "IFE now undetectable",
                                  "免疫固定电泳未检出", "M protein disappeared"])
def test_an_immunofixation_gone_is_negative(text):
    """Before, "M protein disappeared on IFE" to the immunofixation question was not understood."""
    assert read_answer("ife_negative", text) == ("value", True)


@pytest.mark.parametrize("text", ["IFE not negative", "IFE still positive", "IFE still IgA lambda"])
def test_an_immunofixation_still_there_is_not_negative(text):
    assert read_answer("ife_negative", text) == ("value", False)


@pytest.mark.parametrize("key, text", [("egfr", "creatinine 180"), ("egfr", "Cr 180 umol/L"), ("egfr", "肌酐 180"),
                                       ("age", "Hb 190"), ("m_current", "IgA 3 g/L, VEGF 800")])
def test_a_number_of_another_named_test_is_not_the_risk_or_response_items(key, text):
    """Before, "creatinine 180" answering the eGFR question scored an eGFR of 180."""
    assert read_answer(key, text) == ("unrecognised", None)


@pytest.mark.parametrize("key, text, value", [("egfr", "eGFR 27 ml/min", 27.0), ("egfr", "27", 27.0),
                                              ("age", "72", 72.0), ("m_current", "IgA 3 g/L", 3.0)])
def test_the_items_own_named_number_is_taken(key, text, value):
    assert read_answer(key, text) == ("value", value)


def test_the_analytes_an_interview_item_may_name_are_data():
    """response_reading.yml ``item_analytes``: every numeric interview item is listed and names
    only analytes of questions.yml ``reading.analyte_words``."""
    from bot.dialogue.answers import reading
    from bot.dialogue.interviews import RESPONSE_ITEMS, RISK_ITEMS
    from bot.dialogue.texts import load

    table = load("response_reading.yml")["item_analytes"]
    numeric = {"age", "egfr", "m_baseline", "m_current", "vegf_baseline", "vegf_current", "vegf_uln"}
    assert set(table) == numeric and numeric <= set(RISK_ITEMS + RESPONSE_ITEMS)
    assert {a for names in table.values() for a in names} <= set(reading()["analyte_words"])


@pytest.mark.parametrize("key, text", [
    ("m_baseline", "VEGF 3000"), ("egfr", "creatinine 180"), ("vegf_current", "platelets 532"),
])
def test_a_number_named_for_another_test_is_not_the_item_s(key, text):
    assert read_answer(key, text)[0] == "unrecognised"


@pytest.mark.parametrize("key, text, expected", [
    ("vegf_baseline", "一千八百", 1800.0), ("vegf_current", "1.8千", 1800.0), ("vegf_uln", "两千三", 2300.0),
    ("egfr", "二十五", 25.0), ("m_current", "12 g/L on 12/03/2024", 12.0),
])
def test_an_interview_number_in_chinese_or_beside_a_date(key, text, expected):
    assert read_answer(key, text) == ("value", expected)


@pytest.mark.parametrize("key, text", [
    ("vegf_baseline", "58岁"), ("vegf_current", "2024年3月"), ("m_current", "3 months ago"),
    ("vegf_baseline", "on 12/03/2024"), ("m_current", "dexamethasone 40 mg"), ("m_baseline", "after 9 cycles"),
    ("vegf_baseline", "两三千"), ("egfr", "she is 45"),
])
def test_a_date_age_duration_or_dose_is_never_an_interview_value(key, text):
    """Had been read as the value: 58 pg/mL from an age, 2024 from a date, 40 g/L from a dose."""
    assert read_answer(key, text) == ("unrecognised", None)


def test_a_change_written_in_chinese_numerals():
    assert parse_response("VEGF从三千降到八百") == {"vegf_baseline": 3000.0, "vegf_current": 800.0}
