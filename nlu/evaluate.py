"""Evaluation of the NLU (and of the verdict through the engine) on the annotated corpus.

    python -m nlu.evaluate [--corpus tests/corpus] [--split dev|heldout|all] [--json]
    python -m nlu.evaluate --split dev --per-note   (dev notes only: ids and what differs)
    poems-triage eval ...

For each note: ``assess(extract(text)).criteria`` is compared with the gold criterion states.
Reported per split and per language: per-criterion precision / recall / F1 for ``present``
(a predicted present where gold is absent or unknown is a false positive), negation accuracy
(gold absent -> predicted absent), lab-value exact-match accuracy (analyte, value, unit and,
for VEGF, sample when gold states it), and verdict accuracy. Never prints note text. ``--per-note`` lists, for each dev note that differs
from its gold, the note id, the criteria that differ (gold -> predicted) and the gold lab values
not matched (analyte only); it refuses held-out notes, whose failures must not guide the rules.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Optional

CRITERIA = [
    "polyneuropathy", "monoclonal_plasma_cell_disorder", "castleman", "sclerotic_bone_lesions",
    "vegf_elevated", "organomegaly", "extravascular_volume_overload", "endocrinopathy",
    "skin_changes", "papilledema", "thrombocytosis_polycythemia",
]
# The analytes the corpus labels (tests/corpus/README.md, "Schema"). The extractor also reads
# values it does not label (SUVmax, ONLS) so that they are not mistaken for these; such values
# are neither matches nor extras in the lab figures.
LABELLED_ANALYTES = frozenset({
    "vegf", "flc_kappa", "flc_lambda", "flc_ratio", "m_protein", "platelets", "hemoglobin",
    "hematocrit", "egfr", "albumin",
})
DEFAULT_CORPUS = Path("tests/corpus")


def load_corpus(path: Path, split: str = "all") -> List[dict]:
    files = [path] if path.is_file() else sorted(path.glob("*.jsonl"))
    notes = []
    for file in files:
        with open(file, encoding="utf-8") as handle:
            for line in handle:
                line = line.strip()
                if line:
                    notes.append(json.loads(line))
    if split != "all":
        notes = [n for n in notes if n.get("split") == split]
    return notes


def _state(value) -> str:
    value = getattr(value, "state", value)
    return getattr(value, "value", value) or "unknown"


def _lab_key(lab: dict, with_sample: bool):
    unit = lab.get("unit")
    key = (lab["analyte"], round(float(lab["value"]), 6), unit)
    if with_sample:
        key += (lab.get("sample"),)
    return key


class Counter:
    def __init__(self):
        self.tp = defaultdict(int)
        self.fp = defaultdict(int)
        self.fn = defaultdict(int)
        self.neg_total = 0
        self.neg_correct = 0
        self.neg_as_present = 0  # a criterion the gold states absent counted present (issue #4)
        self.labs_gold = 0
        self.labs_matched = 0
        self.labs_predicted = 0
        self.verdict_total = 0
        self.verdict_correct = 0
        self.state_total = 0
        self.state_correct = 0
        self.notes = 0

    def report(self) -> dict:
        per = {}
        for c in CRITERIA:
            tp, fp, fn = self.tp[c], self.fp[c], self.fn[c]
            p = tp / (tp + fp) if tp + fp else None
            r = tp / (tp + fn) if tp + fn else None
            f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
            per[c] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
        tp = sum(self.tp.values())
        fp = sum(self.fp.values())
        fn = sum(self.fn.values())
        mp = tp / (tp + fp) if tp + fp else None
        mr = tp / (tp + fn) if tp + fn else None
        return {
            "notes": self.notes,
            "criteria": per,
            "present_micro": {"precision": mp, "recall": mr,
                              "f1": 2 * mp * mr / (mp + mr) if mp and mr else None},
            "state_accuracy": self.state_correct / self.state_total if self.state_total else None,
            "negation_accuracy": self.neg_correct / self.neg_total if self.neg_total else None,
            "negation_n": self.neg_total,
            "negated_as_present": self.neg_as_present,
            "lab_exact_match": self.labs_matched / self.labs_gold if self.labs_gold else None,
            "lab_precision": self.labs_matched / self.labs_predicted if self.labs_predicted else None,
            "labs_gold": self.labs_gold,
            "verdict_accuracy": (self.verdict_correct / self.verdict_total
                                 if self.verdict_total else None),
        }


def evaluate(notes: List[dict], use_engine: bool = True,
             per_note: Optional[List[dict]] = None) -> dict:
    import nlu

    assess = None
    engine_message = None
    if use_engine:
        try:
            from bot.engine import assess  # noqa: F811
        except Exception as exc:  # the engine may not exist yet
            engine_message = f"verdict metrics skipped: bot.engine not available ({type(exc).__name__})"
    groups: Dict[str, Counter] = defaultdict(Counter)
    errors = 0
    started = time.perf_counter()
    for note in notes:
        keys = ["all", f"split={note.get('split')}", f"language={note.get('language')}",
                f"split={note.get('split')},language={note.get('language')}"]
        try:
            extraction = nlu.extract(note["text"])
        except Exception:
            errors += 1
            continue
        gold = note.get("gold") or {}
        predicted_states: Optional[Dict[str, str]] = None
        verdict = None
        if assess is not None:
            try:
                assessment = assess(extraction.evidence)
                predicted_states = {c: _state(assessment.criteria.get(c)) for c in CRITERIA}
                verdict = getattr(assessment.verdict, "value", assessment.verdict)
            except Exception:
                errors += 1
        gold_labs = gold.get("labs") or []
        pred_labs = [
            {"analyte": lab.analyte, "value": lab.value, "unit": lab.unit,
             "sample": lab.sample.value if lab.sample else None}
            for lab in extraction.evidence.labs if lab.analyte in LABELLED_ANALYTES
        ]
        if per_note is not None:
            per_note.append(_differences(note, predicted_states, verdict, pred_labs))
        for key in keys:
            counter = groups[key]
            counter.notes += 1
            if predicted_states is not None:
                for c in CRITERIA:
                    g = gold.get("criteria", {}).get(c, "unknown")
                    p = predicted_states.get(c, "unknown")
                    counter.state_total += 1
                    counter.state_correct += int(g == p)
                    if p == "present" and g == "present":
                        counter.tp[c] += 1
                    elif p == "present":
                        counter.fp[c] += 1
                    elif g == "present":
                        counter.fn[c] += 1
                    if g == "absent":
                        counter.neg_total += 1
                        counter.neg_correct += int(p == "absent")
                        counter.neg_as_present += int(p == "present")
                if gold.get("verdict") is not None:
                    counter.verdict_total += 1
                    counter.verdict_correct += int(verdict == gold["verdict"])
            remaining = list(pred_labs)
            counter.labs_predicted += len(pred_labs)
            for g in gold_labs:
                with_sample = g.get("analyte") == "vegf" and g.get("sample") is not None
                gk = _lab_key(g, with_sample)
                for i, p in enumerate(remaining):
                    if _lab_key(p, with_sample) == gk:
                        counter.labs_matched += 1
                        del remaining[i]
                        break
                counter.labs_gold += 1
    elapsed = time.perf_counter() - started
    return {
        "groups": {k: v.report() for k, v in sorted(groups.items())},
        "errors": errors,
        "engine": engine_message or "bot.engine.assess",
        "seconds": round(elapsed, 3),
    }


def _differences(note: dict, states: Optional[Dict[str, str]], verdict, pred_labs) -> dict:
    """What one note's reading gets wrong: criteria, verdict and gold labs not matched."""
    gold = note.get("gold") or {}
    criteria = {}
    for c in CRITERIA:
        g = gold.get("criteria", {}).get(c, "unknown")
        p = (states or {}).get(c, "unknown")
        if states is not None and g != p:
            criteria[c] = f"{g} -> {p}"
    remaining = list(pred_labs)
    missed = []
    for g in gold.get("labs") or []:
        with_sample = g.get("analyte") == "vegf" and g.get("sample") is not None
        gk = _lab_key(g, with_sample)
        hit = next((i for i, p in enumerate(remaining) if _lab_key(p, with_sample) == gk), None)
        if hit is None:
            missed.append(g["analyte"])
        else:
            del remaining[hit]
    out = {"id": note.get("id"), "criteria": criteria, "labs_missed": missed,
           "labs_extra": [p["analyte"] for p in remaining]}
    if gold.get("verdict") is not None and verdict != gold["verdict"]:
        out["verdict"] = f"{gold['verdict']} -> {verdict}"
    return out


def _fmt(x) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def print_report(result: dict, out=sys.stdout) -> None:
    print(f"engine: {result['engine']}; errors: {result['errors']}; {result['seconds']} s", file=out)
    for name, rep in result["groups"].items():
        print(f"\n== {name}  (notes: {rep['notes']})", file=out)
        print(f"  present micro P/R/F1: {_fmt(rep['present_micro']['precision'])} "
              f"{_fmt(rep['present_micro']['recall'])} {_fmt(rep['present_micro']['f1'])}   "
              f"state accuracy: {_fmt(rep['state_accuracy'])}", file=out)
        print(f"  negation accuracy: {_fmt(rep['negation_accuracy'])} (n={rep['negation_n']})   "
              f"lab exact match: {_fmt(rep['lab_exact_match'])} (n={rep['labs_gold']}, "
              f"precision {_fmt(rep['lab_precision'])})   "
              f"verdict accuracy: {_fmt(rep['verdict_accuracy'])}   "
              f"negated counted present: {rep['negated_as_present']}", file=out)
        if name == "all" or name.startswith("split=") and "," not in name:
            print(f"  {'criterion':34s} {'P':>6s} {'R':>6s} {'F1':>6s}   tp  fp  fn", file=out)
            for c, m in rep["criteria"].items():
                print(f"  {c:34s} {_fmt(m['precision']):>6s} {_fmt(m['recall']):>6s} "
                      f"{_fmt(m['f1']):>6s}  {m['tp']:3d} {m['fp']:3d} {m['fn']:3d}", file=out)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="nlu.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="a JSONL file or a directory of *.jsonl (default tests/corpus/)")
    parser.add_argument("--split", default="all", help="dev | heldout | all (default all)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--no-engine", action="store_true", help="skip bot.engine (labs only)")
    parser.add_argument("--per-note", action="store_true",
                        help="list the dev notes that differ from their gold (ids, no text)")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"nlu.evaluate: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    notes = load_corpus(args.corpus, args.split)
    if not notes:
        print("nlu.evaluate: no notes in the corpus", file=sys.stderr)
        return 2
    per_note: Optional[List[dict]] = None
    if args.per_note:
        if any(n.get("split") != "dev" for n in notes):
            print("nlu.evaluate: --per-note reads dev notes only (use --split dev)", file=sys.stderr)
            return 2
        per_note = []
    result = evaluate(notes, use_engine=not args.no_engine, per_note=per_note)
    if per_note is not None:
        for row in per_note:
            if row["criteria"] or row["labs_missed"] or row["labs_extra"] or "verdict" in row:
                print(json.dumps(row, ensure_ascii=False))
        return 0
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
