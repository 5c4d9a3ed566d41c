"""PUMCH risk score (二(四), 表3): age > 50 = 1, pleural effusion = 1, pulmonary hypertension = 1,
eGFR < 30 = 2 -> low (0), intermediate (1), high (>= 2), with 10-year OS 98 / 75 / 50 %.

Missing inputs are listed, and the score is given as the range still possible.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from pydantic import BaseModel, Field

from bot.dialogue.texts import test_name
from bot.errors import EvidenceError
from bot.evidence import Facts, falls_below
from bot.texts import Text, Worded, bilingual, msg
from bot.thresholds import Thresholds, load_thresholds


class RiskInputs(BaseModel):
    age: Optional[float] = None
    pleural_effusion: Optional[bool] = None
    pulmonary_hypertension: Optional[bool] = None
    egfr: Optional[float] = None  # mL/min/1.73 m^2


class RiskResult(BaseModel):
    score_min: int
    score_max: int
    group: Optional[str]  # None when the missing inputs could change the group
    possible_groups: List[str]
    os10: Optional[str]
    missing: List[str]
    reasons: List[Text] = Field(default_factory=list)
    citation: str

    @property
    def score(self) -> Optional[int]:
        return self.score_min if self.score_min == self.score_max else None

    def contract(self, language: str = "en") -> Dict[str, Any]:
        return {"score": self.score, "score_min": self.score_min, "score_max": self.score_max,
                "group": self.group, "possible_groups": self.possible_groups, "os10": self.os10,
                "missing": self.missing, "reasons": [r.get(language) for r in self.reasons],
                "citation": self.citation}


def _group(score: int, thresholds: Thresholds) -> Any:
    chosen = thresholds.risk.groups[0]
    for group in thresholds.risk.groups:
        if score >= group.min_score:
            chosen = group
    return chosen


def score(inputs: RiskInputs, thresholds: Optional[Thresholds] = None) -> RiskResult:
    """The PUMCH score from whatever inputs are known."""
    t = (thresholds or load_thresholds()).risk
    if inputs.age is not None and not 0 <= inputs.age <= 120:
        raise EvidenceError(f"age {inputs.age:g} is not a plausible age in years")
    if inputs.egfr is not None and not 0 <= inputs.egfr <= 250:
        raise EvidenceError(f"eGFR of {inputs.egfr:g} mL/min/1.73m^2 is impossible")
    low = high = 0
    missing: List[str] = []
    reasons: List[Text] = []

    def add(name: str, known: Optional[bool], points: int, key: str, **params: Any) -> None:
        nonlocal low, high
        if known is None:
            missing.append(name)
            high += points
            reasons.append(bilingual("risk.missing", name=Worded(test_name(f"risk_{name}", "en"),
                                                                 test_name(f"risk_{name}", "zh")), points=points))
        elif known:
            low += points
            high += points
            reasons.append(msg(key + ".yes", points=points, **params))
        else:
            reasons.append(msg(key + ".no", **params))

    add("age", None if inputs.age is None else inputs.age > t.age_over, t.age_points,
        "risk.age", value=inputs.age if inputs.age is not None else 0, limit=t.age_over)
    add("pleural_effusion", inputs.pleural_effusion, t.pleural_effusion_points, "risk.effusion")
    add("pulmonary_hypertension", inputs.pulmonary_hypertension, t.pulmonary_hypertension_points, "risk.ph")
    add("egfr", None if inputs.egfr is None else inputs.egfr < t.egfr_below, t.egfr_points,
        "risk.egfr", value=inputs.egfr if inputs.egfr is not None else 0, limit=t.egfr_below)
    thresholds = thresholds or load_thresholds()
    possible = []
    for s in range(low, high + 1):
        name = _group(s, thresholds).name
        if name not in possible:
            possible.append(name)
    group = possible[0] if len(possible) == 1 else None
    os10 = _group(low, thresholds).os10 if group else None
    return RiskResult(score_min=low, score_max=high, group=group, possible_groups=possible,
                      os10=os10, missing=missing, reasons=reasons, citation=t.citation)


def from_facts(facts: Facts, thresholds: Optional[Thresholds] = None) -> RiskResult:
    """Risk inputs read from resolved evidence (unknown stays unknown)."""
    def flag(concept: str) -> Optional[bool]:
        if facts.is_present(concept):
            return True
        if facts.is_absent(concept):
            return False
        return None

    effusion = flag("pleural_effusion")
    if effusion is None and facts.is_present("serous_effusions"):
        effusion = None  # polyserous effusions do not say which cavity
    egfr = facts.labs.get("egfr")
    egfr_value = egfr.value if egfr else None
    if egfr is not None and egfr.comparator is not None:
        # a bound ("eGFR >90", "<15") counts only when it decides the score's question the way
        # its number does; otherwise the eGFR is unknown
        limit = (thresholds or load_thresholds()).risk.egfr_below
        below = falls_below(egfr.value, egfr.comparator, limit)
        if below is None or below != (egfr.value < limit):
            egfr_value = None
    return score(RiskInputs(age=facts.age, pleural_effusion=effusion,
                            pulmonary_hypertension=flag("pulmonary_hypertension"),
                            egfr=egfr_value), thresholds)
