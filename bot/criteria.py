"""The eleven criteria of 表2, each evaluated to present / absent / unknown with its reasons.

Simple criteria (a group of findings) are evaluated generically from ``concepts.yml`` and
``criteria.yml``; four have their own rule because the consensus qualifies them: the M-protein
evidence (二(二)1), VEGF (二(二)4), endocrinopathy (二(二)3) and the blood count (表2, WHO limits).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from pydantic import BaseModel, Field

from bot.concepts import catalogue, group_members
from bot.errors import EvidenceError
from bot.evidence import (CheckedLab, EvidenceRef, Facts, bound_text, exceeds, falls_below, is_resolved,
                          shown)
from bot.models import CriterionState, Finding, FindingStatus, SampleType
from bot.number_text import number_text
from bot.texts import Text, Worded, bilingual, msg
from bot.thresholds import Thresholds
from bot.yaml_files import safe_load

DATA = Path(__file__).parent / "data"

CRITERIA_IDS: Tuple[str, ...] = (
    "polyneuropathy",
    "monoclonal_plasma_cell_disorder",
    "castleman",
    "sclerotic_bone_lesions",
    "vegf_elevated",
    "organomegaly",
    "extravascular_volume_overload",
    "endocrinopathy",
    "skin_changes",
    "papilledema",
    "thrombocytosis_polycythemia",
)


class CriterionDef(BaseModel):
    id: str
    kind: str  # mandatory | other_major | minor
    citation: str
    en: str
    zh: str
    umbrella: Optional[str] = None
    absent_when_all_absent: List[List[str]] = Field(default_factory=list)

    def label(self, language: str) -> str:
        return self.zh if language == "zh" else self.en


class AwaitingHormones(BaseModel):
    """Endocrine signs that their hormones confirm, and the pending test that holds them."""

    test: str
    signs: List[str]
    other_axes: List[str] = Field(default_factory=list)


class MenopauseAge(BaseModel):
    """A sign that the menopause explains from an age on, unless a hormone result shows the axis."""

    sign: str
    from_age: int
    citation: str = ""


class CriteriaConfig(BaseModel):
    criteria: Dict[str, CriterionDef]
    endocrine_axes_to_test: Dict[str, List[str]]
    endocrine_axis_zh: Dict[str, str] = Field(default_factory=dict)
    awaiting_hormones: Optional[AwaitingHormones] = None
    menopause_age: Optional[MenopauseAge] = None
    # sign -> the findings whose documented absence is its hormones' normal result
    hormones_normal: Dict[str, List[str]] = Field(default_factory=dict)

    def axis_zh(self, axis: str) -> str:
        """An endocrine axis' Chinese name (the English name when none is given)."""
        return self.endocrine_axis_zh.get(axis, axis)


@lru_cache(maxsize=None)
def config() -> CriteriaConfig:
    with open(DATA / "criteria.yml", encoding="utf-8") as handle:
        raw = safe_load(handle)
    return CriteriaConfig(
        criteria={k: CriterionDef(id=k, **v) for k, v in raw["criteria"].items()},
        endocrine_axes_to_test=raw["endocrine_axes_to_test"],
        endocrine_axis_zh=raw.get("endocrine_axis_zh", {}),
        awaiting_hormones=raw.get("awaiting_hormones"),
        menopause_age=raw.get("menopause_age"),
        hormones_normal=raw.get("hormones_normal") or {},
    )


def kind_of(criterion: str) -> str:
    return config().criteria[criterion].kind


class CriterionResult(BaseModel):
    """One criterion after weighing the evidence: state, why, what was used, where it is written."""

    id: str
    kind: str
    state: CriterionState = CriterionState.unknown
    reasons: List[Text] = Field(default_factory=list)
    evidence: List[EvidenceRef] = Field(default_factory=list)
    citation: str
    details: Dict[str, str] = Field(default_factory=dict)


def _new(criterion: str) -> CriterionResult:
    d = config().criteria[criterion]
    # Trusted values from the validated criteria.yml: construct() skips validation and the
    # deep copy of the default state (eleven results per note).
    return CriterionResult.construct(id=criterion, kind=d.kind, state=CriterionState.unknown, reasons=[],
                                     evidence=[], citation=d.citation, details={})


_GREEK = {"kappa": "κ", "lambda": "λ", "k": "κ", "l": "λ"}


def _qualifier(finding: Finding) -> str:
    """' (IgA-λ)' for an immunofixation; the other attributes as key=value."""
    attrs = dict(finding.attributes)
    heavy, light = attrs.pop("heavy_chain", None), attrs.pop("light_chain", None)
    parts = []
    if heavy or light:
        light_shown = _GREEK.get((light or "").lower(), light or "")
        parts.append("-".join(p for p in (heavy, light_shown) if p))
    parts += [f"{k}={v}" for k, v in sorted(attrs.items())]
    return f" ({', '.join(parts)})" if parts else ""


def _finding_reason(finding: Finding) -> Text:
    qualifier = _qualifier(finding)
    key = {
        FindingStatus.present: "finding.present",
        FindingStatus.historical: "finding.historical",
        FindingStatus.absent: "finding.absent",
    }[finding.status]
    return bilingual(key, label=Worded(catalogue().label(finding.concept, "en") + qualifier,
                                       catalogue().label(finding.concept, "zh") + qualifier))


def _use(result: CriterionResult, finding: Finding) -> None:
    result.evidence.append(EvidenceRef.of_finding(finding))
    result.reasons.append(_finding_reason(finding))


def _note_uncertain(result: CriterionResult, facts: Facts, concepts: List[str]) -> None:
    for concept in concepts:
        if concept in facts.uncertain:
            key = "finding.resolved" if is_resolved(facts.uncertain[concept]) else "finding.uncertain"
            result.reasons.append(bilingual(key, label=Worded(catalogue().label(concept, "en"),
                                                              catalogue().label(concept, "zh"))))


def simple(criterion: str, facts: Facts) -> CriterionResult:
    """Present if any member concept is present; absent if the umbrella or every component is."""
    d = config().criteria[criterion]
    members = group_members(criterion)
    result = _new(criterion)
    present = facts.present(members)
    if present:
        result.state = CriterionState.present
        for finding in present:
            _use(result, finding)
        return result
    absent_sets = d.absent_when_all_absent
    if d.umbrella and facts.is_absent(d.umbrella):
        result.state = CriterionState.absent
        _use(result, facts.findings[d.umbrella])
    elif absent_sets:
        reported = facts.absent(sorted({c for group in absent_sets for c in group}))
        open_ = [group[0] for group in absent_sets if not any(facts.is_absent(c) for c in group)]
        for finding in reported:
            _use(result, finding)
        if reported and not open_:
            result.state = CriterionState.absent
            result.reasons.append(msg("criterion.components_absent"))
        elif reported:
            # "HSM(-)" with the lymph nodes not mentioned: what was reported absent, and what is
            # not known yet, instead of "no information" (an unknown is never treated as absent)
            result.reasons.append(bilingual("criterion.components_unknown", labels=Worded(
                ", ".join(catalogue().label(c, "en") for c in open_),
                "、".join(catalogue().label(c, "zh") for c in open_))))
    _note_uncertain(result, facts, members)
    if result.state == CriterionState.unknown and not result.reasons:
        result.reasons.append(msg("criterion.no_evidence"))
    return result


def polyneuropathy(facts: Facts, thresholds: Thresholds) -> CriterionResult:
    result = simple("polyneuropathy", facts)
    if result.state == CriterionState.unknown and facts.is_present("distal_numbness_weakness"):
        _use(result, facts.findings["distal_numbness_weakness"])
        result.reasons.append(msg("poly.symptoms_only"))
    return result


# A bound on κ or λ bounds their ratio: (κ's comparator, λ's) -> the ratio's, "?" when the two
# bounds pull opposite ways (">" over ">" says nothing of the ratio).
_RATIO_DIRECTION = {">": 1, ">=": 1, "<": -1, "<=": -1, None: 0}


def _ratio_comparator(kappa: Optional[str], lam: Optional[str]) -> Optional[str]:
    """The comparator of κ/λ from those of κ and λ ("λ >250" makes κ/λ an upper bound)."""
    directions = {_RATIO_DIRECTION[kappa], -_RATIO_DIRECTION[lam]} - {0}
    if not directions:
        return None
    if len(directions) > 1:
        return "?"
    strict = ">" in (kappa, lam) or "<" in (kappa, lam)
    if directions == {1}:
        return ">" if strict else ">="
    return "<" if strict else "<="


def flc_ratio(facts: Facts, thresholds: Thresholds
              ) -> Optional[Tuple[float, float, float, List[CheckedLab], Optional[str]]]:
    """(ratio, low, high, labs used, comparator): a stated ratio wins, else kappa/lambda when
    both are given. The comparator is the ratio's when it is a bound (">100", or from "λ >250"),
    "?" when the bounds it comes from cannot bound it."""
    low, high = thresholds.flc_ratio.low, thresholds.flc_ratio.high
    stated = facts.labs.get("flc_ratio")
    if stated is not None:
        low = stated.reference_low if stated.reference_low is not None else low
        high = stated.reference_high if stated.reference_high is not None else high
        return stated.value, low, high, [stated], stated.comparator
    kappa, lam = facts.labs.get("flc_kappa"), facts.labs.get("flc_lambda")
    if kappa is not None and lam is not None:
        if lam.value <= 0:
            raise EvidenceError("serum free light chain lambda of 0 mg/L makes the κ/λ ratio impossible")
        return (round(kappa.value / lam.value, 4), low, high, [kappa, lam],
                _ratio_comparator(kappa.comparator, lam.comparator))
    return None


def renal_interval(facts: Facts, thresholds: Thresholds, low: float, high: float
                   ) -> Optional[Tuple[float, float, CheckedLab]]:
    """The renal interval of the FLC ratio (thresholds.yml flc_ratio.renal) and the eGFR that calls
    for it, when the note's eGFR is below its limit and the ratio is judged against the standard
    interval (stated with the value or not): a laboratory prints the standard interval whatever
    the kidneys, and in renal impairment the ratio of polyclonal light chains rises. A range the
    note states otherwise (its own renal range, say) is kept."""
    renal, egfr = thresholds.flc_ratio.renal, facts.labs.get("egfr")
    if renal is None or egfr is None:
        return None
    if not falls_below(egfr.value, egfr.comparator, renal.egfr_below):
        return None
    standard = (thresholds.flc_ratio.low, thresholds.flc_ratio.high)
    if (round(low, 2), round(high, 2)) != standard:
        return None
    return renal.low, renal.high, egfr


def _superseded_by_negative_ife(finding: Finding, facts: Facts) -> bool:
    """A monoclonal finding of the past ("POEMS综合征（IgA λ型）", "既往IFE阳性") followed by a
    negative serum immunofixation: the later test is today's result (the clone cleared after
    treatment), so the past one is not counted now; the criterion is read from today's tests."""
    if finding.status != FindingStatus.historical or not facts.is_absent("serum_immunofixation"):
        return False
    return facts.order.get(finding.concept, (-1, -1)) < facts.order.get("serum_immunofixation", (-1, -1))


def monoclonal(facts: Facts, thresholds: Thresholds) -> CriterionResult:
    """二(二)1: any of IFE / M-spike, IHC restriction, clonal flow, abnormal FLC ratio, plasmacytoma."""
    result = _new("monoclonal_plasma_cell_disorder")
    members = group_members("monoclonal_plasma_cell_disorder") + ["igm_paraprotein"]
    light_chains: List[str] = []
    for finding in facts.present(members):
        if _superseded_by_negative_ife(finding, facts):
            label_en, label_zh = catalogue().label(finding.concept, "en"), catalogue().label(finding.concept, "zh")
            result.reasons.append(bilingual("mono.superseded", label=Worded(label_en + _qualifier(finding),
                                                                            label_zh + _qualifier(finding))))
            continue
        _use(result, finding)
        light = finding.attributes.get("light_chain", "").lower()
        if light in {"kappa", "κ", "k"}:
            light_chains.append("kappa")
        elif light in {"lambda", "λ", "l"}:
            light_chains.append("lambda")
        heavy = finding.attributes.get("heavy_chain")
        if heavy:
            result.details["heavy_chain"] = heavy
    present = bool(result.evidence)

    ratio = flc_ratio(facts, thresholds)
    ratio_normal: Optional[bool] = None
    if ratio is not None:
        value, low, high, labs, comparator = ratio
        renal = renal_interval(facts, thresholds, low, high)
        if renal is not None:
            low, high, egfr = renal
            result.evidence.append(EvidenceRef.of_lab(egfr))
            result.reasons.append(msg("mono.flc_ratio_renal", egfr=shown(egfr), low=low, high=high))
        for lab in labs:
            result.evidence.append(EvidenceRef.of_lab(lab))
        if len(labs) == 2:
            result.reasons.append(msg("mono.flc_ratio_computed", kappa=shown(labs[0]), lambda_=shown(labs[1])))
        above = below = None
        if comparator != "?":
            above, below = exceeds(value, comparator, high), falls_below(value, comparator, low)
        written = bound_text(value, comparator)  # "~0.05" when two bounds cannot bound it
        if above or below:
            present = True
            light_chains.append("kappa" if above else "lambda")
            result.reasons.append(msg("mono.flc_ratio_abnormal", ratio=written, low=low, high=high))
        elif above is False and below is False:
            ratio_normal = True
            result.reasons.append(msg("mono.flc_ratio_normal", ratio=written, low=low, high=high))
        else:  # "κ/λ >1.2", or κ and λ both lower bounds: not a ratio to judge
            result.reasons.append(msg("mono.flc_ratio_bound", ratio=written, low=low, high=high))
    elif facts.is_absent("abnormal_flc_ratio"):
        ratio_normal = True

    ihc = facts.labs.get("ihc_kappa_lambda_ratio")
    if ihc is not None:
        result.evidence.append(EvidenceRef.of_lab(ihc))
        restricted = ihc.value > thresholds.ihc_ratio.kappa_above or ihc.value < thresholds.ihc_ratio.lambda_below
        count = facts.labs.get("ihc_plasma_cells_counted")
        if not restricted:
            result.reasons.append(msg("mono.ihc_normal", ratio=ihc.value))
        elif count is None:
            result.reasons.append(msg("mono.ihc_count_missing", ratio=ihc.value))
        elif count.value < thresholds.ihc_ratio.min_plasma_cells:
            result.evidence.append(EvidenceRef.of_lab(count))
            result.reasons.append(msg("mono.ihc_count_low", ratio=ihc.value, count=int(count.value)))
        else:
            result.evidence.append(EvidenceRef.of_lab(count))
            present = True
            light_chains.append("kappa" if ihc.value > thresholds.ihc_ratio.kappa_above else "lambda")
            result.reasons.append(msg("mono.ihc_abnormal", ratio=ihc.value, count=int(count.value)))

    m_protein = facts.labs.get("m_protein")
    # "M-protein <1 g/L" may be none at all: only a measured amount (or a lower bound) counts
    if m_protein is not None and exceeds(m_protein.value, m_protein.comparator, 0):
        present = True
        result.evidence.append(EvidenceRef.of_lab(m_protein))
        result.reasons.append(msg("mono.m_protein_value", value=shown(m_protein)))

    if light_chains:
        # Immunofixation names the clone; otherwise the first ratio that does.
        result.details["light_chain"] = light_chains[0]
        if "kappa" in light_chains and "lambda" not in light_chains:
            result.reasons.append(msg("mono.kappa_atypical"))
    if present:
        result.state = CriterionState.present
        return result

    serum_ife_negative = facts.is_absent("serum_immunofixation")
    urine_not_positive = not facts.is_present("urine_immunofixation")
    for concept in ("serum_immunofixation", "urine_immunofixation", "m_spike", "m_protein"):
        if facts.is_absent(concept):
            _use(result, facts.findings[concept])
    if serum_ife_negative and ratio_normal and urine_not_positive:
        result.state = CriterionState.absent
        urine = msg("mono.urine_negative") if facts.is_absent("urine_immunofixation") else None
        result.reasons.append(bilingual("mono.excluded", urine=Worded(urine.en, urine.zh) if urine else ""))
        result.reasons.append(msg("mono.review"))
        return result
    if facts.is_absent("m_spike") or facts.is_absent("m_protein"):
        result.reasons.append(msg("mono.spep_alone"))
    if not serum_ife_negative:
        result.reasons.append(msg("mono.need_ife"))
    if not ratio_normal:
        result.reasons.append(msg("mono.need_flc"))
    _note_uncertain(result, facts, members)
    return result


# How a VEGF reason names the sample (English, Chinese); a range without a stated sample is
# read as serum, the sample the consensus recommends (二(二)4), and says so.
_VEGF_SAMPLE_NAMES = {
    SampleType.serum: ("Serum", "血清"),
    SampleType.plasma: ("Plasma", "血浆"),
    None: ("Serum (assumed)", "(推定血清)"),
}


def vegf(facts: Facts, thresholds: Thresholds) -> CriterionResult:
    """二(二)4: > 2 × the upper limit of the laboratory's own reference range, whatever the sample
    (the range belongs to the lab's assay and sample type: "method, sample and cut-off matter");
    without a range, the named published cut-offs by sample type (Mayo plasma, PUMCH serum)."""
    result = _new("vegf_elevated")
    t = thresholds.vegf
    lab = facts.labs.get("vegf")
    if lab is None:
        stated = facts.findings.get("vegf_elevated")
        if stated is not None and stated.status == FindingStatus.present and "uln_multiple" in stated.attributes:
            return _vegf_multiple(result, stated, t.uln_multiple)
        fallback = simple("vegf_elevated", facts)
        if fallback.state == CriterionState.present:
            fallback.reasons.append(msg("vegf.reported_flag"))
        return fallback
    result.evidence.append(EvidenceRef.of_lab(lab))
    # a bound ("VEGF >2000 pg/mL") decides only when every value it allows falls one side
    value, sample, comparator, written = lab.value, lab.sample, lab.comparator, shown(lab)
    state = CriterionState.unknown
    if sample in (SampleType.urine, SampleType.whole_blood):
        result.reasons.append(msg("vegf.bad_sample", sample=sample.value))
    elif lab.reference_high is not None:
        hit = exceeds(value, comparator, t.uln_multiple * lab.reference_high)
        en_sample, zh_sample = _VEGF_SAMPLE_NAMES.get(sample, _VEGF_SAMPLE_NAMES[None])
        if hit is None:
            result.reasons.append(_bound_open(lab, t.uln_multiple * lab.reference_high))
        else:
            state = CriterionState.present if hit else CriterionState.absent
            key = "vegf.over_uln" if hit else "vegf.not_over_uln"
            result.reasons.append(bilingual(key, sample=Worded(en_sample, zh_sample), value=written,
                                            multiple=t.uln_multiple, uln=lab.reference_high))
        if sample == SampleType.plasma:
            result.reasons.append(msg("vegf.plasma_note"))
    elif sample in (SampleType.plasma, SampleType.serum):
        plasma = sample == SampleType.plasma
        cutoff = t.plasma_cutoff_pg_ml if plasma else t.serum_cutoff_pg_ml
        hit = exceeds(value, comparator, cutoff, strict=False)
        if hit is None:
            result.reasons.append(_bound_open(lab, cutoff))
        else:
            state = CriterionState.present if hit else CriterionState.absent
            key = f"vegf.{'plasma' if plasma else 'serum'}_cutoff_{'above' if hit else 'below'}"
            result.reasons.append(msg(key, value=written, cutoff=cutoff))
            if not hit:  # > 2 × the laboratory's ULN may still count (二(二)4): ask for it
                result.details["ask"] = "vegf_reference"
        if plasma:
            result.reasons.append(msg("vegf.plasma_note"))
    else:
        if exceeds(value, comparator, t.serum_cutoff_pg_ml, strict=False):
            state = CriterionState.present
            result.reasons.append(msg("vegf.unknown_sample_high", value=written, cutoff=t.serum_cutoff_pg_ml))
        elif falls_below(value, comparator, t.plasma_cutoff_pg_ml):
            state = CriterionState.absent
            result.reasons.append(msg("vegf.unknown_sample_low", value=written, cutoff=t.plasma_cutoff_pg_ml))
        elif exceeds(value, comparator, t.plasma_cutoff_pg_ml, strict=False) is None \
                and exceeds(value, comparator, t.serum_cutoff_pg_ml, strict=False) is None:
            # "<2000", ">100": no sample would decide it
            result.reasons.append(_bound_open(lab, t.plasma_cutoff_pg_ml))
        else:
            result.details["ask"] = "vegf_sample_type"
            result.reasons.append(msg("vegf.unknown_sample_between", value=written,
                                      plasma=t.plasma_cutoff_pg_ml, serum=t.serum_cutoff_pg_ml))
    result.state = state
    return result


def _vegf_multiple(result: CriterionResult, stated: Finding, multiple: float) -> CriterionResult:
    """A VEGF given only as a multiple of the laboratory's upper limit ("VEGF 3x ULN", "VEGF >2x upper
    limit", "VEGF 1.5x ULN"): judged against the consensus multiple (二(二)4, > 2 × ULN) as a value with its
    range is. A multiple is a rounded figure, so one written at the threshold ("2x ULN", "about twice") cannot
    tell (2.3 × ULN is written "2x" as well): unknown, never absent. A bound decides only when every multiple
    it allows falls one side ("<2x" is not above, ">2x" is, ">=2x" cannot tell)."""
    _use(result, stated)
    value = float(stated.attributes["uln_multiple"])
    comparator = stated.attributes.get("comparator")
    if comparator in (None, "~"):
        hit = None if value == multiple else value > multiple
    else:
        hit = exceeds(value, comparator, multiple)
    written = "~" + number_text(value) if comparator == "~" else (
        bound_text(value, comparator) if comparator else number_text(value))
    if hit is None:
        result.reasons.append(msg("vegf.multiple_open", value=written, multiple=multiple))
        return result
    result.state = CriterionState.present if hit else CriterionState.absent
    result.reasons.append(msg("vegf.multiple_over" if hit else "vegf.multiple_not_over", value=written,
                              multiple=multiple))
    return result


def _awaits_hormones(finding: Finding, facts: Facts) -> bool:
    """A sign its hormones confirm ("闭经", amenorrhoea) while the note says those hormones are
    pending or not done (criteria.yml ``awaiting_hormones``): not counted yet (二(二)3)."""
    rule = config().awaiting_hormones
    if rule is None or finding.concept not in rule.signs or rule.test not in facts.not_done:
        return False
    other = [word.lower() for word in rule.other_axes]
    return any(not any(word in name.lower() for word in other)
               for name in facts.not_done_names.get(rule.test, [""]))


def _hormones_normal(finding: Finding, facts: Facts) -> bool:
    """A sign its hormones confirm (erectile dysfunction, amenorrhoea) while the note gives those
    hormones normal (criteria.yml ``hormones_normal``): another cause, not counted (二(二)3)."""
    confirmers = config().hormones_normal.get(finding.concept)
    return bool(confirmers) and all(facts.is_absent(concept) for concept in confirmers)


def _menopause_age(finding: Finding, facts: Facts) -> bool:
    """Amenorrhoea in a woman at the age of the menopause (criteria.yml ``menopause_age``): it may
    be the menopause, not counted without a hormone result (二(二)3)."""
    rule = config().menopause_age
    return rule is not None and finding.concept == rule.sign and facts.age is not None \
        and facts.age >= rule.from_age


def endocrinopathy(facts: Facts, thresholds: Thresholds) -> CriterionResult:
    """二(二)3: diabetes and/or hypothyroidism alone never satisfy it; ask for the other axes."""
    result = _new("endocrinopathy")
    cat = catalogue()
    members = group_members("endocrinopathy")
    qualifying = [f for f in facts.present(members)
                  if f.concept != "endocrinopathy" and not cat.concepts[f.concept].alone_insufficient]
    insufficient = [f for f in facts.present(members) if cat.concepts[f.concept].alone_insufficient]
    held = [f for f in qualifying
            if _awaits_hormones(f, facts) or _menopause_age(f, facts) or _hormones_normal(f, facts)]
    if held and len(held) == len(qualifying):
        qualifying = []
        for finding in held:
            label = Worded(cat.label(finding.concept, "en"), cat.label(finding.concept, "zh"))
            if _hormones_normal(finding, facts):
                result.reasons.append(bilingual("endo.hormones_normal", label=label))
            elif _awaits_hormones(finding, facts):
                result.reasons.append(bilingual("endo.awaits_hormones", label=label))
            else:
                result.reasons.append(bilingual("endo.menopause_age", label=label, age=facts.age))
    if qualifying:
        result.state = CriterionState.present
        for finding in qualifying:
            c = cat.concepts[finding.concept]
            result.evidence.append(EvidenceRef.of_finding(finding))
            axis = Worded(c.axis, config().axis_zh(c.axis)) if c.axis else Worded("endocrine", "内分泌")
            result.reasons.append(bilingual("endo.qualifying", label=Worded(c.en, c.zh), axis=axis))
        return result
    if facts.is_present("endocrinopathy"):
        result.state = CriterionState.present
        _use(result, facts.findings["endocrinopathy"])
        result.reasons.append(msg("endo.umbrella"))
        return result
    for finding in insufficient:
        _use(result, finding)
    axes = config().endocrine_axes_to_test
    untested = [axis for axis, concepts in axes.items() if not any(facts.is_absent(c) for c in concepts)]
    if insufficient:
        result.reasons.append(msg("endo.alone_insufficient"))
    if facts.is_absent("endocrinopathy") or not untested:
        result.state = CriterionState.absent
        if facts.is_absent("endocrinopathy"):
            _use(result, facts.findings["endocrinopathy"])
        else:
            for finding in facts.absent([c for cs in axes.values() for c in cs]):
                _use(result, finding)
            result.reasons.append(msg("endo.axes_normal"))
        return result
    if insufficient or any(facts.is_absent(c) for cs in axes.values() for c in cs):
        result.details["axes_to_test"] = ",".join(untested)
        axes_zh = "、".join(config().axis_zh(axis) for axis in untested)
        result.reasons.append(bilingual("endo.test_axes", axes=Worded(", ".join(untested), axes_zh)))
    _note_uncertain(result, facts, members)
    if not result.reasons:
        result.reasons.append(msg("criterion.no_evidence"))
    return result


def _bound_open(lab: CheckedLab, limit: float) -> Text:
    """Why a bound ("<2000", ">300") decides nothing against ``limit`` (in the analyte's unit),
    in both languages."""
    analyte = catalogue().analytes[lab.analyte]
    return msg("lab.bound_open", analyte=analyte.en, analyte_zh=analyte.zh, value=shown(lab),
               limit=limit, unit=analyte.unit_text)


def _sexed(lab: CheckedLab, sex: Optional[str], male: float, female: float) -> Tuple[Optional[bool], float]:
    """(above the limit?, limit used); None when the sex decides and is unknown, or when the
    value is a bound that cannot tell."""
    if sex == "male":
        return exceeds(lab.value, lab.comparator, male), male
    if sex == "female":
        return exceeds(lab.value, lab.comparator, female), female
    high, low = max(male, female), min(male, female)
    if exceeds(lab.value, lab.comparator, high):
        return True, high
    if exceeds(lab.value, lab.comparator, low) is False:
        return False, low
    return None, high


def blood_count(facts: Facts, thresholds: Thresholds) -> CriterionResult:
    """表2 minor 6 from findings and from the blood count (WHO limits in thresholds.yml)."""
    result = simple("thrombocytosis_polycythemia", facts)
    if result.state == CriterionState.absent:
        result.reasons = [r for r in result.reasons if r.key != "criterion.components_absent"]
    t = thresholds.blood_count
    sex = facts.sex
    sex_worded = Worded(sex or "sex unknown", {"male": "男", "female": "女"}.get(sex or "", "性别未知"))
    platelets_high: Optional[bool] = None
    red_high: Optional[bool] = None
    reasons: List[Text] = []
    refs: List[EvidenceRef] = []
    plt = facts.labs.get("platelets")
    if plt is not None:
        platelets_high = exceeds(plt.value, plt.comparator, t.platelets_high)
        refs.append(EvidenceRef.of_lab(plt))
        if platelets_high is None:  # "PLT >300": a bound that cannot tell
            reasons.append(_bound_open(plt, t.platelets_high))
        else:
            reasons.append(msg("blood.platelets_high" if platelets_high else "blood.platelets_normal",
                               value=shown(plt), limit=t.platelets_high))
    for analyte, male, female, prefix in (
        ("hemoglobin", t.hemoglobin_high_male, t.hemoglobin_high_female, "blood.hb"),
        ("hematocrit", t.hematocrit_high_male, t.hematocrit_high_female, "blood.hct"),
    ):
        lab = facts.labs.get(analyte)
        if lab is None:
            continue
        refs.append(EvidenceRef.of_lab(lab))
        high, limit = _sexed(lab, sex, male, female)
        if high is None and lab.comparator is not None and (sex is not None or exceeds(
                lab.value, lab.comparator, min(male, female)) is None):
            reasons.append(_bound_open(lab, limit if sex else min(male, female)))
            continue
        if high is None:
            reasons.append(msg(f"{prefix}_sex_unknown", value=shown(lab), low=min(male, female), high=max(male, female)))
            continue
        reasons.append(bilingual(f"{prefix}_high" if high else f"{prefix}_normal",
                                 value=shown(lab), limit=limit, sex=sex_worded))
        red_high = high if red_high is None else (red_high or high)
    result.evidence.extend(refs)
    if platelets_high or red_high:
        result.state = CriterionState.present
        result.reasons = [r for r in result.reasons if r.key != "criterion.no_evidence"] + reasons
        return result
    if result.state == CriterionState.present:
        result.reasons.extend(reasons)
        return result
    platelets_normal = platelets_high is False or facts.is_absent("thrombocytosis")
    red_normal = red_high is False or facts.is_absent("polycythemia")
    if reasons:
        result.reasons = [r for r in result.reasons if r.key != "criterion.no_evidence"] + reasons
    if platelets_normal and red_normal:
        result.state = CriterionState.absent
    elif platelets_normal and platelets_high is False:
        result.reasons.append(msg("blood.red_cells_unknown"))
    elif red_normal and red_high is False:
        result.reasons.append(msg("blood.platelets_unknown"))
    return result


RULES: Dict[str, Callable[[Facts, Thresholds], CriterionResult]] = {
    "polyneuropathy": polyneuropathy,
    "monoclonal_plasma_cell_disorder": monoclonal,
    "vegf_elevated": vegf,
    "endocrinopathy": endocrinopathy,
    "thrombocytosis_polycythemia": blood_count,
}


def evaluate(facts: Facts, thresholds: Thresholds) -> Dict[str, CriterionResult]:
    """All eleven criteria, in the order of 表2."""
    results: Dict[str, CriterionResult] = {}
    for criterion in CRITERIA_IDS:
        rule = RULES.get(criterion)
        results[criterion] = rule(facts, thresholds) if rule else simple(criterion, facts)
    return results
