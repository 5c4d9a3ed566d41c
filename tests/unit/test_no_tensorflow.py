"""The command line and the action server run spaCy without TensorFlow (nlu.no_tensorflow): thinc
would import it at start-up (seconds, hundreds of MB) though no rule pipeline uses it. A process
that has Rasa loaded keeps it."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def test_the_command_line_reads_a_note_without_tensorflow(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("CIDP, no response to IVIG. IFE IgA lambda. Platelets 520 x10^9/L.", encoding="utf-8")
    last = _run("import sys; from bot.cli import run; sys.argv = ['poems-triage', 'assess', %r, '--json'];"
                "code = run(); print(code, 'spacy' in sys.modules, sys.modules.get('tensorflow', 'absent'))" % str(note))
    assert last == "0 True None"  # read with spaCy; TensorFlow blocked, never loaded


def test_nothing_is_blocked_once_rasa_or_spacy_is_loaded():
    last = _run("import sys, spacy; from nlu.no_tensorflow import block_tensorflow;"
                "print(block_tensorflow(), sys.modules.get('tensorflow', 'absent') is not None)")
    assert last == "False True"
