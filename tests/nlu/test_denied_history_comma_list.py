"""A past history denied as a list joined by commas ("否认高血压，心脏病，糖尿病等病史", common in 既往史 and in
text with ASCII commas): before, the comma ended the negation's scope and 糖尿病 was read present — a
negated finding counted present (implications.yml ``denied_list``)."""

import pytest

from nlu import extract


def status(text, concept):
    states = {f.status.value for f in extract(text).evidence.findings if f.concept == concept}
    return states.pop() if len(states) == 1 else states


@pytest.mark.parametrize("text", [
    "既往史：否认高血压，心脏病，糖尿病，脑血管病等病史。",
    "否认肝炎、结核等传染病史,否认高血压,心脏病,糖尿病,脑血管病等病史",
    "否认高血压,糖尿病病史。",
    "否认高血压，糖尿病史，有甲减病史。",
    "否认高血压、心脏病、糖尿病等病史。",
])
def test_every_member_of_a_denied_history_list_is_absent(text):
    assert status(text, "diabetes") == "absent"


@pytest.mark.parametrize("text, concept", [
    ("否认高血压，糖尿病史，有甲减病史。", "hypothyroidism"),
    ("否认高血压，糖尿病10年，手术史。", "diabetes"),
    ("否认高血压病史，糖尿病10年。", "diabetes"),
    ("否认外伤史，糖尿病5年，甲减2年。", "hypothyroidism"),
    ("否认高血压，伴糖尿病史。", "diabetes"),
])
def test_a_statement_of_its_own_after_the_denial_stays_present(text, concept):
    assert status(text, concept) == "present"


@pytest.mark.parametrize("text, concept", [
    ("发病来，无发热、汗出，咳嗽、恶心、呕吐、腹痛腹泻等不适。", "diarrhea"),
    ("无发热，咳嗽，腹泻等症状，双下肢无水肿。", "diarrhea"),
    ("否认胸闷,气促,双下肢水肿等不适", "peripheral_edema"),
])
def test_symptoms_denied_as_a_list_closed_by_deng_bushi_are_absent(text, concept):
    assert status(text, concept) == "absent"


@pytest.mark.parametrize("text, concept", [
    ("无发热，腹泻，双下肢水肿。", "peripheral_edema"),  # no 等不适: the clauses are the patient's own
    ("无发热，咳嗽等症状，双下肢水肿。", "peripheral_edema"),
])
def test_a_clause_after_the_closed_list_or_without_a_closing_word_stays(text, concept):
    assert status(text, concept) == "present"
