"""Validate the annotated evaluation corpus (pure Python, no project imports).

Run:  python tests/corpus/validate.py      (prints counts; exit status 1 on any error)
The same checks run under pytest via tests/corpus/test_corpus_schema.py.
"""
import collections
import json
import re
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = ("dev", "heldout")
LANGUAGES = {"en", "zh", "mixed"}
VERDICTS = {"meets_criteria", "suspected", "possible", "unlikely"}
STATES = {"present", "absent", "unknown"}
MANDATORY = ("polyneuropathy", "monoclonal_plasma_cell_disorder")
OTHER_MAJOR = ("castleman", "sclerotic_bone_lesions", "vegf_elevated")
MINOR = ("organomegaly", "extravascular_volume_overload", "endocrinopathy", "skin_changes",
         "papilledema", "thrombocytosis_polycythemia")
CRITERIA = MANDATORY + OTHER_MAJOR + MINOR
ANALYTES = {"vegf", "flc_kappa", "flc_lambda", "flc_ratio", "m_protein", "platelets",
            "hemoglobin", "hematocrit", "egfr", "albumin"}
UNITS = {"pg/mL", "ng/mL", "ng/L", "mg/L", "mg/dL", "g/L", "g/dL", "mmol/L", "10^9/L", "K/uL", "10^4/uL", "10^5/uL", "/uL", "%",
         "mL/min/1.73m^2", None}
SAMPLES = {"serum", "plasma"}
MIN_TOTAL = 140


def group_state(states):
    """present if any member present; absent if every member absent; else unknown."""
    if "present" in states:
        return "present"
    if all(s == "absent" for s in states):
        return "absent"
    return "unknown"


def expected_verdict(criteria):
    groups = [
        criteria["polyneuropathy"],
        criteria["monoclonal_plasma_cell_disorder"],
        group_state([criteria[k] for k in OTHER_MAJOR]),
        group_state([criteria[k] for k in MINOR]),
    ]
    if all(g == "present" for g in groups):
        return "meets_criteria"
    if any(g == "absent" for g in groups):
        return "unlikely"
    if sum(g == "present" for g in groups) >= 2:
        return "suspected"
    return "possible"


FAMILIES = [  # (keyword in the case text, family); first match wins; for the count table only
    ("castleman", "Castleman"), ("cidp", "CIDP"), ("nodopathy", "CIDP"), ("gbs", "GBS"),
    ("miller fisher", "GBS"), ("b12", "B12 / nutritional"), ("nutritional", "B12 / nutritional"),
    ("induced", "drug / chemotherapy"), ("vincristine", "drug / chemotherapy"),
    ("paclitaxel", "drug / chemotherapy"), ("metronidazole", "drug / chemotherapy"),
    ("mgus", "MGUS / IgM / anti-MAG"), ("anti-mag", "MGUS / IgM / anti-MAG"),
    ("waldenstrom", "MGUS / IgM / anti-MAG"), ("amyloid", "amyloidosis"), ("myeloma", "myeloma"),
    ("diabet", "diabetes / thyroid"), ("hypothyroid", "diabetes / thyroid"), ("alcohol", "alcohol"),
]


def case_family(case):
    """Coarse case family for the count table: 'POEMS: <family>' or 'mimic: <family>'."""
    kind = "POEMS" if case.startswith("POEMS") else "mimic"
    low = case.lower()
    if kind == "POEMS":
        if "castleman" in low:
            return "POEMS: Castleman"
        if "cidp" in low:
            return "POEMS: CIDP-misdiagnosed"
        if "kappa" in low:
            return "POEMS: kappa type"
        return "POEMS: other presentations"
    for key, fam in FAMILIES:
        if key in low:
            return "mimic: " + fam
    return "mimic: other"


def load(split):
    path = os.path.join(HERE, split + ".jsonl")
    with open(path, encoding="utf-8") as fh:
        return [(i + 1, json.loads(line)) for i, line in enumerate(fh) if line.strip()]


FULL_WIDTH_DIGITS = {0xFF10 + i: ord('0') + i for i in range(10)}
FULL_WIDTH_DIGITS.update({0xFF0E: ord('.'), 0xFF0C: ord(',')})


def _value_in_text(value, text):
    """The labelled number must be written in the note (thousands separators ignored, including
    the Indian lakh grouping of South Asian letters, '5,80,000'; full-width digits and point,
    '２８６０', '０．５', read as the ASCII ones; a decimal comma, '10,9', and full stops between digit
    groups, '398.000', as European reports write them; OCR's letters for digits in a scanned report,
    '２〇８〇', '３l２', 'l２６', read as the digits)."""
    text = text.translate(FULL_WIDTH_DIGITS)
    text = re.sub(r"(?<=\d)[〇Oo]|[〇Oo](?=\d)|〇", "0", text)
    text = re.sub(r"[lI](?=\d)|(?<=\d)[lI](?=\d)", "1", text)
    squeezed = re.sub(r"(?<=\d),(?=\d{2},\d{3}\b)", "", text)
    squeezed = re.sub(r"(?<=\d)[,\s\u2009\u202f](?=\d{3}\b)", "", squeezed)
    if str(value) in squeezed:
        return True
    # European notation: a decimal comma ("Hb 10,9 mmol/L" labelled 10.9) and a full stop between
    # digit groups ("PLT 398.000/mm³" labelled 398000)
    return str(value).replace(".", ",") in text or str(value) in re.sub(r"(?<=\d)\.(?=\d{3}\b)", "", text)


def check_record(rec, split):
    errs = []
    keys = {"id", "language", "split", "text", "gold", "case"}
    if set(rec) != keys:
        errs.append("top-level keys %s" % sorted(set(rec) ^ keys))
        return errs
    if not isinstance(rec["id"], str) or not rec["id"]:
        errs.append("bad id")
    if rec["language"] not in LANGUAGES:
        errs.append("language %r" % rec["language"])
    if rec["split"] != split:
        errs.append("split %r in %s.jsonl" % (rec["split"], split))
    if not isinstance(rec["text"], str) or len(rec["text"].strip()) < 5:
        errs.append("empty text")
    if not isinstance(rec["case"], str) or not rec["case"].strip():
        errs.append("empty case")
    gold = rec["gold"]
    if not isinstance(gold, dict) or set(gold) != {"criteria", "labs", "verdict"}:
        errs.append("gold keys")
        return errs
    crit = gold["criteria"]
    if set(crit) != set(CRITERIA):
        errs.append("criterion keys %s" % sorted(set(crit) ^ set(CRITERIA)))
        return errs
    for k, v in crit.items():
        if v not in STATES:
            errs.append("criterion %s=%r" % (k, v))
    if gold["verdict"] not in VERDICTS:
        errs.append("verdict %r" % gold["verdict"])
    elif not errs and expected_verdict(crit) != gold["verdict"]:
        errs.append("verdict %s but criteria give %s" % (gold["verdict"], expected_verdict(crit)))
    if not isinstance(gold["labs"], list):
        errs.append("labs not a list")
    else:
        for lab in gold["labs"]:
            if not isinstance(lab, dict) or not {"analyte", "value", "unit"} <= set(lab) \
                    or not set(lab) <= {"analyte", "value", "unit", "sample"}:
                errs.append("lab keys %r" % (lab,))
                continue
            if lab["analyte"] not in ANALYTES:
                errs.append("analyte %r" % lab["analyte"])
            if isinstance(lab["value"], bool) or not isinstance(lab["value"], (int, float)):
                errs.append("lab value %r" % (lab["value"],))
            if lab["unit"] not in UNITS:
                errs.append("unit %r" % lab["unit"])
            if "sample" in lab and (lab["analyte"] != "vegf" or lab["sample"] not in SAMPLES):
                errs.append("sample %r" % lab["sample"])
            if lab["analyte"] == "flc_ratio" and lab["unit"] is not None:
                errs.append("flc_ratio must have unit null")
            if isinstance(lab["value"], (int, float)) and not _value_in_text(lab["value"], rec["text"]):
                errs.append("lab value %r not found in the text" % (lab["value"],))
    return errs


def validate():
    """Return (errors, counts)."""
    errors = []
    seen = {}
    counts = collections.OrderedDict()
    total = 0
    for split in SPLITS:
        try:
            records = load(split)
        except (OSError, ValueError) as exc:
            errors.append("%s.jsonl: %s" % (split, exc))
            continue
        c = {"n": len(records), "language": collections.Counter(), "case": collections.Counter(),
             "kind": collections.Counter(), "verdict": collections.Counter(),
             "family": collections.Counter()}
        for line_no, rec in records:
            where = "%s.jsonl:%d" % (split, line_no)
            if not isinstance(rec, dict):
                errors.append("%s: not an object" % where)
                continue
            for e in check_record(rec, split):
                errors.append("%s (%s): %s" % (where, rec.get("id"), e))
            rid = rec.get("id")
            if rid in seen:
                errors.append("%s: duplicate id %s (also %s)" % (where, rid, seen[rid]))
            seen[rid] = where
            c["language"][rec.get("language")] += 1
            case = str(rec.get("case", ""))
            c["case"][case] += 1
            c["kind"]["POEMS" if case.startswith("POEMS") else "mimic"] += 1
            c["family"][case_family(case)] += 1
            if isinstance(rec.get("gold"), dict):
                c["verdict"][rec["gold"].get("verdict")] += 1
        total += len(records)
        if records:
            if c["language"]["zh"] * 2 < len(records):
                errors.append("%s: fewer than half the notes are Chinese (%d/%d)"
                              % (split, c["language"]["zh"], len(records)))
            if not c["kind"]["POEMS"] or not c["kind"]["mimic"]:
                errors.append("%s: needs both POEMS and mimic cases" % split)
        counts[split] = c
    if total < MIN_TOTAL:
        errors.append("only %d notes (need >= %d)" % (total, MIN_TOTAL))
    return errors, counts


def main():
    errors, counts = validate()
    for split, c in counts.items():
        print("== %s: %d notes" % (split, c["n"]))
        print("   language: %s" % dict(sorted(c["language"].items())))
        print("   POEMS/mimic: %s" % dict(sorted(c["kind"].items())))
        print("   verdict: %s" % dict(sorted(c["verdict"].items())))
        print("   case families:")
        for fam, n in sorted(c["family"].items()):
            print("     %3d  %s" % (n, fam))
        if "-v" in sys.argv:
            print("   case types:")
            for case, n in sorted(c["case"].items()):
                print("     %3d  %s" % (n, case))
    for e in errors:
        print("ERROR: " + e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
