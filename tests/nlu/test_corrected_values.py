"""A value the writer corrects at once is read as corrected (document.yml corrected_value):
"platelets 4500? no 450" had been a platelet count of 4500 without a unit (set aside, the
answer refused); look-alikes that name the right value first, or a "no" that negates the next
word, read as before."""

import pytest

import nlu
from nlu.normalize import normalize


def _labs(text):
    return [(lab.analyte, lab.value, lab.unit) for lab in nlu.extract_evidence(text).labs]


@pytest.mark.parametrize("text, want", [
    ("platelets 4500? no 450", ("platelets", 450.0)),
    ("PLT 4500，不对，是450", ("platelets", 450.0)),
    ("血红蛋白 1560 打错了 156 g/L", ("hemoglobin", 156.0)),
    ("Hb 1560, sorry 156 g/L", ("hemoglobin", 156.0)),
    ("VEGF 680 - I mean 860 pg/ml", ("vegf", 860.0)),
    ("VEGF 1200, no, 2100 pg/mL serum", ("vegf", 2100.0)),
    ("sVEGF 1 200? sorry, it was 2 100 pg/mL", ("vegf", 2100.0)),
    ("血小板 4500（更正：450）×10^9/L", ("platelets", 450.0)),
])
def test_the_corrected_value_is_the_one_read(text, want):
    read = [(analyte, value) for analyte, value, _ in _labs(text)]
    assert read == [want]
    assert len(normalize(text)) == len(text)


@pytest.mark.parametrize("text, want", [
    ("PLT 450, no splenomegaly", ("platelets", 450.0)),
    ("VEGF是860不是680 pg/ml", ("vegf", 860.0)),
    ("platelets 532 not 432", ("platelets", 532.0)),
    ("Hb 156 g/L. No correction of anaemia needed", ("hemoglobin", 156.0)),
])
def test_a_value_named_first_or_a_no_before_a_word_is_not_a_correction(text, want):
    assert [(analyte, value) for analyte, value, _ in _labs(text)][:1] == [want]
    if "splenomegaly" in text:
        assert any(f.concept == "splenomegaly" and f.status.value == "absent"
                   for f in nlu.extract_evidence(text).findings)
