"""Line breaks as sentence boundaries (runs after spaCy's rule-based ``sentencizer``).

Referral notes are often lists, one finding per line, without final punctuation. A line break
starts a new sentence unless the next line looks like a hard-wrapped continuation (starts with
a lower-case Latin letter after a line that does not end in punctuation).
"""


import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from nlu.components._text import doc_text, fast

_END_PUNCT = set(".!?;:。！？；：,，")


def _break_tokens(doc: Doc):
    """Indices of the tokens (not the last) that hold a line break, in order."""
    if not fast():
        return [t.i for t in doc if "\n" in t.text and t.i < len(doc) - 1]
    text = doc_text(doc)
    if "\n" not in text:
        return []
    breaks = []
    pos = text.find("\n")
    while pos >= 0:
        breaks.append(pos)
        pos = text.find("\n", pos + 1)
    # the token holding each line break: the last token starting at or before it
    # (bisect_right over the token starts, for all breaks at once)
    found = (numpy.searchsorted(doc.to_array(IDX), numpy.array(breaks, dtype=numpy.uint64),
                                side="right") - 1).tolist()
    last = len(doc) - 1
    out = []
    for i in found:
        if i < last and (not out or out[-1] != i):
            out.append(i)
    return out


@Language.component("poems_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    for i in _break_tokens(doc):
        token = doc[i]
        if "\n" not in token.text:
            continue
        nxt = doc[i + 1]
        prev = doc[i - 1] if i > 0 else None
        blank_line = token.text.count("\n") > 1
        continuation = (
            not blank_line
            and prev is not None
            and prev.text[-1:] not in _END_PUNCT
            and nxt.text[:1].isalpha()
            and nxt.text[:1].islower()
            and nxt.text[:1].isascii()
        )
        if not continuation:
            nxt.is_sent_start = True
    return doc
