"""`make run`'s script brings up the whole assistant, answers through REST and the page, and
stops every process on Ctrl-C (SIGINT to its process group, as a terminal sends it)."""

import json
import os
import secrets
import signal
import subprocess
import time
import urllib.request

import pytest

from tests.servers import ROOT, free_port, require_model

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
RUN = secrets.token_hex(4)


def _say(port: int, message: str) -> str:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/webhooks/rest/webhook",
        # a new conversation per run: make run keeps conversations in var/tracker.db, and an
        # earlier run's conversation would still have its interview open
        data=json.dumps({"sender": f"run-{RUN}-{message}", "message": message}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as reply:
        return " ".join(r.get("text", "") for r in json.loads(reply.read()))


def test_run_script_serves_rest_and_page_and_stops_everything_on_ctrl_c(tmp_path):
    require_model()
    rasa, actions, web = free_port(), free_port(), free_port()
    env = {**os.environ, "RASA_PORT": str(rasa), "ACTIONS_PORT": str(actions), "WEB_PORT": str(web)}
    log = open(tmp_path / "run.log", "wb")
    process = subprocess.Popen(["scripts/run.sh"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while b"is running" not in (tmp_path / "run.log").read_bytes():
            assert process.poll() is None, (tmp_path / "run.log").read_text(errors="replace")
            assert time.monotonic() < deadline, "the assistant did not come up"
            time.sleep(1)
        assert "POEMS" in _say(rasa, "hello")
        assert "POEMS" in _say(rasa, "你好")
        # The triage flow reaches the action server that this script started on its own port.
        assert "Polyneuropathy" in _say(rasa, "58M demyelinating polyneuropathy on NCS, IFE IgA lambda")
        with urllib.request.urlopen(f"http://127.0.0.1:{web}/", timeout=10) as page:
            assert b"<html" in page.read().lower()
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            raise
    time.sleep(1)
    leftovers = subprocess.run(["pgrep", "-g", str(process.pid)], capture_output=True, text=True).stdout
    assert not leftovers.strip(), f"processes left running after Ctrl-C: {leftovers}"
    assert b"stopped." in (tmp_path / "run.log").read_bytes()
