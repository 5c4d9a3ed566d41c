"""How a number is written back to a clinician: as it would be written on a lab slip.

``f"{value:g}"`` keeps six significant digits and switches to an exponent from a million on: a
platelet count written "1 250 000/µL" or a value set aside as "PLT 9000000" came back as
"1.25e+06" and "9e+06". Whole numbers are written whole; others keep ``:g``'s six significant
digits (a computed ratio 0.2857142857 is shown 0.285714), without an exponent for large values.
"""

from __future__ import annotations

from typing import Union


def number_text(value: Union[int, float]) -> str:
    """``value`` without an exponent for large numbers and without trailing zeros."""
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        return str(value)
    if number.is_integer() and abs(number) < 1e18:
        return str(int(number))
    if abs(number) >= 1e6:
        return f"{number:.2f}".rstrip("0").rstrip(".")
    return f"{number:g}"
