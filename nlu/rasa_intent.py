"""Rasa intent classifier: a linear model (logistic regression) over the count-vector features.

The intent only routes a message (a pasted note and a result go to triage alike; the findings come
from the clinical extractor, not from the intent), so a linear model over the word and character
n-gram counts is enough, and it costs a fraction of DIET's TensorFlow call on every message
(parse ~3 ms instead of ~8 ms for "hello", ~10 instead of ~19 ms for a pasted note).
Its feature matrix is built without Rasa's per-message ``hstack`` with an empty dense block
(~1.8 ms a message, more than the prediction itself): the same float64 matrix, one conversion.

Rasa 3.6's ``LogisticRegressionClassifier`` fixes the regularisation (``C`` = 1) and balances
the classes; both are settable here. With balanced classes the few-example education intents
(``ask_vegf``, ``ask_criteria``) outweighed the clinical ones on some short case notes ending in a
question, and a weak ``C`` left many short answers below the FallbackClassifier's threshold;
config.yml says which values were chosen and why.
"""

from typing import Any, Dict, List, Optional, Text

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import csr_matrix, vstack


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(LogisticRegressionClassifier):
    """``LogisticRegressionClassifier`` with its regularisation and class weights configurable."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            **LogisticRegressionClassifier.get_default_config(),
            "C": 1.0,  # inverse regularisation strength (scikit-learn's C)
            "class_weight": "balanced",  # "balanced" or None (every example counts the same)
        }

    def __init__(self, config: Dict[Text, Any], name: Text, model_storage: ModelStorage,
                 resource: Resource) -> None:
        super().__init__(config, name, model_storage, resource)
        class_weight: Optional[str] = self.config["class_weight"]
        self.clf.set_params(C=float(self.config["C"]), class_weight=class_weight)

    def _create_X(self, messages: List[Message]) -> csr_matrix:
        """The sentence features as Rasa's ``_create_X`` builds them (sparse then dense, float64),
        without its per-message ``hstack`` when no message has dense features (this pipeline
        has none)."""
        rows = []
        for message in messages:
            sparse = message.get_sparse_features(attribute=TEXT)[1]
            dense = message.get_dense_features(attribute=TEXT)[1]
            if sparse is None or dense is not None:
                return super()._create_X(messages)
            rows.append(csr_matrix(sparse.features, dtype=np.float64))
        return rows[0] if len(rows) == 1 else vstack(rows, format="csr")
