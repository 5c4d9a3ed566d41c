"""Points against POEMS syndrome (表2, 二(三)): shown beside the verdict, never changing it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from pydantic import BaseModel, Field

from bot.concepts import group_members
from bot.criteria import CriterionResult
from bot.evidence import EvidenceRef, Facts
from bot.models import Finding
from bot.yaml_files import safe_load

DATA = Path(__file__).parent / "data"


class TriggerRule(BaseModel):
    """A bilingual statement that fires on present concepts or a named condition (data file)."""

    id: str
    concepts: List[str] = Field(default_factory=list)
    condition: Optional[str] = None
    citation: str
    en: str
    zh: str


class CitedStatement(BaseModel):
    """A fired rule's bilingual statement with its citation (points against, differential hints)."""

    id: str
    citation: str
    en: str
    zh: str

    def text(self, language: str = "en") -> str:
        return self.zh if language == "zh" else self.en

    def contract(self, language: str = "en") -> Dict[str, Any]:
        return {"id": self.id, "text": self.text(language), "citation": self.citation}


class PointAgainst(CitedStatement):
    evidence: List[EvidenceRef] = Field(default_factory=list)


def clone_light_chain(criteria: Dict[str, CriterionResult]) -> Optional[str]:
    return criteria["monoclonal_plasma_cell_disorder"].details.get("light_chain")


def clone_heavy_chain(criteria: Dict[str, CriterionResult]) -> Optional[str]:
    return criteria["monoclonal_plasma_cell_disorder"].details.get("heavy_chain")


CONDITIONS: Dict[str, Callable[[Facts, Dict[str, CriterionResult]], bool]] = {
    "kappa_clone": lambda facts, criteria: clone_light_chain(criteria) == "kappa",
    "igm_clone": lambda facts, criteria: (clone_heavy_chain(criteria) or "").lower() == "igm",
}


def _caused_volume(facts: Facts) -> List[Finding]:
    """The present oedema and effusions the note puts down to another cause (the NLU's
    attribute ``cause``: "ankle oedema on amlodipine", "胸腔积液考虑心衰所致")."""
    return [f for f in facts.present(group_members("extravascular_volume_overload"))
            if f.attributes.get("cause")]


# Named checks that rest on findings: the findings the point rests on; it fires when there are any.
FINDING_CONDITIONS: Dict[str, Callable[[Facts], List[Finding]]] = {
    "volume_other_cause": _caused_volume,
}


def load_trigger_rules(filename: str, key: str) -> List[TriggerRule]:
    with open(DATA / filename, encoding="utf-8") as handle:
        raw = safe_load(handle)[key]
    return [TriggerRule(id=k, **v) for k, v in raw.items()]


@lru_cache(maxsize=None)
def rules() -> List[TriggerRule]:
    return load_trigger_rules("against.yml", "points_against")


def points_against(facts: Facts, criteria: Dict[str, CriterionResult]) -> List[PointAgainst]:
    out: List[PointAgainst] = []
    for rule in rules():
        hits = facts.present(rule.concepts)
        if rule.condition in FINDING_CONDITIONS:
            hits = hits + FINDING_CONDITIONS[rule.condition](facts)
            fired = bool(hits)
        else:
            fired = bool(hits) or (rule.condition is not None and CONDITIONS[rule.condition](facts, criteria))
        if fired:
            out.append(PointAgainst(id=rule.id, citation=rule.citation, en=rule.en, zh=rule.zh,
                                    evidence=[EvidenceRef.of_finding(f) for f in hits]))
    return out
