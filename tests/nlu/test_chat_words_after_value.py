"""The words of a chat message after a value ("platelets were 450 sorry", "Hb 15.6 thanks", "VEGF 980 I
think") are no unit: the value is read (its unit asked or assumed as for a bare number), never set
aside as written with an unreadable unit; a real unknown unit still is."""

import pytest

from nlu import extract


def _unknown_units(result):
    return [w for w in result.warnings if w.reason == "unknown_unit"]


@pytest.mark.parametrize("text, analyte, value", [
    ("platelets were 450 sorry", "platelets", 450.0),
    ("PLT 450 oops", "platelets", 450.0),
    ("Hb 15.6 thanks", "hemoglobin", 15.6),
    ("VEGF 980 I think", "vegf", 980.0),
    ("platelets 612 btw", "platelets", 612.0),
    ("Plt 512 pls check", "platelets", 512.0),
])
def test_chat_words_after_a_value_are_no_unit(text, analyte, value):
    result = extract(text)
    assert not _unknown_units(result)
    assert [(lab.analyte, lab.value) for lab in result.evidence.labs] == [(analyte, value)]


@pytest.mark.parametrize("text", ["VEGF 1200 U/L", "platelets 450 bananas"])
def test_an_unknown_unit_is_still_set_aside(text):
    result = extract(text)
    assert _unknown_units(result) and not result.evidence.labs
