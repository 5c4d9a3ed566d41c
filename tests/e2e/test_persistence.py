"""Conversations live in the SQL tracker store: killing the Rasa server in the middle of a
conversation and starting a new one on the same database loses nothing."""

from __future__ import annotations

import pytest

from tests.e2e._stores import API_ARGS, project_stores, tracker, user_texts
from tests.servers import Assistant, require_model, texts

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_endpoints_default_to_the_sql_tracker_store():
    stores = project_stores()
    assert stores["tracker_store"]["type"] == "service.stores.PoemsTrackerStore"
    assert stores["lock_store"]["type"] == "service.stores.PoemsLockStore"


def test_a_killed_rasa_server_continues_the_conversation_from_the_tracker_db(tmp_path):
    require_model()
    db = tmp_path / "tracker.db"
    assistant = Assistant(
        tmp_path,
        endpoints=project_stores(),
        extra_env={"POEMS_TRACKER_URL": f"sqlite:///{db}"},
        rasa_args=API_ARGS,
    ).start()
    sender = "persist-1"
    try:
        assert texts(assistant.say(sender, "hello"))
        assert texts(assistant.say(sender, "你好"))
        before = tracker(assistant, sender)
        assert db.exists() and db.stat().st_size > 0

        assistant.restart("rasa")  # SIGKILL: no clean shutdown, nothing flushed on exit

        after = tracker(assistant, sender)
        assert user_texts(after) == ["hello", "你好"]
        assert len(after["events"]) == len(before["events"])
        assert after["slots"] == before["slots"]
        assert after["active_loop"] == before["active_loop"]  # a running form stays running
        assert after["latest_action_name"] == before["latest_action_name"]

        reply = texts(assistant.say(sender, "help"))
        assert reply
        continued = tracker(assistant, sender)
        assert user_texts(continued) == ["hello", "你好", "help"]
        assert [e["event"] for e in continued["events"][: len(before["events"])]] == \
            [e["event"] for e in before["events"]]
    finally:
        assistant.stop()
