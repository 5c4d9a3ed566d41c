"""Referral text never reaches the log files (INFO and above, as the servers run by default).

Sends distinctive notes through the real servers (the shared session assistant: REST and
socket.io, a normal note, an over-long one and a refused one), then greps rasa.log and
actions.log for the notes' text and for distinctive phrases of them.
"""

from __future__ import annotations

import time
import uuid

import pytest

pytestmark = pytest.mark.e2e


def _note(marker: str) -> str:
    return (
        f"Referral {marker}: 61-year-old woman, zebrafinch-lantern neuropathy for 14 months, "
        "treated as CIDP without response to IVIG. Serum immunofixation IgG lambda. "
        f"VEGF 2310 pg/mL. Quillwort papilloedema noted by ophthalmology. 患者{marker}双下肢麻木。"
    )


PHRASES = ["zebrafinch-lantern", "Quillwort papilloedema", "2310 pg/mL", "IgG lambda. VEGF"]


def test_referral_text_is_not_logged(assistant):
    marker = uuid.uuid4().hex[:12]
    notes = [_note(marker), _note(marker + "s"), _note(marker + "x") * 100]
    assistant.say(f"logs-{marker}", notes[0])
    assert assistant.post({"sender": f"logs-{marker}", "message": notes[0] + "\x00"})[0] == 400  # binary
    assert len(notes[2]) > 20_000
    assistant.say(f"logs-{marker}-long", notes[2])  # over-long: answered without the assistant
    assistant.socketio_say(notes[1], token=assistant.extra_env.get("POEMS_CHANNEL_TOKEN"))
    time.sleep(1.0)  # let the servers flush their logs

    for name in ("rasa.log", "actions.log"):
        log = (assistant.workdir / name).read_text(encoding="utf-8", errors="replace")
        assert log, f"{name} is empty: the test would prove nothing"
        assert marker not in log, f"{name} contains the referral text"
        for phrase in PHRASES:
            assert phrase not in log, f"{name} contains {phrase!r} from the referral note"
