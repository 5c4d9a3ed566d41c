"""Numbers are written back as a lab slip writes them: no exponent, no trailing zeros."""

from __future__ import annotations

import pytest

from bot.number_text import number_text


@pytest.mark.parametrize("value, shown", [
    (9000000.0, "9000000"), (1250000, "1250000"), (508000.0, "508000"), (15.0, "15"), (2.10, "2.1"),
    (0.25, "0.25"), (22 / 88, "0.25"), (2 / 7, "0.285714"), (1234567.5, "1234567.5"), (-5.0, "-5"),
    (0.19, "0.19"), (4.21, "4.21"),
])
def test_numbers_are_written_without_exponent_or_trailing_zeros(value, shown):
    assert number_text(value) == shown


def test_a_large_value_without_a_unit_is_set_aside_in_its_own_digits():
    """'PLT 9000000' (no unit) is set aside with the number as written, not as 9e+06."""
    import nlu

    warnings = [w for w in nlu.extract("PLT 9000000").warnings if w.analyte == "platelets"]
    assert warnings and "9000000" in warnings[0].message and "e+" not in warnings[0].message
    assert "9000000" in warnings[0].message_zh
