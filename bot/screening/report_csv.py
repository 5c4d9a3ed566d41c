"""A CSV report a department can open in a spreadsheet: one row per patient, flagged first, then
the other patients, then the notes in which no criterion could be read, then the rows not screened.

Columns: rank, id, verdict, evidence strength, points against, next test, missing tests, the
number of criteria read (present or absent: 0 means read the note by hand), then one
column per criterion of 表2 (present / absent / unknown), the values read from the note and set
aside (not used: impossible, a unit two readings fit, a urine light chain; in the note's language,
joined by " | "), and the error for rows not screened. No other note text. Cells that a
spreadsheet would read as a formula are prefixed with a quote.
"""

from __future__ import annotations

import csv
from typing import List, TextIO

from bot.criteria import CRITERIA_IDS
from bot.screening.summary import Summary, rank_key


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text and text[0] in "=+-@\t\r":  # CSV/formula injection
        return "'" + text
    return text


def header() -> List[str]:
    return ["rank", "id", "verdict", "evidence_strength", "points_against", "next_test",
            "missing_tests", "criteria_read", *CRITERIA_IDS, "set_aside", "error"]


def write(summary: Summary, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header())
    # the notes with no criterion read go last among the screened ones (key: False before True)
    screened = sorted((r for r in summary.records if r.error is None),
                      key=lambda r: (not r.assessed, rank_key(r)))
    flagged_ids = {id(r) for r in summary.flagged()}
    rank = 0
    for record in screened:
        shown_rank = ""
        if id(record) in flagged_ids:
            rank += 1
            shown_rank = str(rank)
        writer.writerow([
            shown_rank, _cell(record.id), record.verdict, f"{record.strength:.0f}", len(record.against),
            _cell(record.next_test), _cell("; ".join(record.missing)),
            record.criteria_read,
            *[record.criteria.get(cid, "unknown") for cid in CRITERIA_IDS],
            _cell(" | ".join(record.set_aside)), "",
        ])
    for record in summary.errors():
        ident = record.id if record.id is not None else f"line {record.line}"
        writer.writerow(["", _cell(ident), "error", "", "", "", "", "", *[""] * len(CRITERIA_IDS), "",
                         _cell(record.error)])


def write_file(summary: Summary, path: str) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:  # BOM: Excel reads UTF-8
        write(summary, handle)
