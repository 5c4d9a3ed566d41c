"""A comparison table's findings (labs.yml ``compare_table``, nlu/components/dated_table.py
CompareTable): a row names a test, its columns give the result at each time.

    项目       既往值（2025-12 诊断时）   本次值（2026-11）
    血清IFE    IgA-λ（＋）                阴性

A finding written in a cell of an earlier column is the past: present then and not said to be
now, set aside like a resolved finding (README gold rules); the test named at the row's start
takes the result of the latest column when that cell is a normal result (``negative_cell``), so
"IgA-λ（＋）" of diagnosis does not stand for today's negative immunofixation. ConText cannot
tell, as nothing but column gaps stands between the cells."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

import re

from nlu.components.dated_table import CompareTable
from nlu.rules import load_yaml


@lru_cache(maxsize=4)
def compare_table(directory: Optional[str]):
    """(the table reader, the pattern of a normal result cell), or None without the rule."""
    spec = load_yaml("labs.yml", Path(directory) if directory else None).get("compare_table")
    if not spec:
        return None
    return CompareTable(spec), re.compile(spec["negative_cell"], re.I)


def compared_rows(text: str, targets, statuses, rule) -> tuple:
    """In place: present targets in an earlier column's cell become historical; a target in a
    row's first cell becomes absent when the latest column's cell of its row is a normal result.
    Returns the targets made historical (the caller marks their findings resolved), those read
    from the latest column (their attributes, read from the earlier cells, are dropped) and the
    spans of the earlier cells (an isotype written there alone is of that time)."""
    past, latest_read, earlier_cells = set(), set(), []
    if rule is None:
        return past, latest_read, earlier_cells
    table, negative = rule
    for columns, rows in table.layout(text):
        latest = max(rank for kind, rank in columns if kind == "time")
        for cells in rows:
            now, earlier = None, []
            for (kind, rank), cell in zip(columns, cells[1:]):
                if kind == "time":
                    if rank == latest:
                        now = cell
                    else:
                        earlier.append(cell)
            earlier_cells.extend(earlier)
            for ent in targets:
                if ent.label_ == "ignore":
                    continue
                a, b = ent.start_char, ent.end_char
                if any(x <= a and b <= y for x, y in earlier):
                    if statuses[ent] == "present":
                        statuses[ent] = "historical"
                        past.add(ent)
                elif cells[0][0] <= a and b <= cells[0][1] and now is not None \
                        and negative.fullmatch(text, *now) and statuses[ent] in ("present", "historical", "absent"):
                    statuses[ent] = "absent"
                    latest_read.add(ent)
    return past, latest_read, earlier_cells
