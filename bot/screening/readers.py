"""Input readers: JSON Lines, CSV, or a folder of ``.txt`` files -> :class:`Item` rows.

A reader never stops at a bad row: it yields an :class:`Item` whose ``error`` says what is wrong
(bad JSON, missing id or text, binary or undecodable file, oversize), keyed by the row's id when
it has one and by its line / row number otherwise. Error messages never contain note text.
Problems with the input as a whole (file missing, CSV column missing) raise
:class:`ScreenInputError`, which the CLI reports as a one-line bad-input error.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from bot.errors import EvidenceError
from bot.text_encoding import REPLACEMENT, SAMPLE_BYTES, UNREADABLE, decode, decoded_lines, encoding_of

# A note longer than this many bytes is reported as oversize without being read into memory
# (nlu.NoteError applies the real character limit to what is read).
MAX_NOTE_BYTES = 1_000_000

FORMATS = ("jsonl", "csv", "folder")


class ScreenInputError(EvidenceError):
    """The input as a whole cannot be read (exit 2 with this one-line message)."""


@dataclass
class Item:
    """One note to screen, or a row that could not be read.

    ``id`` is the note's id as a string (None when the row has none); ``line`` the line (JSONL)
    or data-row (CSV) number, 1-based; ``text`` the note; ``error`` why the row is unusable.
    """

    id: Optional[str]
    text: Optional[str] = None
    line: Optional[int] = None
    error: Optional[str] = None

    @property
    def key(self) -> str:
        """What identifies the row in an output file (for --resume): its id, else its line."""
        return key_of(self.id, self.line)


def key_of(note_id: Optional[str], line: Optional[int]) -> str:
    if note_id is not None:
        return "id:" + note_id
    return f"line:{line}"


def detect_format(path: str) -> str:
    if path == "-":
        return "jsonl"
    if os.path.isdir(path):
        return "folder"
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    raise ScreenInputError(
        f"cannot tell the format of {path!r} from its name: use --format jsonl|csv|folder"
    )


def _normal_id(value: object) -> Optional[str]:
    """Ids may be strings or integers in the input; always strings in the output."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, str)):
        text = str(value).strip()
        return text or None
    return None


def _open_binary(path: str):
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise ScreenInputError(f"input {path!r} does not exist") from None
    except IsADirectoryError:
        raise ScreenInputError(f"input {path!r} is a folder: use --format folder") from None
    except OSError as exc:
        raise ScreenInputError(f"cannot read input {path!r} ({exc.strerror})") from None


def read_jsonl(path: str, id_field: str = "id", text_field: str = "text") -> Iterator[Item]:
    """One JSON object per line; blank lines are skipped."""
    handle = _open_binary(path)
    try:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            if len(raw) > MAX_NOTE_BYTES:
                yield Item(None, line=number, error=f"line longer than {MAX_NOTE_BYTES} bytes")
                continue
            line, problem = decode(raw, whole=False)
            if problem:
                yield Item(None, line=number, error=problem)
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Item(None, line=number, error=f"not valid JSON (column {exc.colno})")
                continue
            if not isinstance(obj, dict):
                yield Item(None, line=number, error="not a JSON object")
                continue
            note_id = _normal_id(obj.get(id_field))
            if note_id is None:
                yield Item(None, line=number, error=f"missing or invalid {id_field!r}")
                continue
            text = obj.get(text_field)
            if not isinstance(text, str):
                problem = f"missing {text_field!r}" if text is None else f"{text_field!r} is not a string"
                yield Item(note_id, line=number, error=problem)
                continue
            yield Item(note_id, text=text, line=number)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def read_csv(path: str, id_column: str = "id", text_column: str = "text") -> Iterator[Item]:
    """A CSV (or TSV) with a header row; notes may span lines inside quotes."""
    handle = _open_binary(path)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_NOTE_BYTES * 4))
    # the encoding from the first bytes (UTF-8, UTF-16 with its mark, or GB18030 from Chinese Excel)
    if handle.seekable():
        sample = handle.read(SAMPLE_BYTES)
        handle.seek(0)
    else:
        sample = handle.peek(SAMPLE_BYTES)
    # a row with bytes that cannot be read is reported with its id; the rows after it are read
    lines = decoded_lines(handle, encoding_of(sample), replace=True)
    delimiter = "\t" if path.lower().endswith(".tsv") else ","
    try:
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            return
        if any(REPLACEMENT in h for h in header):
            raise ScreenInputError(f"input {path!r} is {UNREADABLE}")
        header = [h.strip() for h in header]
        for column, what in ((id_column, "--id-column"), (text_column, "--text-column")):
            if column not in header:
                raise ScreenInputError(
                    f"CSV {path!r} has no column {column!r} ({what}); its columns: {', '.join(header[:20])}"
                )
        id_at, text_at = header.index(id_column), header.index(text_column)
        number = 0
        while True:
            number += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Item(None, line=number, error=f"malformed CSV row ({type(exc).__name__})")
                continue
            if not row or not any(cell.strip() for cell in row):
                continue
            note_id = _normal_id(row[id_at]) if id_at < len(row) and REPLACEMENT not in row[id_at] else None
            if note_id is None and id_at < len(row) and REPLACEMENT in row[id_at]:
                yield Item(None, line=number, error=UNREADABLE)
                continue
            if note_id is None:
                yield Item(None, line=number, error=f"missing {id_column!r}")
                continue
            if text_at >= len(row):
                yield Item(note_id, line=number, error=f"missing {text_column!r}")
                continue
            text = row[text_at]
            if REPLACEMENT in text:
                yield Item(note_id, line=number, error=UNREADABLE)
                continue
            if "\x00" in text:
                yield Item(note_id, line=number, error="binary data, not text")
                continue
            yield Item(note_id, text=text, line=number)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def read_folder(path: str, pattern: str = "*.txt") -> Iterator[Item]:
    """Every ``*.txt`` file in the folder (not recursive), sorted by name; id = file stem."""
    folder = Path(path)
    if not folder.is_dir():
        raise ScreenInputError(f"input {path!r} is not a folder")
    for file in sorted(folder.glob(pattern)):
        note_id = file.stem
        try:
            if file.stat().st_size > MAX_NOTE_BYTES:
                yield Item(note_id, error=f"file larger than {MAX_NOTE_BYTES} bytes")
                continue
            data = file.read_bytes()
        except OSError as exc:
            yield Item(note_id, error=f"cannot read file ({exc.strerror or type(exc).__name__})")
            continue
        text, problem = decode(data)
        yield Item(note_id, text=text, error=problem)


def read_items(path: str, fmt: Optional[str] = None, id_column: str = "id",
               text_column: str = "text") -> Iterator[Item]:
    """Items from ``path`` in the given (or detected) format."""
    fmt = fmt or detect_format(path)
    if fmt == "jsonl":
        return read_jsonl(path, id_column, text_column)
    if fmt == "csv":
        return read_csv(path, id_column, text_column)
    if fmt == "folder":
        return read_folder(path)
    raise ScreenInputError(f"unknown input format {fmt!r} (jsonl, csv or folder)")


def count_items(path: str, fmt: Optional[str] = None) -> Optional[int]:
    """A cheap upper bound on the number of rows, for the progress bar (None when unknown)."""
    fmt = fmt or detect_format(path)
    try:
        if fmt == "folder":
            return sum(1 for _ in Path(path).glob("*.txt"))
        if path == "-":
            return None
        if fmt == "jsonl":
            with open(path, "rb") as handle:
                return sum(1 for raw in handle if raw.strip())
        if fmt == "csv":
            return None  # quoted notes span lines: counting means parsing twice
    except OSError:
        return None
    return None
