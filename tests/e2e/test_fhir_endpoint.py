"""POST /fhir/assessment on the running action server returns a Bundle that validates."""

import json
import urllib.error
import urllib.request

import pytest
from fhir.resources.R4B.bundle import Bundle

pytestmark = pytest.mark.e2e


def _post(url: str, body: bytes, content_type: str = "application/json"):
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def test_a_note_becomes_a_valid_fhir_bundle(assistant):
    url = f"http://127.0.0.1:{assistant.actions_port}/fhir/assessment"
    note = "63F. Sensorimotor demyelinating polyneuropathy. Serum IFE: IgA lambda. Ascites on CT."
    status, body = _post(url, json.dumps({"text": note}).encode())
    assert status == 200, body
    bundle = Bundle.parse_obj(body)
    kinds = {entry.resource.resource_type for entry in bundle.entry}
    assert {"Observation", "ClinicalImpression"} <= kinds


def test_a_body_that_is_not_json_is_refused_with_400(assistant):
    url = f"http://127.0.0.1:{assistant.actions_port}/fhir/assessment"
    status, _ = _post(url, b"not json at all")
    assert status == 400
