"""The response assessment (表5) reads each value in its unit: before, "1.2 g/dL" answering the
M-protein question was kept as 1.2 g/L, "VEGF from 2.1 ng/mL to 600 pg/mL" as a rise from 2.1 to
600, "八百多" as 800 and "800 IU/mL" as a VEGF of 800 pg/mL (bot/dialogue/interviews.py)."""

import pytest

from bot.dialogue.interviews import parse_response, take_answer


def answered(key, text):
    values, refused = {}, []
    outcome = take_answer("response", key, text, None, values, refused)
    return outcome, values, [why.en for why in refused]


@pytest.mark.parametrize("key, text, value", [
    ("m_baseline", "1.2 g/dL", 12), ("m_baseline", "1200 mg/dL", 12), ("m_current", "300 mg/L", 0.3),
    ("m_current", "12 g/L", 12), ("m_current", "4", 4), ("m_current", "dexamethasone 40 mg, M 0.3 g/dL", 3),
    ("vegf_current", "2.1 ng/mL", 2100), ("vegf_current", "850 ng/L", 850), ("vegf_baseline", "3000", 3000),
    ("vegf_baseline", "一千八百", 1800), ("vegf_uln", "ref <0.5 ng/mL", 500), ("vegf_uln", "<500", 500),
    ("egfr", "25 ml/min", 25),
    ("m_baseline", "一点二克每升", 1.2), ("m_baseline", "一点二克每分升", 12), ("m_current", "零点三", 0.3),
    ("vegf_current", "两点五纳克每毫升", 2500), ("vegf_uln", "参考上限零点五纳克每毫升", 500),
])
def test_a_value_is_kept_in_its_analytes_unit(key, text, value):
    assert answered(key, text)[:2] == ("result", {key: pytest.approx(value)})


@pytest.mark.parametrize("key, text, said", [
    ("vegf_current", "八百多", "bound"), ("vegf_current", ">2000", "bound"), ("vegf_baseline", "more than 5000", "bound"),
    ("vegf_current", "800 IU/mL", "cannot be read"), ("m_current", "1.2 mmol/L", "not a unit of it"),
    ("vegf_current", "plasma VEGF 300 pg/mL", "serum"),
])
def test_a_value_that_cannot_be_read_safely_is_refused_and_asked_again(key, text, said):
    outcome, values, refused = answered(key, text)
    assert outcome == "refused" and values == {} and len(refused) == 1 and said in refused[0]


@pytest.mark.parametrize("text, expected", [
    ("M-protein 1.2 -> 0.4 g/dL", {"m_baseline": 12, "m_current": 4}),
    ("M spike 1.5 g/dL at baseline, now 0.3 g/dL", {"m_baseline": 15, "m_current": 3}),
    ("VEGF from 2.1 ng/mL to 600 pg/mL", {"vegf_baseline": 2100, "vegf_current": 600}),
    ("VEGF 3000 => 800 pg/ml", {"vegf_baseline": 3000, "vegf_current": 800}),
])
def test_a_change_is_read_in_its_unit_the_unit_of_one_value_serving_both(text, expected):
    refused = []
    assert parse_response(text, refused) == pytest.approx(expected) and refused == []


def test_a_pair_that_cannot_be_read_is_left_out_and_said_the_others_kept():
    refused = []
    said = parse_response("VEGF 3000 -> 800, M-protein 1.2 -> 0.4 mmol/L", refused)
    assert said == {"vegf_baseline": 3000, "vegf_current": 800}
    assert len(refused) == 1 and "M-protein" in refused[0].en


@pytest.mark.parametrize("text", ["VEGF从3000降到800多", "VEGF from >5000 to 800", "plasma VEGF 3000 -> 800"])
def test_a_change_with_a_bound_or_a_plasma_value_is_not_taken(text):
    refused = []
    assert parse_response(text, refused) == {} and len(refused) == 1


@pytest.mark.parametrize("text", ["VEGF治疗前2.4ng/ml，目前600", "VEGF from 2400 to 0.6 ng/mL", "VEGF 2.4 ng/mL before, now 0.6",
                                  "M-protein 1.5 g/dL at baseline, now 3"])
def test_a_change_whose_other_unit_is_not_said_is_refused_never_guessed(text):
    """600 after "2.4 ng/ml" could be pg/mL or ng/mL; 2400 ng/mL is no VEGF: the units are asked for."""
    refused = []
    assert parse_response(text, refused) == {} and len(refused) == 1 and "both values with their units" in refused[0].en


@pytest.mark.parametrize("text, expected", [
    ("VEGF 3000 pg/ml before, now 800", {"vegf_baseline": 3000, "vegf_current": 800}),
    ("M蛋白治疗前12 g/L，现在0.4 g/dL", {"m_baseline": 12, "m_current": 4}),
])
def test_a_change_with_the_analytes_own_unit_or_both_units_is_read(text, expected):
    refused = []
    assert parse_response(text, refused) == pytest.approx(expected) and refused == []


@pytest.mark.parametrize("text, age", [("62岁", 62), ("六十二岁", 62), ("62 years old", 62), ("he is 62yo", 62), ("62", 62)])
def test_the_risk_scores_age_is_read_with_its_own_words(text, age):
    """ "62岁", "六十二岁" and "62 years old" answering the age question had been taken for a duration."""
    values = {}
    assert take_answer("risk", "age", text, None, values) == "result" and values["age"] == age


def test_two_ages_side_by_side_are_no_age():
    values = {}
    assert take_answer("risk", "age", "五六十岁", None, values) != "result" and "age" not in values
