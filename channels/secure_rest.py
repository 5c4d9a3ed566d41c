"""REST channel for hospital messaging integrations, with a shared secret and limits.

Same URL and JSON as Rasa's own ``rest`` channel (``POST /webhooks/rest/webhook`` with
``{"sender": ..., "message": ...}``, answer: the list of bot messages), which accepts anyone
even when the Rasa server runs with ``--auth-token``. This one:

- checks ``Authorization: Bearer <POEMS_CHANNEL_TOKEN>`` or ``X-Poems-Signature: sha256=<HMAC>``
  (401 when missing, 403 when wrong; constant-time compare) whenever a secret is configured,
  and refuses to start on a non-loopback address when none is;
- reads at most ``POEMS_MAX_BODY_BYTES`` (413 beyond, before reading when Content-Length says so),
  wants ``application/json`` (415) holding a JSON object (400), a sender and a text message;
- normalises the text (see ``channels.guard.clean_text``), refuses binary messages (400);
- answers an empty or blank message with what to send, as a normal bot message (200), without
  passing it to the assistant;
- answers an over-long note politely as a normal bot message, without passing it to the assistant;
- limits messages per sender (token bucket, 429 with ``Retry-After``).

It never logs message text.

Use in credentials.yml::

    channels.secure_rest.SecureRestInput:
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
from typing import Any, Awaitable, Callable, Dict, Optional, Text, Tuple

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import guard

logger = logging.getLogger(__name__)


def _error(problem: guard.Problem, headers: Optional[Dict[str, str]] = None) -> HTTPResponse:
    return response.json(problem.as_json(), status=problem.status, headers=headers)


def add_bind_check(blueprint: Blueprint, settings: guard.Settings) -> None:
    """Makes the server refuse to start on a non-loopback address when no secret is configured."""

    @blueprint.listener("before_server_start")
    async def refuse_unprotected(app: Any, _loop: Any) -> None:
        host = getattr(getattr(app, "state", None), "host", "") or ""
        try:
            guard.check_bind(host, settings)
        except guard.ChannelConfigError as error:
            logger.critical("%s", error)
            raise


class SecureRestInput(RestInput):
    """Rasa's REST channel behind a shared secret, with size, rate and content checks."""

    @classmethod
    def name(cls) -> Text:
        # Keeps the usual URL: /webhooks/rest/webhook.
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls(guard.Settings.from_env())

    def __init__(self, settings: Optional[guard.Settings] = None) -> None:
        self.settings = settings or guard.Settings.from_env()
        self.limiter = guard.RateLimiter(per_minute=self.settings.rate_per_minute)

    async def _read_body(self, request: Request) -> Tuple[bytes, Optional[guard.Problem]]:
        limit = self.settings.max_body_bytes
        declared = request.headers.get("content-length")
        if declared is not None:
            try:
                if int(declared) > limit:
                    return b"", guard.BODY_TOO_LARGE
            except ValueError:
                return b"", guard.INVALID_JSON
        chunks = []
        size = 0
        while True:
            chunk = await request.stream.read()
            if chunk is None:
                break
            size += len(chunk)
            if size > limit:
                return b"", guard.BODY_TOO_LARGE
            chunks.append(chunk)
        return b"".join(chunks), None

    def _parse(self, body: bytes) -> Tuple[Dict[str, Any], Optional[guard.Problem]]:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return {}, guard.INVALID_ENCODING
        try:
            payload = json.loads(text)
        except (ValueError, RecursionError):
            return {}, guard.INVALID_JSON
        if not isinstance(payload, dict):
            return {}, guard.NOT_AN_OBJECT
        return payload, None

    async def check(self, request: Request) -> Tuple[Optional[Dict[str, Any]], Optional[HTTPResponse]]:
        """Reads and checks a request: (sender, message, metadata) or the error response."""
        body, problem = await self._read_body(request)
        if problem:
            return None, _error(problem)
        problem = guard.check_http_auth(request.headers, body, self.settings)
        if problem:
            headers = {"WWW-Authenticate": 'Bearer realm="poems"'} if problem.status == 401 else None
            return None, _error(problem, headers)
        if not guard.content_type_ok(request.headers.get("content-type")):
            return None, _error(guard.WRONG_CONTENT_TYPE)
        payload, problem = self._parse(body)
        if problem:
            return None, _error(problem)
        sender, problem = guard.check_sender(payload.get("sender"))
        if problem:
            return None, _error(problem)
        message = payload.get("message")
        if not isinstance(message, str):
            return None, _error(guard.BAD_MESSAGE)
        metadata = payload.get("metadata")
        if metadata is not None and not isinstance(metadata, dict):
            return None, _error(guard.BAD_METADATA)
        allowed, wait = self.limiter.allow(sender)
        if not allowed:
            retry = max(1, math.ceil(wait))
            body = {**guard.RATE_LIMITED.as_json(), "retry_after": retry}
            return None, response.json(body, status=429, headers={"Retry-After": str(retry)})
        text, problem = guard.clean_text(message)
        if problem == guard.EMPTY_MESSAGE:  # answered, never an HTTP error (receive)
            return {"sender": sender, "text": "", "metadata": metadata}, None
        if problem:
            return None, _error(problem)
        return {"sender": sender, "text": text, "metadata": metadata}, None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        settings = self.settings
        webhook = Blueprint(f"secure_webhook_{type(self).__name__}", __name__)
        add_bind_check(webhook, settings)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"], stream=True)
        async def receive(request: Request) -> HTTPResponse:
            checked, failure = await self.check(request)
            if failure is not None:
                return failure
            sender = checked["sender"]
            text = checked["text"]
            if not text:  # an empty or blank message: said so; the conversation is untouched
                return response.json([{"recipient_id": sender, "text": guard.empty_reply()}])
            if len(text) > settings.max_message_chars:
                # A normal bot reply; the note itself goes no further.
                return response.json(
                    [{"recipient_id": sender, "text": guard.too_long_reply(settings.max_message_chars)}]
                )
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(
                        text, collector, sender, input_channel=self.name(), metadata=checked["metadata"]
                    )
                )
            except asyncio.CancelledError:
                # Never log the message: only what happened.
                logger.error("rest channel: message handling was cancelled (timeout)")
            except Exception as error:  # noqa: BLE001 - the server must stay up
                logger.error("rest channel: message handling failed (%s)", type(error).__name__)
            return response.json(collector.messages)

        return webhook
