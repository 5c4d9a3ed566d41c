"""Readings the dev notes left: a bracket opened by a word of an earlier time holds the value the
first changed from ("platelets 261 x10^9/L (previously 590)", "Paraprotein 12.4 g/L (down from
34 g/L)", "PLT 261（既往590）"), read before it; a chest film read clear with its time between
("her chest X-ray last week was clear") shows no pleural effusion; a printout's result column of
spaces in a Chinese note ("Serum IFE       Negative") negates the test before it."""

import pytest

from tests.nlu.conftest import lab_tuples, statuses


@pytest.mark.parametrize("text, analyte, expected", [
    ("Hb 138 g/L, platelets 261 x10^9/L (previously 590).", "platelets", [(590, None), (261, "10^9/L")]),
    ("Platelets 261 x10^9/L (previously 590 x10^9/L).", "platelets", [(590, "10^9/L"), (261, "10^9/L")]),
    ("Paraprotein IgG kappa 12.4 g/L (down from 34 g/L).", "m_protein", [(34, "g/L"), (12.4, "g/L")]),
    ("Paraprotein 12.4 g/L (previously 34 g/L).", "m_protein", [(34, "g/L"), (12.4, "g/L")]),
    ("PLT 261×10^9/L（既往590）。", "platelets", [(590, None), (261, "10^9/L")]),
    ("Platelets 261 (was 590).", "platelets", [(590, None), (261, None)]),
])
def test_an_earlier_value_in_brackets_is_read_before_the_latest(text, analyte, expected):
    assert [(v, u) for v, u, _ in lab_tuples(text, analyte)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Platelets 261 x10^9/L (previously 590 mg).", [261]),   # another unit: not the count
    ("Platelets 261 x10^9/L (150-400).", [261]),              # a reference range
    ("Hb 98 g/L (previously on iron 3 months).", [98]),
])
def test_other_brackets_add_no_value(text, expected):
    analyte = "hemoglobin" if text.startswith("Hb") else "platelets"
    assert [v for v, _, _ in lab_tuples(text, analyte)] == expected


@pytest.mark.parametrize("text", [
    "She hasn't had ascites, and her chest X-ray last week was clear.",
    "CXR this month: normal.", "Chest X-ray done yesterday was unremarkable.",
])
def test_a_clear_chest_film_with_its_time_shows_no_effusion(text):
    assert statuses(text, "pleural_effusion") == ["absent"]


@pytest.mark.parametrize("text", [
    "男，61岁。双足麻木。\nSerum IFE       Negative\nFree kappa      15.6      3.3-19.4 mg/L",
    "男，61岁。双足麻木。\nSerum IFE\tNegative\n",
])
def test_a_negative_in_a_printout_column_negates_the_test(text):
    assert statuses(text, "serum_immunofixation") == ["absent"]


def test_an_isotype_in_a_column_stays_the_result():
    assert statuses("男。\n血清免疫固定电泳  IgG-λ型  阴性", "serum_immunofixation") == ["present"]


@pytest.mark.parametrize("text", ["查体：双足趾皮肤潮红、皮温高。", "双足皮温稍高，足底潮红。", "足背潮红，皮温高。"])
def test_redness_of_the_toes_or_feet_is_no_poems_flushing(text):
    assert statuses(text, "flushing") == []


@pytest.mark.parametrize("text", ["查体：面部皮肤潮红。", "面部及双足潮红。", "面色潮红，双足麻木。"])
def test_flushing_of_the_face_stays(text):
    assert statuses(text, "flushing") == ["present"]
