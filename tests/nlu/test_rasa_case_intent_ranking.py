"""A consultation about one patient read as a question gets the case intent: the message's
intent ranking then leads with that intent too (nlu/rasa_component.py ``_as_case``), so every
reader of the message's data sees the same intent."""

import pytest

rasa = pytest.importorskip("rasa")

from rasa.engine.graph import ExecutionContext, GraphSchema  # noqa: E402
from rasa.engine.storage.local_model_storage import LocalModelStorage  # noqa: E402
from rasa.engine.storage.resource import Resource  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402

from nlu.rasa_component import ClinicalEntityExtractor  # noqa: E402

CASE = "会诊原因：患者男，51岁，肌电图示多发性周围神经病，POEMS综合征待排，请评估内分泌功能。"


def _component(tmp_path):
    config = {**ClinicalEntityExtractor.get_default_config(),
              "question_intents": ["ask_criteria"], "case_intent": "referral_note"}
    return ClinicalEntityExtractor.create(config, LocalModelStorage(tmp_path), Resource("rank"),
                                          ExecutionContext(GraphSchema({}), "test"))


def _message(text, ranking):
    return Message(data={"text": text, "intent": {"name": "ask_criteria", "confidence": 0.8},
                         "intent_ranking": ranking})


@pytest.mark.parametrize("ranking", [
    [{"name": "ask_criteria", "confidence": 0.8}, {"name": "greet", "confidence": 0.15},
     {"name": "referral_note", "confidence": 0.05}],
    [{"name": "ask_criteria", "confidence": 0.8}, {"name": "greet", "confidence": 0.2}],  # case not ranked
])
def test_the_case_intent_leads_the_ranking(tmp_path, ranking):
    message = _message(CASE, ranking)
    _component(tmp_path).process([message])
    assert message.get("intent")["name"] == "referral_note"
    ranked = message.get("intent_ranking")
    assert ranked[0] == {"name": "referral_note", "confidence": 0.8}
    assert [r["name"] for r in ranked].count("referral_note") == 1
    assert [r["name"] for r in ranked[1:]] == [r["name"] for r in ranking if r["name"] != "referral_note"]
    assert message.as_dict(only_output_properties=True)["intent_ranking"][0]["name"] == "referral_note"


def test_a_question_without_a_patient_keeps_its_ranking(tmp_path):
    ranking = [{"name": "ask_criteria", "confidence": 0.8}, {"name": "referral_note", "confidence": 0.2}]
    message = _message("Does hepatosplenomegaly count as organomegaly?", [dict(r) for r in ranking])
    _component(tmp_path).process([message])
    assert message.get("intent")["name"] == "ask_criteria"
    assert message.get("intent_ranking") == ranking
