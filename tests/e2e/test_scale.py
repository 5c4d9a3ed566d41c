"""Scale-out with Rasa's own mechanisms: two Rasa servers on one PostgreSQL tracker store with
the Redis lock store. Messages of one conversation sent alternately to both servers, overlapping
in time, are processed one at a time, each turn whole, none lost or duplicated (rasa #9213)."""

from __future__ import annotations

import secrets
import threading
import time

import pytest

from tests.e2e._stores import (API_ARGS, REDIS_URL, ensure_services, fresh_postgres_database,
                               project_stores, redis_flush_prefix, tracker, user_texts)
from nlu.language import detect_language
from tests.servers import Assistant, free_port, require_model, texts

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
# English turns have two or more words: by design one Latin word ("negative", "IgA") does not
# switch a Chinese conversation to English (nlu.rasa_language.LanguageTagger).
MESSAGES = ["hello there", "你好", "help me please", "帮助", "thanks a lot", "谢谢", "what can you do",
            "你能做什么", "thank you", "多谢"]


@pytest.fixture(scope="module")
def services():
    reason = ensure_services()
    if reason:
        print(f"\nSKIP scale-out tests: {reason}")
        pytest.skip(f"PostgreSQL/Redis not available: {reason}")


def test_two_servers_one_conversation_interleaved(services, tmp_path):
    require_model()
    prefix = "poemstest" + secrets.token_hex(4)
    stores = project_stores()
    stores["lock_store"] = {**stores["lock_store"], "key_prefix": prefix}
    with fresh_postgres_database() as db_url:
        assistant = Assistant(
            tmp_path, endpoints=stores, rasa_args=API_ARGS,
            extra_env={"POEMS_TRACKER_URL": db_url, "POEMS_LOCK_STORE_URL": REDIS_URL},
        )
        second = None
        try:
            assistant.start()
            second = assistant.rasa_server(free_port(), name="rasa2")
            second.start()
            second.wait_ready(180)
            port2 = int(second.health_url.rsplit(":", 1)[1].strip("/"))
            ports = [assistant.rasa_port, port2]

            sender = "scale-" + secrets.token_hex(4)
            replies = [None] * len(MESSAGES)
            finished = []
            lock = threading.Lock()

            def send(i):
                replies[i] = assistant.say(sender, MESSAGES[i], timeout=120, port=ports[i % 2])
                with lock:
                    finished.append(i)

            threads = []
            for i in range(len(MESSAGES)):
                thread = threading.Thread(target=send, args=(i,))
                thread.start()
                threads.append(thread)
                time.sleep(0.05)  # overlapping: each message takes longer than this to process
            for thread in threads:
                thread.join(180)

            for i, reply in enumerate(replies):
                assert reply is not None, f"message {i} got no reply"
                answer = texts(reply)
                assert answer, f"message {i} ({MESSAGES[i]!r}) got an empty reply"
                # English answers may cite 表1/表2, so compare the dominant language, not Han presence.
                assert detect_language(answer).language == detect_language(MESSAGES[i]).language, \
                    f"message {i} got another turn's answer: {answer[:60]!r}"

            state = tracker(assistant, sender, port=port2)
            said = user_texts(state)
            assert sorted(said) == sorted(MESSAGES) and len(said) == len(MESSAGES), \
                "a message was lost or stored twice"
            assert said == [MESSAGES[i] for i in finished], \
                "the stored order differs from the order the turns completed: turns overlapped"
            assert said[0] == MESSAGES[0]

            # every turn is whole: user, its bot answers, action_listen - never another user inside
            turn_events = []
            for event in state["events"]:
                if event["event"] == "user":
                    turn_events.append([])
                if turn_events:
                    turn_events[-1].append(event)
            for turn in turn_events:
                assert any(e["event"] == "bot" for e in turn), "a turn without its answer"
                actions = [e.get("name") for e in turn if e["event"] == "action"]
                assert actions and actions[-1] == "action_listen" and actions.count("action_listen") == 1
            assert tracker(assistant, sender)["events"] == state["events"]  # both servers agree
        finally:
            if second is not None:
                second.stop()
            assistant.stop()
            redis_flush_prefix(REDIS_URL, prefix)


def test_the_lock_store_is_redis_when_configured_and_in_memory_otherwise(services, monkeypatch):
    from rasa.core.lock_store import InMemoryLockStore, LockStore
    from rasa.utils.endpoints import EndpointConfig

    from service.stores import SerializedRedisLockStore

    config = EndpointConfig.from_dict(project_stores()["lock_store"])
    monkeypatch.delenv("POEMS_LOCK_STORE_URL", raising=False)
    assert isinstance(LockStore.create(config), InMemoryLockStore)
    monkeypatch.setenv("POEMS_LOCK_STORE_URL", REDIS_URL)
    store = LockStore.create(config)
    assert isinstance(store, SerializedRedisLockStore)
    conversation = "lock-" + secrets.token_hex(4)
    first, second = store.issue_ticket(conversation), store.issue_ticket(conversation)
    assert second == first + 1
    store.cleanup(conversation, first)
    assert store.is_someone_waiting(conversation)
    store.cleanup(conversation, second)
    assert store.get_lock(conversation) is None
