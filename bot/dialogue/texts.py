"""The dialogue's own texts (bot/data/dialogue/texts.yml), en / zh."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict

from bot.yaml_files import safe_load

DATA = Path(__file__).resolve().parents[1] / "data" / "dialogue"


@lru_cache(maxsize=None)
def load(name: str) -> Dict[str, Any]:
    with open(DATA / name, encoding="utf-8") as handle:
        return safe_load(handle)


def lang_of(language: Any) -> str:
    return "zh" if language == "zh" else "en"


def t(key: str, language: str = "en", **params: Any) -> str:
    """Text ``key`` (dotted for nested keys) in ``language``, formatted with ``params``."""
    entry: Any = load("texts.yml")
    for part in key.split("."):
        entry = entry[part]
    return entry[lang_of(language)].format(**params)


def test_name(key: str, language: str = "en") -> str:
    entry = load("texts.yml")["tests"].get(key)
    return entry[lang_of(language)] if entry else key.replace("_", " ")


def sep(language: str) -> str:
    return "、" if language == "zh" else ", "
