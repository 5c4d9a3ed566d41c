"""Rasa's SQL tracker store without re-reading the whole conversation on every message.

Rasa's ``SQLTrackerStore`` loads every event of the conversation's latest session on each
message (one row per event, each JSON-decoded and turned into an ``Event`` again) and, to save,
counts the stored events with the same session query before appending the new ones. Profiled
under 10 concurrent conversations this was about a third of the Rasa server's CPU time, and the
Rasa server handles every conversation on one event loop.

``CachedSQLTrackerStore`` keeps, per conversation, the ``Event`` objects of the latest session
exactly as a reload would give them (deserialised from the JSON written to the database), with
the number of the conversation's rows and their highest id at that moment. Each ``retrieve``
first asks the database for that count and id (one indexed aggregate query) and uses the
cached events only when both are unchanged, so any row written by another process (a second
Sanic worker, another server, the HTTP API) or a failed write makes it read the database as
Rasa does. ``save`` appends the new events and updates the entry only when the tracker extends
the cached events and the database still holds what the entry says; otherwise it is Rasa's own
save (its database work also on the writer thread). A new session (``SessionStarted`` among
the new events) drops the entry: the next read takes the session boundary from the database.
The check and the write run together on one writer thread, so the event loop serves other
conversations while the database writes and syncs; the conversation itself waits for its save,
under its lock, as with Rasa's store. ``POEMS_TRACKER_CACHE_SIZE`` bounds the conversations kept
(least recently used first out); 0 turns the cache off (Rasa's store exactly).

The appends write the same rows as Rasa's save with one multi-row INSERT rather than the ORM's
one INSERT per object (it needs each new id back), and read the conversation's highest id once
afterwards; events are read back from their JSON with each event type looked up once per process
(Rasa's ``Event.resolve_by_type`` walks every ``Event`` subclass for every event). A new
conversation's empty tracker is not written at all (Rasa's save would write no rows either).
Together about half of the CPU time of a save, which the writer thread spends under the GIL
that the event loop needs.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Text, Tuple

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted, deserialise_events
from rasa.shared.utils.common import all_subclasses
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

logger = logging.getLogger(__name__)

CACHE_SIZE_ENV = "POEMS_TRACKER_CACHE_SIZE"
DEFAULT_CACHE_SIZE = 256


@dataclass(frozen=True)
class _Entry:
    """The latest session's events of one conversation and the row count / highest row id of
    the conversation (all sessions) when they were read or written."""

    events: Tuple[Event, ...]
    rows: int
    last_id: Optional[int]


_EVENT_CLASSES: Dict[Text, type] = {}


def _event_class(type_name: Text) -> Optional[type]:
    """The class ``Event.resolve_by_type`` gives for ``type_name`` (the first ``Event`` subclass
    with that type name), looked up once; None when there is none (then Rasa's own call decides)."""
    found = _EVENT_CLASSES.get(type_name)
    if found is None:
        found = next((cls for cls in all_subclasses(Event) if cls.type_name == type_name), None)
        if found is not None:
            _EVENT_CLASSES[type_name] = found
    return found


def read_events(serialised: List[Dict[Text, Any]]) -> List[Event]:
    """``deserialise_events``: the same events from the same dicts, each type looked up once."""
    events: List[Event] = []
    for data in serialised:
        if "event" not in data:
            continue
        name = data.get("event")
        cls = _event_class(name) if name is not None else None
        if cls is None:  # unknown, "topic" or no name: Rasa's own handling, warnings and all
            events.extend(deserialise_events([data]))
            continue
        event = cls._from_parameters(data)
        if event:
            events.append(event)
        else:
            events.extend(deserialise_events([data]))  # Rasa logs the failure
    return events


def cache_size() -> int:
    try:
        return max(0, int(os.environ.get(CACHE_SIZE_ENV, DEFAULT_CACHE_SIZE)))
    except ValueError:
        return DEFAULT_CACHE_SIZE


class CachedSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` with a validated per-process cache of each conversation's events."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cache: "OrderedDict[Text, _Entry]" = OrderedDict()
        self._cache_size = cache_size()
        # one thread, so this process's appends stay in order and never compete for SQLite's lock
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tracker-writes")
        # built once and run on a plain connection: SQLAlchemy compiles each once, and the ORM
        # session's execute and a statement built per call cost ~0.2 ms per message each time
        table = self.SQLEvent.__table__
        sender = table.c.sender_id == sa.bindparam("sender_id")
        self._stamp_query = sa.select(sa.func.count(table.c.id), sa.func.max(table.c.id)).where(sender)
        self._last_id_query = sa.select(sa.func.max(table.c.id)).where(sender)
        self._insert = table.insert()

    # ------------------------------------------------------------------ cache bookkeeping
    def _row_stamp(self, connection: Any, sender_id: Text) -> Tuple[int, Optional[int]]:
        """(number of rows, highest row id) of the conversation, all sessions (``connection``:
        a connection or an ORM session)."""
        count, last_id = connection.execute(self._stamp_query, {"sender_id": sender_id}).one()
        return int(count or 0), last_id

    def _valid_entry(self, sender_id: Text) -> Optional[_Entry]:
        entry = self._cache.get(sender_id)
        if entry is None:
            return None
        with self.engine.connect() as connection:
            stamp = self._row_stamp(connection, sender_id)
        if stamp != (entry.rows, entry.last_id):
            self._cache.pop(sender_id, None)  # written elsewhere: read it again
            return None
        self._cache.move_to_end(sender_id)
        return entry

    def _keep(self, sender_id: Text, entry: _Entry) -> None:
        if not self._cache_size:
            return
        self._cache[sender_id] = entry
        self._cache.move_to_end(sender_id)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    def _tracker(self, sender_id: Text, events: Tuple[Event, ...]) -> Optional[DialogueStateTracker]:
        if not (self.domain and events):
            return None
        # as SQLTrackerStore._retrieve: DialogueStateTracker.from_dict(sender_id, events, slots)
        return DialogueStateTracker.from_events(sender_id, list(events), self.domain.slots)

    # ------------------------------------------------------------------ TrackerStore API
    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        """The latest session's tracker: from the cache when the database holds exactly what it
        held when the entry was made, else read as ``SQLTrackerStore`` does."""
        if not self._cache_size:
            return await super().retrieve(sender_id)
        entry = self._valid_entry(sender_id)
        if entry is not None:
            return self._tracker(sender_id, entry.events)
        with self.session_scope() as session:
            # the stamp first: a row written after it makes the entry fail its next check
            rows, last_id = self._row_stamp(session, sender_id)
            stored = self._event_query(session, sender_id, fetch_events_from_all_sessions=False).all()
            events = tuple(read_events([json.loads(row.data) for row in stored]))
            if stored and stored[-1].id == last_id:
                self._keep(sender_id, _Entry(events, rows, last_id))
            else:
                self._cache.pop(sender_id, None)
        if events:
            logger.debug("Recreating tracker from sender id '%s'", sender_id)
        return self._tracker(sender_id, events)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Appends the events the database does not have yet (see the module docstring)."""
        if not self._cache_size:
            await super().save(tracker)
            return
        if not tracker.events:
            # a new conversation's empty tracker (TrackerStore.create_tracker): Rasa's save would
            # stream and write no events either
            return
        sender_id = tracker.sender_id
        entry = self._cache.pop(sender_id, None)
        if entry is None or not self._extends(tracker, entry.events):
            await self._save_missing(tracker)
            return
        await self.stream_events(tracker)
        new_events = list(tracker.events)[len(entry.events):]
        # on the writer thread: the event loop serves other conversations while the database
        # writes and syncs (this conversation waits, its lock held, as before)
        written = await asyncio.get_running_loop().run_in_executor(
            self._writer, self._append_if_unchanged, sender_id, entry, new_events)
        if written is None:
            await self._save_missing(tracker)
            return
        logger.debug("Tracker with sender_id '%s' stored to database", sender_id)
        stored, count, last_id = written
        if any(isinstance(event, SessionStarted) for event in stored):
            return  # the next read finds the new session's start in the database
        self._keep(sender_id, _Entry(entry.events + tuple(stored), entry.rows + count,
                                     last_id if count else entry.last_id))

    async def _save_missing(self, tracker: DialogueStateTracker) -> None:
        """Rasa's own save (``SQLTrackerStore.save``: the tracker's events beyond the number its
        session query counts in the database), with the database work on the writer thread like
        the appends: a new conversation's first saves and a stale tracker's no longer hold the
        event loop while SQLite commits and syncs."""
        await self.stream_events(tracker)
        await asyncio.get_running_loop().run_in_executor(self._writer, self._write_missing, tracker)
        logger.debug("Tracker with sender_id '%s' stored to database", tracker.sender_id)

    def _write_missing(self, tracker: DialogueStateTracker) -> None:
        with self.session_scope() as session:
            missing = list(self._additional_events(session, tracker))
            if missing:
                session.execute(self._insert, [self._row_values(tracker.sender_id, event) for event in missing])
            session.commit()

    @staticmethod
    def _row_values(sender_id: Text, event: Event) -> Dict[Text, Any]:
        """The column values of one event's row, as ``SQLTrackerStore.save`` fills them."""
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }

    def _append_if_unchanged(self, sender_id: Text, entry: _Entry,
                             new_events: List[Event]) -> Optional[Tuple[List[Event], int, Optional[int]]]:
        """``_append`` when the database still holds what ``entry`` says, else None."""
        rows = [self._row_values(sender_id, event) for event in new_events]
        with self.engine.begin() as connection:  # committed (and synced) at the end of the block
            if self._row_stamp(connection, sender_id) != (entry.rows, entry.last_id):
                return None  # the database changed under the entry: Rasa's own save instead
            last_id = self._append(connection, sender_id, rows)
        return read_events([json.loads(row["data"]) for row in rows]), len(rows), last_id

    def _append(self, connection: Any, sender_id: Text, rows: List[Dict[Text, Any]]) -> Optional[int]:
        """Writes the rows ``SQLTrackerStore.save`` writes for the new events (one multi-row
        INSERT, ``_row_values``); returns the conversation's highest id after the write (ours:
        the conversation is locked, and a row someone else wrote makes the count differ at the
        next check). The caller commits; it reads the events back from the rows' JSON as a
        reload would."""
        if not rows:
            return None
        connection.execute(self._insert, rows)
        return connection.execute(self._last_id_query, {"sender_id": sender_id}).scalar()

    @staticmethod
    def _extends(tracker: DialogueStateTracker, cached: Tuple[Event, ...]) -> bool:
        """The tracker was built from these cached events and only appended to them."""
        events = tracker.events
        if len(events) < len(cached):
            return False
        return all(a is b for a, b in zip(events, cached))
