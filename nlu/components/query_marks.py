"""A question mark written before a finding opens a new sentence (runs after the sentencizer).

Clinicians write "?splenomegaly" for a finding in doubt; ``nlu.normalize`` turns such a glued
"?" into "¿", the forward uncertainty trigger of the ConText rules. After a full stop ("US
requested. ?mild splenomegaly") spaCy's sentencizer keeps the "¿" with the sentence before it,
as trailing punctuation, and starts the next sentence at the word after it, so ConText never
sees the trigger beside its finding and the doubted finding reads as present. Here the "¿"
starts that sentence instead.
"""

from spacy.language import Language
from spacy.tokens import Doc

from nlu.components._text import doc_text

QUERY_PREFIX = "¿"  # written by nlu.normalize for a "?" glued to the front of a word


@Language.component("poems_query_marks")
def query_marks(doc: Doc) -> Doc:
    if QUERY_PREFIX not in doc_text(doc):
        return doc
    for token in doc[1:-1]:
        nxt = doc[token.i + 1]
        if token.text == QUERY_PREFIX and nxt.is_sent_start:
            token.is_sent_start = True
            nxt.is_sent_start = False
    return doc
