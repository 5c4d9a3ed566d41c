"""Case-sensitive abbreviations (``poems_abbreviation_case``, runs after the target matcher).

Target phrases are matched case-insensitively by a fast PhraseMatcher; a phrase with an
upper-case abbreviation (HSM, MM, PE, LAD) carries its spelling in ``span._.poems_case`` and is
dropped here when the note spells it otherwise ("mm" is not multiple myeloma).

A pattern of the target lexicons may also say what must follow it (``followed_by``, a regex
matched at the span's end, carried in ``span._.poems_followed_by``): a bare heading that is a
test name only when its answer closes the clause ("Endocrine: normal." but not "Endocrine:
TFTs normal, testosterone low"). A span whose text after it does not match is dropped here.
A pattern may instead give alternatives (``keep_when``, each a ``preceded_by`` regex that must
end where the span starts, looked for in the ``_BEFORE`` characters before it, and/or a
``followed_by``): the span is kept when one of them holds. One rule, not two, since two rules of
the same pattern give the same span and only one of them survives the matcher's pruning ("ED and
gynaecomastia", "gynaecomastia and ED").
"""

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from nlu.components import extensions  # noqa: F401
from nlu.components._text import doc_text, fast
from nlu.components.target_list import set_targets, targets


@Language.component("poems_abbreviation_case")
def abbreviation_case(doc: Doc) -> Doc:
    group = "medspacy_spans"
    if group not in doc.spans:
        return doc
    kept = []
    spans = targets(doc, group)
    # ``span._.poems_case`` (a plain extension, default None) read from where spaCy keeps it
    user_data = doc.user_data if fast() else None
    for span in spans:
        if user_data is not None:
            spelling = user_data.get(("._.", "poems_case", span.start_char, span.end_char))
        else:
            spelling = span._.poems_case
        if spelling:
            words = [t.text for t in span if not t.is_space]
            if len(words) != len(spelling) or any(
                want is not None and got != want for got, want in zip(words, spelling)
            ):
                continue
        if user_data is not None:
            follow = user_data.get(("._.", "poems_followed_by", span.start_char, span.end_char))
        else:
            follow = span._.poems_followed_by
        if follow and not _regex(follow).match(doc_text(doc), span.end_char):
            continue
        if user_data is not None:
            alternatives = user_data.get(("._.", "poems_keep_when", span.start_char, span.end_char))
        else:
            alternatives = span._.poems_keep_when
        if alternatives and not any(_holds(doc_text(doc), span.start_char, span.end_char, before, after)
                                    for before, after in alternatives):
            continue
        kept.append(span)
    if user_data is None or len(kept) != len(spans):  # else the group holds the same spans
        set_targets(doc, kept, group)
    return doc


@lru_cache(maxsize=None)
def _regex(pattern: str):
    return re.compile(pattern)


_BEFORE = 80  # characters before a span that a ``preceded_by`` regex may cover


def _holds(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Whether the text before ``start`` ends with a match of ``before`` and the text from
    ``end`` on starts with one of ``after`` (an empty regex always holds)."""
    if after and not _regex(after).match(text, end):
        return False
    return not before or _regex(f"(?:{before})\\Z").search(text[max(0, start - _BEFORE):start]) is not None
