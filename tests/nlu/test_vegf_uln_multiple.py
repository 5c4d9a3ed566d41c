"""A VEGF given as a multiple of the upper limit of normal without a value (sentences written for the
tests): "VEGF 2x ULN", "VEGF >3x upper limit", "VEGF three times the ULN", "serum VEGF was reported as more
than three times the upper limit of normal", "VEGF 1.5 × ULN", "VEGF ~2x ULN", "VEGF nearly twice the upper
limit", "sVEGF 10-fold the upper limit of normal". The finding keeps the multiple and its bound; the engine
judges it against > 2 × ULN (二(二)4; a rounded multiple at 2 cannot tell).
Rules: targets_en.yml ("VEGF N x ULN"), labs.yml uln_multiple; nlu/implications/uln_multiple.py."""
import pytest

from bot.engine import assess

from conftest import labs_of


def vegf_finding(e):
    found = [f for f in e.evidence.findings if f.concept == "vegf_elevated"]
    assert found, "no VEGF finding"
    return found[0]


@pytest.mark.parametrize("text, multiple, comparator, state", [
    ("VEGF 2x ULN.", "2", None, "unknown"),
    ("VEGF >3x upper limit.", "3", ">", "present"),
    ("VEGF three times the ULN.", "3", None, "present"),
    ("His serum VEGF was reported as more than three times the upper limit of normal.", "3", ">", "present"),
    ("VEGF 1.5 × ULN.", "1.5", None, "absent"),
    ("VEGF ~2x ULN.", "2", "~", "unknown"),
    ("VEGF about 4x ULN.", "4", "~", "present"),
    ("VEGF nearly twice the upper limit.", "2", "<", "absent"),
    ("VEGF <2x ULN.", "2", "<", "absent"),
    ("VEGF > 2 × ULN.", "2", ">", "present"),
    ("sVEGF 10-fold the upper limit of normal.", "10", None, "present"),
    ("VEGF twice the upper limit of normal.", "2", None, "unknown"),
    ("VEGF x3 ULN", "3", None, "present"),
])
def test_a_multiple_of_the_uln_is_kept_and_judged(ex, text, multiple, comparator, state):
    e = ex(text)
    finding = vegf_finding(e)
    assert finding.attributes.get("uln_multiple") == multiple
    assert finding.attributes.get("comparator") == comparator
    assert not labs_of(e, "vegf")  # a multiple is no value in pg/mL
    assert assess(e.evidence).criteria["vegf_elevated"].state.value == state


def test_a_vegf_stated_high_in_words_carries_no_multiple(ex):
    finding = vegf_finding(ex("VEGF markedly elevated."))
    assert "uln_multiple" not in finding.attributes


def test_a_value_with_its_range_is_judged_by_the_value(ex):
    e = ex("VEGF 150 pg/mL (ULN 142), about 1x ULN.")
    assert assess(e.evidence).criteria["vegf_elevated"].state.value == "absent"
