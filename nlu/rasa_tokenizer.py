"""Rasa tokenizer for English, Chinese and mixed messages: one token per Han character, one per
Latin word or number (punctuation dropped). Same segmentation as the clinical NLU
(``nlu.tokenizer``), so Chinese phrases are never glued into unseen words."""

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message

from nlu.tokenizer import _TOKEN_RE


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class MixedScriptTokenizer(Tokenizer):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
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
        return self._apply_token_pattern(tokens)
