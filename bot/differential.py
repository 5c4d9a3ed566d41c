"""Differential diagnosis hints (二(三)), shown when the findings point there."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Dict, List

from pydantic import Field

from bot.against import CONDITIONS as AGAINST_CONDITIONS, CitedStatement, TriggerRule, load_trigger_rules
from bot.criteria import CriterionResult
from bot.evidence import Facts
from bot.models import CriterionState
from bot.verdict import Verdict


class Hint(CitedStatement):
    triggers: List[str] = Field(default_factory=list)

    def contract(self, language: str = "en") -> Dict[str, Any]:
        return {**super().contract(language), "triggers": list(self.triggers)}


def _neuropathy_with_m_protein(facts: Facts, criteria: Dict[str, CriterionResult]) -> bool:
    return (criteria["polyneuropathy"].state == CriterionState.present
            and criteria["monoclonal_plasma_cell_disorder"].state == CriterionState.present)


CONDITIONS: Dict[str, Callable[[Facts, Dict[str, CriterionResult]], bool]] = {
    **AGAINST_CONDITIONS,
    "neuropathy_with_m_protein": _neuropathy_with_m_protein,
}


@lru_cache(maxsize=None)
def rules() -> List[TriggerRule]:
    return load_trigger_rules("differential.yml", "differential")


def hints(facts: Facts, criteria: Dict[str, CriterionResult], verdict: Verdict) -> List[Hint]:
    """Hints whose triggers are present. MGUS/smouldering is shown only short of meets_criteria."""
    out: List[Hint] = []
    for rule in rules():
        triggers = [f.concept for f in facts.present(rule.concepts)]
        if rule.condition and CONDITIONS[rule.condition](facts, criteria):
            if not (rule.id == "mgus_smouldering" and verdict == Verdict.meets_criteria):
                triggers.append(rule.condition)
        if triggers:
            out.append(Hint(id=rule.id, citation=rule.citation, en=rule.en, zh=rule.zh, triggers=triggers))
    return out
