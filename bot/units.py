"""Unit conversion with one pint UnitRegistry.

Clinical spellings (``10^9/L``, ``x10^9/L``, ``K/uL``, ``/uL``, ``mL/min/1.73m^2``) are mapped
onto units defined here so that every conversion is done by pint, never by a hand-written
factor table.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Optional

from bot.errors import UnitError


def _import_pint():  # type: ignore[no-untyped-def]
    """Import pint without its optional array/locale back-ends (dask, xarray, babel, ...).

    pint probes them at import time, which costs ~0.3 s per CLI call; we only convert scalars.
    The block lasts for pint's import only, so a later ``import dask`` (Rasa) works as usual.
    """
    optional = ("dask", "xarray", "sparse", "uncertainties", "babel", "mip")
    blocked = [name for name in optional if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import pint as module
    finally:
        for name in blocked:
            if sys.modules.get(name) is None:
                del sys.modules[name]
    return module


pint = _import_pint()


def _registry():  # type: ignore[no-untyped-def]
    """One registry; pint's on-disk definition cache when the user cache is writable."""
    try:
        return pint.UnitRegistry(autoconvert_offset_to_baseunit=True, cache_folder=":auto:")
    except Exception:  # read-only home, odd platforms: build it without the cache
        return pint.UnitRegistry(autoconvert_offset_to_baseunit=True)


ureg = _registry()
# Cell counts per volume: pint keeps the dimension 1/[length]^3, the count is implicit.
ureg.define("billion_per_liter = 1e9 / liter")
ureg.define("thousand_per_microliter = 1e3 / microliter")
ureg.define("million_per_microliter = 1e6 / microliter")
ureg.define("per_microliter = 1 / microliter")
# "45.3万/μL" (万 = 10^4) and "6.2 × 10^5/µL": platelet counts in powers of ten per µL
ureg.define("ten_thousand_per_microliter = 1e4 / microliter")
ureg.define("hundred_thousand_per_microliter = 1e5 / microliter")
# eGFR is indexed to a body-surface area of 1.73 m^2.
ureg.define("egfr_unit = milliliter / minute / (1.73 * meter ** 2)")
ureg.define("ratio_unit = []")

# Spellings (lower-cased, spaces removed) -> a pint expression using the units above.
_ALIASES = {
    "10^9/l": "billion_per_liter",
    "x10^9/l": "billion_per_liter",
    "×10^9/l": "billion_per_liter",
    "*10^9/l": "billion_per_liter",
    "10e9/l": "billion_per_liter",
    "10*9/l": "billion_per_liter",
    "g/l(cells)": "billion_per_liter",
    "giga/l": "billion_per_liter",
    "k/ul": "thousand_per_microliter",
    "k/µl": "thousand_per_microliter",
    "k/mm3": "thousand_per_microliter",
    "10^3/ul": "thousand_per_microliter",
    "x10^3/ul": "thousand_per_microliter",
    "10^3/µl": "thousand_per_microliter",
    "10^4/ul": "ten_thousand_per_microliter",
    "x10^4/ul": "ten_thousand_per_microliter",
    "10^4/µl": "ten_thousand_per_microliter",
    "万/ul": "ten_thousand_per_microliter",
    "万/µl": "ten_thousand_per_microliter",
    "10^5/ul": "hundred_thousand_per_microliter",
    "x10^5/ul": "hundred_thousand_per_microliter",
    "10^5/µl": "hundred_thousand_per_microliter",
    "/ul": "per_microliter",
    "/µl": "per_microliter",
    "/mm3": "per_microliter",
    "/mm^3": "per_microliter",
    "cells/ul": "per_microliter",
    "10^12/l": "million_per_microliter",
    "x10^12/l": "million_per_microliter",
    "ml/min/1.73m^2": "egfr_unit",
    "ml/min/1.73m2": "egfr_unit",
    "ml/min/1.73m²": "egfr_unit",
    "ml·min-1·(1.73m2)-1": "egfr_unit",
    "ml·min^-1·(1.73m^2)^-1": "egfr_unit",
    "ml/min": "egfr_unit",  # eGFR is always reported indexed
    "%": "percent",
    "percent": "percent",
    "l/l": "liter / liter",
    "ratio": "ratio_unit",
    "dimensionless": "ratio_unit",
    "": "ratio_unit",
    "pg/ml": "picogram / milliliter",
    "ng/ml": "nanogram / milliliter",
    "ng/l": "nanogram / liter",
    "mg/l": "milligram / liter",
    "mg/dl": "milligram / deciliter",
    "g/l": "gram / liter",
    "g/dl": "gram / deciliter",
    "mg/ml": "milligram / milliliter",
    "µg/ml": "microgram / milliliter",
    "ug/ml": "microgram / milliliter",
}

_SPACE = re.compile(r"\s+")

# A count per volume written with a power of ten that no spelling above names ("platelets 5.1 ×
# 10^11/L"): 10^N per litre or per µL, a unit defined on first use so that pint converts it like
# the named ones (10^9/L, 10^12/L, 10^4/uL keep their own names).
_POWER_COUNT = re.compile(r"[x×*]?10\^(?P<power>\d{1,2})/(?P<per>l|ul|µl)")
_PER_VOLUME = {"l": "liter", "ul": "microliter", "µl": "microliter"}
_power_units: set = set()


def _power_count_unit(key: str) -> Optional[str]:
    """The unit name for a power-of-ten count spelling (``_key`` form), defining it once."""
    match = _POWER_COUNT.fullmatch(key)
    if match is None:
        return None
    power, per = int(match.group("power")), _PER_VOLUME[match.group("per")]
    name = f"count_1e{power}_per_{per}"
    if name not in _power_units:
        ureg.define(f"{name} = 1e{power} / {per}")
        _power_units.add(name)
    return name


def _key(unit: str) -> str:
    return _SPACE.sub("", unit).replace("μ", "µ").lower()


def known_spelling(unit: str) -> str:
    """``unit`` as the note reader writes it (:func:`_display`) when it is one of the spellings
    this tool reads by name (a mass or count per volume: "pg/mL", "10^9/L", "×10^9/L", "g/dL");
    UnitError otherwise (a bare word, a number, a ratio)."""
    key = _key(unit)
    if not key or _ALIASES.get(key) in (None, "ratio_unit") and not _POWER_COUNT.fullmatch(key):
        raise UnitError(f"unit {unit!r} is not a unit this tool can read")
    parse_unit(unit)
    return _display(unit)


def _display(unit: str) -> str:
    """A unit as the note reader writes it ("x10^9/l" -> "10^9/L", "pg/ml" -> "pg/mL")."""
    shown = re.sub(r"^[x×*]\s*", "", unit.strip()).replace("μ", "µ")
    shown = re.sub(r"dl$", "dL", re.sub(r"ml$", "mL", re.sub(r"ul$", "µL", shown, flags=re.I), flags=re.I), flags=re.I)
    return re.sub(r"/l$", "/L", shown)


@lru_cache(maxsize=256)
def parse_unit(unit: Optional[str]) -> pint.Unit:
    """Read a unit as written in a note or JSON; raise UnitError naming it when unreadable."""
    key = _key(unit or "")
    expression = _ALIASES.get(key) or _power_count_unit(key) or unit or ""
    try:
        parsed = ureg.parse_expression(expression)
    except Exception as exc:  # pint raises several unrelated types
        raise UnitError(f"unit {unit!r} is not a unit this tool can read") from exc
    if isinstance(parsed, (int, float)):
        raise UnitError(f"unit {unit!r} is not a unit this tool can read")
    if parsed.magnitude != 1:
        raise UnitError(f"unit {unit!r} contains a number; write it as e.g. 10^9/L")
    return parsed.units


@lru_cache(maxsize=256)
def _factor(unit: Optional[str], target: str) -> Optional[float]:
    """pint's factor from ``unit`` to ``target`` when the conversion is a plain product (pint
    then computes ``value * factor``, and ``1.0 * factor`` is the factor itself), else None.
    Raises pint.DimensionalityError for units that do not convert (not cached)."""
    source, dest = parse_unit(unit), parse_unit(target)
    factor = ureg.Quantity(1.0, source).to(dest).magnitude
    if type(factor) is not float or ureg.Quantity(0.0, source).to(dest).magnitude != 0.0:
        return None  # an offset unit or an unusual magnitude type: ask pint every time
    return factor


def convert(value: float, unit: Optional[str], target: str, what: str = "value") -> float:
    """Convert ``value`` from ``unit`` to ``target`` with pint (UnitError names both units)."""
    try:
        factor = _factor(unit, target)
        if factor is not None and type(value) in (float, int):  # int * float is float(int) * float
            magnitude = value * factor
        else:
            magnitude = float(ureg.Quantity(value, parse_unit(unit)).to(parse_unit(target)).magnitude)
    except pint.DimensionalityError as exc:
        raise UnitError(f"{what}: cannot convert unit {unit!r} to {target!r}") from exc
    # Float noise from factor products (450 K/uL -> 450.0000000000001 x10^9/L) must not move a
    # value across a threshold, so keep 12 significant digits.
    return float(f"{magnitude:.12g}")


def same_unit(unit: Optional[str], other: Optional[str]) -> bool:
    """True when both spellings read as the same pint unit."""
    return parse_unit(unit) == parse_unit(other)
