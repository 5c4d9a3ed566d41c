"""A value list goes on a series of one test ("Hb 17.8 g/dL, 16.9 g/dL", "VEGF 4410 pg/mL, 出院前
2050 pg/mL"), but another test's name after the comma opens that test's value: "Hgb 17.8 g/dl,
M-spike 0.4 g/dL" had read a haemoglobin of 0.4 g/dL (set aside as impossible) and no M-protein."""

import pytest

from nlu.extractor import extract


def _labs(text):
    return [(lab.analyte, lab.value) for lab in extract(text).evidence.labs]


@pytest.mark.parametrize("text, expected", [
    ("Hgb 17.8 g/dl, M-spike 0.4 g/dL", [("hemoglobin", 17.8), ("m_protein", 0.4)]),
    ("Plt 612 K, Hgb 17.8 g/dl, M-spike 0.4 g/dL (IgG lambda)", [("platelets", 612), ("hemoglobin", 17.8),
                                                                ("m_protein", 0.4)]),
    ("Hb 150 g/L, paraprotein 12 g/L", [("hemoglobin", 150), ("m_protein", 12)]),
])
def test_another_name_after_the_comma_opens_its_own_value(text, expected):
    assert _labs(text) == expected
    assert not extract(text).set_aside


@pytest.mark.parametrize("text, expected", [
    ("Hb 17.8 g/dL, 16.9 g/dL", [("hemoglobin", 17.8), ("hemoglobin", 16.9)]),
    ("VEGF 4410 pg/mL, 出院前 2050 pg/mL", [("vegf", 4410), ("vegf", 2050)]),
])
def test_a_series_of_one_test_goes_on(text, expected):
    assert _labs(text) == expected

