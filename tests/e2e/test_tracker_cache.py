"""The tracker store's per-process cache (service.tracker_cache) against Rasa's own SQL tracker
store on the same database: every read gives the events a plain ``SQLTrackerStore`` reads, also
after another process wrote, after a turn that was never saved and across a new session."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import List

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet, UserUttered

from service.tracker_cache import CachedSQLTrackerStore
from tests.servers import ROOT


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


def _stores(tmp_path: Path, domain: Domain, monkeypatch, size: str = "64"):
    monkeypatch.setenv("POEMS_TRACKER_CACHE_SIZE", size)
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    return (CachedSQLTrackerStore(domain=domain, host=url), CachedSQLTrackerStore(domain=domain, host=url),
            SQLTrackerStore(domain=domain, host=url))


def run(coro):
    return asyncio.run(coro)


def dicts(tracker) -> List[dict]:
    return [e.as_dict() for e in tracker.events] if tracker is not None else []


def turn(i: int) -> List[Event]:
    return [UserUttered(f"message {i}", {"name": "inform_result", "confidence": 0.9},
                        [{"entity": "language", "value": "en"}]),
            SlotSet("evidence", '{"messages": %d}' % i), ActionExecuted("action_triage"),
            ActionExecuted("action_listen")]


def start(store, sender: str) -> None:
    async def go():
        tracker = await store.get_or_create_tracker(sender, append_action_listen=False)
        for event in [ActionExecuted("action_session_start"), SessionStarted(),
                      ActionExecuted("action_listen")]:
            tracker.update(event)
        await store.save(tracker)
    run(go())


def add_turn(store, sender: str, i: int, save: bool = True):
    async def go():
        tracker = await store.retrieve(sender)
        for event in turn(i):
            tracker.update(event)
        if save:
            await store.save(tracker)
        return tracker
    return run(go())


def test_reads_what_rasa_reads_and_serves_from_the_cache(tmp_path, domain, monkeypatch):
    cached, _, plain = _stores(tmp_path, domain, monkeypatch)
    start(cached, "a")
    for i in range(3):
        add_turn(cached, "a", i)
    queries = []
    original = cached._event_query
    monkeypatch.setattr(cached, "_event_query", lambda *a, **k: queries.append(1) or original(*a, **k))
    mine = run(cached.retrieve("a"))
    assert dicts(mine) == dicts(run(plain.retrieve("a")))
    assert len(mine.events) == 2 + 3 * 4  # from SessionStarted on, as Rasa reads a session
    assert mine.get_slot("evidence") == '{"messages": 2}'
    assert queries == []  # the events came from the cache, not from a full read


def test_another_process_writes(tmp_path, domain, monkeypatch):
    first, second, plain = _stores(tmp_path, domain, monkeypatch)
    start(first, "a")
    add_turn(first, "a", 0)
    add_turn(second, "a", 1)  # e.g. a second Sanic worker
    assert dicts(run(first.retrieve("a"))) == dicts(run(plain.retrieve("a")))
    add_turn(first, "a", 2)
    add_turn(second, "a", 3)
    assert run(first.retrieve("a")).get_slot("evidence") == '{"messages": 3}'
    assert dicts(run(first.retrieve("a"))) == dicts(run(plain.retrieve("a"))) == dicts(run(second.retrieve("a")))


def test_a_stale_tracker_is_saved_as_rasa_saves_it(tmp_path, domain, monkeypatch):
    first, second, plain = _stores(tmp_path, domain, monkeypatch)
    start(first, "a")
    add_turn(first, "a", 0)
    stale = run(first.retrieve("a"))
    add_turn(second, "a", 1)
    for event in turn(2):
        stale.update(event)
    run(first.save(stale))  # Rasa's own save: the events beyond the stored count
    assert dicts(run(first.retrieve("a"))) == dicts(run(plain.retrieve("a")))


def test_an_unsaved_turn_leaves_nothing_behind(tmp_path, domain, monkeypatch):
    cached, _, plain = _stores(tmp_path, domain, monkeypatch)
    start(cached, "a")
    add_turn(cached, "a", 0)
    add_turn(cached, "a", 1, save=False)  # e.g. the action server failed mid-turn
    again = run(cached.retrieve("a"))
    assert again.get_slot("evidence") == '{"messages": 0}'
    assert dicts(again) == dicts(run(plain.retrieve("a")))


def test_a_new_session_is_read_from_the_database(tmp_path, domain, monkeypatch):
    cached, _, plain = _stores(tmp_path, domain, monkeypatch)
    start(cached, "a")
    add_turn(cached, "a", 0)

    async def new_session():
        tracker = await cached.retrieve("a")
        for event in [ActionExecuted("action_session_start"), SessionStarted(),
                      ActionExecuted("action_listen")]:
            tracker.update(event)
        await cached.save(tracker)
    run(new_session())
    add_turn(cached, "a", 1)
    mine = run(cached.retrieve("a"))
    assert dicts(mine) == dicts(run(plain.retrieve("a")))
    assert len(mine.events) == 2 + 4  # the latest session only


def test_conversations_are_kept_apart_and_the_cache_is_bounded(tmp_path, domain, monkeypatch):
    cached, _, plain = _stores(tmp_path, domain, monkeypatch, size="2")
    for sender in "abc":
        start(cached, sender)
        add_turn(cached, sender, ord(sender))
        add_turn(cached, sender, ord(sender) + 1)
    assert len(cached._cache) <= 2
    for sender in "abc":
        assert dicts(run(cached.retrieve(sender))) == dicts(run(plain.retrieve(sender)))
        assert run(cached.retrieve(sender)).get_slot("evidence") == '{"messages": %d}' % (ord(sender) + 1)


def test_size_zero_turns_the_cache_off(tmp_path, domain, monkeypatch):
    cached, _, plain = _stores(tmp_path, domain, monkeypatch, size="0")
    start(cached, "a")
    add_turn(cached, "a", 0)
    assert not cached._cache
    assert dicts(run(cached.retrieve("a"))) == dicts(run(plain.retrieve("a")))


def test_sqlite_files_are_written_in_wal_mode_and_read_by_others(tmp_path, domain, monkeypatch):
    """The tracker store and the audit log keep SQLite in write-ahead-log mode (one sync per
    commit); what one connection commits, another process's connection reads at once."""
    import sqlite3

    from bot.audit import AuditLog
    from service.stores import PoemsTrackerStore

    db = tmp_path / "tracker.db"
    monkeypatch.setenv("POEMS_TRACKER_URL", f"sqlite:///{db}")
    store = PoemsTrackerStore(domain=domain)
    start(store, "a")
    add_turn(store, "a", 0)
    audit = AuditLog(f"sqlite:///{tmp_path / 'audit.db'}")
    audit.record("a", {"verdict": "suspected", "criteria": {}})
    for engine in (store.engine, audit.engine):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL: synced per commit
    for path in (db, tmp_path / "audit.db"):
        with sqlite3.connect(path) as other:  # as another process would
            assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with sqlite3.connect(db) as other:
        assert other.execute("SELECT count(*) FROM events WHERE sender_id = 'a'").fetchone()[0] == 3 + 4
    assert [r.conversation_id for r in AuditLog(f"sqlite:///{tmp_path / 'audit.db'}").list()] == ["a"]


def test_concurrent_conversations_are_written_whole(tmp_path, domain, monkeypatch):
    """Saves run on the writer thread while the event loop serves other conversations: turns of
    many conversations at once all land, each conversation in order."""
    cached, _, plain = _stores(tmp_path, domain, monkeypatch)
    senders = [f"c{i}" for i in range(8)]
    for sender in senders:
        start(cached, sender)

    async def conversation(sender: str) -> None:
        for i in range(3):
            tracker = await cached.retrieve(sender)
            for event in turn(i):
                tracker.update(event)
            await cached.save(tracker)
            await asyncio.sleep(0)

    async def all_at_once() -> None:
        await asyncio.gather(*(conversation(sender) for sender in senders))
    run(all_at_once())
    for sender in senders:
        mine = run(cached.retrieve(sender))
        assert dicts(mine) == dicts(run(plain.retrieve(sender)))
        assert [e.text for e in mine.events if isinstance(e, UserUttered)] == [f"message {i}" for i in range(3)]


def test_rasas_own_saves_run_on_the_writer_thread(tmp_path, domain, monkeypatch):
    """A new conversation's first saves and a stale tracker's save (Rasa's counting save) write
    on the writer thread, not on the event loop, and store what Rasa's save stores."""
    import threading

    cached, second, plain = _stores(tmp_path, domain, monkeypatch)
    threads = []
    original = cached._write_missing

    def recording(tracker):
        threads.append(threading.current_thread().name)
        return original(tracker)

    monkeypatch.setattr(cached, "_write_missing", recording)
    start(cached, "a")
    add_turn(cached, "a", 0)
    stale = run(cached.retrieve("a"))
    add_turn(second, "a", 1)
    for event in turn(2):
        stale.update(event)
    run(cached.save(stale))
    assert threads and all(name.startswith("tracker-writes") for name in threads)
    assert dicts(run(cached.retrieve("a"))) == dicts(run(plain.retrieve("a")))


def test_rows_are_the_rows_rasa_writes(tmp_path, domain, monkeypatch):
    """The appends (one multi-row INSERT) and the counting save write, column for column, the
    rows Rasa's own SQLTrackerStore writes for the same conversation."""
    import sqlite3

    cached, _, _ = _stores(tmp_path, domain, monkeypatch)
    plain = SQLTrackerStore(domain=domain, host=f"sqlite:///{tmp_path / 'plain.db'}")
    opening = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    turns = [turn(i) for i in range(3)]  # the same events (and timestamps) for both stores

    async def conversation(store):
        tracker = await store.get_or_create_tracker("a", append_action_listen=False)
        for events in [opening, *turns]:  # first the counting save, then appends
            for event in events:
                tracker.update(event)
            await store.save(tracker)
            tracker = await store.retrieve("a")
    for store in (cached, plain):
        run(conversation(store))
    columns = "sender_id, type_name, timestamp, intent_name, action_name, data"

    def rows(path):
        with sqlite3.connect(path) as db:
            return db.execute(f"SELECT {columns} FROM events ORDER BY id").fetchall()
    mine, rasas = rows(tmp_path / "tracker.db"), rows(tmp_path / "plain.db")
    assert len(mine) == 3 + 3 * 4 and mine == rasas
    assert {r[3] for r in mine if r[1] == "user"} == {"inform_result"}  # intent_name filled


def test_events_read_back_as_rasa_reads_them():
    """read_events gives what Rasa's deserialise_events gives, event for event, and fails on an
    unknown event name as Rasa does."""
    from rasa.shared.core.events import (ActionReverted, ActiveLoop, BotUttered, Restarted,
                                         UserUtteranceReverted, deserialise_events)

    from service.tracker_cache import read_events

    events = [*turn(0), BotUttered("hi", {"custom": {"a": 1}}, {"utter_action": "utter_greet"}),
              ActiveLoop("interview_form"), ActiveLoop(None), ActionReverted(),
              UserUtteranceReverted(), Restarted(), SessionStarted()]
    dicts_ = [e.as_dict() for e in events] + [{"no_event": 1}]
    assert [e.as_dict() for e in read_events(dicts_)] == [e.as_dict() for e in deserialise_events(dicts_)]
    assert [type(e) for e in read_events(dicts_)] == [type(e) for e in events]
    with pytest.raises(ValueError):
        deserialise_events([{"event": "no_such_event"}])
    with pytest.raises(ValueError):
        read_events([{"event": "no_such_event"}])


def test_a_new_conversations_empty_tracker_is_not_written(tmp_path, domain, monkeypatch):
    """TrackerStore.create_tracker saves a tracker without events: nothing to write, so no
    database work (Rasa's save would add no rows either); the conversation's first turn is
    then written whole."""
    cached, _, plain = _stores(tmp_path, domain, monkeypatch)
    sessions = []
    original = cached.session_scope
    monkeypatch.setattr(cached, "session_scope", lambda: sessions.append(1) or original())

    async def first_turn():
        tracker = await cached.get_or_create_tracker("new", append_action_listen=False)
        assert not tracker.events and len(sessions) == 1  # the read; no write
        for event in [ActionExecuted("action_session_start"), SessionStarted(),
                      ActionExecuted("action_listen"), *turn(0)]:
            tracker.update(event)
        await cached.save(tracker)
    run(first_turn())
    assert dicts(run(cached.retrieve("new"))) == dicts(run(plain.retrieve("new")))
    assert len(run(plain.retrieve("new")).events) == 2 + 4
