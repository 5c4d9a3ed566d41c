"""The protected channels in the real Rasa server (one server pair, started with secrets).

REST: bearer token or HMAC signature (401 / 403 otherwise), limits (413, 415, 400, 429), the
polite answers to an over-long note and to an empty one, and the server staying up for everyone
else. socket.io: the token in the connect payload. The HTTP API, enabled here, wants its own token. Without a
secret, the Rasa server refuses to listen beyond localhost.
"""

from __future__ import annotations

import json
import subprocess
import urllib.error
import urllib.request

import pytest

from channels.guard import sign
from tests.servers import BIN, MODEL, ROOT, Assistant, free_port, require_model, texts

pytestmark = pytest.mark.e2e

TOKEN = "e2e-channel-token"
HMAC_SECRET = "e2e-hmac-secret"
API_TOKEN = "e2e-api-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
RATE = 12  # messages per sender per minute in this server


@pytest.fixture(scope="module")
def secured(tmp_path_factory):
    require_model()
    assistant = Assistant(
        tmp_path_factory.mktemp("secured"),
        extra_env={
            "POEMS_CHANNEL_TOKEN": TOKEN,
            "POEMS_CHANNEL_HMAC_SECRET": HMAC_SECRET,
            "POEMS_RATE_PER_MINUTE": str(RATE),
        },
        rasa_args=["--enable-api", "--auth-token", API_TOKEN],
        headers=AUTH,
    ).start()
    yield assistant
    assistant.stop()


def _tracker(assistant: Assistant, sender: str) -> dict:
    url = f"{assistant.url}/conversations/{sender}/tracker?token={API_TOKEN}"
    with urllib.request.urlopen(url, timeout=30) as reply:
        return json.loads(reply.read())


def _user_texts(assistant: Assistant, sender: str) -> list:
    return [e.get("text") for e in _tracker(assistant, sender)["events"] if e.get("event") == "user"]


def test_rest_wants_the_token_or_a_signature(secured):
    message = {"sender": "auth-1", "message": "hello"}
    status, data, headers = secured.post(message, headers={})
    assert status == 401 and data["error"] == "unauthorized"
    assert headers.get("WWW-Authenticate", "").startswith("Bearer")
    assert secured.post(message, headers={"Authorization": "Bearer not-it"})[0] == 403
    status, data, _ = secured.post(message)  # the assistant's default headers carry the token
    assert status == 200 and "POEMS" in texts(data)
    body = json.dumps({"sender": "auth-2", "message": "hello"}).encode()
    assert secured.post(body, headers={"X-Poems-Signature": "sha256=" + "0" * 64})[0] == 403
    status, data, _ = secured.post(body, headers={"X-Poems-Signature": sign(body, HMAC_SECRET)})
    assert status == 200 and "POEMS" in texts(data)


def test_http_api_wants_its_token(secured):
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{secured.url}/conversations/auth-1/tracker", timeout=30)
    assert refused.value.code == 401
    assert _user_texts(secured, "auth-1") == ["hello"]


def test_over_long_note_is_answered_politely_and_not_passed_on(secured):
    note = "Progressive numbness of both legs, IgA lambda. " * 430  # > 20 000 characters
    assert len(note) > 20_000
    status, data, _ = secured.post({"sender": "long-1", "message": note})
    assert status == 200
    reply = texts(data)
    assert "shorter" in reply and "简短" in reply
    assert _user_texts(secured, "long-1") == []


def test_an_empty_message_is_answered_and_the_conversation_goes_on(secured):
    status, data, _ = secured.post({"sender": "empty-1", "message": "Hb 85 g/L, polyneuropathy"})
    assert status == 200 and texts(data)
    for blank in ("", "   ", " \u200b\n"):
        status, data, _ = secured.post({"sender": "empty-1", "message": blank})
        assert status == 200
        reply = texts(data)
        assert "empty" in reply and "referral note" in reply and "病历" in reply
    assert _user_texts(secured, "empty-1") == ["Hb 85 g/L, polyneuropathy"]
    status, data, _ = secured.post({"sender": "empty-1", "message": "what is still missing?"})
    assert status == 200 and "VEGF" in texts(data), "the patient is still there"


@pytest.mark.parametrize(
    "body, content_type, status, code",
    [
        ("x" * 1_100_000, "application/json", 413, "body_too_large"),
        ('{"sender": "bad", "message": ', "application/json", 400, "invalid_json"),
        ('{"sender": "bad", "message": "hello"}', "text/plain", 415, "unsupported_media_type"),
        ('{"sender": "bad", "message": "\\u0000\\u0001binary"}', "application/json", 400, "binary_message"),
    ],
)
def test_bad_requests_get_clear_errors_and_the_server_stays_up(secured, body, content_type, status, code):
    got, data, _ = secured.post(body, content_type=content_type)
    assert (got, data["error"]) == (status, code)
    assert texts(secured.say("still-up", "hello")), "the server still answers"


def test_unicode_tricks_are_normalised_before_the_assistant_sees_them(secured):
    status, _, _ = secured.post({"sender": "uni-1", "message": "\u202ehe\u200bllo\u202c"})
    assert status == 200
    assert _user_texts(secured, "uni-1") == ["hello"]


def test_rate_limit_per_sender(secured):
    statuses = [secured.post({"sender": "busy", "message": "hi"})[0] for _ in range(RATE + 1)]
    assert statuses[:RATE] == [200] * RATE
    assert statuses[RATE] == 429
    status, data, headers = secured.post({"sender": "busy", "message": "hi"})
    assert status == 429 and data["error"] == "rate_limited" and int(headers["Retry-After"]) >= 1
    assert secured.post({"sender": "not-busy", "message": "hi"})[0] == 200, "others are unaffected"


def test_socketio_wants_the_token(secured):
    with pytest.raises(ConnectionError):
        secured.socketio_say("hello")
    with pytest.raises(ConnectionError):
        secured.socketio_say("hello", token="not-it")
    replies = secured.socketio_say("hello", token=TOKEN)
    assert "POEMS" in texts(replies)


def test_socketio_limits(secured):
    replies = secured.socketio_say("a" * 20_001, token=TOKEN)
    assert "shorter" in texts(replies)
    replies = secured.socketio_say("\u200b", token=TOKEN)
    assert [r.get("error") for r in replies] == ["empty_message"]


def test_unprotected_server_refuses_a_public_address(tmp_path):
    """No secret and --interface 0.0.0.0: the channels stop the server before it listens."""
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("POEMS_CHANNEL")}
    result = subprocess.run(
        [str(BIN / "rasa"), "run", "--model", str(MODEL), "--interface", "0.0.0.0", "--port", str(free_port()),
         "--credentials", str(ROOT / "credentials.yml"), "--endpoints", str(ROOT / "endpoints.yml")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "refusing to listen on '0.0.0.0'" in result.stdout + result.stderr
