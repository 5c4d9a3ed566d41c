"""Assemble tests/corpus/{dev,heldout}.jsonl from the hand-written sources in src/.

The notes and their gold labels are written by hand in src/<split>_*.txt; this script only
changes their notation into JSON Lines. It does not generate or change any note or label.

Source notation (one block per note):

    === <id> <language> <verdict> | <case type> | <criteria>
    labs: <analyte> <value> <unit|null> [serum|plasma] ; ...
    <note text, any number of lines>

<criteria> is 11 symbols in the order of CRITERIA below, a '/' between the five major and the
six minor ones: '+' present, '-' absent, '?' unknown.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = [
    "polyneuropathy", "monoclonal_plasma_cell_disorder", "castleman", "sclerotic_bone_lesions",
    "vegf_elevated", "organomegaly", "extravascular_volume_overload", "endocrinopathy",
    "skin_changes", "papilledema", "thrombocytosis_polycythemia",
]
STATE = {"+": "present", "-": "absent", "?": "unknown"}


def parse_labs(line):
    labs = []
    body = line[len("labs:"):].strip()
    if not body:
        return labs
    for item in body.split(";"):
        parts = item.split()
        if not parts:
            continue
        analyte, value, unit = parts[0], parts[1], parts[2]
        num = float(value.replace(",", ""))
        lab = {"analyte": analyte, "value": int(num) if num.is_integer() and "." not in value else num,
               "unit": None if unit == "null" else unit}
        if len(parts) > 3:
            lab["sample"] = parts[3]
        labs.append(lab)
    return labs


def parse_file(path, split):
    records = []
    block = None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    blocks = []
    for line in lines:
        if line.startswith("=== "):
            block = [line]
            blocks.append(block)
        elif block is not None:
            block.append(line)
    for block in blocks:
        head, case, crit = [s.strip() for s in block[0][4:].split("|")]
        nid, lang, verdict = head.split()
        major, minor = crit.replace(" ", "").split("/")
        symbols = major + minor
        if len(major) != 5 or len(minor) != 6 or set(symbols) - set(STATE):
            raise SystemExit("%s: criteria string %r is not 11 symbols" % (nid, crit))
        assert block[1].startswith("labs:"), nid
        text = "\n".join(block[2:]).strip()
        records.append({
            "id": nid, "language": lang, "split": split, "text": text,
            "gold": {"criteria": {k: STATE[s] for k, s in zip(CRITERIA, symbols)},
                     "labs": parse_labs(block[1]), "verdict": verdict},
            "case": case,
        })
    return records


def main():
    for split in ("dev", "heldout"):
        records = []
        for path in sorted(glob.glob(os.path.join(HERE, "src", split + "_*.txt"))):
            records.extend(parse_file(path, split))
        with open(os.path.join(HERE, split + ".jsonl"), "w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("%s: %d notes" % (split, len(records)))


if __name__ == "__main__":
    sys.exit(main())
