"""The poems-triage CLI via subprocess: exit codes, --json keys, bad input never a traceback."""

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]
CRITERIA = {"polyneuropathy", "monoclonal_plasma_cell_disorder", "castleman", "sclerotic_bone_lesions",
            "vegf_elevated", "organomegaly", "extravascular_volume_overload", "endocrinopathy",
            "skin_changes", "papilledema", "thrombocytosis_polycythemia"}
SECRET = "Patient Zhang Wei-secret-4711"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60)


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


EVIDENCE = {
    "findings": [
        {"concept": "polyneuropathy", "provenance": {"start": 0, "end": 14, "text": "polyneuropathy"}},
        {"concept": "serum_immunofixation", "attributes": {"heavy_chain": "IgA", "light_chain": "lambda"}},
        {"concept": "peripheral_edema"},
    ],
    "labs": [{"analyte": "vegf", "value": 4.2, "unit": "ng/mL", "sample": "serum"}],
    "age": 52, "sex": "male", "language": "en",
}


def test_version_and_help():
    assert run("--version").stdout.startswith("poems-triage")
    out = run("--help")
    assert out.returncode == 0 and "assess" in out.stdout and "eval" in out.stdout


def test_assess_evidence_json_contract(tmp_path):
    out = run("assess", "--evidence", write(tmp_path, "e.json", EVIDENCE), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["verdict"] == "meets_criteria"
    assert set(data["criteria"]) == CRITERIA
    assert set(data["criteria"].values()) <= {"present", "absent", "unknown"}
    for key in ("missing_evidence", "findings", "reasons", "citations", "points_against", "differential", "language"):
        assert key in data
    assert data["findings"][0]["text"] == "polyneuropathy" and data["findings"][0]["start"] == 0
    assert "表2" in data["citations"]


def test_assess_missing_evidence_items_have_test_and_why(tmp_path):
    ev = {"findings": [{"concept": "polyneuropathy"}]}
    data = json.loads(run("assess", "--evidence", write(tmp_path, "e.json", ev), "--json").stdout)
    assert data["verdict"] == "possible"
    assert data["missing_evidence"] and all({"test", "why"} <= set(m) for m in data["missing_evidence"])


def test_assess_readable_report_en_and_zh(tmp_path):
    path = write(tmp_path, "e.json", EVIDENCE)
    en = run("assess", "--evidence", path)
    assert en.returncode == 0 and "Meets the diagnostic criteria" in en.stdout and "not a diagnosis" in en.stdout
    zh = run("assess", "--evidence", path, "--lang", "zh")
    assert "符合诊断标准" in zh.stdout and "并非诊断" in zh.stdout


def test_evidence_from_stdin():
    out = run("assess", "--evidence", "-", "--json", stdin=json.dumps(EVIDENCE))
    assert out.returncode == 0 and json.loads(out.stdout)["verdict"] == "meets_criteria"


@pytest.mark.parametrize("content,fragment", [
    ("{not json", "not valid JSON"),
    ([1, 2], "must be an object"),
    ({"labs": [{"analyte": "platelets", "value": 50000, "unit": "10^9/L"}]}, "impossible"),
    ({"labs": [{"analyte": "vegf", "value": 1e9, "unit": "pg/mL"}]}, "impossible"),
    ({"labs": [{"analyte": "flc_ratio", "value": 0}]}, "impossible"),
    ({"labs": [{"analyte": "vegf", "value": 100, "unit": "furlongs/fortnight"}]}, "furlongs/fortnight"),
    ({"labs": [{"analyte": "vegf", "value": 100, "unit": "zorks"}]}, "zorks"),
    ({"findings": [{"concept": "Bad Id"}]}, "invalid evidence"),
    ({"age": 300}, "invalid evidence"),
])
def test_bad_evidence_exits_2_with_one_line(tmp_path, capsys, content, fragment):
    # in-process for speed (same main() the console script runs); one subprocess case below
    code = main(["assess", "--evidence", write(tmp_path, "e.json", content)])
    err = capsys.readouterr().err
    assert code == 2
    assert fragment in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_bad_evidence_exits_2_in_a_real_process(tmp_path):
    out = run("assess", "--evidence", write(tmp_path, "e.json", {"labs": [{"analyte": "platelets", "value": -1}]}))
    assert out.returncode == 2 and "impossible" in out.stderr and "Traceback" not in out.stderr


def test_unreadable_files_exit_2(tmp_path):
    assert run("assess", "--evidence", str(tmp_path / "missing.json")).returncode == 2
    assert run("assess", str(tmp_path)).returncode == 2
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02")
    out = run("assess", str(binary))
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_empty_note_exits_2(tmp_path):
    out = run("assess", write(tmp_path, "n.txt", "   \n"))
    assert out.returncode == 2 and "empty" in out.stderr


def test_note_text_is_never_echoed_in_errors(tmp_path):
    note = tmp_path / "n.txt"
    note.write_bytes(f"{SECRET} has numb feet\x00".encode())
    out = run("assess", str(note))
    assert out.returncode == 2 and SECRET not in out.stderr and SECRET not in out.stdout


def test_note_goes_through_nlu_extract(tmp_path, capsys, monkeypatch):
    import types

    from bot.evidence import evidence_of

    seen = []
    fake = types.ModuleType("nlu")
    fake.extract = lambda text: seen.append(text) or types.SimpleNamespace(
        evidence=evidence_of({"polyneuropathy": "present"}, language="zh"), set_aside=[])
    monkeypatch.setitem(sys.modules, "nlu", fake)
    assert main(["assess", write(tmp_path, "n.txt", "双足麻木")]) == 0
    assert seen == ["双足麻木"]
    assert "结论" in capsys.readouterr().out  # the note's language


def test_nlu_note_error_exits_2(tmp_path, capsys, monkeypatch):
    import types

    class NoteError(ValueError):
        pass

    def extract(text):
        raise NoteError("the note is too long")

    fake = types.ModuleType("nlu")
    fake.extract = extract
    monkeypatch.setitem(sys.modules, "nlu", fake)
    assert main(["assess", write(tmp_path, "n.txt", SECRET)]) == 2
    err = capsys.readouterr().err
    assert "too long" in err and SECRET not in err


def test_risk_options_and_json(tmp_path):
    out = run("risk", "--age", "51", "--pleural-effusion", "yes", "--pulmonary-hypertension", "no",
              "--egfr", "30", "--json")
    data = json.loads(out.stdout)
    assert out.returncode == 0 and data["score"] == 2 and data["group"] == "high"
    text = run("risk", "--age", "40")
    assert text.returncode == 0 and "0-4" in text.stdout
    assert run("risk", "--egfr", "-5").returncode == 2
    assert run("risk", "--pleural-effusion", "maybe").returncode == 2
    data = json.loads(run("risk", "--input", write(tmp_path, "r.json", {"age": 60, "egfr": 20}), "--json").stdout)
    assert data["group"] == "high" and data["score"] is None


def test_response_options_and_json(tmp_path):
    out = run("response", "--m-baseline", "12", "--m-current", "5", "--vegf-baseline", "3000",
              "--vegf", "800", "800", "--json")
    data = json.loads(out.stdout)
    assert out.returncode == 0
    assert [r["category"] for r in data["results"]] == ["PR", "PD"]
    assert "timing" in data
    body = {"radiological": {"baseline_suv": 10, "current_suv": 13}, "neurological": {"baseline_onls": 2, "current_onls": 3}}
    out = run("response", "--input", write(tmp_path, "r.json", body))
    assert out.returncode == 0 and "radiological: PD" in out.stdout
    assert run("response").returncode == 2
    assert run("response", "--input", write(tmp_path, "bad.json", {"vegf": {"baseline_pg_ml": 1}})).returncode == 2


def test_topics():
    out = run("topics")
    assert out.returncode == 0 and "transplant_eligible" in out.stdout
    out = run("topics", "vegf", "--lang", "zh")
    assert out.returncode == 0 and "血清" in out.stdout
    assert run("topics", "nope").returncode == 2


def test_unknown_subcommand_and_option_exit_2():
    assert run("frobnicate").returncode == 2
    assert run("assess", "--bogus").returncode == 2


def test_eval_is_registered():
    out = run("eval", "--help")
    try:
        importlib.import_module("nlu.evaluate")
    except Exception:
        assert out.returncode == 2 and "nlu.evaluate" in out.stderr


def test_console_script_installed():
    script = Path(sys.executable).parent / "poems-triage"
    if not script.exists():
        pytest.skip("console script not installed")
    out = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0


@pytest.mark.parametrize("note,shown,kept", [
    ("Numbness and weakness of both feet. IFE: IgG lambda positive. PLT 50 000 x10^9/L. "
     "Skin hyperpigmentation.", "platelet count of 50000 10^9/L is impossible", "hyperpigmentation"),
    ("双下肢麻木无力。血清免疫固定电泳IgG λ阳性。血红蛋白 300 g/L。皮肤色素沉着。", "血红蛋白 300 g/L 数值不合理",
     "色素沉着"),
])
def test_a_note_with_one_impossible_value_is_assessed_with_the_value_set_aside(tmp_path, capsys, note, shown, kept):
    code = main(["assess", write(tmp_path, "n.txt", note)])
    out = capsys.readouterr()
    assert code == 0 and "Traceback" not in out.err
    assert shown in out.out and kept in out.out
    assert out.out.index(shown) < out.out.index("[")  # listed before the criteria: not missed
    code = main(["assess", "--json", write(tmp_path, "n.txt", note)])
    out = capsys.readouterr()
    assert code == 0 and json.loads(out.out)["criteria"]["thrombocytosis_polycythemia"] == "unknown"
    assert "impossible" in out.err or "不合理" in out.err
