"""socket.io channel for the web page, with a shared secret and the same limits as REST.

Differences from Rasa's own ``socketio`` channel:

- a connecting client must present ``POEMS_CHANNEL_TOKEN`` (``auth: {token}``, ``?token=`` or an
  ``Authorization: Bearer`` header) whenever a secret is configured; refuses to start on a
  non-loopback address when none is;
- browsers may connect only from ``POEMS_WEB_ORIGINS`` (Rasa's channel allows any origin);
- messages are normalised, size- and rate-limited like REST; problems are answered with a
  bot message carrying ``error`` (a code) and a bilingual ``text``;
- custom payloads reach the browser as ``{"custom": {...}}`` (Rasa 3.6 passes them to
  ``emit`` as keyword arguments, which fails), and the session room is really joined
  (python-socketio 5's ``enter_room`` is a coroutine that Rasa 3.6 does not await).

It never logs message text. Use in credentials.yml::

    channels.secure_socketio.SecureSocketIOInput:
      user_message_evt: user_uttered
      bot_message_evt: bot_uttered
      session_persistence: true
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Text
from urllib.parse import parse_qs

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from channels import guard
from channels.secure_rest import add_bind_check

logger = logging.getLogger(__name__)

_SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


class SecureSocketIOOutput(SocketIOOutput):
    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        await self.sio.emit(self.bot_message_evt, {"custom": json_message}, room=recipient_id)


def _token_from(environ: Dict[str, Any], auth: Any) -> Optional[str]:
    if isinstance(auth, dict) and auth.get("token"):
        return str(auth["token"])
    query = parse_qs(environ.get("QUERY_STRING", "") or "")
    if query.get("token"):
        return query["token"][0]
    return guard.bearer_token(environ.get("HTTP_AUTHORIZATION"))


class SecureSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel behind a shared secret, with size, rate and content checks."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        return cls(
            credentials.get("user_message_evt", "user_uttered"),
            credentials.get("bot_message_evt", "bot_uttered"),
            credentials.get("namespace"),
            credentials.get("session_persistence", False),
            credentials.get("socketio_path", "/socket.io"),
            settings=guard.Settings.from_env(),
        )

    def __init__(self, *args: Any, settings: Optional[guard.Settings] = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.settings = settings or guard.Settings.from_env()
        self.limiter = guard.RateLimiter(per_minute=self.settings.rate_per_minute)

    def get_output_channel(self) -> Optional[OutputChannel]:
        if self.sio is None:
            return None
        return SecureSocketIOOutput(self.sio, self.bot_message_evt)

    async def _refuse(self, sid: str, room: str, problem: guard.Problem, **extra: Any) -> None:
        await self.sio.emit(
            self.bot_message_evt, {"text": problem.message, "error": problem.code, **extra}, room=room or sid
        )

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        settings = self.settings
        origins = list(settings.web_origins) or [
            "http://localhost:8080",
            "http://127.0.0.1:8080",
        ]
        sio = AsyncServer(
            async_mode="sanic",
            cors_allowed_origins=origins,
            max_http_buffer_size=settings.max_body_bytes,
        )
        webhook = SocketBlueprint(sio, self.socketio_path, "secure_socketio_webhook", __name__)
        add_bind_check(webhook, settings)
        self.sio = sio
        namespace = self.namespace
        sessions: Dict[str, str] = {}  # socket id -> session id it asked for

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=namespace)
        async def connect(sid: Text, environ: Dict, auth: Optional[Dict] = None) -> bool:
            problem = guard.check_socket_token(_token_from(environ, auth), settings)
            if problem:
                logger.info("socket.io connection refused (%s)", problem.code)
                return False
            return True

        @sio.on("disconnect", namespace=namespace)
        async def disconnect(sid: Text, *_: Any) -> None:
            sessions.pop(sid, None)

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: Text, data: Optional[Dict] = None) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            session_id = requested if isinstance(requested, str) and _SESSION_ID.match(requested) else uuid.uuid4().hex
            if self.session_persistence:
                await sio.enter_room(sid, session_id, namespace=namespace)
            sessions[sid] = session_id
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: Text, data: Any = None) -> None:
            if not isinstance(data, dict):
                await self._refuse(sid, sid, guard.NOT_AN_OBJECT)
                return
            if self.session_persistence:
                session_id = data.get("session_id")
                if not isinstance(session_id, str) or sessions.get(sid) != session_id:
                    await self._refuse(sid, sid, guard.BAD_SENDER)
                    return
                sender = session_id
            else:
                sender = sid
            allowed, wait = self.limiter.allow(sender)
            if not allowed:
                await self._refuse(sid, sender, guard.RATE_LIMITED, retry_after=max(1, round(wait)))
                return
            message = data.get("message", "")
            if not isinstance(message, str):
                await self._refuse(sid, sender, guard.BAD_MESSAGE)
                return
            text, problem = guard.clean_text(message)
            if problem == guard.EMPTY_MESSAGE:  # said what to send; the conversation is untouched
                await sio.emit(self.bot_message_evt, {"text": guard.empty_reply(), "error": problem.code}, room=sender)
                return
            if problem:
                await self._refuse(sid, sender, problem)
                return
            if len(text) > settings.max_message_chars:
                await sio.emit(
                    self.bot_message_evt, {"text": guard.too_long_reply(settings.max_message_chars)}, room=sender
                )
                return
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            if not isinstance(metadata, dict):
                metadata = {}
            output = SecureSocketIOOutput(sio, self.bot_message_evt)
            try:
                await on_new_message(
                    UserMessage(text, output, sender, input_channel=self.name(), metadata=metadata)
                )
            except Exception as error:  # noqa: BLE001 - the server must stay up
                logger.error("socket.io channel: message handling failed (%s)", type(error).__name__)

        return webhook
