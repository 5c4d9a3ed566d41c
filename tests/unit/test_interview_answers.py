"""Answers in the risk (表3) and response (表5) interviews: what a message states of any item is
kept, whichever item was asked, and the asked item stays open when the message does not state
it; remarks ("why?", "还缺什么", "thanks") are no answers. Before, the first number of a message
was taken as the asked item ("VEGF从3000降到800…" answering the baseline M-protein question made
it 3000 g/L) and "pleural effusion yes" answering the pulmonary-hypertension question scored
pulmonary hypertension."""

import pytest

from bot.dialogue import interviews
from nlu import extract_evidence


def take(kind, key, text, values=None):
    values = dict(values or {})
    return interviews.take_answer(kind, key, text, extract_evidence(text), values), values


def test_a_response_message_answers_every_item_it_states():
    outcome, values = take("response", "m_baseline", "VEGF从3000降到800，M蛋白从12降到4 g/L，免疫固定转阴")
    assert outcome == "result"
    assert values == {"m_baseline": 12, "m_current": 4, "vegf_baseline": 3000, "vegf_current": 800,
                      "ife_negative": True}


def test_another_risk_item_is_kept_and_the_asked_one_stays_open():
    outcome, values = take("risk", "pulmonary_hypertension", "pleural effusion yes", {"age": 60})
    assert outcome == "other" and values == {"age": 60, "pleural_effusion": True}
    outcome, values = take("risk", "pleural_effusion", "eGFR 25 ml/min", values)
    assert outcome == "other" and values["egfr"] == 25 and "pleural_effusion" in values
    assert interviews.next_item(interviews.RISK_ITEMS, values) == "pulmonary_hypertension"


@pytest.mark.parametrize("text, remark", [("why?", "why"), ("为什么？", "why"), ("还缺什么", "missing"),
                                          ("what is still missing?", "missing"), ("thanks", "thanks")])
@pytest.mark.parametrize("kind, key", [("risk", "pleural_effusion"), ("response", "m_current")])
def test_a_remark_is_no_answer(kind, key, text, remark):
    outcome, values = take(kind, key, text, {"age": 60})
    assert outcome == remark and values == {"age": 60}


@pytest.mark.parametrize("kind, key, text, value", [("risk", "age", "55", 55), ("risk", "pleural_effusion", "no", False),
                                                    ("response", "vegf_uln", "600", 600),
                                                    ("response", "m_baseline", "不知道", interviews.UNKNOWN)])
def test_a_short_answer_answers_the_asked_item(kind, key, text, value):
    outcome, values = take(kind, key, text)
    assert values == {key: value}


def test_what_is_missing_names_the_open_items():
    reply = interviews.remark_reply("missing", "risk", interviews.RISK_ITEMS, {"age": 60, "egfr": 25}, "en")
    assert "pleural effusion" in reply and "pulmonary hypertension" in reply and "eGFR" not in reply


@pytest.mark.parametrize("values, lang, shown", [
    ({"ife_negative": True}, "en", "current immunofixation negative"),
    ({"ife_negative": False}, "en", "current immunofixation still positive"),
    ({"ife_negative": True}, "zh", "目前免疫固定电泳 阴性"),
    ({"pleural_effusion": True}, "en", "pleural effusion yes"),
    ({"egfr": 25.0}, "en", "eGFR 25"),
])
def test_a_value_noted_beside_the_question_is_said_in_its_own_words(values, lang, shown):
    from bot.dialogue.interviews import noted

    assert shown in noted({}, values, lang)


@pytest.mark.parametrize("key, text", [("pulmonary_hypertension", "肺动脉高压没有"),
                                       ("pleural_effusion", "胸水：没有"),
                                       ("pulmonary_hypertension", "pulmonary hypertension - no")])
def test_an_item_answered_no_after_its_name_is_no(key, text):
    outcome, values = take("risk", key, text)
    assert outcome == "result" and values[key] is False


@pytest.mark.parametrize("text, negative", [
    # "negative" / 阴性 answering "is the immunofixation now negative?" is a yes; before, it read as a no
    ("negative now", True), ("negative", True), ("阴性", True), ("都阴性了", True), ("both negative", True),
    ("yes", True), ("是", True),
    ("no", False), ("still positive", False), ("not negative", False), ("没有转阴", False),
    ("IgA lambda still there", False),
])
def test_the_immunofixation_question_reads_negative_as_its_result(text, negative):
    assert interviews.read_answer("ife_negative", text, extract_evidence(text)) == ("value", negative)


@pytest.mark.parametrize("text, negative", [("IFE not negative", False), ("免疫固定电泳未转阴", False),
                                            ("IFE negative", True)])
def test_an_immunofixation_said_not_negative_is_still_positive(text, negative):
    assert interviews.parse_response(text)["ife_negative"] is negative
