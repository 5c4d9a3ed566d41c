"""Custom spaCy attributes shared by the components."""

from spacy.tokens import Doc, Span


def register() -> None:
    if not Span.has_extension("poems_fixed_status"):
        Span.set_extension("poems_fixed_status", default=None)
    if not Span.has_extension("poems_case"):
        Span.set_extension("poems_case", default=None)
    if not Span.has_extension("poems_attributes"):
        Span.set_extension("poems_attributes", default=None)
    for name in ("poems_labs", "poems_warnings", "poems_extra_findings"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("poems_demographics"):
        Doc.set_extension("poems_demographics", default=None)


register()
