"""What a message in the response assessment (表5) states (bot/dialogue/interviews.parse_response,
words in response_reading.yml): before, "VEGF before 4200 pg/ml serum, now 900 pg/ml" and "IFE
still IgA lambda positive" were not read, and the interview asked for both again."""

import pytest

from bot.dialogue.interviews import parse_response


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
