"""Starts the real action server and Rasa server for end-to-end tests, on free local ports.

Both servers are the ones ``make run`` starts, with the trained model in ``models/``; nothing is
mocked. Their logs go to a temporary folder, which tests may read (e.g. to check that no
referral text reaches them).
"""

from __future__ import annotations

import asyncio
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
from typing import Any, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MODEL = Path(os.environ.get("POEMS_TEST_MODEL") or ROOT / "models" / "poems.tar.gz")


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
    # Sent with every say()/post() (e.g. {"Authorization": "Bearer <POEMS_CHANNEL_TOKEN>"}).
    headers: Dict[str, str] = field(default_factory=dict)
    # Also serve the web page (web/) on a free port; its origin may use the socket.io channel.
    web: bool = False
    web_port: int = field(default_factory=free_port)
    actions: Optional[ServerProcess] = None
    rasa: Optional[ServerProcess] = None
    web_server: Optional[ServerProcess] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def web_url(self) -> str:
        """The chat page, pointed at this assistant's Rasa server."""
        return f"http://127.0.0.1:{self.web_port}/index.html?server={self.url}"

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
            [str(BIN / "python"), "-m", "service.actions_server", "--actions", "actions", "--port", str(self.actions_port)],
            f"http://127.0.0.1:{self.actions_port}/health",
            self.workdir / "actions.log",
            env={"SANIC_HOST": "127.0.0.1", **self.extra_env},
        )
        # The channels' per-sender rate limit is tested on its own (tests/e2e/test_channels.py);
        # elsewhere it must not throttle tests that send many messages.
        self.extra_env = {"POEMS_RATE_PER_MINUTE": "100000", **self.extra_env}
        if self.web:
            origin = f"http://127.0.0.1:{self.web_port}"
            self.extra_env = {"POEMS_WEB_ORIGINS": origin, **self.extra_env}
            self.web_server = ServerProcess(
                "web page server",
                [str(BIN / "python"), "-m", "http.server", "--bind", "127.0.0.1", "--directory",
                 str(ROOT / "web"), str(self.web_port)],
                f"{origin}/index.html",
                self.workdir / "web.log",
            )
            self.web_server.start()
        self.rasa = self.rasa_server(self.rasa_port)
        self.actions.start()
        self.rasa.start()
        self.actions.wait_ready(180)  # a loaded 2-core machine takes over a minute
        self.rasa.wait_ready(180)
        if self.web_server is not None:
            self.web_server.wait_ready(30)
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
        for server in (self.rasa, self.actions, self.web_server):
            if server is not None:
                server.stop()

    def say(self, sender: str, message: str, timeout: float = 60, port: Optional[int] = None) -> List[dict]:
        """Sends one message through the REST channel and returns the assistant's replies
        (to another Rasa server of this assistant when ``port`` is given)."""
        body = json.dumps({"sender": sender, "message": message}).encode()
        base = f"http://127.0.0.1:{port}" if port else self.url
        request = urllib.request.Request(
            f"{base}/webhooks/rest/webhook", data=body,
            headers={"Content-Type": "application/json", **self.headers},
        )
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return json.loads(reply.read())

    def post(
        self, body: Any, headers: Optional[Dict[str, str]] = None, content_type: Optional[str] = "application/json",
        path: str = "/webhooks/rest/webhook", timeout: float = 60,
    ) -> Tuple[int, Any, Dict[str, str]]:
        """A raw POST (body: bytes, str or JSON-able) -> (status, JSON or text, headers), errors included.
        ``headers`` replace this assistant's default headers."""
        if not isinstance(body, (bytes, str)):
            body = json.dumps(body)
        data = body.encode("utf-8") if isinstance(body, str) else body
        sent = dict(self.headers if headers is None else headers)
        if content_type:
            sent["Content-Type"] = content_type
        request = urllib.request.Request(f"{self.url}{path}", data=data, headers=sent, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as reply:
                status, raw, got = reply.status, reply.read(), dict(reply.headers)
        except urllib.error.HTTPError as error:
            status, raw, got = error.code, error.read(), dict(error.headers)
        try:
            return status, json.loads(raw), got
        except ValueError:
            return status, raw.decode("utf-8", "replace"), got

    def socketio_say(self, message: str, token: Optional[str] = None, timeout: float = 60) -> List[dict]:
        """Sends one message through the socket.io channel (as the web page does) and returns
        what the assistant sent back (``bot_uttered`` payloads). Raises ConnectionError when
        the channel refuses the connection."""
        return asyncio.run(_socketio_say(self.url, message, token, timeout))


def _quick_close_client():
    """A socket.io client whose close does not wait for the open long-polling request.

    Over long-polling, engine.io's close sends its CLOSE packet and then waits for the GET that
    is open on the server to end, which it does only at the server's next ping (about 25 s); a
    refused connection closes the same way. The packet has reached the server either way, so the
    test goes on (``abort=True``); the client's HTTP session is still closed."""
    import engineio  # python-engineio and python-socketio, installed with Rasa
    import socketio

    class QuickCloseEngineIO(engineio.AsyncClient):
        async def disconnect(self, abort: bool = False, reason: Any = None) -> None:
            await super().disconnect(abort=True, reason=reason)

    class QuickCloseClient(socketio.AsyncClient):
        def _engineio_client_class(self) -> type:
            return QuickCloseEngineIO

    return QuickCloseClient(reconnection=False)


async def _socketio_say(url: str, message: str, token: Optional[str], timeout: float) -> List[dict]:
    import socketio  # python-socketio, installed with Rasa

    client = _quick_close_client()
    replies: List[dict] = []
    confirmed: asyncio.Future = asyncio.get_running_loop().create_future()
    last = [time.monotonic()]

    @client.on("session_confirm")
    async def on_session(session_id: Any) -> None:
        if not confirmed.done():
            confirmed.set_result(session_id)

    @client.on("bot_uttered")
    async def on_bot(payload: Any) -> None:
        replies.append(payload)
        last[0] = time.monotonic()

    try:
        # Long-polling: engineio 4.15's websocket client needs a newer aiohttp than Rasa's.
        await client.connect(url, auth={"token": token} if token else None, transports=["polling"],
                             wait_timeout=10)
    except socketio.exceptions.ConnectionError as error:
        raise ConnectionError(f"socket.io connection refused: {error}") from error
    try:
        await client.emit("session_request", {"session_id": None})
        session_id = await asyncio.wait_for(confirmed, 10)
        await client.emit("user_uttered", {"message": message, "session_id": session_id})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            await asyncio.sleep(0.2)
            if replies and time.monotonic() - last[0] > 2.0:
                break
        return replies
    finally:
        await client.disconnect()


def texts(replies: List[dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies if reply.get("text"))


def require_model() -> None:
    if not MODEL.exists():
        raise RuntimeError(f"no trained model at {MODEL}: run `make train` (make test does it)")
    if shutil.which("rasa", path=str(BIN)) is None:
        raise RuntimeError("rasa is not installed in the test environment: run `make setup`")
