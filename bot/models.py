"""Pydantic (v1) models of what is known about one patient.

These models are the contract between the NLU (text -> findings), the criteria engine, the
dialogue actions, the CLI and batch screening. Two rules shape them:

* a finding is *present*, *absent*, *uncertain* or *historical* as the source says it; nothing
  here collapses "not mentioned" into "absent" - a concept that no finding names is unknown;
* every finding and lab value says where it came from (a character span of a note, an answer in
  the conversation, a structured import), so every verdict can show its reasoning.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Dict, List, Literal, Optional

from pydantic import BaseModel, Field, validator

from bot.number_text import number_text


class FindingStatus(str, Enum):
    """How the source states a finding (ConText-style assertion)."""

    present = "present"
    absent = "absent"
    uncertain = "uncertain"
    historical = "historical"


class CriterionState(str, Enum):
    """State of one diagnostic criterion after weighing all evidence."""

    present = "present"
    absent = "absent"
    unknown = "unknown"


class SourceKind(str, Enum):
    note = "note"  # a referral note pasted by the user
    answer = "answer"  # an answer to one of the assistant's questions
    structured = "structured"  # JSON evidence, FHIR import, batch row
    derived = "derived"  # computed from other evidence (e.g. FLC ratio from kappa and lambda)


class Provenance(BaseModel):
    """Where a piece of evidence came from: enough to point at it, nothing more."""

    source: SourceKind = SourceKind.note
    message_index: int = 0  # which message of the conversation (0 for a single note)
    start: Optional[int] = None  # character span in that message
    end: Optional[int] = None
    text: Optional[str] = None  # the matched words themselves (never logged)

    class Config:
        frozen = True


class Finding(BaseModel):
    """One clinical concept as a source states it.

    ``concept`` is an id from ``bot/data/concepts.yml``; ``attributes`` carries qualifiers the
    NLU found (e.g. ``{"heavy_chain": "IgA", "light_chain": "lambda"}`` for an immunofixation,
    ``{"pattern": "demyelinating"}`` for a nerve conduction study).
    """

    concept: str
    status: FindingStatus = FindingStatus.present
    attributes: Dict[str, str] = Field(default_factory=dict)
    provenance: Provenance = Field(default_factory=Provenance)

    @validator("concept")
    def _concept_is_id(cls, value: str) -> str:
        if not value or not value.replace("_", "").isalnum() or value.lower() != value:
            raise ValueError(f"concept id must be lower_snake_case, got {value!r}")
        return value


class SampleType(str, Enum):
    serum = "serum"
    plasma = "plasma"
    urine = "urine"
    whole_blood = "whole_blood"


class LabValue(BaseModel):
    """A measured value as reported, plus what is needed to interpret it.

    ``unit`` is the unit as written, normalised to a pint-readable spelling (e.g. ``pg/mL``,
    ``mg/L``, ``g/L``, ``10^9/L``); ``bot.units`` converts it. ``flag`` keeps the note's own
    judgement ("high", "low") when it states one.
    """

    analyte: str
    value: float
    unit: Optional[str] = None
    sample: Optional[SampleType] = None
    reference_low: Optional[float] = None
    reference_high: Optional[float] = None
    flag: Optional[str] = None
    # ">" | ">=" | "<" | "<=" when the source gives a bound, not a value ("VEGF >2000 pg/mL"):
    # ``value`` is then the bound (bot/evidence.py exceeds reads it as such)
    comparator: Optional[Literal[">", ">=", "<", "<="]] = None
    provenance: Provenance = Field(default_factory=Provenance)


class TestNotDone(BaseModel):
    """A test the referrer says was not done (or is pending): it is unknown, not negative."""

    __test__ = False  # not a pytest test class despite its name

    test: str
    reason: str = "not_done"  # not_done | pending | unknown
    provenance: Provenance = Field(default_factory=Provenance)


class Override(BaseModel):
    """A record that later evidence replaced earlier evidence for the same concept or analyte."""

    key: str
    old: str
    new: str
    at: datetime = Field(default_factory=datetime.utcnow)


class Evidence(BaseModel):
    """Everything known about one patient, in the order it arrived."""

    findings: List[Finding] = Field(default_factory=list)
    labs: List[LabValue] = Field(default_factory=list)
    not_done: List[TestNotDone] = Field(default_factory=list)
    age: Optional[int] = None
    sex: Optional[str] = None  # "male" | "female"
    language: str = "en"  # "en" | "zh"
    overrides: List[Override] = Field(default_factory=list)
    # the other cause a message gives without naming its finding ("it's the amlodipine", a key of
    # nlu/rules/causes.yml): bot.session puts it on the oedema or effusion given last
    cause: Optional[str] = None
    # findings that hold only in a patient of the sex their attribute ``sex`` names ("testosterone
    # 5 nmol/L" under the male cut-off, "estradiol 62 pg/mL (H)" in a man), read from a message that
    # does not give the patient's sex: never counted until the sex is known (``resolve_sex``)
    sex_dependent: List[Finding] = Field(default_factory=list)

    @validator("age")
    def _plausible_age(cls, value: Optional[int]) -> Optional[int]:
        if value is not None and not 0 <= value <= 120:
            raise ValueError(f"age {value} is not a plausible age in years")
        return value

    def add_finding(self, finding: Finding) -> "Evidence":
        """Append a finding; when it changes what is known about its concept, record an Override.

        The engine reads the latest statement per concept, so the earlier one stays in the list
        (for provenance) but no longer counts.
        """
        previous = next((f for f in reversed(self.findings) if f.concept == finding.concept), None)
        if previous is not None and _finding_summary(previous) != _finding_summary(finding):
            self.overrides.append(Override(key=finding.concept, old=_finding_summary(previous),
                                           new=_finding_summary(finding)))
        self.findings.append(finding)
        return self

    def add_lab(self, lab: LabValue) -> "Evidence":
        """Append a lab value; a later value of the same analyte overrides (recorded) the earlier."""
        previous = next((x for x in reversed(self.labs) if x.analyte == lab.analyte), None)
        if previous is not None and _lab_summary(previous) != _lab_summary(lab):
            self.overrides.append(Override(key=lab.analyte, old=_lab_summary(previous), new=_lab_summary(lab)))
        self.labs.append(lab)
        return self

    def merge(self, other: "Evidence") -> "Evidence":
        """Add everything ``other`` says after what is already known (later evidence wins)."""
        for finding in other.findings:
            self.add_finding(finding)
        for lab in other.labs:
            self.add_lab(lab)
        known = {(t.test, t.reason) for t in self.not_done}
        self.not_done.extend(t for t in other.not_done if (t.test, t.reason) not in known)
        for name in ("age", "sex"):
            new, old = getattr(other, name), getattr(self, name)
            if new is not None and new != old:
                if old is not None:
                    self.overrides.append(Override(key=name, old=str(old), new=str(new)))
                setattr(self, name, new)
        self.sex_dependent = self.sex_dependent + list(other.sex_dependent)
        return self.resolve_sex()

    def resolve_sex(self) -> "Evidence":
        """Once the patient's sex is known, the ``sex_dependent`` findings of that sex become
        findings (in the order they were read); those of the other sex are dropped. Unchanged
        while the sex is unknown."""
        if not self.sex or not self.sex_dependent:
            return self
        for finding in of_sex(self.sex_dependent, self.sex):
            self.add_finding(finding)
        self.sex_dependent = []
        return self


def of_sex(findings: List[Finding], sex: Optional[str]) -> List[Finding]:
    """The ``sex_dependent`` findings that hold in a patient of ``sex``, as plain findings."""
    return [f.copy(update={"attributes": {k: v for k, v in f.attributes.items() if k != "sex"}})
            for f in findings if sex and f.attributes.get("sex") == sex]


def _finding_summary(finding: Finding) -> str:
    attrs = ",".join(f"{k}={v}" for k, v in sorted(finding.attributes.items()))
    return finding.status.value + (f" ({attrs})" if attrs else "")


def _lab_summary(lab: LabValue) -> str:
    sample = f" {lab.sample.value}" if lab.sample else ""
    return f"{lab.comparator or ''}{number_text(lab.value)} {lab.unit or ''}".strip() + sample
