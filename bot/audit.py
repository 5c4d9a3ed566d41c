"""The audit record: one row per assessment the assistant made, for a clinician to review later.

Each ``AuditRecord`` keeps when, for which conversation, by which engine and rule-set version,
the state of every criterion, the verdict and the evidence it rested on (concepts, statuses and
lab values - never the words of the note). The referral text itself is stored only when the
deployment opts in with ``POEMS_AUDIT_INCLUDE_TEXT=1``.

Storage is SQLAlchemy (1.4, installed with Rasa): ``POEMS_AUDIT_URL``, else
``POEMS_TRACKER_URL`` (so one PostgreSQL database holds conversations and audit), else SQLite in
``var/audit.db``. The table is ``poems_audit``. Pure Python: no Rasa import.

The actions call ``bot.audit.record(conversation_id, assessment, text=note)`` after each
assessment; it never raises on a storage failure (it logs one line without the text), so an
unavailable audit database does not stop a triage conversation. Read it back with
``AuditLog().list(conversation_id)`` or ``python -m bot.audit [--conversation ID]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple, Union

from pydantic import BaseModel, Field

from bot import __version__ as ENGINE_VERSION

logger = logging.getLogger(__name__)

AUDIT_URL_ENV = "POEMS_AUDIT_URL"
INCLUDE_TEXT_ENV = "POEMS_AUDIT_INCLUDE_TEXT"
DEFAULT_URL = "sqlite:///var/audit.db"
TABLE = "poems_audit"
# The files whose content decides criteria states (the verdict rule is code: engine version).
RULESET_FILES = ("criteria.yml", "thresholds.yml", "concepts.yml")
_DATA = Path(__file__).resolve().parent / "data"


def ruleset_version() -> str:
    """``bot.RULESET_VERSION`` when the engine declares one, else ``sha-<12 hex>`` of the rule
    files (criteria, thresholds, concepts) - any change to a rule changes it."""
    import bot

    declared = getattr(bot, "RULESET_VERSION", None)
    if declared:
        return str(declared)
    return _files_digest(_rule_files_state())


def _rule_files_state() -> Tuple[Tuple[str, Optional[int], Optional[int]], ...]:
    """(name, modification time ns, size) of each rule file (None when absent): every record
    asks for the version, and a stat per file costs a fraction of reading and hashing them."""
    out = []
    for name in RULESET_FILES:
        try:
            stat = (_DATA / name).stat()
            out.append((name, stat.st_mtime_ns, stat.st_size))
        except OSError:
            out.append((name, None, None))
    return tuple(out)


@lru_cache(maxsize=8)
def _files_digest(state: Tuple[Tuple[str, Optional[int], Optional[int]], ...]) -> str:
    """The digest of the rule files' contents, read again whenever a file's state changes."""
    digest = hashlib.sha256()
    for name, mtime, _size in state:
        path = _DATA / name
        if mtime is not None and path.exists():
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return "sha-" + digest.hexdigest()[:12]


class AuditFinding(BaseModel):
    concept: str
    status: str
    source: Optional[str] = None
    message_index: Optional[int] = None


class AuditLab(BaseModel):
    analyte: str
    value: Optional[float] = None
    unit: Optional[str] = None
    sample: Optional[str] = None


class AuditRecord(BaseModel):
    """One assessment as it was made. ``text`` is None unless the deployment opted in."""

    id: Optional[int] = None
    recorded_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    conversation_id: str
    engine_version: str = ENGINE_VERSION
    ruleset_version: str = Field(default_factory=ruleset_version)
    verdict: str
    criteria: Dict[str, str]
    groups: Dict[str, str] = Field(default_factory=dict)
    missing_tests: List[str] = Field(default_factory=list)
    findings: List[AuditFinding] = Field(default_factory=list)
    labs: List[AuditLab] = Field(default_factory=list)
    language: str = "en"
    text: Optional[str] = None

    @classmethod
    def from_assessment(cls, conversation_id: str, assessment: Union[Mapping[str, Any], Any],
                        text: Optional[str] = None) -> "AuditRecord":
        """From a ``bot.engine.Assessment`` or its ``contract()`` dict (the poems_assessment
        payload). Text spans of the note in that payload are dropped."""
        contract = assessment if isinstance(assessment, Mapping) else assessment.contract()
        return cls(
            conversation_id=conversation_id,
            verdict=str(contract["verdict"]),
            criteria={k: str(v) for k, v in contract["criteria"].items()},
            groups={k: str(v) for k, v in (contract.get("groups") or {}).items()},
            missing_tests=[m["test"] for m in contract.get("missing_evidence") or [] if "test" in m],
            findings=[AuditFinding(concept=f["concept"], status=f["status"], source=f.get("source"),
                                   message_index=f.get("message_index"))
                      for f in contract.get("findings") or []],
            labs=[AuditLab(analyte=lab["analyte"], value=lab.get("value"), unit=lab.get("unit"),
                           sample=lab.get("sample"))
                  for lab in contract.get("labs") or []],
            language=str(contract.get("language") or "en"),
            text=text,
        )


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def default_url() -> str:
    return os.environ.get(AUDIT_URL_ENV) or os.environ.get("POEMS_TRACKER_URL") or DEFAULT_URL


def sqlite_file_engine(url: Any, timeout: float = 5.0) -> Any:
    """An engine for an SQLite *file* with its connections kept open and in write-ahead-log mode.

    SQLAlchemy 1.4 opens and closes an SQLite file connection for every use (NullPool), and in
    SQLite's default rollback-journal mode each commit writes and syncs a journal, the database
    and the journal's removal: ~14 ms per commit on the development machine, while the server's
    event loop (every conversation) waits. In WAL mode a commit appends to the log and syncs it
    once (~3.5 ms there), still on every commit (synchronous=FULL), so nothing is less durable;
    readers and the one writer no longer block each other. Connections stay open in a pool (the
    last one to close would checkpoint the log). The mode is stored in the database file. Used
    by the audit log and the tracker store (service/stores.py).
    """
    import sqlalchemy as sa

    engine = sa.create_engine(url, poolclass=sa.pool.QueuePool, pool_size=2, max_overflow=8,
                              connect_args={"check_same_thread": False, "timeout": timeout})

    @sa.event.listens_for(engine, "connect")
    def _write_ahead_log(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return engine


class AuditLog:
    """The audit table in an SQL database (see the module doc for the URL and the text rule)."""

    def __init__(self, url: Optional[str] = None, include_text: Optional[bool] = None) -> None:
        import sqlalchemy as sa

        self.url = url or default_url()
        self.include_text = _env_flag(INCLUDE_TEXT_ENV) if include_text is None else include_text
        kwargs: Dict[str, Any] = {}
        path = ""
        if self.url.startswith("sqlite"):
            path = self.url.split("///", 1)[1] if "///" in self.url else ""
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            kwargs["pool_pre_ping"] = True
        if path and path != ":memory:":
            self.engine = sqlite_file_engine(self.url, timeout=30)
        else:
            self.engine = sa.create_engine(self.url, **kwargs)
        self.metadata = sa.MetaData()
        self.table = sa.Table(
            TABLE, self.metadata,
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False, index=True),
            sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
            sa.Column("engine_version", sa.String(64), nullable=False),
            sa.Column("ruleset_version", sa.String(64), nullable=False),
            sa.Column("verdict", sa.String(32), nullable=False),
            sa.Column("record", sa.Text, nullable=False),  # the AuditRecord as JSON, text excluded
            sa.Column("text", sa.Text, nullable=True),
        )
        self.metadata.create_all(self.engine)
        # built once: SQLAlchemy then compiles it once (a statement with its values inlined by
        # ``.values()`` was built and looked up anew for every record, ~0.6 ms of CPU)
        self._insert = self.table.insert()

    def record(self, conversation_id: str, assessment: Union[Mapping[str, Any], Any],
               text: Optional[str] = None) -> AuditRecord:
        """Stores one assessment; ``text`` is kept only when include_text. Returns the record."""
        rec = AuditRecord.from_assessment(conversation_id, assessment,
                                          text=text if self.include_text else None)
        body = rec.json(exclude={"id", "text"})
        with self.engine.begin() as conn:
            result = conn.execute(self._insert, {
                "recorded_at": rec.recorded_at, "conversation_id": rec.conversation_id,
                "engine_version": rec.engine_version, "ruleset_version": rec.ruleset_version,
                "verdict": rec.verdict, "record": body, "text": rec.text,
            })
            rec.id = result.inserted_primary_key[0]
        return rec

    def list(self, conversation_id: Optional[str] = None, limit: Optional[int] = None) -> List[AuditRecord]:
        """Records in the order they were made, for one conversation or all."""
        query = self.table.select().order_by(self.table.c.id)
        if conversation_id is not None:
            query = query.where(self.table.c.conversation_id == conversation_id)
        if limit:
            query = query.limit(limit)
        out: List[AuditRecord] = []
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                data = json.loads(row.record)
                data.update(id=row.id, text=row.text)
                out.append(AuditRecord.parse_obj(data))
        return out

    def close(self) -> None:
        self.engine.dispose()


_default: Optional[AuditLog] = None
_default_lock = threading.Lock()


def default_log() -> AuditLog:
    """The process-wide AuditLog (created on first use from the environment)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = AuditLog()
        return _default


# Records queued by the caller's context instead of written at once (``deferring``).
_QUEUED: ContextVar[Optional[List[Tuple[str, Any, Optional[str]]]]] = ContextVar("poems_audit_queued",
                                                                                   default=None)


def record(conversation_id: str, assessment: Union[Mapping[str, Any], Any],
           text: Optional[str] = None) -> Optional[AuditRecord]:
    """What the actions call after each assessment. Never raises on a storage failure: logs one
    line (no note text) and returns None, so the conversation goes on. Inside ``deferring``
    the record is queued for the caller to write (``write_queued``) and None is returned."""
    queued = _QUEUED.get()
    if queued is not None:
        queued.append((conversation_id, assessment, text))
        return None
    try:
        return default_log().record(conversation_id, assessment, text=text)
    except Exception as error:  # noqa: BLE001 - audit must not break triage
        logger.error("audit record for conversation %s not stored: %s", conversation_id,
                     type(error).__name__)
        return None


@contextmanager
def deferring(queue: List[Tuple[str, Any, Optional[str]]]) -> Iterator[None]:
    """Within this context (this thread or asyncio task), ``record`` appends to ``queue``
    instead of writing: the action server writes a call's records off its event loop, before
    it replies (service.audit_writes)."""
    token = _QUEUED.set(queue)
    try:
        yield
    finally:
        _QUEUED.reset(token)


def write_queued(queue: List[Tuple[str, Any, Optional[str]]]) -> None:
    """Writes the queued records in order, each as ``record`` writes it (never raises)."""
    for conversation_id, assessment, text in queue:
        record(conversation_id, assessment, text)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.audit",
                                     description="Print the assessment audit records as JSON lines.")
    parser.add_argument("--conversation", help="only this conversation id")
    parser.add_argument("--url", help=f"database URL (default: ${AUDIT_URL_ENV}, "
                                      f"$POEMS_TRACKER_URL, {DEFAULT_URL})")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    log = AuditLog(args.url)
    for rec in log.list(args.conversation, args.limit):
        sys.stdout.write(rec.json(exclude_none=True, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
