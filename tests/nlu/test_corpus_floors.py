"""Regression floors on the annotated corpus (tests/corpus), a little below the measured figures.

The README reports the figures and which split each comes from; the held-out split is read only
here and by `make eval`, never while writing rules. Raising a floor is fine once the figure
rises; lowering one needs a reason in the commit.
"""

from pathlib import Path

import pytest

import nlu
from bot.engine import assess
from nlu.evaluate import evaluate, load_corpus

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

FLOORS = {
    # dev files 117-130 (294 notes: haematologists' checklists, Chinese units, case reports, grand rounds,
    # CPCs, pasted reports, exam vignettes, dictated messages, email chains, non-physicians' notes) brought in
    # phrasings not yet read: measured 0.9951 / 0.9915 / 0.9924 / 0.9824, 8 negated as present
    "dev": {"f1": 0.995, "negation": 0.99, "labs": 0.992, "verdict": 0.982, "negated_as_present": 8},
    "heldout": {"f1": 0.987, "negation": 0.945, "labs": 0.98, "verdict": 0.95, "negated_as_present": 0},
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def split(request):
    notes = load_corpus(CORPUS, request.param)
    assert notes, f"no notes in the {request.param} split"
    return request.param, notes, evaluate(notes)["groups"][f"split={request.param}"]


def test_present_f1_negation_labs_and_verdict_stay_above_their_floors(split):
    name, _, figures = split
    floor = FLOORS[name]
    measured = {
        "f1": figures["present_micro"]["f1"],
        "negation": figures["negation_accuracy"],
        "labs": figures["lab_exact_match"],
        "verdict": figures["verdict_accuracy"],
    }
    print(f"\n{name}: " + ", ".join(f"{k} {v:.3f}" for k, v in measured.items()))
    for key, value in measured.items():
        assert value >= floor[key], f"{name} {key} {value:.3f} fell below {floor[key]}"


def test_criteria_stated_absent_are_almost_never_counted_present(split):
    """A negated finding counted as present is the costliest error: hold its count down."""
    name, notes, _ = split
    wrong = 0
    for note in notes:
        criteria = assess(nlu.extract_evidence(note["text"])).criteria
        wrong += sum(
            1 for cid, gold in note["gold"]["criteria"].items()
            if gold == "absent" and criteria[cid].state.value == "present"
        )
    assert wrong <= FLOORS[name]["negated_as_present"]
