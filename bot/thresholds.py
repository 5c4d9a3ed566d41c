"""Typed thresholds loaded from ``bot/data/thresholds.yml`` (rules hold no clinical literals)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional

from pydantic import BaseModel

from bot.yaml_files import safe_load

DATA = Path(__file__).parent / "data"


class RenalFlcRatio(BaseModel):
    """The serum FLC ratio's interval in renal impairment (polyclonal light chains accumulate as
    the kidneys clear fewer): used when the note's eGFR is below ``egfr_below`` and the ratio is
    judged against the standard interval (the one a laboratory prints whatever the kidneys)."""

    low: float
    high: float
    egfr_below: float
    citation: str


class FlcRatio(BaseModel):
    low: float
    high: float
    citation: str
    renal: Optional[RenalFlcRatio] = None


class IhcRatio(BaseModel):
    kappa_above: float
    lambda_below: float
    min_plasma_cells: int
    citation: str


class Vegf(BaseModel):
    uln_multiple: float
    serum_cutoff_pg_ml: float
    plasma_cutoff_pg_ml: float
    citation: str


class BloodCount(BaseModel):
    platelets_high: float
    hemoglobin_high_male: float
    hemoglobin_high_female: float
    hematocrit_high_male: float
    hematocrit_high_female: float
    citation: str


class MorningCortisol(BaseModel):
    low_below: float
    unit: str
    citation: str


class SexCutoff(BaseModel):
    """A hormone's lower cut-off by the patient's sex (a sex not listed has none)."""
    low_below: Dict[str, float]
    unit: str
    citation: str


class RiskGroup(BaseModel):
    name: str
    min_score: int
    os10: str


class Risk(BaseModel):
    age_over: int
    age_points: int
    pleural_effusion_points: int
    pulmonary_hypertension_points: int
    egfr_below: float
    egfr_points: int
    groups: List[RiskGroup]
    citation: str


class Response(BaseModel):
    vgpr_min_baseline_g_l: float
    vgpr_reduction: float
    pr_min_baseline_g_l: float
    pr_reduction: float
    pd_rise_from_nadir: float
    pd_min_absolute_rise_g_l: float
    vegf_pr_reduction: float
    vegf_pd_level_pg_ml: float
    vegf_pd_rise_from_nadir: float
    vegf_pd_min_measurements: int
    fdg_pr_reduction: float
    fdg_pd_suv_rise: float
    onls_progression: float
    citation: str


class Plausible(BaseModel):
    low: float
    high: float
    unit: str
    low_exclusive: bool = False


class Thresholds(BaseModel):
    flc_ratio: FlcRatio
    ihc_ratio: IhcRatio
    vegf: Vegf
    blood_count: BloodCount
    morning_cortisol: MorningCortisol
    total_testosterone: SexCutoff
    risk: Risk
    response: Response
    plausible: Dict[str, Plausible]

    def plausible_for(self, analyte: str) -> Optional[Plausible]:
        return self.plausible.get(analyte)


@lru_cache(maxsize=None)
def _load(path: str) -> Thresholds:
    with open(path, encoding="utf-8") as handle:
        return Thresholds.parse_obj(safe_load(handle))


def load_thresholds(path: Optional[Path] = None) -> Thresholds:
    """The configured thresholds (cached); pass a path to try another configuration."""
    return _load(str(path or DATA / "thresholds.yml"))
