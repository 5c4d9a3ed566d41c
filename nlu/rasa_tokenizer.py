"""A Rasa tokenizer for English, Chinese and the two mixed in one message.

Rasa's WhitespaceTokenizer cannot split Chinese, and its JiebaTokenizer emits whitespace tokens
on mixed text (rasa issue #7910). Referral notes mix both ("外院dx CIDP, IVIG无效"), so this
tokenizer makes one token per Han character (as spaCy's default Chinese segmenter does, which
keeps phrase patterns matching) and one per run of letters/digits otherwise. Intent features
then come from word n-grams (Chinese character bigrams) and character n-grams.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

import regex

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message

TOKEN_PATTERN = regex.compile(
    r"\p{Han}"  # one token per Chinese character
    r"|[^\W\p{Han}_](?:(?:[^\W\p{Han}]|['.\-/%×^])*[^\W\p{Han}_%]|%)?"  # words, numbers, 10^9/L, IgA-λ
    r"|[?？!！]"  # question marks help intent classification
)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class MixedScriptTokenizer(Tokenizer):
    """Tokenizes English, Chinese and mixed-script text with character offsets."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
        }

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "MixedScriptTokenizer":
        return cls(config)

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        text = message.get(attribute) or ""
        tokens = [Token(m.group(0).lower(), m.start()) for m in TOKEN_PATTERN.finditer(text)]
        if not tokens:
            # Rasa needs at least one token; an all-punctuation message becomes one.
            tokens = [Token(text or " ", 0)]
        return self._apply_token_pattern(tokens)
