"""``poems-triage screen`` end to end on generated notes: JSONL, CSV and folder input, summary,
reports, resume, exit codes."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.notes import generate, write_jsonl
from bot.cli import main

SECRET = "Vbnm-private-words"


def _rows(path: Path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _summary_counts(text: str):
    counts = {}
    for key in ("meets_criteria", "suspected", "possible", "unlikely", "error"):
        match = re.search(rf"^\s+{key}\s+(\d+)$", text, re.M)
        counts[key] = int(match.group(1))
    return counts


def test_300_generated_notes_with_bad_rows(tmp_path):
    notes = tmp_path / "notes.jsonl"
    write_jsonl(str(notes), 300, seed=3)
    with open(notes, "a", encoding="utf-8") as handle:
        handle.write("{broken json " + SECRET + "\n")
        handle.write(json.dumps({"id": "empty", "text": ""}) + "\n")
        handle.write(json.dumps({"id": "big", "text": SECRET * 3000}) + "\n")
    out, summary, report = tmp_path / "out.jsonl", tmp_path / "summary.txt", tmp_path / "report.html"
    code = main(["screen", str(notes), "--out", str(out), "--summary", str(summary),
                 "--report", str(report), "--no-progress"])
    assert code == 0
    rows = _rows(out)
    assert len(rows) == 303
    ids = [r["id"] for r in rows if r["id"] is not None]
    assert len(ids) == len(set(ids)) == 302
    text = summary.read_text(encoding="utf-8")
    counts = _summary_counts(text)
    assert counts["error"] == 3 == sum("error" in r for r in rows)
    for verdict in ("meets_criteria", "suspected", "possible", "unlikely"):
        assert counts[verdict] == sum(r.get("verdict") == verdict for r in rows)
    assert counts["meets_criteria"] + counts["suspected"] > 0  # the generator hides POEMS patients
    assert SECRET not in text and SECRET not in report.read_text(encoding="utf-8")
    assert SECRET not in "".join(json.dumps(r) for r in rows if "error" in r)
    page = report.read_text(encoding="utf-8")
    assert "<svg" in page and page.count("<tr>") >= 300


def test_csv_input_and_csv_report(tmp_path, capsys):
    notes = list(generate(4, seed=5))
    path = tmp_path / "notes.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["mrn", "letter"])
        for row in notes:
            writer.writerow([row["id"], row["text"]])
        writer.writerow(["", "no id"])
    report = tmp_path / "report.csv"
    assert main(["screen", str(path), "--id-column", "mrn", "--text-column", "letter",
                 "--report", str(report), "--no-progress"]) == 0
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["id"] for r in rows] == [n["id"] for n in notes] + [None]
    assert rows[-1]["line"] == 5 and "error" in rows[-1]
    assert "Screened 5 notes" in captured.err
    with open(report, encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == 5


def test_folder_input(tmp_path, capsys):
    folder = tmp_path / "letters"
    folder.mkdir()
    for row in generate(3, seed=9):
        (folder / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"%PDF\x00\x01\x02")
    out = tmp_path / "out.jsonl"
    assert main(["screen", str(folder), "-o", str(out), "--no-progress"]) == 0
    rows = _rows(out)
    assert sorted(r["id"] for r in rows) == sorted([p.stem for p in folder.glob("*.txt")])
    assert [r for r in rows if "error" in r] == [{"id": "scan", "error": "binary data, not text"}]


def test_resume_appends_only_missing_notes(tmp_path):
    notes = tmp_path / "notes.jsonl"
    write_jsonl(str(notes), 10, seed=21)
    full, partial = tmp_path / "full.jsonl", tmp_path / "partial.jsonl"
    assert main(["screen", str(notes), "-o", str(full), "--no-progress"]) == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    partial.write_text("".join(lines[:4]) + lines[4][:25], encoding="utf-8")  # killed mid-write
    assert main(["screen", str(notes), "-o", str(partial), "--resume", "--no-progress",
                 "--summary", str(tmp_path / "s.txt")]) == 0
    assert sorted(partial.read_text(encoding="utf-8").splitlines()) == sorted(l.rstrip("\n") for l in lines)
    summary = (tmp_path / "s.txt").read_text(encoding="utf-8")
    assert "Screened 10 notes" in summary and "6 screened in this run" in summary and "4 already done" in summary


@pytest.mark.parametrize("args,message", [
    (["screen", "missing.jsonl"], "does not exist"),
    (["screen", "notes.jsonl", "--resume"], "--resume needs --out"),
    (["screen", "notes.docx"], "format"),
])
def test_bad_usage_exits_2_with_one_line(tmp_path, args, message):
    (tmp_path / "notes.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "notes.docx").write_text("", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "bot", *args], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
