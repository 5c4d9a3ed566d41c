"""bot.screening.readers: JSONL, CSV and folder input; bad rows become error items, never text."""

from __future__ import annotations

import json

import pytest

from bot.screening import readers
from bot.screening.readers import ScreenInputError, detect_format, read_items

SECRET = "Zyxwv-private-note-words"


def _items(path, **kwargs):
    return list(read_items(str(path), **kwargs))


def test_jsonl_good_and_bad_rows(tmp_path):
    path = tmp_path / "notes.jsonl"
    path.write_text(
        "\n".join([
            json.dumps({"id": "a", "text": "numb feet"}),
            "",
            "{not json " + SECRET,
            json.dumps({"text": "no id " + SECRET}),
            json.dumps({"id": 7, "text": "integer id"}),
            json.dumps({"id": "b"}),
            json.dumps({"id": "c", "text": ["not", "a", "string"]}),
            json.dumps(["a list"]),
        ]) + "\n",
        encoding="utf-8",
    )
    items = _items(path)
    assert [(i.id, i.line, i.error is None) for i in items] == [
        ("a", 1, True), (None, 3, False), (None, 4, False), ("7", 5, True), ("b", 6, False),
        ("c", 7, False), (None, 8, False),
    ]
    assert items[0].text == "numb feet"
    assert all(SECRET not in (i.error or "") for i in items)
    assert items[1].key == "line:3" and items[0].key == "id:a"
    assert readers.count_items(str(path)) == 7


def test_jsonl_binary_line(tmp_path):
    path = tmp_path / "notes.jsonl"
    path.write_bytes(b'{"id": "x", "text": "ok"}\n\xff\xfe\x00garbage\n')
    items = _items(path)
    assert items[0].error is None
    assert items[1].id is None and items[1].line == 2 and "binary" in items[1].error


def test_csv_with_named_columns_and_multiline_notes(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(
        'patient,letter,other\n'
        'p1,"Dear colleague,\nnumb feet for a year.",x\n'
        ',"no id ' + SECRET + '",y\n'
        'p3,"plain note",z\n'
        'p4\n',
        encoding="utf-8",
    )
    items = _items(path, id_column="patient", text_column="letter")
    assert [(i.id, i.error is None) for i in items] == [("p1", True), (None, False), ("p3", True), ("p4", False)]
    assert items[0].text == "Dear colleague,\nnumb feet for a year."
    assert all(SECRET not in (i.error or "") for i in items)


def test_csv_missing_column_is_an_input_error(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(ScreenInputError, match="text"):
        _items(path)


def test_folder_of_txt_files(tmp_path, monkeypatch):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "p1.txt").write_text("numb feet", encoding="utf-8")
    (folder / "p2.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "p3.txt").write_text("x" * 200, encoding="utf-8")
    (folder / "ignored.md").write_text("not a note", encoding="utf-8")
    monkeypatch.setattr(readers, "MAX_NOTE_BYTES", 100)
    items = _items(folder)
    assert [i.id for i in items] == ["p1", "p2", "p3"]
    assert items[0].text == "numb feet" and items[0].error is None
    assert "binary" in items[1].error
    assert "larger" in items[2].error and items[2].text is None
    assert detect_format(str(folder)) == "folder"


def test_detect_format(tmp_path):
    assert detect_format("x.jsonl") == "jsonl"
    assert detect_format("x.CSV") == "csv"
    assert detect_format("-") == "jsonl"
    with pytest.raises(ScreenInputError):
        detect_format("x.docx")


def test_csv_row_that_cannot_be_decoded_is_reported_and_the_rest_is_read(tmp_path):
    """A file that turns into another encoding in one row: every row before it is kept (a text
    wrapper lost the whole 8 KB block before the bad bytes), the bad row is reported by its id
    with the readers' wording (bot.text_encoding.UNREADABLE), and the rows after it are read."""
    from bot.text_encoding import UNREADABLE

    path = tmp_path / "notes.csv"
    good = ("id,text\n" + "".join(f"p{i},numb feet for {i} months\n" for i in range(400))).encode("utf-8")
    path.write_bytes(good + b"p-bad,\xff\xfe\xfa " + SECRET.encode() + b"\n\xff\xfe,x\np-after,ok\n")
    items = _items(path)
    assert [i.id for i in items[:400]] == [f"p{i}" for i in range(400)]
    assert all(i.error is None for i in items[:400])
    bad, bad_id, after = items[400:]
    assert bad.id == "p-bad" and bad.line == 401 and bad.error == UNREADABLE
    assert bad_id.id is None and bad_id.line == 402 and bad_id.error == UNREADABLE
    assert after.id == "p-after" and after.text == "ok" and after.error is None
    assert all(SECRET not in (i.error or "") for i in items)


def test_csv_header_that_cannot_be_decoded_is_an_input_error(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(b"id,te\xff\xfext\np1,x\n")
    with pytest.raises(ScreenInputError, match="not UTF-8"):
        _items(path)
