"""A dash with spaces on both sides separates a name from its value ("VEGF - 1200 pg/ml",
"PLT – 450"), and a minus glued to a value after a space or a colon ("VEGF -20 pg/ml") is a
negative value: set aside as impossible with the engine's reason, never read without its sign
and never dropped without a word."""

import pytest

from nlu import extract


def labs(text: str):
    return [(lab.analyte, lab.value, lab.unit) for lab in extract(text).evidence.labs]


def set_aside(text: str):
    return [(w.analyte, w.value, w.reason) for w in extract(text).set_aside]


@pytest.mark.parametrize("text, expected", [
    ("VEGF - 1200 pg/ml", ("vegf", 1200.0, "pg/mL")),
    ("VEGF – 1200 pg/ml (serum)", ("vegf", 1200.0, "pg/mL")),
    ("VEGF — 1 200 pg/mL", ("vegf", 1200.0, "pg/mL")),
    ("VEGF -- 1200 pg/ml", ("vegf", 1200.0, "pg/mL")),
    ("PLT - 450 x10^9/L", ("platelets", 450.0, "10^9/L")),
    ("Hb - 160 g/L", ("hemoglobin", 160.0, "g/L")),
    ("血小板 - 512×10^9/L", ("platelets", 512.0, "10^9/L")),
])
def test_a_spaced_dash_separates_the_name_from_its_value(text, expected):
    assert labs(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Serum VEGF -20 pg/ml.", ("vegf", -20.0, "implausible")),
    ("VEGF: -20 pg/mL", ("vegf", -20.0, "implausible")),
    ("血清VEGF -20 pg/ml", ("vegf", -20.0, "implausible")),
    ("PLT −50 x10^9/L", ("platelets", -50.0, "implausible")),
    ("FLC ratio -0.5", ("flc_ratio", -0.5, "implausible")),
])
def test_a_negative_value_is_set_aside_as_impossible(text, expected):
    assert labs(text) == []
    assert set_aside(text) == [expected]


@pytest.mark.parametrize("text", ["VEGF 0 - 142 pg/ml", "VEGF - not done", "VEGF-1200 pg/ml",
                                  "PLT 150 - 450 x10^9/L"])
def test_ranges_glued_names_and_words_after_a_dash_give_no_value(text):
    assert labs(text) == []
    assert set_aside(text) == []
