"""Full stops of abbreviations that end no sentence (runs after the ``sentencizer``).

Why: the sentencizer ends a sentence at every full stop, so in "Bloods normal, incl. FBC" the
tests named after "incl." were a sentence of their own and no rule read "normal ... including"
across it. The abbreviations are data (``abbreviation_periods`` in ``nlu/rules/document.yml``).
"""

from typing import Dict, List, Tuple

from spacy.language import Language
from spacy.tokens import Doc

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
    text = doc.text
    if "." not in text:
        return doc
    n = len(doc)
    for token in doc:
        if token.text != "." or token.i + 1 >= n:
            continue
        nxt = doc[token.i + 1]
        if not token.whitespace_ or not nxt.is_sent_start:
            continue  # "e.g" inside: its inner stops are followed by a letter, handled below
        if _ends_abbreviation(doc, token.i):
            nxt.is_sent_start = False
    # the inner stops of "e.g." / "i.e." (no space after them) start no sentence either
    for token in doc:
        if token.text == "." and token.i + 1 < n and not token.whitespace_ \
                and doc[token.i + 1].is_sent_start and doc[token.i + 1].is_alpha \
                and token.i > 0 and len(doc[token.i - 1]) == 1 and doc[token.i - 1].is_alpha:
            doc[token.i + 1].is_sent_start = False
    return doc
