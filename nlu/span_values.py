"""A span extension's value (``span._.name``) read from where spaCy keeps it.

Why: each ``span._`` builds an ``Underscore`` and each attribute read looks the extension up
again (~1 µs a read); the extractor and its passes read every target's ConText modifiers, fixed
status and attributes, ~100 reads per Chinese note. For an extension registered with a default
only (no getter, setter or method) spaCy's ``Underscore.__getattr__`` returns the value stored
under ``("._.", name, start_char, end_char)`` in ``doc.user_data``, else the default (a mutable
default is copied and stored on first read: those extensions keep spaCy's own read). Same value.
spaCy is imported on the first read (importing ``nlu`` does not import it).
"""

from __future__ import annotations

from typing import Dict, Tuple

_registry = None  # spaCy's ``Underscore.span_extensions``: name -> (default, method, getter, setter)
_mutable: tuple = ()
_seen: Dict[str, Tuple[object, bool]] = {}  # name -> (its registration, read from user_data)


def span_value(span, name: str):
    """``getattr(span._, name)``."""
    global _registry, _mutable
    if _registry is None:
        from spacy.tokens.underscore import Underscore

        _registry, _mutable = Underscore.span_extensions, Underscore.mutable_types
    registration = _registry.get(name)
    seen = _seen.get(name)
    if seen is None or seen[0] is not registration:  # first read, or registered again
        plain = registration is not None and registration[1:] == (None, None, None) \
            and not isinstance(registration[0], _mutable)
        seen = _seen[name] = (registration, plain)
    if not seen[1]:
        return getattr(span._, name)
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char), registration[0])
