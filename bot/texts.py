"""Bilingual user texts, keyed, from ``bot/data/messages.yml``.

Rules return ``Text`` objects (a key, its parameters, and the English and Chinese renderings) so
that the report, the dialogue and the JSON contract all show the same reasoning.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict

import yaml
from pydantic import BaseModel, Field

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
        return yaml.safe_load(handle)


def _fmt(value: Any) -> Any:
    if isinstance(value, float):
        return f"{value:g}"
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


def bilingual(key: str, name: str, en_value: Any, zh_value: Any, **shared: Any) -> Text:
    """``key`` with the parameter ``name`` worded per language (an English and a Chinese label)
    and the ``shared`` parameters the same in both: the same Text as ``msg(key, name=en_value,
    **shared)`` with its ``zh`` taken from ``msg(key, name=zh_value, **shared)``, built once
    instead of twice and copied."""
    entry = _messages()[key]
    common = {k: _fmt(v) for k, v in shared.items()}
    params = {name: en_value, **shared}
    return Text.construct(
        key=key,
        en=entry["en"].format(**{name: _fmt(en_value)}, **common),
        zh=entry["zh"].format(**{name: _fmt(zh_value)}, **common),
        params={k: v for k, v in params.items() if isinstance(v, (str, int, float, bool))},
    )
