"""Line breaks as sentence boundaries (runs after spaCy's rule-based ``sentencizer``).

Referral notes are often lists, one finding per line, without final punctuation. A line break
starts a new sentence unless the next line looks like a hard-wrapped continuation (starts with
a lower-case Latin letter after a line that does not end in punctuation).
"""


from spacy.language import Language
from spacy.tokens import Doc

_END_PUNCT = set(".!?;:。！？；：,，")


@Language.component("poems_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    tokens = list(doc)
    for i, token in enumerate(tokens[:-1]):
        if "\n" not in token.text:
            continue
        nxt = tokens[i + 1]
        prev = tokens[i - 1] if i > 0 else None
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
