"""pytest wrapper around tests/corpus/validate.py (pure Python, no project imports)."""
import importlib.util
import os

_spec = importlib.util.spec_from_file_location(
    "corpus_validate", os.path.join(os.path.dirname(os.path.abspath(__file__)), "validate.py"))
validate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(validate)


def test_corpus_schema_and_gold_consistency():
    errors, counts = validate.validate()
    assert not errors, "\n".join(errors)


def test_both_splits_present_and_mostly_chinese():
    _, counts = validate.validate()
    for split in validate.SPLITS:
        c = counts[split]
        assert c["n"] > 0
        assert c["language"]["zh"] * 2 >= c["n"]


def test_verdict_rules():
    crit = {k: "unknown" for k in validate.CRITERIA}
    assert validate.expected_verdict(crit) == "possible"
    crit.update(polyneuropathy="present", monoclonal_plasma_cell_disorder="present")
    assert validate.expected_verdict(crit) == "suspected"
    crit.update(vegf_elevated="present", skin_changes="present")
    assert validate.expected_verdict(crit) == "meets_criteria"
    crit.update(monoclonal_plasma_cell_disorder="absent")
    assert validate.expected_verdict(crit) == "unlikely"
