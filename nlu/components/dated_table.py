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

from nlu.prefilter import PrefilteredPattern

_GAP = re.compile(r"\t+|[ \u3000]{2,}")
_LINE = re.compile(r"[^\n]+")
_NUMBER = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<flag>[ \t]*[↑↓HL])?")
_DIGITS = re.compile(r"\d+")
_MONTH_START = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
Date = Tuple[Optional[int], int, int]  # (year or None, month, day or 0)


class DatedTable:
    def __init__(self, spec: dict):
        self.label = re.compile(spec["date_label"], re.I)
        self.any_label = PrefilteredPattern(spec["date_label"], re.I)  # one scan of the note
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
        if not self.any_label.search(text):  # no date column anywhere: no line is looked at (most notes)
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
    "2024-03" (year first), "03/2024" (month and year) and "3月5日" (no year) read the same either
    way; "05/03/2024" and "05/03/24" are read day first ("dmy") or month first ("mdy"), each only
    where it makes a valid date."""
    written = _DIGITS.findall(date)
    parts = [int(d) for d in written]
    if len(parts) == 2 and parts[1] >= 1000:  # "03/2023": month, then year
        month_first: Date = (parts[1], parts[0], 0)
        return {"dmy": month_first, "mdy": month_first}
    if len(parts) >= 2 and parts[0] >= 1000:
        both: Date = (parts[0], parts[1], parts[2] if len(parts) > 2 else 0)
        return {"dmy": both, "mdy": both}
    if len(parts) == 3 and (parts[2] >= 1000 or len(written[2]) == 2):
        a, b, year = parts
        year = year if year >= 1000 else 2000 + year  # "12/09/25": a two-digit year of this century
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


class CompareTable:
    """A comparison table: one analyte per row, one time per column.

        项目              既往值（2025-12 诊断时）   本次值（2026-11）   参考范围
        血清VEGF(pg/ml)   3 260                      126                 0-142
        血清IFE           IgA-λ（＋）                阴性

    Letters leave the item column untitled: an indented line of dates only is a header too
    ("            25/09/25    03/11/25"), and a row may give its unit in a cell after the last
    column ("Hb    171    176    g/L") or with a value ("2,950 pg/mL (serum; RR 62-707)").

    Follow-up records set the values at diagnosis beside today's this way. The header names the
    times of its columns: an earlier time (``past`` words: 既往, 治疗前, 基线, 诊断时…), now
    (``now`` words: 本次, 目前, 治疗后…), a time counted from the treatment between them
    (``interval``: 4疗程后, 3个月) or a date; the columns are ordered by those words, then by
    their dates. Each numeric cell is a measurement of its own, read in the order of its
    column's time (the latest last, the earlier ones dated earlier); a cell in words ("IgA-λ（＋）",
    "阴性") is a finding of its column's time (``layout`` gives the cells to the extractor). The
    words are data (labs.yml ``compare_table``)."""

    def __init__(self, spec: dict):
        self.item = re.compile(spec["item"], re.I)
        # a header line opens with the item column's title and a column gap: only such lines
        # are tried (most notes have none, and trying every line cost ~0.3 ms a note)
        # or, with no title over the item column, an indented line of dates ("        12/09/25    03/11/25");
        # a table pasted with pipe columns opens its header the same way ("| Parameter | 03/2023 | 09/2023 |")
        self.header_start = re.compile(r"^[ \t\u3000]*\|?[ \t\u3000]*(?:" + spec["item"]
                                       + r")(?=\t|[ \u3000]{2,}|[ \t\u3000]*\|)|^(?:\t|[ \u3000]{2,})(?:"
                                       + spec["column_date"] + "|" + spec.get("untitled_time", "(?!)") + ")",
                                       re.I | re.M)
        self.past = re.compile(spec["past"], re.I)
        self.now = re.compile(spec["now"], re.I)
        self.other = re.compile(spec["other"], re.I)
        self.reference_title = re.compile(spec["reference_title"], re.I)
        self.unit_title = re.compile(spec["unit_title"], re.I) if spec.get("unit_title") else None
        self.date = re.compile(spec["column_date"])
        # a time counted from the start of treatment ("4疗程后", "3个月", "after 6 cycles"): between
        # the earlier and the latest columns, in the order written
        self.interval = re.compile(spec["interval"], re.I)
        self.untitled_time = re.compile(spec["untitled_time"]) if spec.get("untitled_time") else None
        self.bracket_rest = re.compile(spec["bracket_rest"])
        self.reference = re.compile(spec["reference"])
        self.number = re.compile(spec["number"])

    def _timed(self, text: str, cells: List[Tuple[int, int]]) -> bool:
        """Whether an untitled header's cells are times ("Diagnosis", "Cycle 5", "On admission"), dates,
        a reference's or a unit's title, the first a time (labs.yml compare_table untitled_time)."""
        if self.untitled_time is None or not self.untitled_time.match(text, *cells[0]):
            return False
        return all(self.date.fullmatch(text, a, b) or self.other.match(text, a, b)
                   or self.past.search(text, a, b) or self.now.search(text, a, b)
                   or self.interval.search(text[a:b]) for a, b in cells)

    def _header(self, text: str, start: int, end: int) -> Optional[List[Tuple[str, int]]]:
        """(kind, time rank) of each column after the item column: kind "time", "reference", "unit" or
        "other"; None when the line is no comparison header."""
        cells = _cells(text, start, end)
        if len(cells) >= 3 and self.item.fullmatch(text, *cells[0]):
            cells = cells[1:]
        elif not (len(cells) >= 2 and text[start:cells[0][0]] and (
                all(self.date.fullmatch(text, a, b) for a, b in cells) or self._timed(text, cells))):
            return None  # neither a titled header nor an indented line of dates or times only
        kinds, classes, dates = [], [], []
        for a, b in cells:
            cell = text[a:b]
            if self.other.match(cell):
                kinds.append("reference" if self.reference_title.match(cell)
                             else "unit" if self.unit_title is not None and self.unit_title.match(cell) else "other")
                continue
            past, now = bool(self.past.search(cell)), bool(self.now.search(cell))
            date = self.date.search(cell)
            if past == now and not date and (past or not self.interval.search(cell)):
                return None  # a column neither dated nor named as a time
            kinds.append("time")
            classes.append(0 if past and not now else 2 if now and not past else 1)
            dates.append(date.group() if date else None)
        if len(classes) < 2:
            return None
        if all(d is not None for d in dates) and len(set(classes)) == 1:
            order = chronological(dates)
            if order == list(range(len(dates))) and chronological(dates[::-1]) == order:
                return None  # the dates do not tell the columns' order
            ranks = [order.index(i) for i in range(len(dates))]
        else:
            keyed = sorted(range(len(classes)), key=lambda i: (classes[i], i))
            if len({classes[i] for i in keyed}) < 2:
                return None
            ranks = [keyed.index(i) for i in range(len(classes))]
        out, it = [], iter(ranks)
        for kind in kinds:
            out.append((kind, next(it) if kind == "time" else -1))
        return out

    def layout(self, text: str) -> List[Tuple[List[Tuple[str, int]], List[List[Tuple[int, int]]]]]:
        """Each comparison table of ``text``: its columns (after the item column) and its rows,
        each a list of cell spans (the item cell first; a row may stop short of the last columns)."""
        tables = []
        first = self.header_start.search(text)
        if first is None:
            return tables
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text, first.start())]
        i = 0
        while i < len(lines):
            columns = self._header(text, *lines[i])
            if columns is None:
                i += 1
                continue
            rows, j = [], i + 1
            while j < len(lines):
                cells = _cells(text, *lines[j])
                # (one more cell may give the row's unit: "Hb    171    176    g/L")
                if len(cells) < 2 or len(cells) > len(columns) + 2:
                    break
                rows.append(cells)
                j += 1
            if rows:
                tables.append((columns, rows))
            i = j
        return tables

    def read(self, reader, text: str, names: list) -> Tuple[List[dict], List[Tuple[int, int]]]:
        """The values of every comparison table in ``text`` and the spans of the rows read."""
        labs: List[dict] = []
        spans: List[Tuple[int, int]] = []
        for columns, rows in self.layout(text):
            for cells in rows:
                name = self._analyte(reader, text, cells[0], names)
                if name is None:
                    continue
                analyte, m, unit, word = name
                values, low, high = [], None, None
                extra = cells[len(columns) + 1:]  # a cell after the last column: the row's unit
                row_unit = self._unit_cell(reader, text, analyte, *extra[0]) if extra else None
                if extra and (unit is not None or row_unit is None):
                    continue
                for (kind, rank), (a, b) in zip(columns, cells[1:]):
                    if kind == "time":
                        n = self.number.fullmatch(text, a, b)
                        if n is None:  # the value with its unit: "2,950 pg/mL (serum; RR 62-707)"
                            n = self.number.match(text, a, b)
                            told = self._unit_cell(reader, text, analyte, n.end(), b) if n else None
                            if told is None or (unit is not None and told[0] != unit):
                                continue
                            unit, word, low, high = told[0], word or told[1], told[2], told[3]
                        values.append((rank, n))
                    elif kind == "unit" and row_unit is None:  # the unit column's cell ("g/L", "×10^9/L")
                        told = self._unit_cell(reader, text, analyte, a, b)
                        if told is not None and unit in (None, told[0]):
                            unit = told[0]
                    elif kind == "reference":
                        ref = self.reference.fullmatch(text, a, b)
                        if ref is not None:
                            low = float(ref.group("lo")) if ref.group("lo") else None
                            high = float(ref.group("hi"))
                if row_unit is not None:
                    unit, word, low, high = row_unit
                if not values:
                    continue
                if unit is None and analyte.required_units:
                    continue
                sample = None
                if analyte.id in reader.sample_aware:  # "血清VEGF(pg/ml)", "VEGF, serum (pg/mL)"
                    sample = reader.sample_word.get(word.lower()) if word else reader._sample_before(text, m.start())
                positions = sorted(n.start() for _, n in values)
                latest = max(rank for rank, _ in values)
                for slot, (rank, n) in enumerate(sorted(values, key=lambda v: v[0])):
                    labs.append({
                        "analyte": analyte.id, "value": float(re.sub(r"[ ,]", "", n.group("num"))),
                        "unit": unit, "sample": sample, "reference_low": low, "reference_high": high,
                        "flag": _flag(n.group("flag")), "comparator": None,
                        "start": n.start(), "end": n.end(), "series": True, "order": positions[slot],
                        "earlier": rank < latest,
                    })
                spans.append((cells[0][0], cells[-1][1]))
        return labs, spans

    def _unit_cell(self, reader, text: str, analyte, a: int, b: int):
        """(unit, sample word, reference low, high) of a cell holding a unit of ``analyte`` and
        nothing else but a bracket after it ("g/L", "pg/mL (serum; RR 62-707)"); None otherwise."""
        while a < b and text[a] in " \t":
            a += 1
        unit, end = reader._unit_at(text, a, analyte.units)
        if unit not in analyte.units:
            return None
        rest = text[end:b].strip()
        if rest and not (rest[0] in "(（" and rest[-1] in ")）"):
            return None
        named = reader.sample_after.inside.search(rest) if reader.sample_after.inside is not None else None
        sample = named.group() if named else None  # the sample word, as ``_analyte`` gives it
        ref = self.reference.search(rest)
        low = float(ref.group("lo")) if ref and ref.group("lo") else None
        high = float(ref.group("hi")) if ref else None
        return unit, sample, low, high

    def _analyte(self, reader, text: str, cell: Tuple[int, int], names: list):
        """(analyte, name match, unit, sample word) of an item cell: the name that ends last in
        it, then a sample word and its unit in a bracket; None when no analyte is named or other
        words follow."""
        best = None
        for analyte, found in zip(reader.analytes, names):
            for m in found:
                if cell[0] <= m.start() and m.end() <= cell[1] and (best is None or m.end() > best[1].end()):
                    best = (analyte, m)
        if best is None:
            return None
        analyte, m = best
        unit, word = None, None
        opening = reader.unit_first_open.match(text, m.end(), cell[1])
        if opening and opening.group("open"):
            word = opening.group("w")
            unit, unit_end = reader._unit_at(text, opening.end(), analyte.units)
            rest = self.bracket_rest.match(text, unit_end, cell[1]) if unit in analyte.units else None
            # ("eGFR (mL/min/1.73m2)": a unit that may close on a bracket of its own took this one)
            closed = unit in analyte.units and text[unit_end - 1] in ")）"
            if rest is None and not closed:
                return None
            if text[rest.end() if rest else unit_end:cell[1]].strip():
                return None
        elif text[m.end():cell[1]].strip():
            return None
        return analyte, m, unit, word


def _cells(text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """The spans of a line's cells: text between column gaps (a tab, or two spaces or more), or
    between the pipes of a table pasted with pipe columns ("Platelets (×10³/µL) | 498 | 541"),
    where an empty cell keeps its place so that the later cells stay under their column."""
    if "|" in text[start:end]:
        return _pipe_cells(text, start, end)
    cells, pos = [], start
    for gap in _GAP.finditer(text, start, end):
        if text[pos:gap.start()].strip():
            cells.append(_strip(text, pos, gap.start()))
        pos = gap.end()
    if text[pos:end].strip():
        cells.append(_strip(text, pos, end))
    return cells


def _pipe_cells(text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """The cells between the pipes of a line; the empty edges of "| a | b |" are no cells."""
    bounds = [start - 1] + [i for i in range(start, end) if text[i] == "|"] + [end]
    cells = [_strip(text, a + 1, b) for a, b in zip(bounds, bounds[1:])]
    while cells and cells[0][0] == cells[0][1]:
        cells.pop(0)
    while cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    return cells


def _strip(text: str, a: int, b: int) -> Tuple[int, int]:
    while a < b and text[a] in " \t\u3000":
        a += 1
    while b > a and text[b - 1] in " \t\u3000\r":
        b -= 1
    return a, b
