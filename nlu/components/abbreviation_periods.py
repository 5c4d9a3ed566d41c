"""Full stops of abbreviations that end no sentence (runs after the ``sentencizer``).

Why: the sentencizer ends a sentence at every full stop, so in "Bloods normal, incl. FBC" the
tests named after "incl." were a sentence of their own and no rule read "normal ... including"
across it. The abbreviations are data (``abbreviation_periods`` in ``nlu/rules/document.yml``).
"""

from typing import Dict, List, Tuple

import numpy
from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from nlu.components._text import doc_text
from nlu.rules import load_yaml


def _abbreviations() -> Dict[str, List[Tuple[str, ...]]]:
    """last token of an abbreviation -> the token sequences that end with it."""
    out: Dict[str, List[Tuple[str, ...]]] = {}
    for entry in load_yaml("document.yml").get("abbreviation_periods") or []:
        pieces = tuple(str(entry).lower().split())
        out.setdefault(pieces[-1], []).append(pieces)
    return out


_ABBREVIATIONS = _abbreviations()


def _ends_abbreviation(doc: Doc, i: int) -> bool:
    """Whether the tokens right before the full stop at ``i`` spell an abbreviation."""
    if i == 0:
        return False
    for pieces in _ABBREVIATIONS.get(doc[i - 1].lower_, ()):
        start = i - len(pieces)
        if start < 0:
            continue
        if tuple(t.lower_ for t in doc[start:i]) != pieces:
            continue
        # a whole word: no letter glued before it ("pencil." is no "cil.")
        if start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text[-1:].isalpha():
            continue
        return True
    return False


@Language.component("poems_abbreviation_periods")
def abbreviation_periods(doc: Doc) -> Doc:
    if "." not in doc_text(doc):
        return doc
    n = len(doc)
    # the full-stop tokens and whether a space follows each, read from the token arrays (a Python
    # loop over every token cost ~0.25 ms an English and ~0.5 ms a Chinese note)
    arr = doc.to_array([ORTH, SPACY])
    stops = numpy.flatnonzero(arr[:, 0] == doc.vocab.strings["."])
    spaced = arr[stops, 1] != 0
    for i, space in zip(stops.tolist(), spaced.tolist()):
        if not space or i + 1 >= n or not doc[i + 1].is_sent_start:
            continue  # "e.g" inside: its inner stops are followed by a letter, handled below
        if _ends_abbreviation(doc, i):
            doc[i + 1].is_sent_start = False
    # the inner stops of "e.g." / "i.e." (no space after them) start no sentence either
    for i, space in zip(stops.tolist(), spaced.tolist()):
        if not space and i + 1 < n and doc[i + 1].is_sent_start and doc[i + 1].is_alpha \
                and i > 0 and len(doc[i - 1]) == 1 and doc[i - 1].is_alpha:
            doc[i + 1].is_sent_start = False
    return doc
