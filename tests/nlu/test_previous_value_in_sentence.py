"""A previous value written after the current one in the same sentence is not a current value.

"albumin 28 g/L, down from 34 g/L", "VEGF 1800 pg/ml (previously 4200 pg/ml)", "血小板 520×10^9/L（前次 610）":
the current value is the first one. Either the earlier number is not read (no analyte name before
it), or it is dated earlier (the name repeated with labs.yml ``earlier_value``, or a series value
written "down from" / "up from") and put first, so the latest value the engine reads is the current one.
"""
from __future__ import annotations

from typing import List, Tuple

import pytest

from nlu.extractor import extract


def _values(text: str, analyte: str) -> List[float]:
    return [lab.value for lab in extract(text).evidence.labs if lab.analyte == analyte]


@pytest.mark.parametrize("text, analyte, value", [
    ("albumin 28 g/L, down from 34 g/L", "albumin", 28.0),
    ("Albumin was 28 g/L, down from 34 g/L last month.", "albumin", 28.0),
    ("白蛋白 28 g/L（前次 34 g/L）", "albumin", 28.0),
    ("VEGF 1800 pg/ml (previously 4200 pg/ml)", "vegf", 1800.0),
    ("VEGF 1800 pg/ml, down from 4200 pg/ml", "vegf", 1800.0),
    ("VEGF 1800 pg/ml（前次 4200）", "vegf", 1800.0),
    ("VEGF 1800 pg/ml（2周前 4200 pg/ml）", "vegf", 1800.0),
    ("血小板 520×10^9/L（前次 610）", "platelets", 520.0),
    ("血小板 520×10^9/L，较前次610下降", "platelets", 520.0),
    ("Platelets 520 x10^9/L (from 610)", "platelets", 520.0),
])
def test_the_previous_value_is_not_read_as_current(text: str, analyte: str, value: float) -> None:
    values = _values(text, analyte)
    assert values[-1] == value and values.count(value) == 1  # the latest value read is today's


@pytest.mark.parametrize("text, analyte, values", [
    ("albumin 28 g/L, down from 34 g/L", "albumin", [34.0, 28.0]),
    ("VEGF 1800 pg/ml, down from 4200 pg/ml", "vegf", [4200.0, 1800.0]),
    ("Platelets 261 x10^9/L, up from 190 x10^9/L.", "platelets", [190.0, 261.0]),
])
def test_a_value_written_down_or_up_from_is_read_as_the_earlier_one(text: str, analyte: str,
                                                                      values: List[float]) -> None:
    """"down from 34 g/L" names the value before (labs.py ``_series``, ``earlier``): read, and first."""
    assert _values(text, analyte) == values


def test_a_previous_value_with_its_name_repeated_comes_first() -> None:
    """Look-alike: 'previously VEGF 4200' is read, dated earlier: the current value stays last."""
    assert _values("VEGF 1800 pg/ml (previously VEGF 4200 pg/ml)", "vegf") == [4200.0, 1800.0]
