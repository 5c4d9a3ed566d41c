"""A follow-up table with one analyte per column and one date per row.

    日期          PLT(×10^9/L)    Hb(g/L)    血清VEGF(pg/mL，参考值0-142)
    2024-01-10    568             171        3860
    2025-01-20    312             146        682

Follow-up records and discharge summaries give values over time this way; the name and its
unit stand in the header, the numbers below them, so no value follows its name and none was
read. Each cell is read as a measurement of its own (a series), in the order of the rows: the
engine keeps the latest statement, the last row of a table written oldest first. The words
that open the header and the rows are data (labs.yml ``dated_table``)."""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

_GAP = re.compile(r"\t+|[ \u3000]{2,}")
_LINE = re.compile(r"[^\n]+")
_NUMBER = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<flag>[ \t]*[↑↓HL])?")


class DatedTable:
    def __init__(self, spec: dict):
        self.label = re.compile(spec["date_label"], re.I)
        self.date = re.compile(spec["date"])
        self.bracket_rest = re.compile(spec["bracket_rest"])
        self.reference = re.compile(spec["reference"], re.I)

    def _columns(self, reader, text: str, start: int, end: int, names: list) -> Optional[list]:
        """(analyte, unit, sample, reference low, high) of each column of a header line, or None."""
        label = self.label.match(text, start)
        if not label:
            return None
        found = sorted(((m, a) for a, ms in zip(reader.analytes, names) for m in ms
                        if start <= m.start() and m.end() <= end), key=lambda p: p[0].start())
        columns, pos = [], label.end()
        for m, analyte in found:
            if m.start() < pos or text[pos:m.start()].strip() not in ("", "血清", "血浆", "serum", "plasma"):
                return None
            opening = reader.unit_first_open.match(text, m.end())
            if not opening.group("open"):
                return None
            unit, unit_end = reader._unit_at(text, opening.end(), analyte.units)
            rest = self.bracket_rest.match(text, unit_end) if unit in analyte.units else None
            if rest is None:
                return None
            ref = self.reference.search(rest.group())
            low, high = (float(ref.group("lo")), float(ref.group("hi"))) if ref else (None, None)
            sample = reader._sample_before(text, m.start()) if analyte.id in reader.sample_aware else None
            columns.append((analyte, unit, sample, low, high))
            pos = rest.end()
        return columns if len(columns) >= 2 and not text[pos:end].strip() else None

    def read(self, reader, text: str, names: list) -> Tuple[List[dict], List[Tuple[int, int]]]:
        """The values of every dated table in ``text`` and the spans they take."""
        labs: List[dict] = []
        spans: List[Tuple[int, int]] = []
        if not self.label.search(text):  # no date column anywhere: no line is looked at (most notes)
            return labs, spans
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
        i = 0
        while i < len(lines):
            columns = self._columns(reader, text, lines[i][0], lines[i][1], names)
            if columns is None:
                i += 1
                continue
            table_start, j = lines[i][0], i + 1
            while j < len(lines):
                row = self._row(text, lines[j], len(columns))
                if row is None:
                    break
                for (analyte, unit, sample, low, high), n in zip(columns, row):
                    labs.append({
                        "analyte": analyte.id, "value": float(n.group("num")), "unit": unit,
                        "sample": sample, "reference_low": low, "reference_high": high,
                        "flag": _flag(n.group("flag")), "comparator": None,
                        "start": n.start(), "end": n.end(), "series": True,
                    })
                j += 1
            if j > i + 1:
                spans.append((table_start, lines[j - 1][1]))
            i = j
        return labs, spans

    def _row(self, text: str, line: Tuple[int, int], width: int) -> Optional[list]:
        date = self.date.match(text, line[0])
        if not date:
            return None
        cells = [c for c in _GAP.split(text[date.end():line[1]]) if c.strip()]
        if len(cells) != width:
            return None
        numbers, pos = [], date.end()
        for cell in cells:
            at = text.index(cell, pos)
            n = _NUMBER.fullmatch(text, at, at + len(cell.rstrip()))
            if n is None:
                return None
            numbers.append(n)
            pos = at + len(cell)
        return numbers


def _flag(mark: Optional[str]) -> Optional[str]:
    mark = (mark or "").strip()
    return {"↑": "high", "H": "high", "↓": "low", "L": "low"}.get(mark)
