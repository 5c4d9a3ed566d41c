"""Response assessment (六, 表5; Humeniuk, Blood 2013): haematological, VEGF, radiological and
neurological, each with its reasoning and the timing caveats. Thresholds from thresholds.yml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional

from pydantic import BaseModel, Field, validator

from bot.errors import EvidenceError
from bot.thresholds import Thresholds, load_thresholds
from bot.yaml_files import safe_load

DATA = Path(__file__).parent / "data"


class Bilingual(BaseModel):
    en: str
    zh: str

    def get(self, language: str = "en") -> str:
        return self.zh if language == "zh" else self.en


@lru_cache(maxsize=None)
def _texts() -> Dict[str, Any]:
    with open(DATA / "response.yml", encoding="utf-8") as handle:
        return safe_load(handle)


def _cat(domain: str, key: str) -> Bilingual:
    return Bilingual(**_texts()["categories"][domain][key])


def _caveat(key: str, **params: Any) -> Bilingual:
    raw = _texts()["caveats"][key]
    return Bilingual(en=raw["en"].format(**params), zh=raw["zh"].format(**params))


class ResponseResult(BaseModel):
    domain: str  # haematological | vegf | radiological | neurological
    category: str  # CR / VGPR / PR / NR / PD / NE, or progression / no_progression
    reasons: List[Bilingual] = Field(default_factory=list)
    caveats: List[Bilingual] = Field(default_factory=list)
    citation: str = "六; 表5"

    def contract(self, language: str = "en") -> Dict[str, Any]:
        return {"domain": self.domain, "category": self.category,
                "reasons": [r.get(language) for r in self.reasons],
                "caveats": [c.get(language) for c in self.caveats], "citation": self.citation}


def _nonneg(name: str, value: Optional[float]) -> None:
    if value is not None and value < 0:
        raise EvidenceError(f"{name} of {value:g} is impossible (negative)")


class HaemInputs(BaseModel):
    baseline_g_l: Optional[float] = None  # M-protein at baseline
    current_g_l: Optional[float] = None
    nadir_g_l: Optional[float] = None
    serum_ife_negative: Optional[bool] = None
    urine_ife_negative: Optional[bool] = None
    marrow_normal: Optional[bool] = None  # None: not stated; True also when not involved at baseline
    reappeared: bool = False  # M-protein reappeared after disappearing


def haematological(i: HaemInputs, thresholds: Optional[Thresholds] = None) -> ResponseResult:
    t = (thresholds or load_thresholds()).response
    for name in ("baseline_g_l", "current_g_l", "nadir_g_l"):
        _nonneg(f"M-protein {name}", getattr(i, name))
    out = ResponseResult(domain="haematological", category="NR")
    if i.reappeared:
        out.category = "PD"
        out.reasons.append(_cat("haematological", "PD"))
        return out
    if i.current_g_l is not None and i.nadir_g_l is not None:
        rise = i.current_g_l - i.nadir_g_l
        if rise > t.pd_rise_from_nadir * i.nadir_g_l and rise >= t.pd_min_absolute_rise_g_l:
            out.category = "PD"
            out.reasons.append(_cat("haematological", "PD"))
            return out
    if i.serum_ife_negative and i.urine_ife_negative:
        if i.marrow_normal:
            out.category = "CR"
            out.reasons.append(_cat("haematological", "CR"))
            return out
        if i.marrow_normal is None:
            out.caveats.append(_caveat("marrow_unknown"))
    if i.baseline_g_l is None or i.current_g_l is None:  # unknown, never "below 5 g/L"
        out.category = "NE"
        out.reasons.append(_cat("haematological", "NE_missing"))
        return out
    reduction = (i.baseline_g_l - i.current_g_l) / i.baseline_g_l if i.baseline_g_l > 0 else 0.0
    if i.baseline_g_l < t.vgpr_min_baseline_g_l:
        out.category = "NE"
        out.reasons.append(_cat("haematological", "NE"))
        return out
    if reduction > t.vgpr_reduction:
        out.category = "VGPR"
        out.reasons.append(_cat("haematological", "VGPR"))
        return out
    if reduction > t.pr_reduction:
        if i.baseline_g_l >= t.pr_min_baseline_g_l:
            out.category = "PR"
            out.reasons.append(_cat("haematological", "PR"))
            return out
        out.caveats.append(_caveat("pr_baseline", limit=f"{t.pr_min_baseline_g_l:g}", baseline=f"{i.baseline_g_l:g}"))
    out.reasons.append(_cat("haematological", "NR"))
    return out


class VegfInputs(BaseModel):
    baseline_pg_ml: float
    measurements_pg_ml: List[float]  # after treatment, oldest first; the last is the current value
    uln_pg_ml: Optional[float] = None

    @validator("measurements_pg_ml")
    def _some(cls, value: List[float]) -> List[float]:
        if not value:
            raise ValueError("at least one measurement after treatment is needed")
        return value


def vegf(i: VegfInputs, thresholds: Optional[Thresholds] = None) -> ResponseResult:
    t = (thresholds or load_thresholds()).response
    _nonneg("VEGF baseline", i.baseline_pg_ml)
    for value in i.measurements_pg_ml:
        _nonneg("VEGF", value)
    out = ResponseResult(domain="vegf", category="NR")
    series = i.measurements_pg_ml
    n = t.vegf_pd_min_measurements
    last = series[-n:] if len(series) >= n else []
    if last and all(v >= t.vegf_pd_level_pg_ml for v in last):
        out.category = "PD"
        out.reasons.append(_cat("vegf", "PD"))
        return out
    if len(series) > n:
        nadir = min(series[:-n])
        if nadir > 0 and all(v >= nadir * (1 + t.vegf_pd_rise_from_nadir) for v in last):
            out.category = "PD"
            out.reasons.append(_cat("vegf", "PD"))
            return out
    current = series[-1]
    if i.uln_pg_ml is not None and current <= i.uln_pg_ml:
        out.category = "CR"
        out.reasons.append(_cat("vegf", "CR"))
        return out
    if i.uln_pg_ml is None:
        out.caveats.append(_caveat("vegf_no_uln"))
    if i.baseline_pg_ml > 0 and (i.baseline_pg_ml - current) / i.baseline_pg_ml >= t.vegf_pr_reduction:
        out.category = "PR"
        out.reasons.append(_cat("vegf", "PR"))
        return out
    out.reasons.append(_cat("vegf", "NR"))
    return out


class RadioInputs(BaseModel):
    baseline_suv: float
    current_suv: float
    new_lesion: bool = False
    normalised: bool = False


def radiological(i: RadioInputs, thresholds: Optional[Thresholds] = None) -> ResponseResult:
    t = (thresholds or load_thresholds()).response
    _nonneg("SUVmax baseline", i.baseline_suv)
    _nonneg("SUVmax", i.current_suv)
    out = ResponseResult(domain="radiological", category="NR", caveats=[_caveat("suv_proxy")])
    if i.new_lesion or (i.baseline_suv > 0 and i.current_suv >= i.baseline_suv * (1 + t.fdg_pd_suv_rise)):
        out.category = "PD"
        out.reasons.append(_cat("radiological", "PD"))
    elif i.normalised:
        out.category = "CR"
        out.reasons.append(_cat("radiological", "CR"))
    elif i.baseline_suv > 0 and (i.baseline_suv - i.current_suv) / i.baseline_suv >= t.fdg_pr_reduction:
        out.category = "PR"
        out.reasons.append(_cat("radiological", "PR"))
    else:
        out.reasons.append(_cat("radiological", "NR"))
    return out


class NeuroInputs(BaseModel):
    baseline_onls: float
    current_onls: float
    functional_worsening: Optional[bool] = None


def neurological(i: NeuroInputs, thresholds: Optional[Thresholds] = None) -> ResponseResult:
    t = (thresholds or load_thresholds()).response
    for name, value in (("ONLS baseline", i.baseline_onls), ("ONLS", i.current_onls)):
        if not 0 <= value <= 12:
            raise EvidenceError(f"{name} of {value:g} is impossible (ONLS is 0-12)")
    out = ResponseResult(domain="neurological", category="no_progression", caveats=[_caveat("timing")])
    if i.current_onls - i.baseline_onls >= t.onls_progression:
        if i.functional_worsening is False:
            out.reasons.append(_cat("neurological", "no_progression"))
        elif i.functional_worsening:
            out.category = "progression"
            out.reasons.append(_cat("neurological", "progression"))
        else:
            out.category = "possible_progression"
            out.reasons.append(_cat("neurological", "possible_progression"))
    else:
        out.reasons.append(_cat("neurological", "no_progression"))
    return out


class ResponseInputs(BaseModel):
    """All four domains; give those that were measured."""

    haematological: Optional[HaemInputs] = None
    vegf: Optional[VegfInputs] = None
    radiological: Optional[RadioInputs] = None
    neurological: Optional[NeuroInputs] = None


def assess_response(inputs: ResponseInputs, thresholds: Optional[Thresholds] = None) -> List[ResponseResult]:
    """Each measured domain, in the order of 表5; the timing caveat travels with the set."""
    out: List[ResponseResult] = []
    if inputs.haematological:
        out.append(haematological(inputs.haematological, thresholds))
    if inputs.vegf:
        out.append(vegf(inputs.vegf, thresholds))
    if inputs.radiological:
        out.append(radiological(inputs.radiological, thresholds))
    if inputs.neurological:
        out.append(neurological(inputs.neurological, thresholds))
    return out


def timing_caveat() -> Bilingual:
    return _caveat("timing")
