"""Bilingual user texts, keyed, from ``bot/data/messages.yml``.

Rules return ``Text`` objects (a key, its parameters, and the English and Chinese renderings) so
that the report, the dialogue and the JSON contract all show the same reasoning.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, NamedTuple

from pydantic import BaseModel, Field

from bot.number_text import number_text
from bot.yaml_files import safe_load

DATA = Path(__file__).parent / "data"


class Text(BaseModel):
    """One human-readable statement in both languages."""

    key: str
    en: str
    zh: str
    params: Dict[str, Any] = Field(default_factory=dict)

    def get(self, language: str = "en") -> str:
        return self.zh if language == "zh" else self.en


@lru_cache(maxsize=None)
def _messages() -> Dict[str, Dict[str, str]]:
    with open(DATA / "messages.yml", encoding="utf-8") as handle:
        return safe_load(handle)


def _fmt(value: Any) -> Any:
    if isinstance(value, float):
        return number_text(value)
    return value


def msg(key: str, **params: Any) -> Text:
    """The text ``key`` formatted with ``params`` (KeyError for an unknown key: a bug)."""
    entry = _messages()[key]
    shown = {k: _fmt(v) for k, v in params.items()}
    # Trusted, already-typed values: construct() skips validation (called thousands of times
    # per batch of notes).
    return Text.construct(
        key=key,
        en=entry["en"].format(**shown),
        zh=entry["zh"].format(**shown),
        params={k: v for k, v in params.items() if isinstance(v, (str, int, float, bool))},
    )


class Worded(NamedTuple):
    """A parameter worded per language (a label, a sex, an axis): its English and its Chinese
    value. The English one is the value recorded in ``Text.params``."""

    en: Any
    zh: Any


def bilingual(key: str, **params: Any) -> Text:
    """``key`` formatted with ``params``, where a ``Worded`` value is worded per language and any
    other value is the same in both: the Text ``msg`` would give for the English values, with its
    ``zh`` formatted from the Chinese ones, built once instead of a second ``msg`` copied into
    ``zh``. Parameters keep the order they are passed in."""
    entry = _messages()[key]
    en = {k: _fmt(v.en if isinstance(v, Worded) else v) for k, v in params.items()}
    zh = {k: _fmt(v.zh) if isinstance(v, Worded) else en[k] for k, v in params.items()}
    recorded = {k: v.en if isinstance(v, Worded) else v for k, v in params.items()}
    return Text.construct(
        key=key,
        en=entry["en"].format(**en),
        zh=entry["zh"].format(**zh),
        params={k: v for k, v in recorded.items() if isinstance(v, (str, int, float, bool))},
    )
