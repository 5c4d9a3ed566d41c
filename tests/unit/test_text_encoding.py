"""Notes exported by hospital systems come in UTF-8, UTF-16 with its byte-order mark (Windows
"Unicode text") or GB18030/GBK (Chinese Windows, Excel): each is read as the text it is, and
anything else is reported as unreadable, never decoded into garbage. Before, UTF-16 files were
reported as binary and GBK files as not UTF-8."""

from __future__ import annotations

import codecs
import io

import pytest

from bot.commands.io import read_text
from bot.errors import EvidenceError
from bot.screening.readers import read_items
from bot.text_encoding import UNREADABLE, decode, encoding_of

NOTE = "男，52岁，双下肢麻木1年。IFE：IgA-λ。PLT 512×10^9/L，无脾大。"
ENGLISH = "Numb feet for a year; IFE IgA lambda; no splenomegaly; café-au-lait spot."


@pytest.mark.parametrize("data", [
    NOTE.encode("utf-8"), codecs.BOM_UTF8 + NOTE.encode("utf-8"), NOTE.encode("utf-16"),  # with its mark
    codecs.BOM_UTF16_BE + NOTE.encode("utf-16-be"), NOTE.encode("gb18030"), NOTE.encode("gbk"),
    ENGLISH.encode("utf-8"), ENGLISH.encode("utf-16"),
])
def test_each_encoding_is_read_as_its_text(data):
    text, problem = decode(data)
    assert problem is None and text in (NOTE, ENGLISH)


@pytest.mark.parametrize("data, problem", [
    (ENGLISH.encode("latin-1"), "not UTF-8, UTF-16 or GB18030 text"),  # no Chinese: never guessed as GBK
    (b"PK\x03\x04\x00\x00binary", "binary data, not text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary data, not text"),
])
def test_anything_else_is_reported_not_guessed(data, problem):
    assert decode(data) == (None, problem)


def test_a_character_cut_at_the_end_of_the_sample_does_not_change_the_encoding():
    data = NOTE.encode("utf-8")
    assert encoding_of(data[:len(data) - 1]) == "utf-8-sig"


def test_screening_reads_a_gbk_csv_and_a_folder_of_utf16_and_gbk_files(tmp_path):
    (tmp_path / "notes.csv").write_bytes(("id,text\n1," + NOTE + "\n2,\"" + NOTE + "\"\n").encode("gbk"))
    rows = list(read_items(str(tmp_path / "notes.csv")))
    assert [(r.id, r.text, r.error) for r in rows] == [("1", NOTE, None), ("2", NOTE, None)]
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.txt").write_bytes(NOTE.encode("utf-16"))
    (folder / "b.txt").write_bytes(NOTE.encode("gb18030"))
    (folder / "c.txt").write_bytes(ENGLISH.encode("latin-1"))
    rows = list(read_items(str(folder)))
    assert [(r.id, r.text, r.error) for r in rows] == [
        ("a", NOTE, None), ("b", NOTE, None), ("c", None, "not UTF-8, UTF-16 or GB18030 text")]


def test_the_command_line_reads_a_gbk_note_and_names_an_unreadable_one(tmp_path):
    (tmp_path / "gbk.txt").write_bytes(NOTE.encode("gbk"))
    assert read_text(str(tmp_path / "gbk.txt"), "note") == NOTE
    (tmp_path / "bad.txt").write_bytes(ENGLISH.encode("latin-1"))
    with pytest.raises(EvidenceError, match="is not UTF-8, UTF-16 or GB18030 text") as error:
        read_text(str(tmp_path / "bad.txt"), "note")
    assert "café" not in str(error.value)


def test_a_utf16_csv_from_excel_is_read(tmp_path):
    (tmp_path / "notes.csv").write_bytes(("id,text\r\n7,\"" + NOTE + "\"\r\n").encode("utf-16"))
    assert [(r.id, r.text) for r in read_items(str(tmp_path / "notes.csv"))] == [("7", NOTE)]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030"])
def test_decoded_lines_keep_line_breaks_and_every_line(encoding):
    """Every line comes back whole, with its own "\\n" (and "\\r\\n" kept inside it), in each
    encoding the readers take, also UTF-16 whose line break is two bytes."""
    from bot.text_encoding import decoded_lines

    text = "id,text\r\n1,\"双下肢水肿\r\nnumb feet\"\n2,无脾大\nlast line without a break"
    lines = list(decoded_lines(io.BytesIO(text.encode(encoding)), encoding))
    assert "".join(lines) == text
    assert all(line.endswith("\n") for line in lines[:-1]) and lines[-1] == "last line without a break"


def test_decoded_lines_replace_only_the_bad_line_when_asked():
    from bot.text_encoding import REPLACEMENT, decoded_lines

    data = b"one\nbad \xff\xfe\n\xe6\x82\xa3\xe8\x80\x85\n"
    lines = list(decoded_lines(io.BytesIO(data), "utf-8-sig", replace=True))
    assert lines[0] == "one\n" and REPLACEMENT in lines[1] and lines[2] == "患者\n"


def test_decoded_lines_stop_at_the_bad_line_not_before_it():
    from bot.text_encoding import decoded_lines

    data = b"".join(b"line %d\n" % i for i in range(2000)) + b"bad \xff\xfe\n" + b"after\n"
    lines = []
    with pytest.raises(UnicodeDecodeError):
        for line in decoded_lines(io.BytesIO(data), "utf-8-sig"):
            lines.append(line)
    assert len(lines) == 2000 and lines[-1] == "line 1999\n"


def test_a_gb18030_export_with_one_bad_row_is_still_read_as_gb18030():
    """One stray byte further on must not make a Chinese export unreadable: the rows before it
    are read, the bad row is reported."""
    good = "id,text\np1,患者男，52岁，双下肢麻木\np2,无脾大，VEGF正常\n".encode("gb18030")
    assert encoding_of(good + b'p3,"bad \xff\xfe\xfd"\n') == "gb18030"
    items = _csv_items(good + b'p3,"bad \xff\xfe\xfd"\np4,ok\n')
    assert [(i.id, i.text) for i in items[:2]] == [("p1", "患者男，52岁，双下肢麻木"), ("p2", "无脾大，VEGF正常")]
    assert (items[2].id, items[2].error) == ("p3", UNREADABLE)
    assert (items[3].id, items[3].text) == ("p4", "ok")


def test_a_utf8_file_with_chinese_and_a_bad_byte_later_stays_utf8():
    """GB18030 decodes most UTF-8 Chinese into other characters: once UTF-8 has read Chinese,
    the file is UTF-8, whatever comes later."""
    data = "id,text\np1,患者男，52岁\n".encode("utf-8") + b"p2,\xff\xfe\n"
    assert encoding_of(data) == "utf-8-sig"
    items = _csv_items(data)
    assert items[0].text == "患者男，52岁" and (items[1].id, items[1].error) == ("p2", UNREADABLE)


def _csv_items(data: bytes):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes.csv"
        path.write_bytes(data)
        return list(read_items(str(path)))
