"""Which language a note is written in: ``en``, ``zh`` or a mix of both."""

from __future__ import annotations

import re
from typing import NamedTuple

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# runs of CJK characters: counting their lengths makes a few hundred fewer strings than one
# per character (same count)
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Chinese carries about 1.5 characters per English word of content.
_CHARS_PER_WORD = 1.5
_MIXED_SHARE = 0.2


class LanguageGuess(NamedTuple):
    language: str  # dominant language: "en" | "zh"
    mixed: bool
    zh_share: float


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def detect_language(text: str) -> LanguageGuess:
    """Dominant language of ``text`` and whether the minority language is substantial."""
    zh_units = sum(map(len, _CJK_RUN.findall(text))) / _CHARS_PER_WORD
    en_units = float(len(_LATIN_WORD.findall(text)))
    total = zh_units + en_units
    if total == 0:
        return LanguageGuess("en", False, 0.0)
    share = zh_units / total
    language = "zh" if share >= 0.5 else "en"
    minority = min(share, 1 - share)
    mixed = minority >= _MIXED_SHARE and min(zh_units, en_units) >= 2
    return LanguageGuess(language, mixed, round(share, 3))
