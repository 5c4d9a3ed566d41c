"""The concept catalogue (``bot/data/concepts.yml``) as typed lookups.

The NLU names these ids; the engine maps a concept's ``group`` onto a criterion of 表2.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional

from pydantic import BaseModel

from bot.yaml_files import safe_load

DATA = Path(__file__).parent / "data"


class Concept(BaseModel):
    id: str
    group: str
    en: str
    zh: str
    axis: Optional[str] = None
    alone_insufficient: bool = False
    # how a test result read absent is said ("serum immunofixation negative"), when "no <label>"
    # would read as "not done"
    absent: Optional[Dict[str, str]] = None

    def label(self, language: str) -> str:
        return self.zh if language == "zh" else self.en

    def absent_label(self, language: str) -> Optional[str]:
        return self.absent.get("zh" if language == "zh" else "en") if self.absent else None


class Analyte(BaseModel):
    id: str
    unit: str
    en: str
    zh: str
    # the unit as reasons show it ("×10^9/L", "%") when that differs from ``unit``
    shown_unit: Optional[str] = None

    def label(self, language: str) -> str:
        return self.zh if language == "zh" else self.en

    @property
    def unit_text(self) -> str:
        """The unit for a reason's text."""
        return self.shown_unit or self.unit


class Catalogue(BaseModel):
    concepts: Dict[str, Concept]
    analytes: Dict[str, Analyte]

    def group_members(self, group: str) -> List[str]:
        return [cid for cid, c in self.concepts.items() if c.group == group]

    def label(self, key: str, language: str = "en") -> str:
        item = self.concepts.get(key) or self.analytes.get(key)
        return item.label(language) if item else key


@lru_cache(maxsize=None)
def catalogue() -> Catalogue:
    """The catalogue, loaded once."""
    with open(DATA / "concepts.yml", encoding="utf-8") as handle:
        raw = safe_load(handle)
    return Catalogue(
        concepts={k: Concept(id=k, **v) for k, v in raw["concepts"].items()},
        analytes={k: Analyte(id=k, **v) for k, v in raw["analytes"].items()},
    )


@lru_cache(maxsize=None)
def _members(group: str) -> tuple:
    return tuple(catalogue().group_members(group))


def group_members(group: str) -> List[str]:
    """The catalogue's concepts of ``group`` (a fresh list; the scan is done once per group:
    the rules ask for the same groups for every note)."""
    return list(_members(group))
