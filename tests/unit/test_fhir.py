"""The assessment as a FHIR R4B Bundle, validated by fhir.resources 7.0.2 (R4B subpackage)."""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.clinicalimpression import ClinicalImpression
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient

from bot.criteria import CRITERIA_IDS
from bot.engine import assess
from bot.fhir import SYSTEM_CRITERION, SYSTEM_VERDICT, bundle_for
from bot.models import Evidence, Finding, FindingStatus, LabValue, Provenance

NOTE = "Mr Li, 52, IgA lambda M-protein, VEGF 1200 pg/mL (<500), no papilledema"


def _evidence(language="en", **extra):
    def span(words):
        start = NOTE.index(words)
        return Provenance(start=start, end=start + len(words), text=words)

    return Evidence(
        sex="male", age=52, language=language,
        findings=[
            Finding(concept="polyneuropathy"),
            Finding(concept="serum_immunofixation", attributes={"heavy_chain": "IgA", "light_chain": "lambda"},
                    provenance=span("IgA lambda M-protein")),
            Finding(concept="papilledema", status=FindingStatus.absent, provenance=span("no papilledema")),
        ],
        labs=[LabValue(analyte="vegf", value=1200, unit="pg/mL", sample="serum", reference_high=500,
                       flag="high", provenance=span("VEGF 1200 pg/mL (<500)"))],
        **extra,
    )


def _resources(bundle, kind):
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


@pytest.fixture(scope="module")
def case():
    evidence = _evidence()
    assessment = assess(evidence)
    return assessment, bundle_for(assessment, evidence)


def test_the_bundle_is_valid_r4b_and_json(case):
    _, bundle = case
    parsed = Bundle.parse_obj(bundle)  # fhir.resources validates every field
    assert parsed.type == "collection"
    json.dumps(bundle)  # JSON-ready
    for entry in bundle["entry"]:
        model = {"Observation": Observation, "Patient": Patient,
                 "ClinicalImpression": ClinicalImpression}[entry["resource"]["resourceType"]]
        model.parse_obj(entry["resource"])
        assert entry["fullUrl"] == f"urn:uuid:{entry['resource']['id']}"


def test_every_reference_resolves_inside_the_bundle(case):
    _, bundle = case
    urls = {e["fullUrl"] for e in bundle["entry"]}
    refs = []

    def walk(node):
        if isinstance(node, dict):
            if set(node) >= {"reference"}:
                refs.append(node["reference"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(bundle["entry"])
    assert refs and set(refs) <= urls


def test_findings_and_labs_are_observations(case):
    _, bundle = case
    obs = _resources(bundle, "Observation")
    by_code = {o["code"]["coding"][0]["code"]: o for o in obs}
    papilledema = by_code["papilledema"]["valueCodeableConcept"]["coding"]
    assert {"system": "http://snomed.info/sct", "code": "2667000", "display": "Absent"} in papilledema
    ife = by_code["serum_immunofixation"]
    assert {c["valueString"] for c in ife["component"]} == {"IgA", "lambda"}
    vegf = by_code["vegf"]
    assert vegf["valueQuantity"] == {"value": 1200.0, "unit": "pg/mL"}
    assert vegf["referenceRange"][0]["high"]["value"] == 500
    assert vegf["interpretation"][0]["coding"][0]["code"] == "H"
    assert vegf["category"][0]["coding"][0]["code"] == "laboratory"
    assert by_code["30525-0"]["valueQuantity"]["value"] == 52
    assert _resources(bundle, "Patient")[0] == {"resourceType": "Patient", "id": _resources(bundle, "Patient")[0]["id"],
                                               "gender": "male"}


def test_the_clinical_impression_carries_verdict_criteria_and_their_evidence(case):
    assessment, bundle = case
    [impression] = _resources(bundle, "ClinicalImpression")
    codes = {f["itemCodeableConcept"]["coding"][0]["system"]: [] for f in impression["finding"]}
    for f in impression["finding"]:
        coding = f["itemCodeableConcept"]["coding"][0]
        codes[coding["system"]].append(coding["code"])
    assert codes[SYSTEM_VERDICT] == [assessment.verdict.value]
    assert sorted(codes[SYSTEM_CRITERION]) == sorted(CRITERIA_IDS)
    for f in impression["finding"][1:]:
        cid = f["itemCodeableConcept"]["coding"][0]["code"]
        assert f["basis"].startswith(assessment.criteria[cid].state.value)
    obs_by_url = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    evidence_of = {i["code"]["coding"][0]["code"]: [obs_by_url[r["reference"]] for r in i["item"]]
                   for i in impression["investigation"]}
    assert [o["code"]["coding"][0]["code"] for o in evidence_of["vegf_elevated"]] == ["vegf"]
    assert [o["code"]["coding"][0]["code"] for o in evidence_of["papilledema"]] == ["papilledema"]
    assert impression["status"] == "completed"
    assert any("not a diagnosis" in n["text"] for n in impression["note"])


def test_the_note_words_stay_out_unless_asked(case):
    assessment, bundle = case
    flat = json.dumps(bundle, ensure_ascii=False)
    for words in ("Mr Li", "IgA lambda M-protein", "pg/mL (<500)", "no papilledema"):
        assert words not in flat
    with_text = json.dumps(bundle_for(assessment, include_text=True), ensure_ascii=False)
    assert "no papilledema" in with_text
    Bundle.parse_raw(with_text)


def test_chinese_assessment_gives_chinese_summary():
    bundle = bundle_for(assess(_evidence(language="zh")))
    [impression] = _resources(bundle, "ClinicalImpression")
    assert "POEMS" in impression["summary"] and any("\u4e00" <= ch <= "\u9fff" for ch in impression["summary"])
    Bundle.parse_obj(bundle)


def test_empty_evidence_still_gives_a_valid_bundle():
    bundle = bundle_for(assess(Evidence()))
    Bundle.parse_obj(bundle)
    assert len(_resources(bundle, "ClinicalImpression")) == 1
    assert _resources(bundle, "Observation") == []


def test_the_service_builds_a_bundle_from_evidence_json():
    from service.fhir_api import bundle_from_body

    body = json.loads(_evidence().json())
    for request in (body, {"evidence": body}):
        Bundle.parse_obj(bundle_from_body(request))
    with pytest.raises(ValueError):
        bundle_from_body({"evidence": {"findings": [{"concept": "Not An Id"}]}})
    with pytest.raises(ValueError):
        bundle_from_body({"text": "  "})


def test_cli_assess_format_fhir_prints_a_valid_bundle(tmp_path):
    """`poems-triage assess --format fhir` gives a Bundle that fhir.resources accepts."""
    import json
    import subprocess
    import sys

    from fhir.resources.R4B.bundle import Bundle

    note = tmp_path / "note.txt"
    note.write_text("58M. Demyelinating polyneuropathy on NCS. IFE: IgA-lambda. Splenomegaly on CT.", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "assess", str(note), "--format", "fhir"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    bundle = Bundle.parse_obj(json.loads(done.stdout))
    kinds = [entry.resource.resource_type for entry in bundle.entry]
    assert "ClinicalImpression" in kinds and "Observation" in kinds
