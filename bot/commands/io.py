"""Shared input/output helpers for the subcommands (safe, one-line errors)."""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import ValidationError

from bot.errors import EvidenceError
from bot.text_encoding import decode


def read_text(path: str, what: str = "input") -> str:
    """Read a file or ``-`` (stdin) as UTF-8, UTF-16 (with its mark) or GB18030
    (bot.text_encoding); EvidenceError names the file, never the content."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
    except FileNotFoundError:
        raise EvidenceError(f"{what} file {path!r} does not exist") from None
    except IsADirectoryError:
        raise EvidenceError(f"{what} {path!r} is a directory, not a file") from None
    except OSError as exc:
        raise EvidenceError(f"cannot read {what} {path!r} ({exc.strerror})") from None
    text, problem = decode(data)
    if problem is not None:
        raise EvidenceError(f"{what} {path!r} is {problem}")
    return text


def read_json(path: str, what: str = "JSON") -> Any:
    text = read_text(path, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise EvidenceError(f"{what} {path!r} is not valid JSON (line {exc.lineno}, column {exc.colno})") from None


def validation_message(exc: ValidationError, what: str) -> str:
    """The first pydantic error as one line: field path and message (no input echoed)."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"invalid {what}: {where}: {first.get('msg', 'invalid value')}"


def print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))
