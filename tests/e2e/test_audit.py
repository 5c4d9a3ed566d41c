"""Every assessment the running assistant makes leaves an audit record, without the note."""

import json

import pytest

from bot.audit import AuditLog

pytestmark = pytest.mark.e2e

NOTE = ("Audit check: 57M, demyelinating polyneuropathy on NCS, serum IFE IgA-lambda positive, "
        "splenomegaly on ultrasound, lives near Quillfeather Lane.")


def test_an_assessment_is_audited_with_verdict_and_criteria_but_no_referral_text(assistant):
    replies = assistant.say("audit-1", NOTE)
    payloads = [r["custom"] for r in replies if r.get("custom", {}).get("type") == "poems_assessment"]
    assert payloads, "the triage turn must emit a poems_assessment payload"

    log = AuditLog(assistant.extra_env["POEMS_AUDIT_URL"])
    records = log.list(conversation_id="audit-1")
    assert records, "no audit record for the conversation"
    last = records[-1]
    assert last.verdict == payloads[-1]["verdict"]
    assert last.criteria == payloads[-1]["criteria"]
    assert last.engine_version and last.ruleset_version
    assert last.text is None
    stored = json.dumps([r.dict() for r in records], default=str)
    assert "Quillfeather" not in stored and "demyelinating polyneuropathy on NCS" not in stored
