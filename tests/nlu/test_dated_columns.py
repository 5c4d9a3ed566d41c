"""A follow-up table whose columns are dates and whose rows are analytes, with no title over the
item column, as letters and flattened case-report tables lay them out:

            25/09/25    03/11/25
    Hb      171         176  g/L
    VEGF    —           2,950 pg/mL (serum; RR 62-707)

Each value is a measurement of its column's date (the latest read last); the row's unit may
stand in its own cell after the last column, or with the value. Before, only the first column
was read, and without its unit it was set aside."""

from __future__ import annotations

import pytest

from nlu.extractor import extract

TABLE = ("Bloods:\n"
         "            25/09/25    03/11/25\n"
         "Hb          171         176  g/L\n"
         "Plt         498         533  x10^9/L\n"
         "VEGF        —           2,950 pg/mL (serum; RR 62-707)\n")


def _labs(text: str):
    return [(lab.analyte, lab.value, lab.unit) for lab in extract(text).evidence.labs]


def test_each_column_is_read_with_the_row_s_unit_latest_last():
    labs = _labs(TABLE)
    assert [v for a, v, u in labs if a == "hemoglobin"] == [171, 176]
    assert [v for a, v, u in labs if a == "platelets"] == [498, 533]
    assert {u for a, v, u in labs if a in ("hemoglobin", "platelets")} == {"g/L", "10^9/L"}


def test_a_value_written_with_its_unit_keeps_its_sample_and_range():
    vegf = [lab for lab in extract(TABLE).evidence.labs if lab.analyte == "vegf"]
    assert [(lab.value, lab.unit, lab.sample.value if lab.sample else None, lab.reference_high)
            for lab in vegf] == [(2950, "pg/mL", "serum", 707)]


def test_newest_first_columns_are_read_oldest_first():
    text = TABLE.replace("25/09/25    03/11/25", "03/11/25    25/09/25")
    assert [v for a, v, u in _labs(text) if a == "hemoglobin"] == [176, 171]


@pytest.mark.parametrize("header", [
    "            2025-09-12  2025-11-03",  # ISO dates
    "            12/09/2025  25/11/2025",  # day first, told by 25
])
def test_other_date_forms(header):
    text = TABLE.replace("            25/09/25    03/11/25", header)
    assert [v for a, v, u in _labs(text) if a == "platelets"] == [498, 533]


def test_dates_that_read_both_ways_keep_the_first_value_only():
    """"12/09/25" and "03/11/25" are in order day first and out of order month first: which
    column is the latest cannot be told, so the table is not read as a series."""
    text = TABLE.replace("25/09/25", "12/09/25")
    assert [v for a, v, u in _labs(text) if a == "platelets"] != [498, 533]


def test_a_line_of_dates_not_indented_is_no_header():
    text = TABLE.replace("            25/09/25    03/11/25", "25/09/25    03/11/25")
    assert [v for a, v, u in _labs(text) if a == "platelets"] != [498, 533]
