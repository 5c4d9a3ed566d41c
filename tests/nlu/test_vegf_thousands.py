"""A VEGF written in thousands of pg/mL ("sVEGF 1.85k pg/mL", "VEGF 2.1K pg/ml") is that many ng/mL
(labs.yml units: 1.85k pg/mL = 1.85 ng/mL = 1850 pg/mL), never K/uL (a count), which had set it aside."""

import pytest

from bot.engine import assess
from nlu import extract_evidence


@pytest.mark.parametrize("text, value", [("sVEGF 1.85k pg/mL", 1.85), ("VEGF 1.2 k pg/ml", 1.2), ("VEGF 2.1K pg/mL", 2.1),
                                         ("serum VEGF 1.85kpg/ml", 1.85)])
def test_thousands_of_pg_per_ml_are_ng_per_ml(text, value):
    evidence = extract_evidence(text)
    assert [(lab.analyte, lab.value, lab.unit) for lab in evidence.labs] == [("vegf", value, "ng/mL")]


def test_the_value_is_judged_in_pg_per_ml():
    assert assess(extract_evidence("sVEGF 1.85k pg/mL")).states()["vegf_elevated"].value == "present"


def test_a_bare_k_stays_a_count():
    assert [(lab.value, lab.unit) for lab in extract_evidence("Plt 450 k").labs] == [(450.0, "K/uL")]
