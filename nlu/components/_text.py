"""Small helpers to compile phrase lists from the rule files into regular expressions."""


import re
from typing import Iterable

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def phrase_regex(phrase: str) -> str:
    """Regex for one phrase: Latin phrases get word boundaries, spaces match any whitespace,
    hyphens match a hyphen, space or nothing."""
    parts = []
    for ch in phrase:
        if ch == " ":
            parts.append(r"\s*")
        elif ch == "-":
            parts.append(r"[-‐–\s]?")
        else:
            parts.append(re.escape(ch))
    body = "".join(parts)
    if re.match(r"[A-Za-z0-9]", phrase[:1]):
        body = r"(?<![A-Za-z0-9])" + body
    if re.match(r"[A-Za-z0-9]", phrase[-1:]):
        body = body + r"(?![A-Za-z])"
    return body


def alternation(phrases: Iterable[str]) -> str:
    items = sorted({str(p) for p in phrases if str(p)}, key=len, reverse=True)
    return "(?:" + "|".join(phrase_regex(p) for p in items) + ")"


def compile_phrases(phrases: Iterable[str], case_sensitive: Iterable[str] = ()) -> "re.Pattern":
    insensitive = alternation(phrases)
    sensitive = [p for p in case_sensitive]
    if sensitive:
        return re.compile(f"(?:(?i:{insensitive})|{alternation(sensitive)})")
    return re.compile(insensitive, re.I)
