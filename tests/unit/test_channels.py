"""The protected channels: shared secret, limits and text normalisation (no model, no Rasa server).

The REST blueprint runs in a real Sanic server on a free local port with a stand-in for the
assistant that echoes what reached it, so the tests see exactly what Rasa would be given.
"""

from __future__ import annotations

import asyncio
import json
import uuid

import aiohttp
import pytest
from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from channels import guard
from channels.secure_rest import SecureRestInput
from tests.servers import free_port

TOKEN = "s3cret-token-for-tests"
HMAC_SECRET = "hmac-secret-for-tests"


# --------------------------------------------------------------------------------------------
# guard: pure functions


def test_settings_from_env_defaults_and_values():
    assert guard.Settings.from_env({}) == guard.Settings()
    settings = guard.Settings.from_env(
        {
            "POEMS_CHANNEL_TOKEN": " t ",
            "POEMS_MAX_MESSAGE_CHARS": "100",
            "POEMS_RATE_PER_MINUTE": "5",
            "POEMS_WEB_ORIGINS": "http://a:1/, http://b:2",
        }
    )
    assert settings.token == "t" and settings.protected
    assert settings.max_message_chars == 100 and settings.rate_per_minute == 5
    assert settings.web_origins == ("http://a:1", "http://b:2")
    with pytest.raises(guard.ChannelConfigError):
        guard.Settings.from_env({"POEMS_RATE_PER_MINUTE": "lots"})


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
def test_unprotected_channels_may_listen_on_loopback(host):
    guard.check_bind(host, guard.Settings())


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "10.1.2.3", "example.org", ""])
def test_unprotected_channels_refuse_other_addresses(host):
    with pytest.raises(guard.ChannelConfigError, match="POEMS_CHANNEL_TOKEN"):
        guard.check_bind(host, guard.Settings())
    guard.check_bind(host, guard.Settings(token="x"))
    guard.check_bind(host, guard.Settings(hmac_secret="x"))


def test_http_auth_token_and_signature():
    both = guard.Settings(token=TOKEN, hmac_secret=HMAC_SECRET)
    body = b'{"sender":"a","message":"hi"}'
    assert guard.check_http_auth({}, body, guard.Settings()) is None
    assert guard.check_http_auth({}, body, both).status == 401
    assert guard.check_http_auth({"authorization": f"Bearer {TOKEN}"}, body, both) is None
    assert guard.check_http_auth({"authorization": "Bearer nope"}, body, both).status == 403
    assert guard.check_http_auth({"authorization": f"Basic {TOKEN}"}, body, both).status == 401
    signature = guard.sign(body, HMAC_SECRET)
    assert guard.check_http_auth({"x-poems-signature": signature}, body, both) is None
    assert guard.check_http_auth({"x-poems-signature": signature}, body + b" ", both).status == 403
    assert guard.check_http_auth({"x-poems-signature": "sha256=00"}, body, both).status == 403
    token_only = guard.Settings(token=TOKEN)
    assert guard.check_http_auth({"x-poems-signature": signature}, body, token_only).status == 403


def test_socket_token():
    settings = guard.Settings(token=TOKEN)
    assert guard.check_socket_token(None, guard.Settings()) is None
    assert guard.check_socket_token(None, settings).status == 401
    assert guard.check_socket_token("wrong", settings).status == 403
    assert guard.check_socket_token(TOKEN, settings) is None


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("  IgA λ  ", "IgA λ"),
        ("ＶＥＧＦ　１２００ pg/mL", "VEGF 1200 pg/mL"),  # full-width -> ASCII
        ("PLT 450×10⁹/L", "PLT 450×10^9/L"),  # superscripts keep their meaning
        ("no\u200bt\u200d a\u2060 trick\ufeff", "not a trick"),  # zero-width
        ("\u202eevil\u202c \u2066text\u2069", "evil text"),  # bidi overrides and isolates
        ("line1\r\nline2\rline3", "line1\nline2\nline3"),
        ("tab\there\x07\x1b[31m", "tab\there[31m"),  # C0 controls other than \n \t removed
        ("病人\ud800男性", "病人男性"),  # lone surrogate
        ("a\n\n\n\n\n\nb", "a\n\n\nb"),
    ],
)
def test_clean_text(raw, clean):
    assert guard.clean_text(raw) == (clean, None)


@pytest.mark.parametrize("raw", ["", "   ", "\u200b\u200b", "\n\t"])
def test_clean_text_refuses_empty(raw):
    assert guard.clean_text(raw)[1] == guard.EMPTY_MESSAGE


@pytest.mark.parametrize("raw", ["text\x00more", "\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e",
                                 "\x01\x02", "\x01\x02\x03 \x01"])
def test_clean_text_refuses_binary(raw):
    assert guard.clean_text(raw)[1] == guard.BINARY_MESSAGE


def test_rate_limiter_is_a_token_bucket_per_sender():
    now = [0.0]
    limiter = guard.RateLimiter(per_minute=3, clock=lambda: now[0])
    assert [limiter.allow("a")[0] for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")[0], "other senders are unaffected"
    allowed, wait = limiter.allow("a")
    assert not allowed and 0 < wait <= 20
    now[0] += 20.0  # 3 a minute: one message every 20 s
    assert limiter.allow("a")[0]
    assert not limiter.allow("a")[0]


def test_rate_limiter_forgets_old_senders():
    limiter = guard.RateLimiter(per_minute=1, max_senders=10)
    for i in range(100):
        limiter.allow(f"s{i}")
    assert len(limiter._buckets) == 10


# --------------------------------------------------------------------------------------------
# the REST blueprint in a real Sanic server


class Channel:
    """A Sanic server with the REST channel; `received` holds what reached the assistant."""

    def __init__(self, settings: guard.Settings) -> None:
        self.settings = settings
        self.received: list = []
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/webhooks/rest/webhook"

    async def __aenter__(self) -> "Channel":
        Sanic.test_mode = True
        app = Sanic(f"channel_{uuid.uuid4().hex}")
        channel = SecureRestInput(self.settings)

        async def on_new_message(message: UserMessage) -> None:
            self.received.append(message)
            if message.text == "boom":
                raise RuntimeError("the assistant failed")
            await message.output_channel.send_text_message(message.sender_id, f"echo {len(message.text)}")

        app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/rest")
        self.server = await app.create_server(
            host="127.0.0.1", port=self.port, return_asyncio_server=True, access_log=False
        )
        await self.server.startup()
        await self.server.before_start()
        await self.server.after_start()
        self.session = aiohttp.ClientSession()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.session.close()
        await self.server.before_stop()
        self.server.close()
        await self.server.wait_closed()

    async def post(self, body, headers=None, content_type="application/json"):
        if not isinstance(body, (bytes, str)):
            body = json.dumps(body)
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = {"Content-Type": content_type, **(headers or {})} if content_type else dict(headers or {})
        async with self.session.post(self.url, data=body, headers=headers) as reply:
            text = await reply.text()
            try:
                data = json.loads(text)
            except ValueError:
                data = text
            return reply.status, data, reply.headers


def run(coro):
    return asyncio.run(coro)


def test_open_channel_passes_clean_messages_and_keeps_the_usual_answer_shape():
    async def scenario():
        async with Channel(guard.Settings()) as channel:
            status, data, _ = await channel.post({"sender": "dr-a", "message": " \u202eＩｇＡ λ "})
            assert status == 200
            assert data == [{"recipient_id": "dr-a", "text": "echo 5"}]
            assert channel.received[0].text == "IgA λ"
            assert channel.received[0].input_channel == "rest"
            # charset and +json are fine
            status, _, _ = await channel.post(
                {"sender": "dr-a", "message": "hi"}, content_type="application/json; charset=utf-8"
            )
            assert status == 200

    run(scenario())


@pytest.mark.parametrize(
    "body, content_type, status, code",
    [
        ('{"sender": "a", "message": "hi"', "application/json", 400, "invalid_json"),
        (b'{"sender": "a", "message": "\xff\xfe"}', "application/json", 400, "invalid_encoding"),
        ("[1, 2]", "application/json", 400, "invalid_request"),
        ('{"message": "hi"}', "application/json", 400, "invalid_sender"),
        ('{"sender": "", "message": "hi"}', "application/json", 400, "invalid_sender"),
        ('{"sender": "a", "message": 5}', "application/json", 400, "invalid_message"),
        ('{"sender": "a", "message": "hi", "metadata": [1]}', "application/json", 400, "invalid_metadata"),
        ('{"sender": "a", "message": "bin\\u0000ary"}', "application/json", 400, "binary_message"),
        ('{"sender": "a", "message": "hi"}', "text/plain", 415, "unsupported_media_type"),
        ('{"sender": "a", "message": "hi"}', "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
        ('{"sender": "a", "message": "hi"}', None, 415, "unsupported_media_type"),
    ],
)
def test_bad_requests_get_a_clear_json_error_and_reach_nothing(body, content_type, status, code):
    async def scenario():
        async with Channel(guard.Settings()) as channel:
            got, data, _ = await channel.post(body, content_type=content_type)
            assert (got, data["error"]) == (status, code)
            assert " / " in data["message"], "bilingual message"
            assert channel.received == []
            # the server is still up for the next message
            assert (await channel.post({"sender": "b", "message": "hi"}))[0] == 200

    run(scenario())


@pytest.mark.parametrize("message", ["", "   ", "\u200b\n\t"])
def test_an_empty_message_gets_a_reply_and_reaches_nothing(message):
    """An empty or blank message is answered as a bot message (200) with what to send, in both
    languages; it never reaches the assistant, so the conversation goes on as it was."""
    async def scenario():
        async with Channel(guard.Settings()) as channel:
            status, data, _ = await channel.post({"sender": "dr-e", "message": message})
            assert status == 200
            assert [m["recipient_id"] for m in data] == ["dr-e"]
            reply = data[0]["text"]
            assert "empty" in reply and "referral note" in reply and "病历" in reply
            assert channel.received == []
            status, data, _ = await channel.post({"sender": "dr-e", "message": "hi"})
            assert (status, data) == (200, [{"recipient_id": "dr-e", "text": "echo 2"}])

    run(scenario())


def test_an_empty_message_still_needs_the_credentials():
    async def scenario():
        async with Channel(guard.Settings(token="s3cret")) as channel:
            status, data, _ = await channel.post({"sender": "dr-e", "message": ""})
            assert status == 401 and data["error"] == "unauthorized"
            status, data, _ = await channel.post({"sender": "dr-e", "message": ""},
                                                 headers={"Authorization": "Bearer s3cret"})
            assert status == 200 and "empty" in data[0]["text"]
            assert channel.received == []

    run(scenario())


def test_huge_bodies_are_refused_early_with_413():
    async def scenario():
        async with Channel(guard.Settings()) as channel:
            body = json.dumps({"sender": "a", "message": "x" * 1_000_000})
            status, data, _ = await channel.post(body)
            assert status == 413 and data["error"] == "body_too_large"
            assert channel.received == []

    run(scenario())


def test_over_long_note_gets_a_polite_bilingual_reply_and_is_not_passed_on():
    async def scenario():
        async with Channel(guard.Settings(max_message_chars=1000)) as channel:
            status, data, _ = await channel.post({"sender": "a", "message": "神经病变 " * 400})
            assert status == 200
            assert len(data) == 1 and data[0]["recipient_id"] == "a"
            assert "shorter" in data[0]["text"] and "简短" in data[0]["text"]
            assert channel.received == []
            # the default limit: 20 000 characters pass, 20 001 do not
            assert guard.Settings().max_message_chars == 20_000

    run(scenario())


def test_rate_limit_per_sender_gives_429_and_spares_others():
    async def scenario():
        async with Channel(guard.Settings(rate_per_minute=3)) as channel:
            statuses = [(await channel.post({"sender": "busy", "message": "hi"}))[0] for _ in range(3)]
            assert statuses == [200, 200, 200]
            status, data, headers = await channel.post({"sender": "busy", "message": "hi"})
            assert status == 429 and data["error"] == "rate_limited" and data["retry_after"] >= 1
            assert int(headers["Retry-After"]) >= 1
            assert (await channel.post({"sender": "calm", "message": "hi"}))[0] == 200

    run(scenario())


def test_assistant_failure_is_not_a_crash_and_is_not_logged_with_text(caplog):
    async def scenario():
        async with Channel(guard.Settings()) as channel:
            status, data, _ = await channel.post({"sender": "a", "message": "boom"})
            assert status == 200 and data == []
            assert (await channel.post({"sender": "a", "message": "hi"}))[0] == 200

    run(scenario())
    assert "boom" not in caplog.text


def test_token_protected_channel():
    async def scenario():
        async with Channel(guard.Settings(token=TOKEN)) as channel:
            message = {"sender": "a", "message": "hi"}
            status, data, headers = await channel.post(message)
            assert status == 401 and data["error"] == "unauthorized"
            assert headers["WWW-Authenticate"].startswith("Bearer")
            assert (await channel.post(message, {"Authorization": "Bearer wrong"}))[0] == 403
            assert (await channel.post(message, {"Authorization": f"Bearer {TOKEN}"}))[0] == 200
            assert len(channel.received) == 1

    run(scenario())


def test_hmac_protected_channel():
    async def scenario():
        async with Channel(guard.Settings(hmac_secret=HMAC_SECRET)) as channel:
            body = json.dumps({"sender": "a", "message": "hi"}).encode()
            assert (await channel.post(body))[0] == 401
            assert (await channel.post(body, {"X-Poems-Signature": "sha256=" + "0" * 64}))[0] == 403
            signed = {"X-Poems-Signature": guard.sign(body, HMAC_SECRET)}
            assert (await channel.post(body, signed))[0] == 200
            assert (await channel.post(body + b"\n", signed))[0] == 403, "signature covers the body"

    run(scenario())


def test_unprotected_channel_refuses_to_start_on_a_public_address():
    async def scenario(settings):
        Sanic.test_mode = True
        app = Sanic(f"channel_{uuid.uuid4().hex}")

        async def on_new_message(message: UserMessage) -> None:  # pragma: no cover
            pass

        app.blueprint(SecureRestInput(settings).blueprint(on_new_message), url_prefix="/webhooks/rest")
        # Bound to loopback, then told it is on 0.0.0.0 (as `rasa run --interface 0.0.0.0` would
        # set it): the tests never listen on a public address.
        server = await app.create_server(host="127.0.0.1", port=free_port(), return_asyncio_server=True)
        app.state.host = "0.0.0.0"
        try:
            await server.startup()
            await server.before_start()
        finally:
            server.close()
            await server.wait_closed()

    with pytest.raises(guard.ChannelConfigError, match="refusing to listen on '0.0.0.0'"):
        run(scenario(guard.Settings()))
    run(scenario(guard.Settings(token=TOKEN)))
