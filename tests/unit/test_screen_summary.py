"""bot.screening summary and reports: counts, ranking, next test; escaped HTML with a chart; CSV."""

from __future__ import annotations

import csv
import io

from bot.criteria import CRITERIA_IDS
from bot.screening import report_csv, report_html
from bot.screening.summary import Record, Summary, record_from_row


def _row(note_id, verdict, strength, against=0, missing=("serum_vegf",), present=("polyneuropathy",)):
    return {
        "id": note_id, "verdict": verdict, "evidence_strength": strength,
        "criteria": {c: ("present" if c in present else "unknown") for c in CRITERIA_IDS},
        "missing_evidence": [{"test": t, "why": "...", "criterion": "vegf_elevated"} for t in missing],
        "points_against": [{"id": f"p{i}", "text": "...", "citation": "x"} for i in range(against)],
        "findings": [{"concept": "polyneuropathy", "text": "secret finding words"}],
        "language": "en",
    }


def _summary():
    summary = Summary()
    rows = [
        _row("u1", "unlikely", 10, missing=()),
        _row("p1", "possible", 104),
        _row("s-weak", "suspected", 210, against=1),
        _row("s-strong", "suspected", 232),
        _row("m1", "meets_criteria", 350, missing=()),
        {"id": "bad", "error": "The note is empty."},
        {"id": None, "line": 9, "error": "not valid JSON (column 1)"},
    ]
    for row in rows:
        summary.add(record_from_row(row))
    return summary


def test_counts_and_ranking():
    summary = _summary()
    assert summary.counts == {"meets_criteria": 1, "suspected": 2, "possible": 1, "unlikely": 1, "error": 2}
    assert summary.total == 7 == sum(summary.counts.values())
    assert [r.id for r in summary.flagged()] == ["m1", "s-strong", "s-weak", "p1"]
    flagged = summary.to_dict()["flagged"]
    assert flagged[0]["next_test"] == "refer to haematology"
    assert flagged[1]["next_test"] == "serum_vegf"


def test_unlikely_only_for_want_of_an_m_protein_is_flagged_last_with_the_marrow():
    """Serum tests found no M-protein, but the planner still recommends the bone marrow (an
    elevated VEGF or sclerotic lesions): the patient is listed, after the possible ones."""
    summary = _summary()
    summary.add(record_from_row(_row("u-marrow", "unlikely", 40, missing=("bone_marrow",))))
    flagged = summary.flagged()
    assert [r.id for r in flagged] == ["m1", "s-strong", "s-weak", "p1", "u-marrow"]
    assert flagged[-1].next_test == "bone_marrow"
    assert "u1" not in [r.id for r in flagged]


def test_points_against_lower_the_rank_at_equal_strength():
    summary = Summary()
    summary.add(record_from_row(_row("with-against", "suspected", 220, against=2)))
    summary.add(record_from_row(_row("clean", "suspected", 220)))
    assert [r.id for r in summary.flagged()] == ["clean", "with-against"]


def test_table_has_ids_and_reasons_but_no_note_text():
    table = _summary().format_table()
    assert "s-strong" in table and "line 9: not valid JSON" in table
    assert "secret finding words" not in table
    assert "meets_criteria" in table


def test_record_round_trip():
    record = record_from_row(_row("x", "possible", 100, against=1))
    assert Record.from_tuple(record.to_tuple()) == record


def test_html_report_escapes_and_has_inline_chart():
    summary = _summary()
    summary.add(record_from_row(_row('<script>alert("x")</script>', "suspected", 240)))
    summary.add(record_from_row({"id": "e&v", "error": "<b>bad</b>"}))
    page = report_html.render(summary, source="<notes>.jsonl")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>bad</b>" not in page and "&lt;b&gt;bad&lt;/b&gt;" in page
    assert "e&amp;v" in page and "&lt;notes&gt;.jsonl" in page
    assert page.count("<svg") == 1 and 'data-verdict="suspected"' in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<link" not in page and "src=" not in page
    assert "secret finding words" not in page


def test_html_report_names_next_and_missing_tests_as_the_department_reads_them():
    summary = Summary()
    summary.add(record_from_row(_row("p9", "suspected", 230, missing=("serum_vegf", "serum_free_light_chains"))))
    page = report_html.render(summary)
    assert "<td>serum VEGF</td>" in page  # the next test
    assert "<td>serum VEGF, serum free light chains</td>" in page  # the missing tests
    assert "serum_vegf" not in page and "serum vegf" not in page


def test_chart_bars_are_proportional():
    svg = report_html.chart_svg({"meets_criteria": 10, "suspected": 5, "possible": 0, "unlikely": 0, "error": 0})
    assert 'data-verdict="possible" x="130" y="' in svg
    widths = {}
    for part in svg.split("<rect")[1:]:
        verdict = part.split('data-verdict="')[1].split('"')[0]
        widths[verdict] = int(part.split('width="')[1].split('"')[0])
    assert widths["meets_criteria"] == 2 * widths["suspected"] and widths["possible"] == 0


def _unread(note_id):
    """A screened note in which no criterion was read (all eleven unknown): verdict possible."""
    return _row(note_id, "possible", 100, missing=("serum_free_light_chains",), present=())


def test_notes_with_no_criterion_read_are_listed_apart_not_ranked():
    summary = _summary()
    summary.add(record_from_row(_unread("letter-only")))
    assert "letter-only" not in [r.id for r in summary.flagged()]
    assert [r.id for r in summary.not_assessed()] == ["letter-only"]
    assert summary.counts["possible"] == 2  # the verdict is kept: nothing is ruled out
    data = summary.to_dict()
    assert [r["id"] for r in data["flagged"]] == ["m1", "s-strong", "s-weak", "p1"]
    assert data["not_assessed"] == [{"id": "letter-only", "verdict": "possible",
                                     "next_test": "serum_free_light_chains"}]
    table = summary.format_table()
    flagged_part, unread_part = table.split("no criterion could be read")
    assert "letter-only" not in flagged_part and "letter-only" in unread_part
    # an absent criterion is a criterion read: such a note is assessed (and not flagged: unlikely)
    summary.add(record_from_row({**_unread("negative"), "verdict": "unlikely",
                                 "criteria": {c: ("absent" if c == "polyneuropathy" else "unknown")
                                              for c in CRITERIA_IDS}}))
    assert [r.id for r in summary.not_assessed()] == ["letter-only"]


def test_reports_put_notes_with_no_criterion_read_in_their_own_place():
    summary = _summary()
    summary.add(record_from_row(_unread("letter-only")))
    page = report_html.render(summary)
    assert "No criterion read (1)" in page
    assert page.index("letter-only") > page.index("No criterion read")
    out = io.StringIO()
    report_csv.write(summary, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    screened = [r for r in rows if r["verdict"] != "error"]
    assert screened[-1]["id"] == "letter-only" and screened[-1]["rank"] == ""
    assert screened[-1]["criteria_read"] == "0" and screened[0]["criteria_read"] == "1"


def test_csv_report_rows_and_formula_guard():
    summary = _summary()
    summary.add(record_from_row(_row("=HYPERLINK(1)", "possible", 101)))
    out = io.StringIO()
    report_csv.write(summary, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == summary.total
    assert rows[0]["id"] == "m1" and rows[0]["rank"] == "1"
    assert {r["id"] for r in rows if r["verdict"] == "error"} == {"bad", "line 9"}
    assert any(r["id"] == "'=HYPERLINK(1)" for r in rows)
    assert set(CRITERIA_IDS) <= set(rows[0])
