"""Rasa graph component: the clinical extractor (``nlu.extract``) as an entity extractor, so a
pasted note fills the conversation in one turn.

Entities added to the message (values are strings, never booleans or floats):

* one per finding: ``entity`` = concept id, ``role`` = status, ``value`` = status;
* one per lab value: ``entity`` = analyte id, ``value`` = the number as a string,
  ``role`` = unit as written (``"none"`` without one), ``group`` = sample when stated;
* one per test not done: ``entity`` = ``test_not_done``, ``value`` = planner key, ``role`` = reason;
* ``age`` / ``sex`` when stated;
* ``poems_evidence``: the whole Evidence as JSON (with provenance) for the action server, only
  when the message contains clinical evidence.

A message read without finding any of these is marked instead (``poems_nothing_found`` in its
parse data, kept with the user event): the action server then does not read it again
(``actions.common.extraction``), e.g. a "thanks" or "not done" inside the interview form.

The rule files are persisted into the model storage in ``train()`` and read back in ``load()``,
so a trained model runs without the source tree's ``nlu/rules``. ``fingerprint_addon`` covers the
rule files and the NLU's modules so that editing them retrains.
"""

import json
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (ENTITIES, INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY,
                                       PREDICTED_CONFIDENCE_KEY, TEXT)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.errors import NoteError
from nlu.extractor import set_aside_items
from nlu.preload import preload_pipelines
from bot.number_text import number_text
from nlu.rules import RULES_DIR, fingerprint, rule_files

logger = logging.getLogger(__name__)  # never logs message text

EVIDENCE_ENTITY = "poems_evidence"
# values read from the note that the engine refuses (impossible): set aside, shown, asked again
SET_ASIDE_ENTITY = "poems_set_aside"
# parse-data key of a message the extractor read and found nothing in (no entity at all)
NOTHING_FOUND = "poems_nothing_found"
_NLU_DIR = Path(__file__).resolve().parent


def _source_files() -> List[Path]:
    files = sorted(_NLU_DIR.glob("*.py")) + sorted((_NLU_DIR / "components").glob("*.py")) \
        + sorted((_NLU_DIR / "implications").glob("*.py"))
    concepts = _NLU_DIR.parent / "bot" / "data" / "concepts.yml"
    if concepts.exists():
        files.append(concepts)
    return files


def entities_for(extraction, text: str) -> List[Dict[str, Any]]:
    """The Rasa entities for one Extraction (strings only)."""
    evidence = extraction.evidence
    out: List[Dict[str, Any]] = []

    def span(prov) -> Dict[str, int]:
        start = prov.start if prov.start is not None else 0
        end = prov.end if prov.end is not None else len(text)
        return {"start": start, "end": end}

    for finding in evidence.findings:
        status = finding.status.value
        out.append({"entity": finding.concept, "value": status, "role": status,
                    **span(finding.provenance)})
    for lab in evidence.labs:
        entity = {"entity": lab.analyte, "value": number_text(lab.value),
                  "role": lab.unit or "none", **span(lab.provenance)}
        if lab.sample is not None:
            entity["group"] = lab.sample.value
        out.append(entity)
    for test in evidence.not_done:
        out.append({"entity": "test_not_done", "value": test.test, "role": test.reason,
                    **span(test.provenance)})
    if evidence.age is not None:
        out.append({"entity": "age", "value": str(evidence.age), "start": 0, "end": len(text)})
    if evidence.sex is not None:
        out.append({"entity": "sex", "value": evidence.sex, "start": 0, "end": len(text)})
    if evidence.findings or evidence.labs or evidence.not_done:
        out.append({"entity": EVIDENCE_ENTITY, "value": evidence.json(), "start": 0,
                    "end": len(text)})
    set_aside = set_aside_items(extraction)
    if set_aside:
        out.append({"entity": SET_ASIDE_ENTITY, "value": json.dumps(set_aside, ensure_ascii=False),
                    "start": 0, "end": len(text)})
    for entity in out:
        entity["confidence_entity"] = 1.0
    return out


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class ClinicalEntityExtractor(GraphComponent, EntityExtractorMixin):
    """POEMS clinical extractor (medspaCy rules) as a Rasa entity extractor."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "emit_concept_entities": True,  # per-finding / per-lab entities besides poems_evidence
            "max_chars": 20000,
            # intents of questions about the consensus: a message of one of them that states a
            # patient's findings and age is a note about that patient (intent ``case_intent``)
            "question_intents": [],
            "case_intent": "referral_note",
        }

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        return fingerprint(RULES_DIR, extra=_source_files())

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 rules_directory: Optional[Path] = None) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self._rules_directory = rules_directory

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ClinicalEntityExtractor":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        """Nothing is learnt: persist the rule files into the model."""
        with self._model_storage.write_to(self._resource) as directory:
            target = Path(directory) / "rules"
            target.mkdir(parents=True, exist_ok=True)
            for path in rule_files(RULES_DIR):
                shutil.copy2(path, target / path.name)
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "ClinicalEntityExtractor":
        rules_directory = None
        try:
            with model_storage.read_from(resource) as directory:
                stored = Path(directory) / "rules"
                if stored.is_dir():
                    # the storage directory may go away: keep a private copy
                    rules_directory = Path(tempfile.mkdtemp(prefix="poems-nlu-rules-"))
                    for path in stored.glob("*.yml"):
                        shutil.copy2(path, rules_directory / path.name)
        except ValueError:
            logger.warning("clinical extractor: no rules in the model, using nlu/rules")
        preload_pipelines(rules_directory)
        return cls(config, model_storage, resource, rules_directory)

    def _extract(self, text: str):
        from nlu.extractor import extract

        return extract(text, 0, max_chars=int(self._config.get("max_chars", 20000)),
                       rules_directory=self._rules_directory)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if not text.strip() or text.startswith("/"):
                continue
            try:
                extraction = self._extract(text)
            except NoteError:
                continue  # the dialogue explains bad input; nothing to extract
            entities = entities_for(extraction, text)
            if not entities:
                message.set(NOTHING_FOUND, True, add_to_output=True)
                continue
            self._as_case(message, extraction)
            if not self._config.get("emit_concept_entities", True):
                entities = [e for e in entities if e["entity"] in (EVIDENCE_ENTITY, SET_ASIDE_ENTITY)]
            if not entities:
                continue
            existing = list(message.get(ENTITIES, []) or [])
            message.set(ENTITIES, existing + self.add_extractor_name(entities),
                        add_to_output=True)
        return messages

    def _as_case(self, message: Message, extraction) -> None:
        """A consultation about one patient ("…POEMS综合征待排，请评估内分泌功能") that the intent
        classifier reads as a question about the consensus is a note: with findings and the
        patient's age, its intent becomes ``case_intent`` so that it goes to triage."""
        intent = message.get(INTENT) or {}
        evidence = extraction.evidence
        if intent.get("name") in self._config.get("question_intents", []) and evidence.age is not None \
                and evidence.findings:
            case = self._config.get("case_intent", "referral_note")
            message.set(INTENT, {**intent, INTENT_NAME_KEY: case}, add_to_output=True)
            ranking = message.get(INTENT_RANKING_KEY)
            if ranking:
                first = _ranked_first(ranking, case, intent.get(PREDICTED_CONFIDENCE_KEY))
                message.set(INTENT_RANKING_KEY, first, add_to_output=True)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


def _ranked_first(ranking: List[Dict[str, Any]], name: str, confidence: Optional[float]) -> List[Dict[str, Any]]:
    """``ranking`` with ``name`` first at the message's intent confidence, so the ranking agrees
    with the intent the message now carries (the other entries keep their order)."""
    own = next((entry for entry in ranking if entry.get(INTENT_NAME_KEY) == name), {INTENT_NAME_KEY: name})
    first = {**own, PREDICTED_CONFIDENCE_KEY: confidence} if confidence is not None else own
    return [first] + [entry for entry in ranking if entry.get(INTENT_NAME_KEY) != name]
