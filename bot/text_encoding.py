"""Which text encoding a note file or export is in: UTF-8 (with or without a byte-order mark),
UTF-16 with its mark (Windows "Unicode text" exports), or GB18030 / GBK (Chinese hospital
systems and Excel on Chinese Windows). Read from a sample of the bytes; a file that is none of
them is left to the UTF-8 reader, which reports it as unreadable (never guessed into garbage)."""

from __future__ import annotations

import codecs
import re
import typing

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SAMPLE_BYTES = 65536
UNREADABLE = "not UTF-8, UTF-16 or GB18030 text"  # what a note or file in any other encoding is


def _readable(sample: bytes, encoding: str) -> "tuple[str, int]":
    """The text of the longest part of ``sample`` that decodes strictly (a character cut at its
    end allowed) and how many bytes that part is."""
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(sample, final=False), len(sample)
    except UnicodeDecodeError as error:
        return sample[:error.start].decode(encoding, "replace"), error.start


def encoding_of(sample: bytes) -> str:
    """The encoding to read ``sample`` (and the file it starts) with.

    One unreadable row must not make a whole export unreadable: a GB18030 file with a stray byte
    further on is still GB18030. GB18030 is taken only when UTF-8 fails on the very first
    non-ASCII byte (a UTF-8 file with Chinese in it and one bad byte later is UTF-8: GB18030 would
    decode its Chinese into other characters), reads further than UTF-8, and what it reads is
    Chinese text without control bytes."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if sample.startswith(codecs.BOM_UTF8) or not sample:
        return "utf-8-sig"
    utf8_text, utf8_read = _readable(sample, "utf-8")
    if utf8_read == len(sample) or not utf8_text.isascii():
        return "utf-8-sig"
    text, read = _readable(sample, "gb18030")
    if read > utf8_read and _CJK.search(text) and not _CONTROL.search(text):
        return "gb18030"
    return "utf-8-sig"


REPLACEMENT = "\ufffd"  # what a byte that cannot be read becomes in a line read with ``replace``


def decoded_lines(handle: "typing.BinaryIO", encoding: str, replace: bool = False) -> "typing.Iterator[str]":
    """The lines of a binary file, each ending in "\\n" (the last may not), decoded one at a time.

    A text wrapper decodes blocks of several kilobytes, so bytes it cannot read lose every line
    of their block, also those before them; decoding line by line keeps every line up to the
    bad one, whose ``UnicodeDecodeError`` reaches the caller at its own place, or, with
    ``replace``, comes with its unreadable bytes as ``REPLACEMENT`` and the lines after it are
    read as well (a CSV row keeps its id and is reported; nothing after it is lost). "\\r\\n"
    stays inside a line (``csv`` reads quoted fields with their own line breaks)."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    pending = ""
    for raw in iter(handle.readline, b""):  # split at byte 0x0A; UTF-16 completes in the decoder
        try:
            pending += decoder.decode(raw)
        except UnicodeDecodeError:
            if not replace:
                raise
            decoder = codecs.getincrementaldecoder(encoding)("strict")  # its state is spoilt
            pending += raw.decode(encoding, "replace")
        end = pending.find("\n")
        while end >= 0:
            yield pending[: end + 1]
            pending = pending[end + 1:]
            end = pending.find("\n")
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending


def decode(data: bytes, whole: bool = True) -> "tuple[str | None, str | None]":
    """(text, error) for the bytes of one note: NUL bytes outside UTF-16 are binary data. A line
    of a file (``whole=False``: JSON Lines) is never UTF-16, which is not split at byte 0x0A."""
    encoding = encoding_of(data[:SAMPLE_BYTES])
    if encoding == "utf-16" and not whole:
        encoding = "utf-8-sig"
    if encoding != "utf-16" and b"\x00" in data:
        return None, "binary data, not text"
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError:
        return None, UNREADABLE
