"""A minus glued to the front of a word opens that word's sentence (runs after the ``sentencizer``).

Why: the tokenizer makes "-" a token of its own and the sentencizer keeps punctuation after a full
stop with the sentence before it, so "Nil palpable LN. -ve for anti-MAG." ended the first
sentence at "-" and left "ve for anti-MAG" outside the reach of the negation "-ve for": the
antibody was read as present. The same holds for "-fever" in a list of signs after a full stop.
The minus starts the sentence instead of the word it is glued to.
"""

import re

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from nlu.components._text import doc_text
from nlu.components.sentencizer import SENTENCE_PUNCT

# a minus right before a letter, after a sentence's end mark and blanks (where the sentencizer
# put the minus in the sentence before; after a line break it starts the line's sentence already)
_GLUED_MINUS = re.compile("[" + re.escape("".join(SENTENCE_PUNCT)) + r"][ \t]+(-)(?=[^\W\d_])")


@Language.component("poems_glued_signs")
def glued_signs(doc: Doc) -> Doc:
    text = doc_text(doc)
    if "-" not in text:
        return doc
    positions = [m.start(1) for m in _GLUED_MINUS.finditer(text)]
    if not positions:
        return doc
    starts = doc.to_array(IDX)
    last = len(doc) - 1
    for pos in positions:
        i = int(numpy.searchsorted(starts, pos, side="right")) - 1
        if i < 0 or i >= last or starts[i] != pos:
            continue
        minus, word = doc[i], doc[i + 1]
        if word.is_sent_start and not minus.is_sent_start:
            minus.is_sent_start = True
            word.is_sent_start = False
    return doc
