"""Rasa component that tags each message with its language (entity ``language``: en / zh), so
the ``language`` slot follows the user. Short messages without a clear signal ("ok", "1") get
no tag and the slot keeps its value, and so do short answers made of test names, numbers, units
and yes / no ("yes, IgA lambda", "kappa 20, lambda 180" in a Chinese conversation)."""

import functools
import re
from typing import Any, Dict, Iterable, List, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.language import detect_language, has_cjk

_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Latin tokens Chinese clinical writing carries as written: units ("pg/ml", "10^9/L") and test
# abbreviations with two capitals ("VEGF", "IgA", "sFLC"). They are words of neither language, so
# a message holding Chinese does not count them ("1850 pg/ml，血清" is answered in Chinese), nor
# does a message of Latin letters alone ("VEGF 1850 pg/ml", "IgA lambda" answered in a Chinese
# conversation keep its language). A name glued to Han characters ("是POEMS") is one too: the
# bounds are Latin letters, not word bounds (a Han character is a word character).
_NEUTRAL = re.compile(r"[A-Za-z0-9^µμ]+(?:/[A-Za-z0-9^µμ]+)+"
                      r"|(?<![A-Za-z])[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?![A-Za-z])")




def _alternation(words: Iterable[str]) -> "re.Pattern[str]":
    latin = sorted({w.lower() for w in words if re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", w)}, key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(w) for w in latin) + r")(?![A-Za-z])", re.I)


@functools.lru_cache(maxsize=1)
def _answer_words() -> Tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """The Latin words of a short answer that are words of neither language: the names of lab
    tests (questions.yml ``reading.analyte_words``: "lambda", "kappa", "platelets") and yes / no
    (``answers.bare_yes_no``). "yes, IgA lambda" typed in a Chinese conversation keeps its
    language; a sentence around them ("yes, the lambda was high") is still English."""
    from bot.dialogue.answers import questions

    data = questions()
    return (_alternation(w for names in data["reading"]["analyte_words"].values() for w in names),
            _alternation(data["answers"]["bare_yes_no"]))


def _latin_words(text: str) -> List[str]:
    """The Latin words of ``text`` that belong to a language: units, test abbreviations and test
    names left out, and yes / no too when nothing else is left ("yes, IgA lambda"; but "no oedema"
    is two English words)."""
    names, yes_no = _answer_words()
    words = _LATIN_WORD.findall(names.sub(" ", _NEUTRAL.sub(" ", text)))
    return [] if all(yes_no.fullmatch(w) for w in words) else words


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class LanguageTagger(GraphComponent, EntityExtractorMixin):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"min_latin_words": 2}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._config = config

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LanguageTagger":
        return cls(config)

    def language_of(self, text: str):
        if not text or text.startswith("/"):
            return None
        if has_cjk(text):
            return detect_language(_NEUTRAL.sub(" ", text)).language
        if len(_latin_words(text)) >= int(self._config.get("min_latin_words", 2)):
            return "en"
        return None

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            language = self.language_of(message.get(TEXT) or "")
            if language is None:
                continue
            entity = {"entity": "language", "value": language, "start": 0,
                      "end": len(message.get(TEXT) or ""), "confidence_entity": 1.0}
            entities = list(message.get(ENTITIES, []) or [])
            entities.append(self.add_extractor_name([entity])[0])
            message.set(ENTITIES, entities, add_to_output=True)
        return messages
