"""Rasa tokenizer for English, Chinese and mixed messages: one token per Han character, one per
Latin word or number (punctuation dropped). Same segmentation as the clinical NLU
(``nlu.tokenizer``), so Chinese phrases are never glued into unseen words.

A long message's TEXT gives the featurizers and DIET only its first ``head_tokens`` and last
``tail_tokens`` tokens. DIET only picks the intent, and its cost grows with every token: a pasted
note of ~700 Han characters cost ~17 ms of DIET against ~3 ms for "hello". The clinical findings do
not come from these tokens (``nlu.rasa_component.ClinicalEntityExtractor`` reads the whole text),
and every clinical intent of a long note is handled alike by the actions, so the note's opening
(what kind of message it is) and its end (where a question or request often sits: "…请问下一步查
什么？", "what next?") are all the classifier needs. The kept tokens keep their true offsets."""

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.tokenizer import _TOKEN_RE


def head_and_tail(tokens: List[Token], head: Optional[int], tail: Optional[int]) -> List[Token]:
    """The first ``head`` and last ``tail`` tokens when there are more than both together;
    all tokens otherwise, or when ``head`` is None (no cap)."""
    if head is None:
        return tokens
    head, tail = max(head, 0), max(tail or 0, 0)
    if len(tokens) <= head + tail:
        return tokens
    return tokens[:head] + (tokens[len(tokens) - tail:] if tail else [])


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class MixedScriptTokenizer(Tokenizer):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
            # TEXT tokens kept of a long message (see the module docstring); None: keep all
            "head_tokens": None,
            "tail_tokens": None,
        }

    @staticmethod
    def supported_languages() -> Optional[List[Text]]:
        return None

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "MixedScriptTokenizer":
        return cls(config)

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        text = message.get(attribute) or ""
        tokens = [
            Token(m.group(), m.start(), m.end())
            for m in _TOKEN_RE.finditer(text)
            if m.lastgroup in ("cjk", "num", "word")
        ]
        if not tokens:
            tokens = [Token(text, 0, len(text))]
        if attribute == TEXT:
            tokens = head_and_tail(tokens, self._config["head_tokens"], self._config["tail_tokens"])
        return self._apply_token_pattern(tokens)
