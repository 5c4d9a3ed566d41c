"""Checks shared by the protected REST and socket.io channels.

Nothing here logs or returns the text of a message: referral notes are patient data. Errors
carry a short machine-readable code and a bilingual sentence that is safe to show anyone.

Settings come from the environment (read when a channel is created):

- ``POEMS_CHANNEL_TOKEN``        shared secret sent as ``Authorization: Bearer <token>`` (REST) or
                                 as ``auth: {token}`` / ``?token=`` when a socket.io client connects.
- ``POEMS_CHANNEL_HMAC_SECRET``  secret for ``X-Poems-Signature: sha256=<hex HMAC-SHA256 of body>``
                                 (REST only).
- ``POEMS_MAX_MESSAGE_CHARS``    longest message passed to the assistant (default 20000).
- ``POEMS_MAX_BODY_BYTES``       largest request body read at all (default 262144).
- ``POEMS_RATE_PER_MINUTE``      messages per sender per minute, token bucket (default 30).
- ``POEMS_WEB_ORIGINS``          comma-separated browser origins allowed on socket.io.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import ipaddress
import os
import re
import threading
import time
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Tuple

import yaml

DEFAULT_MAX_MESSAGE_CHARS = 20_000
DEFAULT_MAX_BODY_BYTES = 256 * 1024
DEFAULT_RATE_PER_MINUTE = 30.0
SIGNATURE_HEADER = "X-Poems-Signature"
MAX_SENDER_CHARS = 128
REPLIES = Path(__file__).with_name("replies.yml")


class ChannelConfigError(RuntimeError):
    """The channel would run unprotected where others can reach it."""


@dataclass(frozen=True)
class Problem:
    """Why a request or message is refused: HTTP status, code and a bilingual message."""

    status: int
    code: str
    message: str

    def as_json(self) -> Dict[str, str]:
        return {"error": self.code, "message": self.message}


def _problem(status: int, code: str, en: str, zh: str) -> Problem:
    return Problem(status, code, f"{en} / {zh}")


MISSING_CREDENTIALS = _problem(
    401, "unauthorized", "Missing credentials for this channel.", "缺少访问此通道的凭据。"
)
WRONG_CREDENTIALS = _problem(403, "forbidden", "Wrong credentials for this channel.", "访问此通道的凭据错误。")
BODY_TOO_LARGE = _problem(413, "body_too_large", "The request body is too large.", "请求内容过大。")
INVALID_JSON = _problem(400, "invalid_json", "The request body is not valid JSON.", "请求内容不是有效的 JSON。")
INVALID_ENCODING = _problem(400, "invalid_encoding", "The request body is not UTF-8 text.", "请求内容不是 UTF-8 文本。")
NOT_AN_OBJECT = _problem(
    400, "invalid_request", 'Send a JSON object: {"sender": "...", "message": "..."}.',
    '请发送 JSON 对象：{"sender": "...", "message": "..."}。',
)
BAD_SENDER = _problem(
    400, "invalid_sender", f"'sender' must be a non-empty string of at most {MAX_SENDER_CHARS} characters.",
    f"'sender' 必须是不超过 {MAX_SENDER_CHARS} 个字符的非空字符串。",
)
BAD_MESSAGE = _problem(400, "invalid_message", "'message' must be a string.", "'message' 必须是字符串。")
BAD_METADATA = _problem(400, "invalid_metadata", "'metadata' must be a JSON object.", "'metadata' 必须是 JSON 对象。")
EMPTY_MESSAGE = _problem(400, "empty_message", "The message is empty.", "消息为空。")
BINARY_MESSAGE = _problem(
    400, "binary_message", "The message looks like binary data, not text.", "消息看起来是二进制数据，而不是文本。"
)
WRONG_CONTENT_TYPE = _problem(
    415, "unsupported_media_type", "Send the message as Content-Type: application/json.",
    "请以 Content-Type: application/json 发送消息。",
)
RATE_LIMITED = _problem(
    429, "rate_limited", "Too many messages; please wait a moment and try again.", "消息过于频繁，请稍候再试。"
)


@functools.lru_cache(maxsize=None)
def _replies() -> Dict[str, Dict[str, str]]:
    with open(REPLIES, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def empty_reply() -> str:
    """The assistant's answer to an empty or blank message (sent as a normal bot message, so a
    client that sends one by mistake keeps its conversation and learns what to send)."""
    text = _replies()["empty_message"]
    return f"{text['en']}\n\n{text['zh']}"


def too_long_reply(limit: int) -> str:
    """The assistant's polite answer to an over-long note (sent as a normal bot message)."""
    return (
        f"This note is too long for me (more than {limit:,} characters). Please send a shorter "
        "note: the history, examination and the key test results are enough.\n\n"
        f"这份病历太长了（超过 {limit:,} 个字符）。请发送更简短的病历：病史、体格检查和关键检查结果即可。"
    )


def _env_float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as error:
        raise ChannelConfigError(f"{name} must be a number, not {raw!r}") from error
    if value <= 0:
        raise ChannelConfigError(f"{name} must be positive")
    return value


@dataclass(frozen=True)
class Settings:
    token: str = ""
    hmac_secret: str = ""
    max_message_chars: int = DEFAULT_MAX_MESSAGE_CHARS
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    rate_per_minute: float = DEFAULT_RATE_PER_MINUTE
    web_origins: Tuple[str, ...] = ()

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "Settings":
        env = os.environ if env is None else env
        origins = tuple(o.strip().rstrip("/") for o in (env.get("POEMS_WEB_ORIGINS") or "").split(",") if o.strip())
        return cls(
            token=(env.get("POEMS_CHANNEL_TOKEN") or "").strip(),
            hmac_secret=(env.get("POEMS_CHANNEL_HMAC_SECRET") or "").strip(),
            max_message_chars=int(_env_float(env, "POEMS_MAX_MESSAGE_CHARS", DEFAULT_MAX_MESSAGE_CHARS)),
            max_body_bytes=int(_env_float(env, "POEMS_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES)),
            rate_per_minute=_env_float(env, "POEMS_RATE_PER_MINUTE", DEFAULT_RATE_PER_MINUTE),
            web_origins=origins,
        )

    @property
    def protected(self) -> bool:
        return bool(self.token or self.hmac_secret)


# ---------------------------------------------------------------------------------------------
# Where the servers may listen


def is_loopback(host: str) -> bool:
    host = (host or "").strip().strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, settings: Settings) -> None:
    """Refuses to expose unprotected channels: without a secret only loopback addresses are allowed."""
    if settings.protected or is_loopback(host):
        return
    raise ChannelConfigError(
        f"refusing to listen on {host!r} without a channel secret: the REST and socket.io channels "
        "would accept anyone. Set POEMS_CHANNEL_TOKEN (bearer token) and/or POEMS_CHANNEL_HMAC_SECRET "
        "(HMAC-SHA256 signatures), or listen on 127.0.0.1 only (the default)."
    )


# ---------------------------------------------------------------------------------------------
# Credentials


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8"))


def bearer_token(authorization: Optional[str]) -> Optional[str]:
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def sign(body: bytes, secret: str) -> str:
    """The X-Poems-Signature value for a body (what a hospital integration sends)."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def check_http_auth(headers: Mapping[str, str], body: bytes, settings: Settings) -> Optional[Problem]:
    """None when the request may pass; a 401 (nothing sent) or 403 (wrong) problem otherwise.

    With both secrets configured, either a right token or a right signature is enough.
    """
    if not settings.protected:
        return None
    token = bearer_token(headers.get("authorization") or headers.get("Authorization"))
    signature = headers.get(SIGNATURE_HEADER.lower()) or headers.get(SIGNATURE_HEADER)
    ok = False
    if settings.token and token is not None and _same(token, settings.token):
        ok = True
    if settings.hmac_secret and signature and _same(signature.strip().lower(), sign(body, settings.hmac_secret)):
        ok = True
    if ok:
        return None
    if token is None and not signature:
        return MISSING_CREDENTIALS
    return WRONG_CREDENTIALS


def check_socket_token(token: Optional[str], settings: Settings) -> Optional[Problem]:
    """socket.io clients present the bearer token (the HMAC secret does not apply there)."""
    if not settings.protected:
        return None
    if not token:
        return MISSING_CREDENTIALS
    if settings.token and _same(str(token), settings.token):
        return None
    return WRONG_CREDENTIALS


# ---------------------------------------------------------------------------------------------
# Text


_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E]  # zero-width, word joiner, BOM, soft hyphen
    + [0x200E, 0x200F, 0x061C]  # LRM, RLM, ALM
    + list(range(0x202A, 0x202F))  # LRE, RLE, PDF, LRO, RLO
    + list(range(0x2066, 0x206A))  # LRI, RLI, FSI, PDI
)
# Superscripts keep their meaning (10⁹/L must not become 109/L under NFKC): 10⁹ -> 10^9.
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻"
_SUPERSCRIPT_RUN = re.compile(f"[{_SUPERSCRIPTS}]+")
_SUPERSCRIPT_MAP = str.maketrans(_SUPERSCRIPTS, "0123456789+-")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BLANK_LINES = re.compile(r"\n{4,}")


def clean_text(text: str) -> Tuple[str, Optional[Problem]]:
    """Normalises a message; returns (clean text, None) or ("", problem).

    NFKC (full-width digits and letters, ligatures) with superscripts kept as ``^n``; bidi
    overrides, zero-width characters and lone surrogates removed; \\r\\n -> \\n; C0/C1 control
    characters other than \\n and \\t removed. A NUL, or many control characters, means binary
    data and is refused, and so is a message of control characters and blanks only. Empty after
    cleaning is refused.
    """
    if "\x00" in text:
        return "", BINARY_MESSAGE
    controls = len(_CONTROL.findall(text))
    if controls and controls > max(8, len(text) // 20):
        return "", BINARY_MESSAGE
    text = _SURROGATE.sub("", text)
    text = text.translate(_INVISIBLE)
    text = _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group(0).translate(_SUPERSCRIPT_MAP), text)
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub("", text)
    text = _BLANK_LINES.sub("\n\n\n", text).strip()
    if not text:  # nothing but control characters is not an empty message: it is not text
        return "", BINARY_MESSAGE if controls else EMPTY_MESSAGE
    return text, None


def check_sender(sender: object) -> Tuple[str, Optional[Problem]]:
    if isinstance(sender, bool) or not isinstance(sender, (str, int)):
        return "", BAD_SENDER
    sender = str(sender).strip()
    if not sender or len(sender) > MAX_SENDER_CHARS or _CONTROL.search(sender) or _SURROGATE.search(sender):
        return "", BAD_SENDER
    return sender, None


def content_type_ok(content_type: Optional[str]) -> bool:
    if not content_type:
        return False
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


# ---------------------------------------------------------------------------------------------
# Rate


@dataclass
class RateLimiter:
    """Token bucket per sender: ``per_minute`` messages a minute, bursts up to ``burst``.

    Remembers at most ``max_senders`` senders (least recently seen forgotten first), so a flood
    of new sender ids cannot grow memory without bound.
    """

    per_minute: float = DEFAULT_RATE_PER_MINUTE
    burst: Optional[float] = None
    max_senders: int = 50_000
    clock: "callable" = time.monotonic
    _buckets: "OrderedDict[str, List[float]]" = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def capacity(self) -> float:
        return self.burst if self.burst is not None else max(1.0, self.per_minute)

    def allow(self, sender: str) -> Tuple[bool, float]:
        """(allowed, seconds to wait before the next message would be allowed)."""
        rate = self.per_minute / 60.0
        now = self.clock()
        with self._lock:
            bucket = self._buckets.pop(sender, None)
            if bucket is None:
                bucket = [self.capacity, now]
            tokens = min(self.capacity, bucket[0] + (now - bucket[1]) * rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[sender] = [tokens, now]
            while len(self._buckets) > self.max_senders:
                self._buckets.popitem(last=False)
        wait = 0.0 if allowed else (1.0 - tokens) / rate
        return allowed, wait
