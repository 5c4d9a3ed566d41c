"""bot.screening.runner with the real NLU and engine: rows, errors, resume, workers, Dask."""

from __future__ import annotations

import io
import json

import pytest

from benchmarks.notes import generate
from bot.screening import runner
from bot.screening.readers import Item

SECRET = "Qwzx-private-words"


@pytest.fixture(scope="module")
def notes():
    return [Item(row["id"], text=row["text"], line=i + 1) for i, row in enumerate(generate(16, seed=11))]


@pytest.fixture(scope="module")
def serial_lines(notes):
    out = io.StringIO()
    stats = runner.run(notes, out, workers=1, chunk_size=5, progress=False)
    assert stats.screened == len(notes) and stats.errors == 0
    return out.getvalue().splitlines()


def _by_id(lines):
    rows = [json.loads(line) for line in lines]
    return {row["id"]: row for row in rows}


def test_rows_are_the_contract_plus_id(serial_lines, notes):
    from bot.engine import assess
    import nlu

    rows = [json.loads(line) for line in serial_lines]
    assert [r["id"] for r in rows] == [n.id for n in notes]  # input order
    expected = {"id", *assess(nlu.extract_evidence(notes[0].text)).contract().keys()}
    assert set(rows[0]) == expected
    assert rows[0]["verdict"] in ("meets_criteria", "suspected", "possible", "unlikely")
    assert len(rows[0]["criteria"]) == 11


def test_bad_notes_are_error_rows_without_text_and_the_run_goes_on(notes):
    items = [
        notes[0],
        Item("empty", text="   "),
        Item("binary", text="\x01\x02\x03" * 50 + SECRET),
        Item("huge", text=(SECRET + " ") * 5000),
        Item(None, line=4, error="not valid JSON (column 1)"),
        notes[1],
    ]
    out = io.StringIO()
    stats = runner.run(items, out, chunk_size=4, progress=False)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r.get("id") for r in rows] == [notes[0].id, "empty", "binary", "huge", None, notes[1].id]
    errors = [r for r in rows if "error" in r]
    assert len(errors) == 4 == stats.errors
    assert all(set(r) <= {"id", "error", "line"} for r in errors)
    assert SECRET not in out.getvalue()
    assert "verdict" in rows[0] and "verdict" in rows[-1]
    assert sum(stats.summary.counts.values()) == len(rows)


def test_engine_failure_is_an_error_row(notes, monkeypatch):
    import bot.engine

    def broken(evidence):
        raise RuntimeError(SECRET)

    monkeypatch.setattr(bot.engine, "assess", broken)
    out = io.StringIO()
    runner.run(notes[:2], out, progress=False)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["error"] for r in rows] == ["internal error in assessment (RuntimeError)"] * 2
    assert SECRET not in out.getvalue()


def test_duplicate_ids_are_screened_once(notes):
    out = io.StringIO()
    runner.run([notes[0], Item(notes[0].id, text=notes[1].text, line=99)], out, progress=False)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows[0]["id"] == notes[0].id and "verdict" in rows[0]
    assert rows[1]["id"] is None and rows[1]["line"] == 99 and "duplicate" in rows[1]["error"]


def test_interrupted_run_resumes_without_redoing_finished_notes(notes, serial_lines, tmp_path, monkeypatch):
    path = tmp_path / "out.jsonl"
    real = runner.process_chunk
    calls = {"n": 0}

    def interrupted(chunk):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(chunk)

    monkeypatch.setattr(runner, "process_chunk", interrupted)
    with open(path, "w", encoding="utf-8") as out, pytest.raises(KeyboardInterrupt):
        runner.run(notes, out, chunk_size=3, progress=False)
    monkeypatch.setattr(runner, "process_chunk", real)
    written = path.read_text(encoding="utf-8").splitlines()
    assert len(written) == 6  # two chunks, flushed as they finished
    with open(path, "ab") as out:  # a torn last line, as a kill in mid-write leaves
        out.write(serial_lines[6][:40].encode())

    seen = []

    def counting(chunk):
        seen.extend(note[0] for note in chunk)
        return real(chunk)

    monkeypatch.setattr(runner, "process_chunk", counting)
    done, previous = runner.read_done(str(path))
    assert len(done) == 6 and len(previous) == 6
    with open(path, "a", encoding="utf-8") as out:
        stats = runner.run(notes, out, chunk_size=3, done=done, previous=previous, progress=False)
    assert stats.skipped == 6 and stats.screened == len(notes) - 6
    assert seen == [n.id for n in notes[6:]]  # finished notes were not redone
    final = path.read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in final]
    assert sorted(ids) == sorted(n.id for n in notes) and len(ids) == len(set(ids))
    assert _by_id(final) == _by_id(serial_lines)
    assert stats.summary.total == len(notes) == sum(stats.summary.counts.values())


def test_two_workers_give_the_same_results_as_one(notes, serial_lines):
    out = io.StringIO()
    stats = runner.run(notes, out, workers=2, chunk_size=3, progress=False)
    assert stats.backend == "pool" and stats.workers == 2
    assert out.getvalue().splitlines() == serial_lines  # same rows, same order


def test_dask_backend_on_a_local_cluster(notes, serial_lines):
    pytest.importorskip("distributed")
    out = io.StringIO()
    stats = runner.run(notes[:8], out, backend="dask", workers=2, chunk_size=2, progress=False)
    assert stats.backend == "dask"
    assert out.getvalue().splitlines() == serial_lines[:8]


def test_a_note_with_one_impossible_value_is_screened_with_the_value_set_aside(notes):
    """Not an error row: the note is assessed without the value, which is listed under
    ``set_aside`` (analyte, value and unit as written, the engine's message: no other text)."""
    note = f"{SECRET}. Numb feet. IFE IgG lambda positive. PLT 50 000 x10^9/L."
    out = io.StringIO()
    stats = runner.run([Item("odd", text=note), notes[0]], out, progress=False)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert stats.errors == 0 and "verdict" in rows[0]
    [item] = rows[0]["set_aside"]
    assert item["analyte"] == "platelets" and item["value"] == 50000 and "impossible" in item["message"]
    assert rows[0]["criteria"]["thrombocytosis_polycythemia"] == "unknown"
    assert rows[0]["criteria"]["monoclonal_plasma_cell_disorder"] == "present"
    assert "set_aside" not in rows[1]
    assert SECRET not in out.getvalue()
