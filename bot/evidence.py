"""From raw ``Evidence`` to the facts the rules read.

Three jobs, kept here so each rule stays small:

* the latest statement about a concept or analyte wins (the superseded one is reported);
* every lab value is converted by pint to the analyte's canonical unit and checked against the
  plausible bounds of ``thresholds.yml`` (EvidenceError names the analyte and the value);
* "uncertain" findings are set aside (unknown, never absent); "historical" ones count as present,
  since the criteria describe the course of the disease, not only the present day - except a
  historical finding the source says has resolved ("oedema, since resolved", "水肿已消退"),
  which is set aside like an uncertain one: it was there once, whether it still is is unknown.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Optional, Set, Tuple, Union

from pydantic import BaseModel

from bot.concepts import catalogue
from bot.errors import EvidenceError, UnitError
from bot.models import Evidence, Finding, FindingStatus, LabValue, Provenance, SampleType
from bot.number_text import number_text
from bot.thresholds import Thresholds, load_thresholds
from bot.texts import Text, msg
from bot.units import convert, parse_unit, ureg

PRESENT = {FindingStatus.present, FindingStatus.historical}

# A number written without a unit for an analyte reported in more than one unit: read in the one
# unit where it is plausible (thresholds.yml ``plausible``: "Hb 15.8" is only plausible in g/dL,
# "Hb 138" only in g/L, a haematocrit of 0.45 only in L/L); where two units make it plausible
# ("Hb 22": 22 g/L and 22 g/dL both) it is not guessed (LabRefused, reason ``unit_ambiguous``).
UNITLESS_READINGS: Dict[str, Tuple[str, ...]] = {
    "hemoglobin": ("g/L", "g/dL"),
    "hematocrit": ("percent", "L/L"),
}


# Analytes also reported as a substance concentration, with the equivalence the laboratories'
# convention uses (a mass concentration, the same in mmol/L): haemoglobin in mmol/L counts the
# monomer, 1 g/dL = 0.6206 mmol/L ("Hb 10.9 mmol/L" is 17.6 g/dL, never 10.9 g/dL). pint
# converts with it; a substance unit of another analyte does not convert (UnitError).
MOLAR_EQUIVALENCES: Dict[str, Tuple[str, str]] = {
    "hemoglobin": ("1 g/dL", "0.6206 mmol/L"),
    # a hormone the NLU reads against a cut-off (thresholds.yml morning_cortisol): cortisol's molar
    # mass 362.46 g/mol, 1 µg/dL = 27.59 nmol/L
    "cortisol": ("1 µg/dL", "27.59 nmol/L"),
    # thresholds.yml total_testosterone: testosterone's molar mass 288.42 g/mol, 1 ng/dL = 0.03467 nmol/L
    "testosterone": ("1 ng/dL", "0.03467 nmol/L"),
}

# how a bound is shown ("VEGF >2000 pg/mL", "血小板 ≤100")
_COMPARATOR_SIGNS = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "?": "~"}


# analytes the criteria read in serum only: the free light chains of 二(二)1 (c) are the serum
# test (a urine light chain, Bence Jones protein, is another test and never stands in for it)
SERUM_ONLY = frozenset({"flc_kappa", "flc_lambda", "flc_ratio"})


class LabRefused(EvidenceError):
    """A lab value the engine will not use, with why (``reason``: implausible | unit_ambiguous)
    and the same statement in both languages (``text``: the Chinese answer never embeds the
    English message)."""

    def __init__(self, reason: str, text: Text):
        super().__init__(text.en)
        self.reason = reason
        self.text = text


class CheckedLab(BaseModel):
    """A lab value in the analyte's canonical unit, with what was written kept beside it."""

    analyte: str
    value: float
    unit: str
    sample: Optional[SampleType] = None
    reference_low: Optional[float] = None
    reference_high: Optional[float] = None
    flag: Optional[str] = None
    # ">" | ">=" | "<" | "<=": ``value`` is a bound ("VEGF >2000 pg/mL"); see ``exceeds``
    comparator: Optional[str] = None
    written_value: float
    written_unit: Optional[str] = None
    provenance: Provenance = Provenance()


class EvidenceRef(BaseModel):
    """A piece of evidence a rule used, with where it came from (for reports and contracts)."""

    kind: str  # finding | lab
    key: str  # concept or analyte id
    status: Optional[str] = None
    value: Optional[float] = None
    unit: Optional[str] = None
    sample: Optional[str] = None
    attributes: Dict[str, str] = {}
    provenance: Provenance = Provenance()

    @classmethod
    def of_finding(cls, finding: Finding) -> "EvidenceRef":
        attributes = dict(finding.attributes)
        if type(finding.provenance) is Provenance and all(type(v) is str for v in attributes.values()):
            # Already typed as the fields want, nothing to coerce, and a frozen provenance that
            # may be shared: skip validation (several references per note).
            return cls.construct(kind="finding", key=finding.concept, status=finding.status.value,
                                 value=None, unit=None, sample=None, attributes=attributes,
                                 provenance=finding.provenance)
        return cls(kind="finding", key=finding.concept, status=finding.status.value,
                   attributes=attributes, provenance=finding.provenance)

    @classmethod
    def of_lab(cls, lab: CheckedLab) -> "EvidenceRef":
        return cls(kind="lab", key=lab.analyte, value=lab.written_value,
                   unit=lab.written_unit, sample=lab.sample.value if lab.sample else None,
                   attributes={"comparator": lab.comparator} if lab.comparator else {},
                   provenance=lab.provenance)


def exceeds(value: float, comparator: Optional[str], limit: float, strict: bool = True) -> Optional[bool]:
    """Whether a value is above ``limit`` (``strict``: > limit, else ≥ limit), or None when a
    bound cannot tell. A lower bound at or above the limit still meets it (">2000" is above
    1200); an upper bound at or below it cannot ("<100" is not above 450); any other bound
    ("<2000" against 1200, ">300" against 450) leaves it open."""
    if comparator is None:
        return value > limit if strict else value >= limit
    if comparator in (">", ">="):
        # every value the bound allows is above the limit
        known = value >= limit if comparator == ">" or not strict else value > limit
        return True if known else None
    # "<" / "<=": every value the bound allows is at or below the limit (below it, when not strict)
    known = value <= limit if comparator == "<" or strict else value < limit
    return False if known else None


def falls_below(value: float, comparator: Optional[str], limit: float, strict: bool = True) -> Optional[bool]:
    """Whether a value is below ``limit`` (``strict``: < limit, else ≤ limit); None when a bound
    cannot tell (the mirror of ``exceeds``)."""
    above = exceeds(value, comparator, limit, strict=not strict)
    return None if above is None else not above


def bound_text(value: float, comparator: Optional[str]) -> Union[float, str]:
    """A value for a reason's text: the number, or the bound with its sign (">2000", "≤100")."""
    if comparator is None:
        return value
    return f"{_COMPARATOR_SIGNS.get(comparator, comparator)}{number_text(value)}"


def shown(lab: "CheckedLab") -> Union[float, str]:
    """``lab``'s value for a reason's text (``bound_text``)."""
    return bound_text(lab.value, lab.comparator)


@lru_cache(maxsize=256)
def _substance_per_volume(unit: str) -> bool:
    """Whether ``unit`` is a substance concentration (mmol/L): a quantity's dimensionality is its
    unit's, whatever its value, so this is ``Quantity(value, unit).check(...)`` for every value,
    asked of pint once per unit instead of once per lab value. An unreadable unit raises
    (UnitError, not cached) as building the quantity does."""
    return bool(ureg.Quantity(1.0, parse_unit(unit)).check("[substance] / [volume]"))


def _to_canonical(value: float, unit: Optional[str], analyte_id: str, canonical: str, what: str) -> float:
    """``value`` in the analyte's canonical unit: pint's conversion, through the analyte's
    molar equivalence (MOLAR_EQUIVALENCES) when the unit is a substance concentration."""
    equivalence = MOLAR_EQUIVALENCES.get(analyte_id)
    if equivalence is not None and unit and _substance_per_volume(unit):
        quantity = ureg.Quantity(value, parse_unit(unit))
        if quantity.check("[substance] / [volume]"):
            mass, amount = (ureg.Quantity(side) for side in equivalence)
            converted = (quantity * (mass / amount)).to(parse_unit(canonical)).magnitude
            return float(f"{converted:.12g}")
    return convert(value, unit, canonical, what=what)


def in_unit(value: float, unit: Optional[str], analyte_id: str, target: str) -> float:
    """``value`` written in ``unit`` as a value in ``target`` (pint, through the analyte's molar
    equivalence for a substance concentration: "cortisol 85 nmol/L" is 3.08 µg/dL); UnitError
    when the units do not convert."""
    return _to_canonical(value, unit, analyte_id, target, analyte_id)


def normalise_sex(sex: Optional[str]) -> Optional[str]:
    """'male' / 'female' from the usual spellings, None when not stated or unreadable."""
    if not sex:
        return None
    key = sex.strip().lower()
    if key in {"m", "male", "man", "男", "男性"}:
        return "male"
    if key in {"f", "female", "woman", "女", "女性"}:
        return "female"
    return None


def _outside(value: float, bounds) -> Optional[str]:
    """"low" or "high" when ``value`` (in the analyte's canonical unit) is outside its plausible
    ``bounds`` (thresholds.yml ``plausible``), else None."""
    if value < bounds.low or (bounds.low_exclusive and value <= bounds.low):
        return "low"
    if value > bounds.high:
        return "high"
    return None


def _plausible(value: float, unit: str, analyte: str, bounds) -> bool:
    canonical = catalogue().analytes[analyte].unit
    return _outside(convert(value, unit, canonical, what=analyte), bounds) is None


def plausible(value: float, unit: Optional[str], analyte: str, thresholds: Optional[Thresholds] = None) -> bool:
    """``value`` in ``unit`` (None: the analyte's own) can be a true value of ``analyte``
    (thresholds.yml ``plausible``)."""
    bounds = (thresholds or load_thresholds()).plausible_for(analyte)
    return bounds is None or _plausible(value, unit or catalogue().analytes[analyte].unit, analyte, bounds)


def bare_reference(lab: LabValue, low: Optional[float], high: Optional[float],
                   thresholds: Optional[Thresholds] = None) -> Tuple[Optional[float], Optional[float]]:
    """A reference range sent on its own without a unit ("ref < 500") for ``lab``, in the
    value's unit. Read in that unit unless its upper end is impossible there and possible in the
    analyte's canonical unit: "ref < 500" after "VEGF 1.85 ng/mL" is 500 pg/mL (500 ng/mL is
    no VEGF range), converted to ng/mL so that > 2 × ULN compares like with like (二(二)4)."""
    analyte = catalogue().analytes.get(lab.analyte)
    bounds = (thresholds or load_thresholds()).plausible_for(lab.analyte)
    if high is None or analyte is None or bounds is None or lab.unit in (None, "", analyte.unit):
        return low, high
    try:
        if _plausible(high, lab.unit, lab.analyte, bounds) or not _plausible(high, analyte.unit, lab.analyte, bounds):
            return low, high
        return (convert(low, analyte.unit, lab.unit) if low is not None else None,
                convert(high, analyte.unit, lab.unit))
    except UnitError:
        return low, high


def _unit_of_unitless(lab: LabValue, thresholds: Thresholds) -> Optional[str]:
    """The unit a number written without one is read in (UNITLESS_READINGS), or None (the
    analyte's own unit). LabRefused when two units make it plausible."""
    readings = UNITLESS_READINGS.get(lab.analyte)
    bounds = thresholds.plausible_for(lab.analyte)
    if not readings or bounds is None:
        return None
    fitting = [unit for unit in readings if _plausible(lab.value, unit, lab.analyte, bounds)]
    if len(fitting) > 1:
        analyte = catalogue().analytes[lab.analyte]
        raise LabRefused("unit_ambiguous", msg(
            "lab.unit_ambiguous", analyte=analyte.en, analyte_zh=analyte.zh, value=lab.value,
            units=" / ".join(fitting)))
    return fitting[0] if fitting else None


def _refused(key: str, what, value: float, unit: str, bound: float, bound_unit: str,
             comparator: Optional[str] = None) -> LabRefused:
    written = bound_text(value, comparator)  # "50000", ">50000"
    written = number_text(written) if isinstance(written, float) else written
    return LabRefused("implausible", msg(key, analyte=what.en, analyte_zh=what.zh,
                                         value=f"{written} {unit}".strip(), bound=bound,
                                         unit=bound_unit))


def _names(analyte_id: str) -> Dict[str, str]:
    """The analyte's names for a message (``analyte``, ``analyte_zh``); its id when unknown."""
    analyte = catalogue().analytes.get(analyte_id)
    return {"analyte": analyte.en if analyte else analyte_id, "analyte_zh": analyte.zh if analyte else analyte_id}


def unreadable_unit(analyte_id: str, value: float, unit: str) -> Text:
    """Why a value read from a note is not used when its unit is none the reader knows for the
    analyte ("Plt 5.2 x 10^6/uL"): the value and unit as written, in both languages."""
    return msg("lab.unit_unreadable", **_names(analyte_id), value=value, unit=unit)


def grouping_ambiguous(analyte_id: str, value: float, unit: str, separator: str = ",") -> Text:
    """Why a value written "1,250" (or "1.250", ``separator``) is not used in a note that writes
    decimals with a comma ("Hb 15,8 g/dL"): it may be 1.25 or 1250; both readings, in both
    languages. ``value`` is the thousands reading."""
    whole = int(abs(value))
    sign = "-" if value < 0 else ""
    written = f"{sign}{whole // 1000}{separator}{whole % 1000:03d}"
    return msg("lab.grouping_ambiguous", **_names(analyte_id), written=written, unit=unit,
               decimal=number_text(value / 1000), thousands=number_text(value))


def fluid_sample(analyte_id: str, value: float, unit: str) -> Text:
    """Why a value measured in a body fluid other than blood ("CSF VEGF 85 pg/mL", a vitreous VEGF)
    is not used: the criterion reads the serum or plasma level."""
    return msg("lab.fluid_sample", **_names(analyte_id), value=f"{number_text(value)} {unit}".strip())


def unit_not_for(analyte_id: str, value: float, unit: str) -> Text:
    """Why a value read from a note is not used when its unit is one of another kind of test
    ("VEGF 5000 mmol/L"): the value and unit as written, and the analyte's usual unit."""
    analyte = catalogue().analytes.get(analyte_id)
    return msg("lab.unit_not_for", **_names(analyte_id), value=number_text(value), unit=unit,
               canonical=(analyte.shown_unit or analyte.unit) if analyte else "—")


def unit_needed(analyte_id: str, value: float) -> Text:
    """Why a number written without a unit is not used when no unit makes it safe to read
    ("PLT 9000": impossible as ×10^9/L; "Hb 22": g/L or g/dL): the value, in both languages."""
    return msg("lab.unit_needed", **_names(analyte_id), value=number_text(value))


def check_lab(lab: LabValue, thresholds: Optional[Thresholds] = None) -> CheckedLab:
    """Convert a lab value to its canonical unit and reject impossible values (LabRefused, an
    EvidenceError) and numbers without a unit that two units make plausible."""
    analyte, unit, value, low, high = _checked(lab, thresholds or load_thresholds())
    return CheckedLab(analyte=lab.analyte, value=value, unit=analyte.unit, sample=lab.sample,
                      reference_low=low, reference_high=high, flag=lab.flag,
                      comparator=lab.comparator, written_value=lab.value, written_unit=lab.unit,
                      provenance=lab.provenance)


def refuse_lab(lab: LabValue, thresholds: Optional[Thresholds] = None) -> None:
    """Raise what :func:`check_lab` raises for ``lab``, without building its CheckedLab: the
    note reader only needs the verdict, and the model's validation was most of the check."""
    _checked(lab, thresholds or load_thresholds())


def _checked(lab: LabValue, thresholds: Thresholds) -> tuple:
    """The checks of :func:`check_lab`: the analyte, the unit read, the value and reference
    range in the canonical unit; raises on a refused value."""
    analyte = catalogue().analytes.get(lab.analyte)
    if analyte is None:
        raise EvidenceError(f"unknown lab analyte {lab.analyte!r}")
    what = analyte.en
    if lab.analyte in SERUM_ONLY and lab.sample == SampleType.urine:
        raise LabRefused("urine_sample", msg("lab.urine_sample", analyte=analyte.en,
                                             analyte_zh=analyte.zh,
                                             value=f"{number_text(lab.value)} {lab.unit or ''}".strip()))
    unit = lab.unit
    if unit in (None, ""):
        unit = _unit_of_unitless(lab, thresholds) or analyte.unit
    value = _to_canonical(lab.value, unit, lab.analyte, analyte.unit, what)
    low = _to_canonical(lab.reference_low, unit, lab.analyte, analyte.unit, what) \
        if lab.reference_low is not None else None
    high = _to_canonical(lab.reference_high, unit, lab.analyte, analyte.unit, what) \
        if lab.reference_high is not None else None
    bounds = thresholds.plausible_for(lab.analyte)
    if bounds is not None:
        side = _outside(value, bounds)
        if side == "low":
            raise _refused("lab.implausible_low", analyte, lab.value, unit, bounds.low, bounds.unit,
                           lab.comparator)
        if side == "high":
            raise _refused("lab.implausible_high", analyte, lab.value, unit, bounds.high, bounds.unit,
                           lab.comparator)
    for name, ref in (("reference low", low), ("reference high", high)):
        if ref is not None and ref < 0:
            raise EvidenceError(f"{what}: {name} {ref:g} is negative")
    if low is not None and high is not None and low > high:
        raise EvidenceError(f"{what}: reference range {low:g}-{high:g} is reversed")
    return analyte, unit, value, low, high


class Facts(BaseModel):
    """The resolved view of one patient's evidence that every rule reads."""

    findings: Dict[str, Finding] = {}
    uncertain: Dict[str, Finding] = {}
    labs: Dict[str, CheckedLab] = {}
    lab_series: Dict[str, List[CheckedLab]] = {}
    reported_tests: Set[str] = set()
    not_done: Set[str] = set()
    # the tests among them that were sent and whose result is awaited ("VEGF送检，结果未回", "awaiting IFE")
    pending: Set[str] = set()
    # the words the source used for each test not done or pending ("性激素", "sex hormones"; empty
    # when the test was named by its key, e.g. in the dialogue)
    not_done_names: Dict[str, List[str]] = {}
    # where the statement kept for each concept stands in the conversation: (message, character
    # offset), so a finding the reader adds after its pass (an isotype written on its own) keeps
    # its place in the text
    order: Dict[str, Tuple[int, int]] = {}
    age: Optional[int] = None
    sex: Optional[str] = None
    language: str = "en"

    def status(self, concept: str) -> Optional[FindingStatus]:
        finding = self.findings.get(concept)
        return finding.status if finding else None

    def is_present(self, concept: str) -> bool:
        return self.status(concept) in PRESENT

    def is_absent(self, concept: str) -> bool:
        return self.status(concept) == FindingStatus.absent

    def present(self, concepts: List[str]) -> List[Finding]:
        return [self.findings[c] for c in concepts if self.is_present(c)]

    def absent(self, concepts: List[str]) -> List[Finding]:
        return [self.findings[c] for c in concepts if self.is_absent(c)]


def is_resolved(finding: Finding) -> bool:
    """A historical finding that the source says has resolved (NLU attribute ``resolved``)."""
    return finding.status == FindingStatus.historical and finding.attributes.get("resolved") == "true"


def _position(finding: Finding, index: int) -> Tuple[int, int]:
    """Where a finding was stated: its message, then its character offset (a finding without
    one, e.g. a dialogue answer, after every offset of its message, in list order)."""
    source = finding.provenance
    start = source.start if source.start is not None else 10 ** 9 + index
    return source.message_index or 0, start


def _message(finding: Finding) -> int:
    return (finding.provenance.message_index or 0) if finding.provenance is not None else 0


def resolve(evidence: Evidence, thresholds: Optional[Thresholds] = None) -> Facts:
    """Latest statement per concept / analyte, labs checked and converted."""
    thresholds = thresholds or load_thresholds()
    facts = Facts(age=evidence.age, sex=normalise_sex(evidence.sex), language=evidence.language)
    for index, finding in enumerate(evidence.findings):
        if finding.status == FindingStatus.uncertain or is_resolved(finding):
            earlier = facts.findings.get(finding.concept)
            if earlier is not None and _message(finding) > _message(earlier):
                # a later message doubts it or says it resolved ("actually the oedema resolved
                # last year" after the note): the note's statement no longer stands
                del facts.findings[finding.concept]
                facts.order.pop(finding.concept, None)
            facts.uncertain[finding.concept] = finding
            continue
        facts.uncertain.pop(finding.concept, None)
        facts.findings[finding.concept] = finding
        facts.order[finding.concept] = _position(finding, index)
    for lab in evidence.labs:
        checked = check_lab(lab, thresholds)
        facts.labs[lab.analyte] = checked
        facts.lab_series.setdefault(lab.analyte, []).append(checked)
    facts.not_done = {item.test for item in evidence.not_done}
    facts.pending = {item.test for item in evidence.not_done if item.reason == "pending"}
    for item in evidence.not_done:
        facts.not_done_names.setdefault(item.test, []).append((item.provenance.text or "").strip())
    return facts


def evidence_of(statuses: Optional[Dict[str, str]] = None, labs: Optional[List[Dict]] = None,
                source: str = "structured", **fields) -> Evidence:
    """Evidence from plain data: ``{"polyneuropathy": "present", ...}`` and lab dicts.

    For answers in the dialogue, batch rows and tests; the provenance says where it came from.
    """
    prov = Provenance(source=source)
    findings = [Finding(concept=c, status=FindingStatus(s), provenance=prov) for c, s in (statuses or {}).items()]
    lab_values = [LabValue(**{"provenance": prov, **lab}) for lab in (labs or [])]
    return Evidence(findings=findings, labs=lab_values, **fields)
