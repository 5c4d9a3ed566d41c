"""Helpers for the persistence, scale and reliability tests: the project's own store sections
of endpoints.yml, the HTTP API, and throwaway PostgreSQL databases / Redis availability."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import yaml

from tests.servers import ROOT, Assistant

TOKEN = "e2e-" + secrets.token_hex(8)
API_ARGS = ["--enable-api", "--auth-token", TOKEN]
PG_ADMIN_URL = os.environ.get("POEMS_TEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("POEMS_TEST_REDIS_URL", "redis://127.0.0.1:6379/1")


def project_stores() -> Dict[str, Any]:
    """The tracker_store and lock_store sections of the project's endpoints.yml, as used by
    `make run`: the tests exercise exactly that configuration."""
    config = yaml.safe_load((ROOT / "endpoints.yml").read_text())
    return {key: config[key] for key in ("tracker_store", "lock_store") if key in config}


def tracker(assistant: Assistant, sender: str, port: Optional[int] = None) -> Dict[str, Any]:
    """The conversation's tracker through Rasa's HTTP API (needs API_ARGS)."""
    base = f"http://127.0.0.1:{port or assistant.rasa_port}"
    url = f"{base}/conversations/{sender}/tracker?include_events=ALL&token={TOKEN}"
    with urllib.request.urlopen(url, timeout=30) as reply:
        return json.loads(reply.read())


def user_texts(tracker_json: Dict[str, Any]) -> List[str]:
    return [e.get("text") for e in tracker_json["events"] if e["event"] == "user"]


def services_script() -> Path:
    return ROOT / "scripts" / "ensure-services.sh"


def ensure_services() -> Optional[str]:
    """Runs scripts/ensure-services.sh; returns None when PostgreSQL and Redis answer, else the
    reason (printed by the caller as the skip reason)."""
    script = services_script()
    if not script.exists():
        return "scripts/ensure-services.sh is missing"
    done = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        return (done.stdout + done.stderr).strip().splitlines()[-1] if (done.stdout + done.stderr).strip() \
            else f"ensure-services.sh exited {done.returncode}"
    return None


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """CREATE DATABASE poems_test_<random>, yield its URL, DROP it afterwards."""
    import sqlalchemy as sa

    name = "poems_test_" + secrets.token_hex(6)
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"
            ), {"name": name})
            conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
        admin.dispose()


def redis_flush_prefix(url: str, prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(url)
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)


def have(command: str) -> bool:
    return shutil.which(command) is not None
