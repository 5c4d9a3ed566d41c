"""spaCy's rule-based ``sentencizer`` computed on token arrays (``poems_sentencizer``).

Why: spaCy 3.4's ``Sentencizer.predict`` builds a Python ``Token`` per token and reads its text,
~0.2 ms for a Chinese note of ~900 one-character tokens. The same rule on arrays: token 0 starts
a sentence, and so does every token that is neither punctuation (``IS_PUNCT``) nor one of the
``punct_chars`` when one of the ``punct_chars`` stands between it and the last such "regular"
token before it (spaCy's loop sets ``seen_period`` at a ``punct_chars`` token and starts the
sentence at the next regular token, which clears it). As in spaCy (``overwrite`` false), only
tokens without a sentence start yet are written: 1 for a start, -1 otherwise.
``tests/nlu/test_speed_sentencizer.py`` compares it with spaCy's component.
"""

from typing import Iterable, List

import numpy
from spacy.attrs import IS_PUNCT, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

# the marks that end a sentence (the sentencizer's ``punct_chars``, in both modes)
SENTENCE_PUNCT = [".", "!", "?", "。", "！", "？", "…", "\u203c"]


class ArraySentencizer:
    """Callable component: the sentence starts of spaCy's ``sentencizer`` (see the module)."""

    def __init__(self, nlp: Language, punct_chars: Iterable[str]):
        self.punct_chars = list(punct_chars)
        strings = nlp.vocab.strings
        # sorted hashes; a hash no string has when there is no punctuation (nothing is in it)
        self._punct = numpy.array(sorted({strings.add(p) for p in self.punct_chars}) or [0],
                                  dtype=numpy.uint64)

    def starts(self, doc: Doc) -> numpy.ndarray:
        """Per token, whether spaCy's ``Sentencizer.predict`` marks it as a sentence start."""
        n = len(doc)
        arr = doc.to_array([ORTH, IS_PUNCT])
        orth = arr[:, 0]
        punct = self._punct
        in_punct = punct[numpy.minimum(numpy.searchsorted(punct, orth), len(punct) - 1)] == orth
        regular = ~in_punct & (arr[:, 1] == 0)
        index = numpy.arange(n)
        # the last regular token before each token (-1: none)
        last_regular = numpy.maximum.accumulate(numpy.where(regular, index, -1))
        before = numpy.empty(n, dtype=numpy.int64)
        before[0] = -1
        before[1:] = last_regular[:-1]
        # punct_chars tokens up to each token, so (before, i) holds one when the counts differ
        counted = numpy.cumsum(in_punct)
        at_before = numpy.where(before >= 0, counted[numpy.maximum(before, 0)], 0)
        upto_prev = numpy.empty(n, dtype=counted.dtype)
        upto_prev[0] = 0
        upto_prev[1:] = counted[:-1]
        starts = regular & (upto_prev > at_before)
        starts[0] = True
        return starts

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = self.starts(doc)
        current = doc.to_array(SENT_START).astype(numpy.int64)
        if current.any():  # keep the starts already set, as spaCy's (overwrite false)
            values = numpy.where(current != 0, current, numpy.where(starts, 1, -1))
        else:
            values = numpy.where(starts, 1, -1)
        doc.from_array([SENT_START], values.astype(numpy.int64).view(numpy.uint64)[:, None])
        return doc

    def pipe(self, docs, batch_size: int = 1000):
        for doc in docs:
            yield self(doc)


@Language.factory("poems_sentencizer", default_config={"punct_chars": None})
def make_sentencizer(nlp: Language, name: str, punct_chars: List[str]):
    return ArraySentencizer(nlp, punct_chars or [])
