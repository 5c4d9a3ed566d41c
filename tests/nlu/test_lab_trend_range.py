"""A lab value given as the range it has run in over time (sentences written for the tests): "platelets have
been 480-520", "Hb ran 17-18", "platelets between 480 and 520", "platelets ranged 480-520 x10^9/L", "Hb running
17-18 g/dL", "Hb has been 17 to 18 g/dL". Read as at least its lower end (comparator ">="): a threshold
"above" is met only when the lower end is above it, and nothing is read below it. A range without the words of
a course ("PLT 450-500", "Plt 233 150-400 x10^9/L": a value and its reference), a range that runs backwards and
decades ("plt 450s-500s") keep their readings.
Rules: labs.yml trend_range; nlu/components/labs.py."""
from __future__ import annotations

import pytest

from nlu.extractor import extract
from tests.nlu.conftest import criterion


def _read(text, analyte):
    return [(lab.value, lab.unit, lab.comparator) for lab in extract(text).evidence.labs if lab.analyte == analyte]


@pytest.mark.parametrize("text, analyte, expected", [
    ("Platelets have been 480-520.", "platelets", [(480.0, None, ">=")]),
    ("Hb ran 17-18.", "hemoglobin", [(17.0, None, ">=")]),
    ("Platelets between 480 and 520 for a year.", "platelets", [(480.0, None, ">=")]),
    ("Platelets ranged 480-520 x10^9/L.", "platelets", [(480.0, "10^9/L", ">=")]),
    ("Hb running 17-18 g/dL.", "hemoglobin", [(17.0, "g/dL", ">=")]),
    ("Hb has been 17 to 18 g/dL.", "hemoglobin", [(17.0, "g/dL", ">=")]),
    ("Hb ran 17.2-18.1 g/dL over the last year.", "hemoglobin", [(17.2, "g/dL", ">=")]),
    ("plt 450s-500s", "platelets", [(450.0, None, ">=")]),
])
def test_a_range_run_over_time_is_at_least_its_lower_end(text, analyte, expected):
    assert _read(text, analyte) == expected


@pytest.mark.parametrize("text, analyte, expected", [
    ("PLT 450-500", "platelets", []),                                    # no course: no single value
    ("Plt 233 150-400 x10^9/L", "platelets", [(233.0, "10^9/L", None)]),  # a value and its reference
    ("Platelets have been 520-480.", "platelets", []),                    # runs backwards
    ("Platelets have been 480.", "platelets", [(480.0, None, None)]),     # a plain value stays a value
])
def test_other_ranges_keep_their_readings(text, analyte, expected):
    assert _read(text, analyte) == expected


@pytest.mark.parametrize("text, state", [
    ("Platelets have been 480-520 x10^9/L.", "present"),   # every value is above 450 (表2)
    ("Platelets have been 400-520 x10^9/L.", "unknown"),   # some values may be at or below 450: never absent
    ("Hb has been 17-18 g/dL in this man.", "present"),     # 170 g/L and more, above 165
    ("plt 450s-500s", "unknown"),
])
def test_a_range_against_the_thresholds(text, state):
    assert criterion(extract(text), "thrombocytosis_polycythemia") == state
