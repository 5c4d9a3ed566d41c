"""The linear intent classifier: its regularisation and class weights are the configured ones, it
survives persist and load, and its feature matrix (built without Rasa's per-message hstack) is
the matrix Rasa's LogisticRegressionClassifier builds, so the probabilities are the same."""

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import coo_matrix

from nlu.rasa_intent import LinearIntentClassifier

VOCABULARY = 12
# (word counts over a toy vocabulary, intent): greetings use words 0-3, results words 4-11
EXAMPLES = [
    ({0: 1}, "greet"), ({1: 1, 2: 1}, "greet"), ({3: 2}, "greet"), ({0: 1, 3: 1}, "greet"),
    ({4: 1, 5: 1}, "inform_result"), ({6: 3}, "inform_result"), ({7: 1, 8: 1}, "inform_result"),
    ({9: 1, 10: 2, 11: 1}, "inform_result"), ({4: 1, 11: 1}, "inform_result"),
]


def _message(counts, intent=None, dense=False) -> Message:
    message = Message(data={TEXT: "x", **({INTENT: intent} if intent else {})})
    cols = sorted(counts)
    sentence = coo_matrix(([counts[c] for c in cols], ([0] * len(cols), cols)), shape=(1, VOCABULARY))
    message.add_features(Features(sentence, FEATURE_TYPE_SENTENCE, TEXT, "CountVectorsFeaturizer"))
    message.add_features(Features(coo_matrix((len(cols), VOCABULARY)), FEATURE_TYPE_SEQUENCE, TEXT,
                                  "CountVectorsFeaturizer"))
    if dense:
        message.add_features(Features(np.array([[0.5, -1.0]]), FEATURE_TYPE_SENTENCE, TEXT, "dense"))
        message.add_features(Features(np.zeros((1, 2)), FEATURE_TYPE_SEQUENCE, TEXT, "dense"))
    return message


def _context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), "test")


@pytest.fixture()
def trained(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intent")
    config = {**LinearIntentClassifier.get_default_config(), "C": 5, "class_weight": None}
    classifier = LinearIntentClassifier.create(config, storage, resource, _context())
    classifier.train(TrainingData([_message(c, i) for c, i in EXAMPLES]))
    return classifier, config, storage, resource


def test_configured_regularisation_and_class_weights_are_used(tmp_path):
    storage = LocalModelStorage(tmp_path)
    default = LinearIntentClassifier.create(LinearIntentClassifier.get_default_config(), storage,
                                            Resource("a"), _context())
    assert default.clf.get_params()["C"] == 1.0 and default.clf.get_params()["class_weight"] == "balanced"
    config = {**LinearIntentClassifier.get_default_config(), "C": 5, "class_weight": None}
    chosen = LinearIntentClassifier.create(config, storage, Resource("b"), _context())
    assert chosen.clf.get_params()["C"] == 5.0 and chosen.clf.get_params()["class_weight"] is None


def test_loaded_classifier_predicts_what_the_trained_one_does(trained):
    classifier, config, storage, resource = trained
    loaded = LinearIntentClassifier.load(config, storage, resource, _context())
    assert hasattr(loaded.clf, "coef_")  # the persisted model, not an untrained one
    for counts, intent in [({0: 1, 1: 1}, "greet"), ({6: 1, 9: 1}, "inform_result")]:
        first, again = _message(counts), _message(counts)
        classifier.process([first])
        loaded.process([again])
        assert first.get(INTENT)["name"] == again.get(INTENT)["name"] == intent
        assert first.get("intent_ranking") == again.get("intent_ranking")


@pytest.mark.parametrize("dense", [False, True])
def test_feature_matrix_and_probabilities_are_rasas(trained, dense):
    classifier, *_ = trained
    messages = [_message(c, dense=dense) for c, _ in EXAMPLES[:3]] + [_message({5: 1, 0: 2}, dense=dense)]
    for batch in (messages[:1], messages):
        mine = classifier._create_X(batch)
        rasas = LogisticRegressionClassifier._create_X(classifier, batch)
        assert mine.shape == rasas.shape and mine.dtype == rasas.dtype == np.float64
        assert (mine != rasas).nnz == 0
    if not dense:
        mine = classifier.clf.predict_proba(classifier._create_X(messages))
        rasas = classifier.clf.predict_proba(LogisticRegressionClassifier._create_X(classifier, messages))
        assert np.array_equal(mine, rasas)
