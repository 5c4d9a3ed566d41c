"""A number without a unit that no unit makes safe to read ("PLT 9000", "Hb 400", "Hb 1.2") is set
aside with why, in both languages, and shown like a value the engine refuses: never dropped without
a word. A number that a neighbour lends its unit to, or that is readable as written, is kept."""

import pytest

from nlu import extract
from nlu.extractor import set_aside_items


@pytest.mark.parametrize("text, analyte, value", [("PLT 9000", "platelets", 9000), ("Hb 400", "hemoglobin", 400),
                                                  ("血红蛋白 1.2", "hemoglobin", 1.2)])
def test_a_number_no_unit_makes_readable_is_set_aside_with_why(text, analyte, value):
    extraction = extract(text)
    assert not [lab for lab in extraction.evidence.labs if lab.analyte == analyte]
    (item,) = set_aside_items(extraction)
    assert (item["analyte"], item["value"]) == (analyte, value)
    assert "without a unit" in item["en"] and "未注明单位" in item["zh"]


@pytest.mark.parametrize("text", ["Platelets 512.", "κ 19.6 λ 62.3 mg/L", "VEGF 3200"])
def test_readable_numbers_are_not_set_aside(text):
    extraction = extract(text)
    assert extraction.evidence.labs and not set_aside_items(extraction)
