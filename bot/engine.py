"""The triage core's one entry point: ``assess(evidence) -> Assessment``.

It resolves the evidence (latest statement wins, labs converted and checked), evaluates the
eleven criteria of 表2, decides the verdict from their states alone, and adds what stands beside
the verdict without changing it: points against, differential hints, the next tests, the PUMCH
risk score and cautions. ``Assessment.contract()`` is the JSON shared by the CLI, the dialogue
and batch screening (docs/CONTRACTS.md).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Tuple

from pydantic import BaseModel, Field

from bot.criteria import CRITERIA_IDS, CriterionResult, evaluate
from bot.evidence import Facts, resolve
from bot.models import CriterionState, Evidence
from bot.texts import Text, msg
from bot.thresholds import Thresholds, load_thresholds
from bot.verdict import Verdict, decide, group_states

# what a criterion asks about evidence already given (CriterionResult.details["ask"]) -> the
# interview item that asks it (bot/data/dialogue/questions.yml)
QUESTION_OF_ASK = {"vegf_sample_type": "vegf_sample", "vegf_reference": "vegf_reference"}


class Assessment(BaseModel):
    """Everything the engine concluded about one patient, with its reasoning."""

    verdict: Verdict
    criteria: Dict[str, CriterionResult]
    groups: Dict[str, CriterionState]
    unknown: List[str] = Field(default_factory=list)  # criterion ids still unknown
    missing_evidence: List[Any] = Field(default_factory=list)  # planner.MissingTest
    points_against: List[Any] = Field(default_factory=list)  # against.PointAgainst
    differential: List[Any] = Field(default_factory=list)  # differential.Hint
    cautions: List[Text] = Field(default_factory=list)
    questions: List[str] = Field(default_factory=list)  # e.g. "vegf_sample" (not tests)
    risk: Optional[Any] = None  # risk.RiskResult
    evidence_strength: float = 0.0
    language: str = "en"
    evidence: Evidence

    def states(self) -> Dict[str, CriterionState]:
        return {cid: r.state for cid, r in self.criteria.items()}

    @property
    def citations(self) -> List[str]:
        seen: List[str] = ["表2"]
        for result in self.criteria.values():
            for part in result.citation.split("; "):
                if part not in seen:
                    seen.append(part)
        for item in list(self.points_against) + list(self.differential):
            cit = getattr(item, "citation", None)
            if cit and cit not in seen:
                seen.append(cit)
        return seen

    def reasons(self, language: str = "en") -> List[str]:
        out: List[str] = []
        for cid, result in self.criteria.items():
            for reason in result.reasons:
                out.append(f"{cid}: {reason.get(language)}")
        return out

    def next_step(self) -> Text:
        """What the referrer should do now (refer to haematology when suspected or met; when
        unlikely only for want of an M-protein that the marrow may still show, look for it)."""
        if self.verdict == Verdict.unlikely and self.missing_evidence:
            return msg("next_step.unlikely_reopen")
        return msg(f"next_step.{self.verdict.value}")

    def contract(self) -> Dict[str, Any]:
        """The JSON object of docs/CONTRACTS.md (stable keys, plain values)."""
        lang = self.language
        findings = []
        for f in self.evidence.findings:
            findings.append({
                "concept": f.concept, "status": f.status.value, "text": f.provenance.text,
                "start": f.provenance.start, "end": f.provenance.end,
                "source": f.provenance.source.value, "message_index": f.provenance.message_index,
                "attributes": dict(f.attributes),
            })
        labs = []
        for lab in self.evidence.labs:
            labs.append({
                "analyte": lab.analyte, "value": lab.value, "unit": lab.unit,
                "sample": lab.sample.value if lab.sample else None,
                "reference_low": lab.reference_low, "reference_high": lab.reference_high,
                "text": lab.provenance.text, "start": lab.provenance.start, "end": lab.provenance.end,
            })
        return {
            "verdict": self.verdict.value,
            "criteria": {cid: self.criteria[cid].state.value for cid in CRITERIA_IDS},
            "criteria_detail": {
                cid: {
                    "state": r.state.value, "kind": r.kind, "citation": r.citation,
                    "reasons": [t.get(lang) for t in r.reasons], "details": dict(r.details),
                } for cid, r in self.criteria.items()
            },
            "groups": {g: s.value for g, s in self.groups.items()},
            "unknown": list(self.unknown),
            "missing_evidence": [m.contract(lang) for m in self.missing_evidence],
            "findings": findings,
            "labs": labs,
            "reasons": self.reasons(lang),
            "citations": self.citations,
            "points_against": [p.contract(lang) for p in self.points_against],
            "differential": [d.contract(lang) for d in self.differential],
            "cautions": [c.get(lang) for c in self.cautions],
            "questions": list(self.questions),
            "risk": self.risk.contract(lang) if self.risk is not None else None,
            "evidence_strength": self.evidence_strength,
            "overrides": [{"key": o.key, "old": o.old, "new": o.new} for o in self.evidence.overrides],
            "not_done": [{"test": t.test, "reason": t.reason} for t in self.evidence.not_done],
            "next_step": self.next_step().get(lang),
            "language": lang,
            "disclaimer": msg("disclaimer").get(lang),
        }


def evidence_strength(verdict: Verdict, states: Dict[str, CriterionState], n_against: int) -> float:
    """A rank score for batch screening: the verdict band first (x100), then within the band the
    number of present groups and criteria; each point against lowers it, never across a band."""
    groups = group_states(states)
    present_groups = sum(s == CriterionState.present for s in groups.values())
    present = sum(s == CriterionState.present for s in states.values())
    within = present_groups * 10 + present * 2 - n_against * 8
    return float(verdict.rank * 100 + max(0, min(99, within)))


def _cautions(verdict: Verdict, criteria: Dict[str, CriterionResult]) -> List[Text]:
    out: List[Text] = []
    mono = criteria["monoclonal_plasma_cell_disorder"].state
    if mono == CriterionState.absent:
        out.append(msg("caution.no_m_protein"))
        if criteria["castleman"].state == CriterionState.present:
            out.append(msg("caution.castleman_variant"))
    return out


def assess(evidence: Evidence, thresholds: Optional[Thresholds] = None,
           exclude_tests: Sequence[str] = ()) -> Assessment:
    """Weigh one patient's evidence. Raises bot.errors.EvidenceError for impossible input."""
    from bot import planner

    assessment, facts = weigh(evidence, thresholds)
    assessment.missing_evidence = planner.plan(facts, assessment.criteria, assessment.verdict,
                                               exclude=exclude_tests)
    return assessment


def weigh(evidence: Evidence, thresholds: Optional[Thresholds] = None) -> Tuple[Assessment, Facts]:
    """Everything ``assess`` concludes but the next tests (``missing_evidence`` left empty), and
    the resolved facts the planner ranks them from: ``restate`` adds them for any exclusions.
    Raises bot.errors.EvidenceError for impossible input."""
    from bot import against, differential, risk

    thresholds = thresholds or load_thresholds()
    facts: Facts = resolve(evidence, thresholds)
    criteria = evaluate(facts, thresholds)
    states = {cid: r.state for cid, r in criteria.items()}
    verdict = decide(states)
    points = against.points_against(facts, criteria)
    # Every value below is built here, already of its field's type: construct() skips the
    # validation and the copies of the eleven criterion results and of the evidence.
    make = Assessment.construct if isinstance(evidence, Evidence) else Assessment
    assessment = make(
        verdict=verdict,
        criteria=criteria,
        groups=group_states(states),
        unknown=[cid for cid in CRITERIA_IDS if states[cid] == CriterionState.unknown],
        points_against=points,
        differential=differential.hints(facts, criteria, verdict),
        cautions=_cautions(verdict, criteria),
        questions=[QUESTION_OF_ASK[ask]] if (ask := criteria["vegf_elevated"].details.get("ask")) else [],
        risk=risk.from_facts(facts, thresholds),
        evidence_strength=evidence_strength(verdict, states, len(points)),
        language=_language(evidence),
        evidence=evidence,
    )
    return assessment, facts


def _language(evidence: Evidence) -> str:
    return evidence.language if evidence.language in ("en", "zh") else "en"


def restate(weighed: Assessment, facts: Facts, evidence: Evidence,
            exclude_tests: Sequence[str] = ()) -> Assessment:
    """``assess(evidence, exclude_tests=...)`` from ``weigh`` of the same evidence, possibly in
    another language: nothing the engine concludes reads the evidence's language (``Facts.language``
    is carried, never read; tests/unit/test_engine_language.py), so only the assessment's
    ``language`` and ``evidence`` differ, and the next tests are ranked for these exclusions.
    ``weighed`` is not changed; the lists and results it holds are shared, read only."""
    from bot import planner

    return weighed.copy(update={
        "language": _language(evidence), "evidence": evidence,
        "missing_evidence": planner.plan(facts, weighed.criteria, weighed.verdict, exclude=exclude_tests),
    })
