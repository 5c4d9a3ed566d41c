"""scripts/run.sh refuses insecure set-ups before starting anything."""

from __future__ import annotations

import os
import subprocess

from tests.servers import ROOT

SCRIPT = ROOT / "scripts" / "run.sh"


def _run(*args: str, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("POEMS_")}
    return subprocess.run(
        ["bash", str(SCRIPT), *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True, timeout=60
    )


def test_public_address_without_a_channel_secret_is_refused():
    result = _run(RASA_HOST="0.0.0.0")
    assert result.returncode == 2
    assert "refusing to listen on '0.0.0.0'" in result.stderr and "POEMS_CHANNEL_TOKEN" in result.stderr


def test_public_web_page_without_a_channel_secret_is_refused():
    result = _run(WEB_HOST="0.0.0.0")
    assert result.returncode == 2 and "refusing to listen" in result.stderr


def test_http_api_without_a_token_is_refused():
    result = _run("--enable-api")
    assert result.returncode == 2 and "POEMS_API_TOKEN" in result.stderr
    result = _run(POEMS_ENABLE_API="1")
    assert result.returncode == 2 and "POEMS_API_TOKEN" in result.stderr


def test_unknown_option_is_refused():
    assert _run("--bogus").returncode == 2
