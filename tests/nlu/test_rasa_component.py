"""The Rasa entity extractor: builds a Message and runs process()."""

import json

import pytest

rasa = pytest.importorskip("rasa")

from rasa.engine.graph import ExecutionContext, GraphSchema  # noqa: E402
from rasa.engine.storage.local_model_storage import LocalModelStorage  # noqa: E402
from rasa.engine.storage.resource import Resource  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402
from rasa.shared.nlu.training_data.training_data import TrainingData  # noqa: E402

from nlu.rasa_component import ClinicalEntityExtractor  # noqa: E402
from nlu.rasa_language import LanguageTagger  # noqa: E402
from nlu.rasa_tokenizer import MixedScriptTokenizer  # noqa: E402


@pytest.fixture()
def storage(tmp_path):
    return LocalModelStorage(tmp_path)


def _context():
    return ExecutionContext(GraphSchema({}), "test")


def test_train_load_process(storage):
    resource = Resource("clinical")
    config = ClinicalEntityExtractor.get_default_config()
    component = ClinicalEntityExtractor.create(config, storage, resource, _context())
    component.train(TrainingData([]))
    loaded = ClinicalEntityExtractor.load(config, storage, resource, _context())
    assert loaded._rules_directory is not None
    text = "49F. HSM(-), 双下肢水肿(+). sVEGF 2,380 pg/ml. IFE: IgA-λ. sFLC pending."
    message = Message(data={"text": text})
    loaded.process([message])
    entities = message.get("entities")
    assert all(isinstance(e["value"], str) for e in entities)
    by = {e["entity"]: e for e in entities}
    assert by["hepatosplenomegaly"]["role"] == "absent"
    assert by["peripheral_edema"]["value"] == "present"
    assert by["vegf"]["value"] == "2380" and by["vegf"]["role"] == "pg/mL"
    assert by["test_not_done"]["value"] == "serum_free_light_chains"
    assert by["age"]["value"] == "49"
    evidence = json.loads(by["poems_evidence"]["value"])
    assert evidence["age"] == 49
    assert any(f["concept"] == "serum_immunofixation" for f in evidence["findings"])


def test_no_evidence_entity_for_small_talk(storage):
    component = ClinicalEntityExtractor.create(
        ClinicalEntityExtractor.get_default_config(), storage, Resource("c2"), _context())
    message = Message(data={"text": "hello, what can you do?"})
    component.process([message])
    assert not [e for e in message.get("entities", []) if e["entity"] == "poems_evidence"]
    assert message.as_dict(only_output_properties=True)["poems_nothing_found"] is True
    empty = Message(data={"text": "   "})
    component.process([empty])  # bad input is skipped, never raises
    assert empty.get("poems_nothing_found") is None  # not read: not marked
    note = Message(data={"text": "49M, no papilloedema."})
    component.process([note])
    assert note.get("poems_nothing_found") is None  # something found: the entities say it


def test_fingerprint_changes_with_rules(tmp_path, monkeypatch):
    import nlu.rasa_component as module

    first = ClinicalEntityExtractor.fingerprint_addon({})
    assert first and first == ClinicalEntityExtractor.fingerprint_addon({})
    copy = tmp_path / "rules"
    copy.mkdir()
    for path in module.rule_files(module.RULES_DIR):
        (copy / path.name).write_bytes(path.read_bytes())
    (copy / "targets_en.yml").write_text("concepts: {}\n")
    monkeypatch.setattr(module, "RULES_DIR", copy)
    assert ClinicalEntityExtractor.fingerprint_addon({}) != first


def test_language_tagger_and_tokenizer():
    tagger = LanguageTagger.create(LanguageTagger.get_default_config(), None, None, None)
    zh = Message(data={"text": "患者男，61岁，双下肢麻木"})
    short = Message(data={"text": "ok"})
    tagger.process([zh, short])
    assert [e["value"] for e in zh.get("entities")] == ["zh"]
    assert not short.get("entities")
    tokenizer = MixedScriptTokenizer.create(MixedScriptTokenizer.get_default_config(), None, None,
                                            None)
    tokens = tokenizer.tokenize(Message(data={"text": "无脾大, HSM(-)"}), "text")
    assert [t.text for t in tokens] == ["无", "脾", "大", "HSM"]


@pytest.mark.parametrize("text, intent", [
    ("会诊原因：患者男，51岁，肌电图示多发性周围神经病，POEMS综合征待排，请评估内分泌功能。", "referral_note"),
    ("Does hepatosplenomegaly count as organomegaly?", "ask_criteria"),  # no patient: a question
    ("What are the criteria?", "ask_criteria"),
])
def test_a_question_about_one_patient_is_that_patients_note(storage, text, intent):
    config = {**ClinicalEntityExtractor.get_default_config(),
              "question_intents": ["ask_criteria"], "case_intent": "referral_note"}
    component = ClinicalEntityExtractor.create(config, storage, Resource("c3"), _context())
    message = Message(data={"text": text, "intent": {"name": "ask_criteria", "confidence": 0.9}})
    component.process([message])
    assert message.get("intent")["name"] == intent
    assert message.get("intent")["confidence"] == 0.9
