"""The line-break tokens found from the token starts are those of the token walk."""

import random

from nlu.components._text import reference_mode
from nlu.components.line_breaks import _break_tokens
from nlu.pipeline import get_pipeline

_PIECES = ["脾大", "\n", "\n\n", " \n", "\n ", "PLT 520", "。", "no ascites", "  ", "无", "\r\n", "a"]


def test_break_tokens_are_the_token_walks():
    nlp = get_pipeline("zh")
    rng = random.Random(11)
    seen_breaks = 0
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 14)))
        doc = nlp.make_doc(text)
        fast = _break_tokens(doc)
        with reference_mode():
            reference = _break_tokens(doc)
        assert fast == reference, text
        seen_breaks += bool(reference)
    assert seen_breaks > 50
