"""The assessment as a FHIR R4B ``Bundle`` (type ``collection``), built and validated with
``fhir.resources`` 7.0.2 (its ``fhir.resources.R4B`` subpackage).

Contents, every entry with a ``urn:uuid:`` fullUrl and references between them:

* ``Patient``: no identity at all, only ``gender`` when the note gives the sex;
* ``Observation`` per finding (category ``exam``): the concept id, its status as stated
  (present / absent / uncertain / historical, with the SNOMED CT qualifiers for present and
  absent) and its qualifiers (e.g. heavy and light chain) as components;
* ``Observation`` per lab value (category ``laboratory``): value and unit as written, the
  reference range when given, the note's high/low flag as the v3 interpretation;
* ``Observation`` for the age (LOINC 30525-0) when known;
* ``ClinicalImpression``: the suspicion. ``summary`` is the verdict in words, ``finding`` has the
  verdict and each of the eleven criteria (``basis`` = state and reasons), ``investigation`` has
  one entry per criterion that rests on evidence, pointing at its Observations, ``note`` carries
  the next tests and the decision-support disclaimer, ``protocol`` names the criteria set.

Concept, analyte, criterion and verdict codes use this project's own code systems
(``urn:poems-triage:*``): the ids of ``bot/data``; nothing is mapped to a terminology it was not
checked against. The words of the note are not copied into the bundle unless
``include_text=True``. Entry point: ``bundle_for(assessment, evidence=None) -> dict``.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional, Tuple

from bot import __version__

FHIR_RELEASE = "R4B"
SYSTEM_CONCEPT = "urn:poems-triage:concept"
SYSTEM_ANALYTE = "urn:poems-triage:analyte"
SYSTEM_CRITERION = "urn:poems-triage:criterion"
SYSTEM_VERDICT = "urn:poems-triage:verdict"
SYSTEM_STATUS = "urn:poems-triage:finding-status"
SYSTEM_ATTRIBUTE = "urn:poems-triage:attribute"
SYSTEM_VERSION = "urn:poems-triage:version"
PROTOCOL = "urn:poems-triage:criteria:2025-chinese-expert-consensus-table-2"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
SNOMED_STATUS = {"present": ("52101004", "Present"), "absent": ("2667000", "Absent")}
VERDICT_WORDS = {
    "en": {"meets_criteria": "POEMS syndrome criteria met", "suspected": "POEMS syndrome suspected",
           "possible": "POEMS syndrome possible", "unlikely": "POEMS syndrome unlikely"},
    "zh": {"meets_criteria": "符合POEMS综合征诊断标准", "suspected": "疑似POEMS综合征",
           "possible": "可能为POEMS综合征", "unlikely": "POEMS综合征可能性小"},
}
DISCLAIMER = {
    "en": "Decision support, not a diagnosis: review the reasoning and the unknown criteria.",
    "zh": "仅为决策支持，并非诊断：请核对推理过程及尚未明确的标准。",
}


def _ref() -> Tuple[str, str]:
    rid = str(uuid.uuid4())
    return rid, f"urn:uuid:{rid}"


def _cc(system: str, code: str, display: Optional[str] = None, text: Optional[str] = None) -> Dict[str, Any]:
    coding: Dict[str, Any] = {"system": system, "code": code}
    if display:
        coding["display"] = display
    out: Dict[str, Any] = {"coding": [coding]}
    if text:
        out["text"] = text
    return out


def _category(code: str, display: str) -> List[Dict[str, Any]]:
    return [_cc(OBS_CATEGORY, code, display)]


def _finding_observation(finding: Any, subject: str, when: str, include_text: bool) -> Dict[str, Any]:
    status = finding.status.value
    value = _cc(SYSTEM_STATUS, status, status)
    if status in SNOMED_STATUS:
        code, display = SNOMED_STATUS[status]
        value["coding"].append({"system": SNOMED, "code": code, "display": display})
    obs: Dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": _category("exam", "Exam"),
        "code": _cc(SYSTEM_CONCEPT, finding.concept, text=finding.concept.replace("_", " ")),
        "subject": {"reference": subject},
        "effectiveDateTime": when,
        "valueCodeableConcept": value,
    }
    if finding.attributes:
        obs["component"] = [
            {"code": _cc(SYSTEM_ATTRIBUTE, key), "valueString": str(val)}
            for key, val in sorted(finding.attributes.items())
        ]
    if include_text and finding.provenance.text:
        obs["note"] = [{"text": finding.provenance.text}]
    return obs


def _quantity(value: float, unit: Optional[str]) -> Dict[str, Any]:
    q: Dict[str, Any] = {"value": value}
    if unit:
        q["unit"] = unit
    return q


def _lab_observation(lab: Any, subject: str, when: str, include_text: bool) -> Dict[str, Any]:
    sample = lab.sample.value if lab.sample else None
    label = lab.analyte.replace("_", " ") + (f" ({sample.replace('_', ' ')})" if sample else "")
    obs: Dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": _category("laboratory", "Laboratory"),
        "code": _cc(SYSTEM_ANALYTE, lab.analyte, text=label),
        "subject": {"reference": subject},
        "effectiveDateTime": when,
        "valueQuantity": _quantity(lab.value, lab.unit),
    }
    if getattr(lab, "comparator", None):  # "VEGF >2000 pg/mL": FHIR's Quantity.comparator (< <= >= >)
        obs["valueQuantity"]["comparator"] = lab.comparator
    if lab.reference_low is not None or lab.reference_high is not None:
        rng: Dict[str, Any] = {}
        if lab.reference_low is not None:
            rng["low"] = _quantity(lab.reference_low, lab.unit)
        if lab.reference_high is not None:
            rng["high"] = _quantity(lab.reference_high, lab.unit)
        obs["referenceRange"] = [rng]
    flag = (lab.flag or "").lower()
    if flag in ("high", "low"):
        code = "H" if flag == "high" else "L"
        obs["interpretation"] = [_cc(INTERPRETATION, code, flag.capitalize())]
    if include_text and lab.provenance.text:
        obs["note"] = [{"text": lab.provenance.text}]
    return obs


def bundle_for(assessment: Any, evidence: Any = None, include_text: bool = False) -> Dict[str, Any]:
    """The assessment (``bot.engine.Assessment``) as a validated FHIR R4B Bundle, as JSON-ready
    dict. ``evidence`` defaults to ``assessment.evidence``."""
    from fhir.resources.R4B.bundle import Bundle

    evidence = evidence if evidence is not None else assessment.evidence
    lang = assessment.language if assessment.language in ("en", "zh") else "en"
    when = datetime.now(timezone.utc).isoformat(timespec="seconds")
    entries: List[Dict[str, Any]] = []

    def add(resource: Dict[str, Any]) -> str:
        rid, full = _ref()
        resource["id"] = rid
        entries.append({"fullUrl": full, "resource": resource})
        return full

    patient: Dict[str, Any] = {"resourceType": "Patient"}
    if evidence.sex in ("male", "female"):
        patient["gender"] = evidence.sex
    subject = add(patient)

    by_key: Dict[Tuple[str, str], List[str]] = {}
    if evidence.age is not None:
        add({
            "resourceType": "Observation", "status": "final",
            "code": _cc(LOINC, "30525-0", "Age"), "subject": {"reference": subject},
            "effectiveDateTime": when,
            "valueQuantity": {"value": evidence.age, "unit": "a", "system": UCUM, "code": "a"},
        })
    for finding in evidence.findings:
        ref = add(_finding_observation(finding, subject, when, include_text))
        by_key.setdefault(("finding", finding.concept), []).append(ref)
    for lab in evidence.labs:
        ref = add(_lab_observation(lab, subject, when, include_text))
        by_key.setdefault(("lab", lab.analyte), []).append(ref)

    verdict = assessment.verdict.value
    words = VERDICT_WORDS[lang].get(verdict, verdict)
    findings: List[Dict[str, Any]] = [{"itemCodeableConcept": _cc(SYSTEM_VERDICT, verdict, words),
                                       "basis": words}]
    investigations: List[Dict[str, Any]] = []
    for cid, result in assessment.criteria.items():
        state = result.state.value
        reasons = "; ".join(t.get(lang) for t in result.reasons)
        findings.append({
            "itemCodeableConcept": _cc(SYSTEM_CRITERION, cid, text=f"{cid}: {state}"),
            "basis": f"{state}" + (f": {reasons}" if reasons else "") + f" [{result.citation}]",
        })
        refs: List[str] = []
        for ev in result.evidence:
            for ref in by_key.get((ev.kind, ev.key), []):
                if ref not in refs:
                    refs.append(ref)
        if refs:
            investigations.append({"code": _cc(SYSTEM_CRITERION, cid, text=f"evidence for {cid}"),
                                   "item": [{"reference": r} for r in refs]})

    notes = []
    for missing in assessment.missing_evidence:
        item = missing.contract(lang) if hasattr(missing, "contract") else dict(missing)
        why = item.get("why")
        notes.append({"text": f"next test: {item.get('test')}" + (f" - {why}" if why else "")})
    notes.append({"text": DISCLAIMER[lang]})
    impression: Dict[str, Any] = {
        "resourceType": "ClinicalImpression",
        "status": "completed",
        "code": {"text": "POEMS syndrome triage"},
        "subject": {"reference": subject},
        "effectiveDateTime": when,
        "date": when,
        "description": "Evidence checked against the POEMS syndrome diagnostic criteria "
                       "(2025 Chinese expert consensus, table 2)",
        "protocol": [PROTOCOL],
        "summary": words,
        "finding": findings,
        "note": notes,
        "supportingInfo": [{"reference": e["fullUrl"]} for e in entries
                           if e["resource"]["resourceType"] == "Observation"],
    }
    if investigations:
        impression["investigation"] = investigations
    if not impression["supportingInfo"]:
        del impression["supportingInfo"]
    add(impression)

    try:
        from bot.audit import ruleset_version
        rules = ruleset_version()
    except Exception:  # noqa: BLE001 - versions are informative only
        rules = "unknown"
    bundle = Bundle.parse_obj({
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "meta": {"tag": [{"system": SYSTEM_VERSION, "code": f"engine-{__version__}",
                          "display": f"poems-triage {__version__}, rules {rules}"}]},
        "type": "collection",
        "timestamp": when,
        "entry": entries,
    })
    return json.loads(bundle.json())
