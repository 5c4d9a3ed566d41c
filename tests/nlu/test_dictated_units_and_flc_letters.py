"""Lab values written as dictation and shorthand write them.

* Units in Chinese words ("1860皮克每毫升", "126毫克每升", "28克每升", "15.2克每分升"), as speech recognition types a
  dictated message: read as pg/mL, mg/L, g/L, g/dL (labs.yml ``units``); 毫克每升 is never g/L.
* "FLC k 22.1 mg/L, l 58.4 mg/L": the FLC letters in lower case right after the FLC word (a "K 4.1" of an
  electrolyte list stays potassium).
* "γ区可见一异常窄带（M峰），定量约 6.2 g/L": the amount after the bracketed M峰 is the M-protein's.
"""
from __future__ import annotations

import pytest

import nlu


def _labs(text: str) -> list:
    return [(lab.analyte, lab.value, lab.unit) for lab in nlu.extract(text).evidence.labs]


@pytest.mark.parametrize("text, expected", [
    ("VEGF 1860皮克每毫升。", [("vegf", 1860.0, "pg/mL")]),
    ("游离轻链λ 126毫克每升。", [("flc_lambda", 126.0, "mg/L")]),
    ("白蛋白28克每升。", [("albumin", 28.0, "g/L")]),
    ("血红蛋白 15.2克每分升。", [("hemoglobin", 15.2, "g/dL")]),
])
def test_units_in_chinese_words(text: str, expected: list) -> None:
    assert _labs(text) == expected


def test_flc_letters_in_lower_case() -> None:
    assert _labs("FLC k 22.1 mg/L, l 58.4 mg/L, ratio 0.38.") == [
        ("flc_kappa", 22.1, "mg/L"), ("flc_lambda", 58.4, "mg/L"), ("flc_ratio", 0.38, None)]


def test_potassium_in_an_electrolyte_list_stays_no_light_chain() -> None:
    assert all(analyte not in ("flc_kappa", "flc_lambda") for analyte, _, _ in _labs("Na 138, k 4.1, Cl 101 mmol/L."))


def test_m_protein_amount_after_a_bracketed_m_peak() -> None:
    assert ("m_protein", 6.2, "g/L") in _labs("SPEP：γ区可见一异常窄带（M峰），定量约 6.2 g/L。")


@pytest.mark.parametrize("text", ["Packed cell volume was 48%.", "PCV 48%."])
def test_packed_cell_volume_is_the_haematocrit(text: str) -> None:
    assert _labs(text) == [("hematocrit", 48.0, "%")]


@pytest.mark.parametrize("text, expected", [
    ("SPEP small band 3 g/L, IFE IgA lambda.", ("m_protein", 3.0, "g/L")),
    ("SPEP: spike 1.2 g/dL.", ("m_protein", 1.2, "g/dL")),
])
def test_the_band_of_an_electrophoresis_with_its_amount(text: str, expected: tuple) -> None:
    assert expected in _labs(text)


@pytest.mark.parametrize("text", ["Bands 3%, neutrophils 70%.", "Oligoclonal bands 2 in CSF."])
def test_bands_without_a_protein_concentration_are_no_m_protein(text: str) -> None:
    assert not [lab for lab in _labs(text) if lab[0] == "m_protein"]
