"""The screening summary: counts by verdict and the flagged patients, ranked, with the next test.

Built from compact :class:`Record` rows (never note text): the runner makes one per output row,
and ``--resume`` makes them from the rows already in the output file, so the summary always
covers the whole output.

Ranking: meets_criteria and suspected first, then possible (the verdict band); within a band by
the engine's ``evidence_strength`` (points against lower it), then fewer points against, then
more criteria present, then the id.

A note in which no criterion could be read (all eleven unknown: a covering letter, a note about
something else, text the reader could not follow) keeps its verdict (possible: nothing is ruled
out), but it is not ranked among the flagged patients: its place is a list of its own, to be read
by hand, so that it neither drowns the patients with evidence nor passes as screened negative.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional

VERDICTS = ("meets_criteria", "suspected", "possible", "unlikely")
FLAGGED = ("meets_criteria", "suspected", "possible")
BAND = {"meets_criteria": 3, "suspected": 2, "possible": 1, "unlikely": 0}
ERROR = "error"

# What to do next when the planner has no test to add (all four groups present).
NEXT_STEP_MEETS = "refer to haematology"


def readable_test(key: str) -> str:
    """A test key as the department reads it ("nerve conduction study / EMG", not the key)."""
    from bot.dialogue.texts import test_name

    return test_name(key, "en") if key and key != NEXT_STEP_MEETS else key


@dataclass
class Record:
    """What the summary and reports need about one output row (no note text)."""

    id: Optional[str]
    line: Optional[int] = None
    verdict: Optional[str] = None  # None for an error row
    strength: float = 0.0
    criteria: Dict[str, str] = field(default_factory=dict)
    missing: List[str] = field(default_factory=list)  # test keys, ranked
    against: List[str] = field(default_factory=list)  # point-against ids
    language: Optional[str] = None
    error: Optional[str] = None
    # the values read from the note and set aside (not used), each the runner's bilingual text
    # in the note's language (no other note text)
    set_aside: List[str] = field(default_factory=list)

    @property
    def next_test(self) -> str:
        """The first missing test's key (the JSON and CSV keep keys; the tables read names)."""
        if self.missing:
            return self.missing[0]
        if self.verdict == "meets_criteria":
            return NEXT_STEP_MEETS
        return ""

    @property
    def present(self) -> int:
        return sum(1 for state in self.criteria.values() if state == "present")

    @property
    def criteria_read(self) -> int:
        """How many criteria were read present or absent."""
        return sum(1 for state in self.criteria.values() if state != "unknown")

    @property
    def assessed(self) -> bool:
        """Some criterion was read (present or absent); False for an error row."""
        return self.error is None and self.criteria_read > 0

    def to_tuple(self) -> tuple:  # compact and picklable, for worker -> parent
        # what asdict() gives for these plain fields, without its recursive deep copy
        return (self.id, self.line, self.verdict, self.strength, dict(self.criteria),
                list(self.missing), list(self.against), self.language, self.error,
                list(self.set_aside))

    @classmethod
    def from_tuple(cls, values: tuple) -> "Record":
        return cls(*values)


def record_from_row(row: Dict[str, Any]) -> Record:
    """A Record from an output row (an Assessment.contract() plus "id", or an error row)."""
    note_id = row.get("id")
    note_id = None if note_id is None else str(note_id)
    if "error" in row and "verdict" not in row:
        return Record(id=note_id, line=row.get("line"), error=str(row.get("error")))
    missing = [m.get("test") for m in row.get("missing_evidence") or [] if isinstance(m, dict)]
    against = [p.get("id") for p in row.get("points_against") or [] if isinstance(p, dict)]
    return Record(
        id=note_id,
        line=row.get("line"),
        verdict=row.get("verdict"),
        strength=float(row.get("evidence_strength") or 0.0),
        criteria=dict(row.get("criteria") or {}),
        missing=[m for m in missing if m],
        against=[a for a in against if a],
        language=row.get("language"),
        set_aside=_set_aside_texts(row.get("set_aside"), row.get("language")),
    )


def _set_aside_texts(items: Any, language: Optional[str]) -> List[str]:
    """The texts of the row's values set aside (``runner.assess_row``), in the note's language
    (English for a mixed or unknown one)."""
    lang = language if language == "zh" else "en"
    out: List[str] = []
    for item in items or []:
        if not isinstance(item, dict):
            continue
        text = item.get("text") if isinstance(item.get("text"), dict) else {}
        shown = text.get(lang) or text.get("en") or item.get("message")
        if shown:
            out.append(str(shown))
    return out


def rank_key(record: Record) -> tuple:
    return (-BAND.get(record.verdict or "", -1), -record.strength, len(record.against),
            -record.present, record.id or "")


class Summary:
    """Accumulates records; counts by verdict (and errors); ranks the flagged ones."""

    def __init__(self) -> None:
        self.counts: Dict[str, int] = {v: 0 for v in VERDICTS}
        self.counts[ERROR] = 0
        self.records: List[Record] = []

    def add(self, record: Record) -> None:
        self.records.append(record)
        if record.error is not None or record.verdict not in self.counts:
            self.counts[ERROR] += 1
        else:
            self.counts[record.verdict] += 1

    def extend(self, records: Iterable[Record]) -> None:
        for record in records:
            self.add(record)

    @property
    def total(self) -> int:
        return len(self.records)

    def flagged(self) -> List[Record]:
        """meets_criteria / suspected, then possible, then unlikely only for want of an M-protein
        that the marrow may still show (a test still recommended: bot.planner ``reopens``, 二(二)1);
        strongest evidence first (only notes in which some criterion was read)."""
        return sorted((r for r in self.records if r.assessed and (
            r.verdict in FLAGGED or (r.verdict == "unlikely" and r.missing))), key=rank_key)

    def not_assessed(self) -> List[Record]:
        """Screened notes in which no criterion could be read, in input order."""
        return [r for r in self.records if r.error is None and r.verdict is not None and not r.assessed]

    def errors(self) -> List[Record]:
        return [r for r in self.records if r.error is not None]

    def to_dict(self, limit: Optional[int] = None) -> Dict[str, Any]:
        flagged = self.flagged()
        return {
            "total": self.total,
            "counts": dict(self.counts),
            "flagged": [
                {"rank": i, "id": r.id, "verdict": r.verdict, "evidence_strength": r.strength,
                 "criteria_present": r.present, "points_against": len(r.against),
                 "next_test": r.next_test}
                for i, r in enumerate(flagged[:limit] if limit else flagged, start=1)
            ],
            "not_assessed": [{"id": r.id, "verdict": r.verdict, "next_test": r.next_test}
                             for r in self.not_assessed()],
            "errors": [{"id": r.id, "line": r.line, "error": r.error} for r in self.errors()],
        }

    def format_table(self, limit: Optional[int] = 50) -> str:
        """A plain-text summary for a terminal or a file (ids, verdicts, tests; no note text)."""
        lines = [f"Screened {self.total} notes"]
        width = max(len(k) for k in self.counts)
        for key in (*VERDICTS, ERROR):
            lines.append(f"  {key:<{width}}  {self.counts[key]:>7}")
        flagged = self.flagged()
        if flagged:
            shown = flagged[:limit] if limit else flagged
            lines.append("")
            lines.append(f"Flagged patients ({len(flagged)}), strongest evidence first:")
            id_width = min(32, max(4, *(len(r.id or "") for r in shown)))
            header = f"  {'rank':>4}  {'id':<{id_width}}  {'verdict':<14}  {'strength':>8}  {'against':>7}  next test"
            lines.append(header)
            for i, r in enumerate(shown, start=1):
                ident = (r.id or "")[:id_width]
                lines.append(
                    f"  {i:>4}  {ident:<{id_width}}  {r.verdict:<14}  {r.strength:>8.0f}  {len(r.against):>7}  "
                    f"{readable_test(r.next_test) or '-'}"
                )
            if limit and len(flagged) > limit:
                lines.append(f"  ... {len(flagged) - limit} more (see --report or the JSON output)")
        unread = self.not_assessed()
        if unread:
            lines.append("")
            lines.append(f"Notes in which no criterion could be read ({len(unread)}), not ranked; read them by hand:")
            shown_unread = unread[:limit] if limit else unread
            lines.append("  " + ", ".join(str(r.id) for r in shown_unread))
            if limit and len(unread) > limit:
                lines.append(f"  ... {len(unread) - limit} more (see --report or the JSON output)")
        errors = self.errors()
        if errors:
            lines.append("")
            lines.append(f"Rows not screened ({len(errors)}):")
            for r in errors[: limit or len(errors)]:
                where = f"id {r.id}" if r.id is not None else f"line {r.line}"
                lines.append(f"  {where}: {r.error}")
            if limit and len(errors) > limit:
                lines.append(f"  ... {len(errors) - limit} more")
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
