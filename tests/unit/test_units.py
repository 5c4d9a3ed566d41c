"""bot.units: conversions are done by pint; unreadable units are named in the error."""

import pytest

from bot.errors import EvidenceError, UnitError
from bot.units import convert, parse_unit


@pytest.mark.parametrize("value,unit,target,expected", [
    (450000, "/uL", "10^9/L", 450),
    (450, "K/uL", "x10^9/L", 450),
    (450, "x10^9/L", "10^9/L", 450),
    (1.2, "ng/mL", "pg/mL", 1200),
    (1200, "ng/L", "pg/mL", 1200),
    (15, "g/dL", "g/L", 150),
    (1.5, "g/dL", "g/L", 15),
    (150, "mg/dL", "g/L", 1.5),
    (0.45, "L/L", "percent", 45),
    (45, "%", "percent", 45),
    (25, "ml/min/1.73 m2", "mL/min/1.73m^2", 25),
    # any power of ten per litre or µL, not only the named 10^9/L, 10^12/L, 10^4/uL
    (5.1, "10^11/L", "10^9/L", 510),
    (5.1, "× 10^11/L", "10^9/L", 510),
    (0.51, "10^6/uL", "10^9/L", 510),
    (51, "10^10/L", "10^9/L", 510),
])
def test_conversions(value, unit, target, expected):
    assert convert(value, unit, target) == pytest.approx(expected)


def test_conversion_noise_never_crosses_a_threshold():
    # 450 K/uL is exactly 450 x10^9/L, not 450.0000000000001
    assert convert(450, "K/uL", "10^9/L") == 450.0
    assert not convert(450, "K/uL", "10^9/L") > 450


def test_unknown_unit_is_named():
    with pytest.raises(UnitError, match="bananas"):
        convert(1, "bananas/L", "g/L")


def test_incompatible_units_are_named():
    with pytest.raises(UnitError, match="mmol/L"):
        convert(9, "mmol/L", "g/L")


def test_unit_error_is_an_evidence_error_and_value_error():
    assert issubclass(UnitError, EvidenceError)
    assert issubclass(EvidenceError, ValueError)


def test_number_inside_unit_is_rejected():
    with pytest.raises(UnitError):
        parse_unit("5 g/L")


def test_power_of_ten_counts_are_units_not_numbers():
    assert parse_unit("10^11/L") == parse_unit("x10^11/l")
    assert parse_unit("10^11/L") != parse_unit("10^12/L")
    with pytest.raises(UnitError, match="10\\^11/L"):
        convert(5.1, "10^11/L", "g/L")
