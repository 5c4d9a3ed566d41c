"""The audit record: one row per assessment, no referral text unless configured."""

from __future__ import annotations

import os
import secrets
import sqlite3

import pytest

from bot import __version__, audit
from bot.audit import AuditLog, AuditRecord
from bot.engine import assess
from bot.models import Evidence, Finding, FindingStatus, LabValue, Provenance

NOTE = "Patient Zhang San, IgA lambda M-protein, VEGF 1200 pg/mL, no papilledema"


def _assessment():
    span = lambda a, b: Provenance(start=a, end=b, text=NOTE[a:b])  # noqa: E731
    return assess(Evidence(
        findings=[
            Finding(concept="polyneuropathy"),
            Finding(concept="serum_immunofixation", attributes={"heavy_chain": "IgA", "light_chain": "lambda"},
                    provenance=span(19, 40)),
            Finding(concept="papilledema", status=FindingStatus.absent, provenance=span(60, 74)),
        ],
        labs=[LabValue(analyte="vegf", value=1200, unit="pg/mL", sample="serum", provenance=span(42, 58))],
    ))


@pytest.fixture
def log(tmp_path):
    log = AuditLog(f"sqlite:///{tmp_path / 'audit.db'}", include_text=False)
    yield log
    log.close()


def test_a_record_keeps_time_versions_criteria_and_verdict(log):
    assessment = _assessment()
    stored = log.record("conv-1", assessment)
    [back] = log.list("conv-1")
    assert back.id == stored.id
    assert back.conversation_id == "conv-1"
    assert back.engine_version == __version__
    assert back.ruleset_version == audit.ruleset_version() and back.ruleset_version
    assert back.verdict == assessment.verdict.value
    assert back.criteria == {k: v.value for k, v in assessment.states().items()}
    assert len(back.criteria) == 11
    assert back.criteria["papilledema"] == "absent"
    assert back.recorded_at.tzinfo is not None
    assert {(f.concept, f.status) for f in back.findings} >= {("papilledema", "absent")}
    assert back.labs[0].analyte == "vegf" and back.labs[0].value == 1200


def test_no_referral_text_is_stored_by_default(tmp_path, monkeypatch):
    monkeypatch.delenv("POEMS_AUDIT_INCLUDE_TEXT", raising=False)
    path = tmp_path / "audit.db"
    log = AuditLog(f"sqlite:///{path}")
    log.record("conv-1", _assessment(), text=NOTE)
    assert log.list()[0].text is None
    log.close()
    raw = b"".join(str(row).encode() for row in sqlite3.connect(path).execute("SELECT * FROM poems_audit"))
    for fragment in ("Zhang", "IgA lambda M-protein", "1200 pg/mL", "no papilledema"):
        assert fragment.encode() not in raw, "note words must not reach the audit table"


def test_text_is_stored_when_the_deployment_opts_in(tmp_path, monkeypatch):
    monkeypatch.setenv("POEMS_AUDIT_INCLUDE_TEXT", "1")
    log = AuditLog(f"sqlite:///{tmp_path / 'audit.db'}")
    log.record("conv-1", _assessment(), text=NOTE)
    assert log.list("conv-1")[0].text == NOTE
    log.close()


def test_the_contract_payload_gives_the_same_record_as_the_assessment(log):
    assessment = _assessment()
    a = AuditRecord.from_assessment("c", assessment)
    b = AuditRecord.from_assessment("c", assessment.contract())
    assert a.dict(exclude={"recorded_at"}) == b.dict(exclude={"recorded_at"})


def test_list_filters_by_conversation_and_keeps_order(log):
    for conv in ("a", "b", "a"):
        log.record(conv, _assessment())
    assert [r.conversation_id for r in log.list()] == ["a", "b", "a"]
    assert len(log.list("a")) == 2 and len(log.list("zzz")) == 0
    assert [r.id for r in log.list("a")] == sorted(r.id for r in log.list("a"))


def test_module_record_uses_the_environment_and_never_raises(tmp_path, monkeypatch):
    monkeypatch.setattr(audit, "_default", None)
    monkeypatch.setenv("POEMS_AUDIT_URL", f"sqlite:///{tmp_path / 'env.db'}")
    assert audit.record("conv-env", _assessment()) is not None
    assert audit.default_log().list("conv-env")
    monkeypatch.setattr(audit, "_default", None)
    monkeypatch.setenv("POEMS_AUDIT_URL", "postgresql://nobody@127.0.0.1:1/none")
    assert audit.record("conv-env", _assessment(), text=NOTE) is None
    monkeypatch.setattr(audit, "_default", None)


def test_the_reader_prints_json_lines(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    AuditLog(url).record("conv-cli", _assessment())
    assert audit.main(["--url", url, "--conversation", "conv-cli"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and AuditRecord.parse_raw(out[0]).conversation_id == "conv-cli"


def test_postgresql_by_url():
    sa = pytest.importorskip("sqlalchemy")
    admin_url = os.environ.get("POEMS_TEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    try:
        admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
        admin.connect().close()
    except Exception as error:  # noqa: BLE001
        pytest.skip(f"PostgreSQL not reachable at {admin_url}: {type(error).__name__}")
    name = "poems_test_" + secrets.token_hex(6)
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    try:
        log = AuditLog(admin_url.rsplit("/", 1)[0] + "/" + name)
        log.record("pg-1", _assessment())
        [back] = log.list("pg-1")
        assert back.verdict and len(back.criteria) == 11 and back.text is None
        log.close()
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
        admin.dispose()
