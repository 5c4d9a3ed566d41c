"""Input validation for referral notes.

Messages are safe to show a user: they never contain any of the note's text.
"""

from __future__ import annotations

import re

DEFAULT_MAX_CHARS = 20_000
# Layout, not binary noise: line breaks and tabs, and the ideographic (U+3000) and no-break spaces
# that align columns in Chinese reports and web exports (str.isprintable() calls them unprintable).
_LINE_WHITESPACE = re.compile(r"\s")


class NoteError(ValueError):
    """The input cannot be read as a referral note (empty, binary or too long)."""


def validate_note(text: object, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Return ``text`` if it looks like a readable note, else raise :class:`NoteError`."""
    if isinstance(text, bytes):
        if b"\x00" in text:
            raise NoteError("The note looks like binary data, not text.")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise NoteError("The note is not valid UTF-8 text.") from None
    if not isinstance(text, str):
        raise NoteError("The note must be text.")
    if not text.strip():
        raise NoteError("The note is empty.")
    if len(text) > max_chars:
        raise NoteError(
            f"The note is too long ({len(text)} characters; the limit is {max_chars})."
        )
    if "\x00" in text:
        raise NoteError("The note looks like binary data, not text.")
    visible = _LINE_WHITESPACE.sub("", text)
    if visible.isprintable():  # the usual case, decided in C
        return text
    non_printable = sum(1 for ch in visible if not ch.isprintable())
    if non_printable > max(2, len(text) // 10):
        raise NoteError("The note looks like binary data, not text.")
    return text
