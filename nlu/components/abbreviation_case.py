"""Case-sensitive abbreviations (``poems_abbreviation_case``, runs after the target matcher).

Target phrases are matched case-insensitively by a fast PhraseMatcher; a phrase with an
upper-case abbreviation (HSM, MM, PE, LAD) carries its spelling in ``span._.poems_case`` and is
dropped here when the note spells it otherwise ("mm" is not multiple myeloma).
"""

from spacy.language import Language
from spacy.tokens import Doc

from nlu.components import extensions  # noqa: F401
from nlu.components._text import fast
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
        kept.append(span)
    if user_data is None or len(kept) != len(spans):  # else the group holds the same spans
        set_targets(doc, kept, group)
    return doc
