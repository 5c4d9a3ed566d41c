"""The extractor's targets as plain objects: bounds, label and text read once per target.

Why: the extractor and its ~25 implication passes read each target's label, bounds and status
again and again (a Chinese note: ~35 targets, ~2 000 reads). On a spaCy ``Span`` each of those
reads is a call into Cython: ``label_`` looks the label up in the string store and builds a new
``str`` (~0.4 µs), ``doc`` and ``end_char`` ~0.1-0.2 µs, ``text`` builds every token (~7 µs), and a
``Span`` as a dict key (the passes' ``statuses``) hashes a tuple holding the doc at every look-up
(~0.5 µs). A :class:`TargetView` holds those values as slots, hashes by identity and hands every
other attribute (``._``, ``.sent``, ``.label``, ...) to its span.

Same results: each view stands for one span of the list, and no two spans of a target list are
equal (the overlap pruning keeps one of any two matches on the same tokens; :func:`views` checks
it and keeps the spans otherwise), so look-ups by identity find what look-ups by value found. A
span's ``text`` is the doc's text between its first and last character (``Span.text`` drops the
last token's trailing space, which ``end_char`` leaves out).
"""

from __future__ import annotations

from typing import List, Sequence


class TargetView:
    """One target span: ``label_``, ``start``, ``end``, ``start_char``, ``end_char``, ``doc`` and
    ``text`` as plain attributes, the rest read from ``span``."""

    __slots__ = ("span", "label_", "start", "end", "start_char", "end_char", "doc", "_note")

    def __init__(self, span, note: str):
        self.span = span
        self.label_ = span.label_
        self.start = span.start
        self.end = span.end
        self.start_char = span.start_char
        self.end_char = span.end_char
        self.doc = span.doc
        self._note = note

    @property
    def text(self) -> str:
        return self._note[self.start_char:self.end_char]

    def __getattr__(self, name: str):
        return getattr(self.span, name)

    def __len__(self) -> int:
        return len(self.span)

    def __iter__(self):
        return iter(self.span)

    def __getitem__(self, index):
        return self.span[index]

    def __repr__(self) -> str:
        return repr(self.span)


def views(spans: Sequence, note: str) -> List:
    """A :class:`TargetView` per span (``note``: the doc's text), or the spans themselves when two
    of them are equal (then only look-ups by value treat them as one)."""
    keys = {(s.start_char, s.end_char, s.label, s.kb_id, s.id) for s in spans}
    if len(keys) != len(spans):
        return list(spans)
    return [TargetView(span, note) for span in spans]
