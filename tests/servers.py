"""Starts the real action server and Rasa server for end-to-end tests, on free local ports.

Both servers are the ones ``make run`` starts, with the trained model in ``models/``; nothing is
mocked. Their logs go to a temporary folder, which tests may read (e.g. to check that no
referral text reaches them).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MODEL = ROOT / "models" / "poems.tar.gz"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as reply:
            return reply.status == 200
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


@dataclass
class ServerProcess:
    name: str
    args: List[str]
    health_url: str
    log_path: Path
    env: Dict[str, str] = field(default_factory=dict)
    process: Optional[subprocess.Popen] = None

    def start(self) -> None:
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            self.args,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **self.env},
            start_new_session=True,
        )

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited early; log: {self.log_path}")
            if _get(self.health_url):
                return
            time.sleep(0.5)
        raise TimeoutError(f"{self.name} not ready after {timeout:.0f} s; log: {self.log_path}")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, sig)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


@dataclass
class Assistant:
    """A running pair of servers and a small REST client for them."""

    workdir: Path
    rasa_port: int = field(default_factory=free_port)
    actions_port: int = field(default_factory=free_port)
    extra_env: Dict[str, str] = field(default_factory=dict)
    # Added to the generated endpoints file (e.g. tracker_store, lock_store sections).
    endpoints: Dict[str, Any] = field(default_factory=dict)
    # Added to the `rasa run` command line (e.g. ["--enable-api", "--auth-token", "t"]).
    rasa_args: List[str] = field(default_factory=list)
    actions: Optional[ServerProcess] = None
    rasa: Optional[ServerProcess] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def endpoints_file(self) -> Path:
        return self.workdir / "endpoints.yml"

    def start(self) -> "Assistant":
        self.endpoints_file.write_text(
            json.dumps({
                "action_endpoint": {"url": f"http://127.0.0.1:{self.actions_port}/webhook"},
                **self.endpoints,
            })
        )
        self.actions = ServerProcess(
            "action server",
            [str(BIN / "python"), "-m", "rasa_sdk", "--actions", "actions", "--port", str(self.actions_port)],
            f"http://127.0.0.1:{self.actions_port}/health",
            self.workdir / "actions.log",
            env={"SANIC_HOST": "127.0.0.1", **self.extra_env},
        )
        self.rasa = self.rasa_server(self.rasa_port)
        self.actions.start()
        self.rasa.start()
        self.actions.wait_ready(60)
        self.rasa.wait_ready(180)
        return self

    def rasa_server(self, port: int, name: str = "rasa") -> ServerProcess:
        """A (not yet started) Rasa server on ``port`` with this assistant's endpoints file:
        restart one, or start a second one on the same stores."""
        return ServerProcess(
            f"{name} server",
            [
                str(BIN / "rasa"), "run", "--model", str(MODEL), "--interface", "127.0.0.1",
                "--port", str(port), "--credentials", str(ROOT / "credentials.yml"),
                "--endpoints", str(self.endpoints_file), *self.rasa_args,
            ],
            f"http://127.0.0.1:{port}/",
            self.workdir / f"{name}-{port}.log" if name != "rasa" else self.workdir / "rasa.log",
            env=self.extra_env,
        )

    def restart(self, which: str, sig: int = signal.SIGKILL, timeout: float = 180) -> None:
        """Kills one server ("rasa" or "actions", SIGKILL by default) and starts it again."""
        server = self.rasa if which == "rasa" else self.actions
        assert server is not None, "start() first"
        server.stop(sig)
        server.start()
        server.wait_ready(timeout)

    def stop(self) -> None:
        for server in (self.rasa, self.actions):
            if server is not None:
                server.stop()

    def say(self, sender: str, message: str, timeout: float = 60, port: Optional[int] = None) -> List[dict]:
        """Sends one message through the REST channel and returns the assistant's replies
        (to another Rasa server of this assistant when ``port`` is given)."""
        body = json.dumps({"sender": sender, "message": message}).encode()
        base = f"http://127.0.0.1:{port}" if port else self.url
        request = urllib.request.Request(
            f"{base}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return json.loads(reply.read())


def texts(replies: List[dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies if reply.get("text"))


def require_model() -> None:
    if not MODEL.exists():
        raise RuntimeError(f"no trained model at {MODEL}: run `make train` (make test does it)")
    if shutil.which("rasa", path=str(BIN)) is None:
        raise RuntimeError("rasa is not installed in the test environment: run `make setup`")
