"""All unit forms tried in one regex call (``LabValues.unit_forms_at``) give ``_unit_at`` the
same reading as each form's own ``match``, at every position of the dev notes and of random
strings made of unit characters."""

import json
import random
from pathlib import Path

from nlu.components._text import reference_mode
from nlu.components.labs import LabValues

_CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"
_CHARS = list("x×X*10^9³⁹/LlµuμmgGdkK%万 per·-1") + ["10^9/L", "mg/dL", " per litre", "g/L"]


def _readers():
    fast = LabValues()
    with reference_mode():
        reference = LabValues()
    assert fast.unit_forms_at is not None and reference.unit_forms_at is None
    return fast, reference


def test_one_regex_reads_the_units_of_the_form_loop():
    fast, reference = _readers()
    texts = [json.loads(line)["text"] for line in _CORPUS.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(7)
    texts += ["".join(rng.choice(_CHARS) for _ in range(rng.randrange(1, 14))) for _ in range(400)]
    prefers = [(), ("10^9/L",), ("g/L", "mg/L")] + [tuple(a.units) for a in fast.analytes[:5]]
    for text in texts:
        for pos in range(len(text) + 1):
            prefer = prefers[pos % len(prefers)]
            assert fast._unit_at(text, pos, prefer) == reference._unit_at(text, pos, prefer)
