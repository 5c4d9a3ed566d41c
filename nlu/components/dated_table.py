"""A follow-up table with one analyte per column and one date per row.

    日期          PLT(×10^9/L)    Hb(g/L)    血清VEGF(pg/mL，参考值0-142)
    2024-01-10    568             171        3860
    2025-01-20    312             146        682

Follow-up records and discharge summaries give values over time this way; the name and its
unit stand in the header, the numbers below them, so no value follows its name and none was
read. Each cell is read as a measurement of its own (a series), in the order of the rows' dates:
the engine keeps the latest statement, so the row with the latest date must come last whether
the table is written oldest or newest first. The words that open the header and the rows are
data (labs.yml ``dated_table``)."""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

_GAP = re.compile(r"\t+|[ \u3000]{2,}")
_LINE = re.compile(r"[^\n]+")
_NUMBER = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<flag>[ \t]*[↑↓HL])?")
_DIGITS = re.compile(r"\d+")
_MONTH_START = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
Date = Tuple[Optional[int], int, int]  # (year or None, month, day or 0)


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
            rows, dates = [], []
            while j < len(lines):
                row = self._row(text, lines[j], len(columns))
                if row is None:
                    break
                rows.append(row)
                dates.append(self.date.match(text, lines[j][0]).group())
                j += 1
            order = chronological(dates)
            for slot, k in enumerate(order):
                # the k-th row written takes the place, in the order values are read (labs.py
                # sorts by ``order``), of the row written at the slot-th place: the values keep
                # their own provenance, the latest date is read last
                at = rows[slot][0].start()
                for (analyte, unit, sample, low, high), n in zip(columns, rows[k]):
                    labs.append({
                        "analyte": analyte.id, "value": float(n.group("num")), "unit": unit,
                        "sample": sample, "reference_low": low, "reference_high": high,
                        "flag": _flag(n.group("flag")), "comparator": None,
                        "start": n.start(), "end": n.end(), "series": True, "order": at,
                    })
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


def _readings(date: str) -> Dict[str, Date]:
    """A row's date by the convention it is written in: "2024-03-05", "2024/3/5", "2024年3月5日",
    "2024-03" (year first) and "3月5日" (no year) read the same either way; "05/03/2024" is read
    day first ("dmy") or month first ("mdy"), each only where it makes a valid date."""
    parts = [int(d) for d in _DIGITS.findall(date)]
    if len(parts) >= 2 and parts[0] >= 1000:
        both: Date = (parts[0], parts[1], parts[2] if len(parts) > 2 else 0)
        return {"dmy": both, "mdy": both}
    if len(parts) == 3 and parts[2] >= 1000:
        a, b, year = parts
        return {name: (year, m, d) for name, (m, d) in (("dmy", (b, a)), ("mdy", (a, b)))
                if 1 <= m <= 12 and 1 <= d <= 31}
    if len(parts) == 2:
        return {"dmy": (None, parts[0], parts[1]), "mdy": (None, parts[0], parts[1])}
    return {}


def _yearless_order(dates: List[Date]) -> List[int]:
    """Rows dated without a year ("3月5日"): written oldest first, or newest first - whichever
    makes the follow-up the shorter (a table crossing New Year, "12月20日 / 1月15日", is a
    month, not eleven)."""
    days = [_MONTH_START[m - 1] + d for _, m, d in dates]
    forward = sum((b - a) % 365 for a, b in zip(days, days[1:]))
    backward = sum((a - b) % 365 for a, b in zip(days, days[1:]))
    order = list(range(len(dates)))
    return order[::-1] if backward < forward else order


def chronological(dates: List[str]) -> List[int]:
    """The rows' indices, oldest date first. One table is written in one convention: a row
    "25/03/2024" makes it day first. Rows whose order cannot be told (a date not read, a year on
    some rows only, "05/03/2024" over "04/05/2024" where day first and month first are both
    possible and disagree) keep the order they are written in."""
    keep = list(range(len(dates)))
    readings = [_readings(d) for d in dates]
    conventions = [c for c in ("dmy", "mdy") if all(c in r for r in readings)]
    if len(dates) < 2 or not conventions:
        return keep
    orders = []
    for convention in conventions:
        picked = [r[convention] for r in readings]
        if all(y is None for y, _, _ in picked):
            if not all(1 <= m <= 12 and 1 <= d <= 31 for _, m, d in picked):
                return keep
            orders.append(_yearless_order(picked))
        elif any(y is None for y, _, _ in picked):
            return keep
        else:
            orders.append(sorted(keep, key=lambda k: picked[k]))
    return orders[0] if all(o == orders[0] for o in orders) else keep
