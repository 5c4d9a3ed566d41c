"""The shortcuts taken for screening speed give what the slow paths give."""

from __future__ import annotations

import random

import pytest

from bot import units
from bot.concepts import catalogue
from bot.criteria import _finding_reason
from bot.models import Finding, FindingStatus
from bot.screening.summary import Record
from bot.texts import msg


def _pint(value, unit, target):
    magnitude = float(units.ureg.Quantity(value, units.parse_unit(unit)).to(units.parse_unit(target)).magnitude)
    return float(f"{magnitude:.12g}")


@pytest.mark.parametrize("unit", ["x10^9/L", "K/uL", "万/µL", "/mm3", "g/dL", "mg/dL", "%", "L/L", "mg/L", "pg/mL"])
def test_a_kept_factor_converts_as_pint_does(unit):
    rng = random.Random(unit)
    targets = {a.unit for a in catalogue().analytes.values()}
    checked = 0
    for target in sorted(t for t in targets if t):
        try:
            units.convert(1.0, unit, target)
        except Exception:
            continue
        for value in [0.0, 1, 12, 0.45, 450.0] + [rng.uniform(0, 1e5) for _ in range(50)]:
            assert units.convert(value, unit, target) == _pint(value, unit, target)
            checked += 1
    assert checked


def test_units_that_do_not_convert_still_raise():
    with pytest.raises(units.UnitError):
        units.convert(3.0, "mg/L", "x10^9/L")
    with pytest.raises(units.UnitError):
        units.convert(3.0, "furlongs per fortnight squared", "mg/L")


@pytest.mark.parametrize("status", [FindingStatus.present, FindingStatus.historical, FindingStatus.absent])
def test_a_finding_reason_is_the_two_messages_joined(status):
    finding = Finding(concept="hepatomegaly", status=status, attributes={"size": "3 cm"})
    key = {"present": "finding.present", "historical": "finding.historical", "absent": "finding.absent"}[status.value]
    label = catalogue().label("hepatomegaly", "en") + " (size=3 cm)"
    expected = msg(key, label=label).copy(update={"zh": msg(key, label=catalogue().label("hepatomegaly", "zh") + " (size=3 cm)").zh})
    assert _finding_reason(finding).dict() == expected.dict()


def test_a_record_tuple_is_its_fields():
    from dataclasses import asdict

    record = Record(id="a", line=3, verdict="suspected", strength=212.0, criteria={"polyneuropathy": "present"},
                    missing=["vegf"], against=["x"], language="zh")
    assert record.to_tuple() == tuple(asdict(record).values())
    assert Record.from_tuple(record.to_tuple()) == record
