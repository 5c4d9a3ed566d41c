"""Values read from a note and set aside (impossible, a unit two readings fit, a urine light
chain) are shown in every screening output: JSONL, the CSV report (a column) and the HTML report
(a column per patient), in the note's language; a Chinese text never quotes the English one."""

from __future__ import annotations

import csv
import io
import json
import re

from bot.criteria import CRITERIA_IDS
from bot.screening import report_csv, report_html
from bot.screening.summary import Record, Summary, record_from_row

ZH_NOTE = "双下肢麻木无力。血清免疫固定电泳IgG λ阳性。血红蛋白 300 g/L。皮肤色素沉着。"
EN_NOTE = "Numb feet, NCS demyelinating. IFE IgA lambda. Hb 22, PLT 612 x10^9/L."


def _english_words(text: str) -> list:
    return re.findall(r"[A-Za-z]{4,}", text)


def _row(note_id, language, items):
    return {
        "id": note_id, "verdict": "possible", "evidence_strength": 100,
        "criteria": {c: "unknown" for c in CRITERIA_IDS}, "missing_evidence": [],
        "points_against": [], "language": language, "set_aside": items,
    }


ITEM = {"analyte": "hemoglobin", "value": 300, "unit": "g/L", "message": "haemoglobin of 300 g/L is impossible",
        "text": {"en": "Set aside, not used: haemoglobin of 300 g/L is impossible.",
                 "zh": "血红蛋白 300 g/L 数值不合理,已暂不采用。"}}


def test_a_record_keeps_the_set_aside_texts_in_the_note_language():
    zh = record_from_row(_row("a", "zh", [ITEM]))
    en = record_from_row(_row("b", "en", [ITEM]))
    assert zh.set_aside == [ITEM["text"]["zh"]] and en.set_aside == [ITEM["text"]["en"]]
    assert Record.from_tuple(zh.to_tuple()) == zh
    assert record_from_row(_row("c", "en", [])).set_aside == []


def test_the_csv_report_has_a_set_aside_column():
    summary = Summary()
    summary.add(record_from_row(_row("a", "zh", [ITEM])))
    summary.add(record_from_row(_row("b", "en", [])))
    out = io.StringIO()
    report_csv.write(summary, out)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows["a"]["set_aside"] == ITEM["text"]["zh"] and rows["b"]["set_aside"] == ""


def test_the_html_report_shows_the_values_set_aside_per_patient_escaped():
    item = dict(ITEM, text={"en": "Set aside <b>x</b>", "zh": "暂不采用"})
    summary = Summary()
    summary.add(record_from_row(_row("a", "en", [item])))
    page = report_html.render(summary)
    assert "set aside" in page.lower() and "Set aside &lt;b&gt;x&lt;/b&gt;" in page


def test_screening_notes_end_to_end_shows_set_aside_values_in_jsonl_csv_and_html(tmp_path):
    from bot.cli import main

    notes = tmp_path / "notes.jsonl"
    notes.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False)
                               for i, t in (("zh1", ZH_NOTE), ("en1", EN_NOTE))) + "\n", encoding="utf-8")
    out, report, html = tmp_path / "out.jsonl", tmp_path / "report.csv", tmp_path / "report.html"
    assert main(["screen", str(notes), "-o", str(out), "--report", str(report), "--no-progress"]) == 0
    assert main(["screen", str(notes), "-o", str(tmp_path / "o2.jsonl"), "--report", str(html),
                 "--no-progress"]) == 0
    rows = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert [i["analyte"] for i in rows["zh1"]["set_aside"]] == ["hemoglobin"]
    assert [(i["analyte"], i["value"]) for i in rows["en1"]["set_aside"]] == [("hemoglobin", 22)]
    assert not _english_words(rows["zh1"]["set_aside"][0]["text"]["zh"])
    with open(report, encoding="utf-8-sig") as handle:
        cells = {r["id"]: r["set_aside"] for r in csv.DictReader(handle)}
    assert "血红蛋白 300 g/L" in cells["zh1"] and not _english_words(cells["zh1"])
    assert "g/dL" in cells["en1"] and "haemoglobin" in cells["en1"]
    page = html.read_text(encoding="utf-8")
    assert "血红蛋白 300 g/L" in page and "could be g/L / g/dL" in page


def test_the_chinese_set_aside_text_quotes_no_english_message():
    import nlu
    from nlu.extractor import set_aside_items

    for text in (ZH_NOTE, "血红蛋白 24，血小板 612×10^9/L。", "尿游离轻链 κ 38.5 mg/L。"):
        items = set_aside_items(nlu.extract(text))
        assert items and all(not _english_words(item["zh"]) for item in items), items
        assert all(_english_words(item["en"]) for item in items)


def test_the_cli_report_in_chinese_quotes_no_english_message(tmp_path, capsys):
    from bot.cli import main

    note = tmp_path / "note.txt"
    note.write_text(ZH_NOTE, encoding="utf-8")
    assert main(["assess", str(note), "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "血红蛋白 300 g/L" in line)
    assert not _english_words(line)
