"""The target spans of a doc (its ``medspacy_spans`` group) as one list, made once for the
components that read them one after another.

Why: a ``SpanGroup`` makes a new ``Span`` for each item at every read (``Span.__new__`` builds
the tokens at its bounds, ~1.2 µs a span), and the abbreviation filter, ConText, the isotype
component and the extractor each read the ~35 targets of a Chinese note. The components that
write the group (the target matcher, the abbreviation filter) hand their list here with
:func:`set_targets`; :func:`targets` gives that list back while the doc's group is the same
object with the same length (the pipeline only replaces the group), otherwise it reads the
group. One doc per thread is remembered, as ``nlu.components.matching`` does for token values.
The list is shared: callers copy it before changing it.
"""

from __future__ import annotations

import threading
from typing import List, Sequence

from spacy.tokens import Doc, Span

from nlu.components._text import fast

GROUP = "medspacy_spans"

_last = threading.local()


def targets(doc: Doc, name: str = GROUP) -> List[Span]:
    """``list(doc.spans[name])``, or ``[]`` when the doc has no such group."""
    if name not in doc.spans:
        return []
    group = doc.spans[name]
    cached = getattr(_last, "spans", None)
    if cached is not None and cached[0] is doc and cached[1] is group \
            and cached[2] == len(group) and cached[3] == name:
        return cached[4]
    spans = list(group)
    if fast():
        _last.spans = (doc, group, len(spans), name, spans)
    return spans


def set_targets(doc: Doc, spans: Sequence[Span], name: str = GROUP) -> None:
    """``doc.spans[name] = spans``; :func:`targets` then returns these spans (the group keeps
    copies of the same spans: same bounds, label and ids)."""
    doc.spans[name] = spans
    if fast():
        _last.spans = (doc, doc.spans[name], len(spans), name, list(spans))
