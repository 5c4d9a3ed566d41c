"""A value followed, after a space, by a unit word of another kind of measurement ("Hb 15 mg",
"PLT 450 mmHg", "VEGF 1200 ml") is set aside with the unit as written and asked for again; before,
the word was ignored and the value read in the analyte's usual unit. Flags (L, H) and "k"
(thousands) after a value are no such word."""

from __future__ import annotations

import pytest

import nlu
from tests.nlu.conftest import lab_tuples


def _unknown(text: str):
    return [(w.analyte, w.value, w.unit) for w in nlu.extract(text).warnings if w.reason == "unknown_unit"]


@pytest.mark.parametrize("text, analyte, value, unit", [
    ("Hb 15 mg", "hemoglobin", 15.0, "mg"),
    ("Hb 150 g", "hemoglobin", 150.0, "g"),
    ("PLT 450 mmHg", "platelets", 450.0, "mmHg"),
    ("Platelets 520 kg.", "platelets", 520.0, "kg"),
    ("VEGF 1200 ml", "vegf", 1200.0, "ml"),
    ("sVEGF 980 ng", "vegf", 980.0, "ng"),
    ("VEGF 1850 IU", "vegf", 1850.0, "IU"),
])
def test_a_unit_word_of_another_measurement_is_set_aside(text, analyte, value, unit):
    assert _unknown(text) == [(analyte, value, unit)]
    assert lab_tuples(text, analyte) == []


@pytest.mark.parametrize("text, analyte, value, unit", [
    ("Hb 10.2 L", "hemoglobin", 10.2, None),      # a flag, not litres
    ("Hb 16.5 H", "hemoglobin", 16.5, None),
    ("Plt 450 k", "platelets", 450.0, "K/uL"),     # thousands
    ("Hb 15 gm/dl", "hemoglobin", 15.0, "g/dL"),
    ("Hct 54 %", "hematocrit", 54.0, "%"),
    ("VEGF 1200 pg/ml", "vegf", 1200.0, "pg/mL"),
])
def test_flags_and_units_of_the_analyte_are_still_read(text, analyte, value, unit):
    assert _unknown(text) == []
    assert [(v, u) for v, u, *_ in lab_tuples(text, analyte)] == [(value, unit)]
