"""Tracker store and lock store chosen by environment variables, named in ``endpoints.yml``.

Rasa substitutes ``${VAR}`` in endpoints.yml only when the variable is set, so a single file
cannot say "SQLite unless configured". These two classes can:

* ``PoemsTrackerStore`` is Rasa's own ``SQLTrackerStore`` (which re-reads a conversation only
  when another process wrote to it: ``service.tracker_cache``). Its database URL is
  ``POEMS_TRACKER_URL`` when set (any SQLAlchemy URL, e.g.
  ``postgresql://rasa:secret@db.internal:5432/poems``), else the endpoint's ``url``, else
  ``sqlite:///var/tracker.db`` (relative to the directory the server starts in - the project
  root for ``make run``). No server to start for the default.
* ``PoemsLockStore`` is Rasa's ``RedisLockStore`` (made safe across servers, see
  ``SerializedRedisLockStore``) when ``POEMS_LOCK_STORE_URL`` (or the
  endpoint's ``url``) is set, e.g. ``redis://:secret@redis.internal:6379/1``, else the
  in-memory lock store (right for one server process only).

Loading the tracker store also installs ``service.resilience`` (the "temporarily unavailable"
reply when the action server is down), ``service.action_validation`` (action-server replies
checked against a schema validated once), ``service.action_client`` (action-server calls on
kept connections), ``service.action_payload`` (action-server calls carry the current turn's
events) and ``service.rule_states`` (RulePolicy builds a conversation's states once per
prediction): the tracker store is the one module of this package that the Rasa server is
sure to import.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Optional, Text
from urllib.parse import unquote, urlsplit

from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockStore, RedisLockStore
from sqlalchemy.orm import sessionmaker

from service.tracker_cache import CachedSQLTrackerStore

logger = logging.getLogger(__name__)

TRACKER_URL_ENV = "POEMS_TRACKER_URL"
LOCK_STORE_URL_ENV = "POEMS_LOCK_STORE_URL"
DEFAULT_TRACKER_URL = "sqlite:///var/tracker.db"


def tracker_url(configured: Optional[Text] = None) -> Text:
    """The tracker database URL: environment first, then endpoints.yml, then SQLite."""
    return os.environ.get(TRACKER_URL_ENV) or configured or DEFAULT_TRACKER_URL


def _ensure_sqlite_folder(url: Text) -> None:
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)


class PoemsTrackerStore(CachedSQLTrackerStore):
    """Rasa's SQL tracker store with its URL taken from the environment (see module doc) and
    a validated per-process cache of each conversation's events (service.tracker_cache)."""

    def __init__(self, domain: Any = None, host: Optional[Text] = None, event_broker: Any = None,
                 url: Optional[Text] = None, **kwargs: Any) -> None:
        from service import action_client, action_payload, action_validation, resilience, rule_states

        resilience.install()
        action_validation.install()
        action_client.install()
        action_payload.install()
        rule_states.install()
        target = tracker_url(host or url)
        if "://" not in target:
            raise ValueError(f"{TRACKER_URL_ENV} must be an SQLAlchemy URL such as "
                             f"sqlite:///var/tracker.db or postgresql://user@host:5432/db")
        _ensure_sqlite_folder(target)
        for key in ("dialect", "port", "db", "username", "password"):
            kwargs.pop(key, None)  # the URL says it all
        super().__init__(domain=domain, host=target, event_broker=event_broker, **kwargs)
        if self.engine.dialect.name == "sqlite":
            self.engine = sqlite_engine(self.engine)
            self.sessionmaker = sessionmaker(bind=self.engine)
        logger.info("Tracker store: %s", self.engine.url.__repr__())  # repr masks the password


def sqlite_engine(engine: Any) -> Any:
    """The SQLite engine again, with its connections kept open and in write-ahead-log mode, each
    commit still synced (``bot.audit.sqlite_file_engine``: ~14 ms -> ~3.5 ms per commit, during
    which the Rasa server's event loop waits)."""
    from bot.audit import sqlite_file_engine

    url = engine.url
    engine.dispose()
    return sqlite_file_engine(url)


class SerializedRedisLockStore(RedisLockStore):
    """Rasa's RedisLockStore with its read-modify-write steps made atomic across processes.

    Rasa Open Source's lock store reads the ticket lock from Redis, changes it and writes it
    back (issue a ticket, drop expired tickets, finish serving, delete when nobody waits). Two
    servers doing that at once for one conversation overwrite each other's tickets, and then
    both process a message of that conversation at the same time (rasa issue #9213; the fix,
    ConcurrentRedisLockStore, is in Rasa Pro only). Here each of those steps runs under a
    short per-conversation Redis mutex (redis-py's ``Lock``: SET NX PX and a Lua release), so
    the ticket order is the order in which the messages reached any server.
    """

    MUTEX_TIMEOUT = 10.0  # seconds a crashed holder can block a conversation's lock updates

    def _mutex(self, conversation_id: Text) -> Any:
        return self.red.lock(f"{self.key_prefix}mutex:{conversation_id}",
                             timeout=self.MUTEX_TIMEOUT, blocking_timeout=self.MUTEX_TIMEOUT)

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with self._mutex(conversation_id):
            return super().issue_ticket(conversation_id, lock_lifetime)

    def update_lock(self, conversation_id: Text) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def finish_serving(self, conversation_id: Text, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            super().finish_serving(conversation_id, ticket_number)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            lock = self.get_lock(conversation_id)
            if lock is None:
                return
            lock.remove_ticket_for(ticket_number)
            if lock.is_someone_waiting():
                self.save_lock(lock)
            else:
                self.delete_lock(conversation_id)


def redis_lock_store(url: Text, **kwargs: Any) -> RedisLockStore:
    """A RedisLockStore from ``redis://[[user]:password@]host[:port][/db]`` (rediss:// for TLS)."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss"):
        raise ValueError(f"{LOCK_STORE_URL_ENV} must be a redis:// or rediss:// URL")
    db = parts.path.lstrip("/") or kwargs.pop("db", 1)
    for key in ("host", "port", "username", "password", "use_ssl", "db"):
        kwargs.pop(key, None)
    return SerializedRedisLockStore(
        host=parts.hostname or "localhost",
        port=parts.port or 6379,
        db=int(db),
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        use_ssl=parts.scheme == "rediss",
        **kwargs,
    )


class PoemsLockStore(LockStore):
    """A factory: constructing it returns a RedisLockStore or an InMemoryLockStore."""

    def __new__(cls, endpoint_config: Any = None) -> LockStore:  # type: ignore[misc]
        configured = getattr(endpoint_config, "url", None)
        url = os.environ.get(LOCK_STORE_URL_ENV) or configured
        if url:
            extra = dict(getattr(endpoint_config, "kwargs", None) or {})
            store = redis_lock_store(url, **extra)
            logger.info("Lock store: Redis at %s:%s db %s", store.red.connection_pool.connection_kwargs.get("host"),
                        store.red.connection_pool.connection_kwargs.get("port"),
                        store.red.connection_pool.connection_kwargs.get("db"))
            return store
        logger.info("Lock store: in memory (one server process only)")
        return InMemoryLockStore()
