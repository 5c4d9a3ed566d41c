"""A spoken degree between a lab's name and its number ("血小板好高620", "血小板很高，620") had kept the
value from being read; the value says how high. Sentences written for the tests."""

import pytest

from nlu import extract_evidence


@pytest.mark.parametrize("text, analyte, value", [("血小板好高620", "platelets", 620.0),
                                                  ("血小板很高，620", "platelets", 620.0),
                                                  ("血红蛋白有点低 98 g/L", "hemoglobin", 98.0)])
def test_the_value_after_a_spoken_degree(text, analyte, value):
    assert [(lab.analyte, lab.value) for lab in extract_evidence(text).labs] == [(analyte, value)]


def test_a_degree_without_a_number_gives_no_value():
    assert extract_evidence("血小板好高，没记得多少").labs == []
