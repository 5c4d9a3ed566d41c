"""service.audit_writes: an action call's audit records are written off the action server's event
loop, in order, before the call returns (so before its reply), also when the action fails."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Dict, List, Text

import pytest
from rasa_sdk import Action
from rasa_sdk.executor import ActionExecutor

from bot import audit
from service import audit_writes


class Written:
    """Stands in for the audit log: which records were written, and on which thread."""

    def __init__(self) -> None:
        self.rows: List[str] = []
        self.threads: List[str] = []

    def record(self, conversation_id: str, assessment: Any, text: Any = None) -> None:
        self.rows.append(conversation_id)
        self.threads.append(threading.current_thread().name)


class Assessing(Action):
    fail = False

    def name(self) -> Text:
        return "action_assessing"

    async def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        audit.record(tracker.sender_id + "-1", {"verdict": "possible"})
        audit.record(tracker.sender_id + "-2", {"verdict": "possible"})
        if self.fail:
            raise RuntimeError("the action failed after assessing")
        return []


def call(sender: str) -> Dict[str, Any]:
    return {"next_action": "action_assessing", "sender_id": sender, "domain": {},
            "tracker": {"sender_id": sender, "slots": {}, "latest_message": {}, "events": [],
                        "paused": False, "latest_event_time": None, "followup_action": None,
                        "active_loop": {}, "latest_action_name": None},
            "version": "3.6"}


@pytest.fixture
def written(monkeypatch):
    log = Written()
    monkeypatch.setattr(audit, "default_log", lambda: log)
    assert audit_writes.install()
    yield log


def test_records_are_written_on_the_writer_thread_before_the_call_returns(written):
    executor = ActionExecutor()
    executor.register_action(Assessing())
    asyncio.run(executor.run(call("c1")))
    assert written.rows == ["c1-1", "c1-2"]
    assert all(name.startswith("audit-writes") for name in written.threads)
    audit.record("outside", {"verdict": "possible"})  # no call around it: written at once
    assert written.rows[-1] == "outside" and written.threads[-1] == threading.current_thread().name


def test_records_are_written_when_the_action_fails(written, monkeypatch):
    monkeypatch.setattr(Assessing, "fail", True)
    executor = ActionExecutor()
    executor.register_action(Assessing())
    with pytest.raises(Exception):
        asyncio.run(executor.run(call("c2")))
    assert written.rows == ["c2-1", "c2-2"]


def test_inside_deferring_a_record_is_queued():
    queue: List[Any] = []
    with audit.deferring(queue):
        assert audit.record("c3", {"verdict": "possible"}) is None
    assert [q[0] for q in queue] == ["c3"]
