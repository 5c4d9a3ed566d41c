"""Chinese numerals read as numbers ("一千八百" 1800, "两千三" 2300, "1千8" 1800, "1.8千" 1800,
"一千零五十" 1050, "五百八十" 580, "零点三" 0.3, "一点二" 1.2); the characters are data (bot/data/chinese_numerals.yml).

``numeral_pattern`` finds a candidate; ``chinese_number`` reads it: a number, None when it is no
numeral ("一般", "十分", "千万"), or ``VagueNumber`` when it states no one value ("两三千", "几千",
"上千"), which a reader refuses rather than guess. A trailing 万 is left out of the numeral ("52万"
is a platelet count in 10^4/µL, read by the unit reader)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Optional

from bot.yaml_files import safe_load

DATA = Path(__file__).parent / "data" / "chinese_numerals.yml"


class VagueNumber(ValueError):
    """A numeral that states a rough amount or two values, not one ("两三千", "几百")."""


@lru_cache(maxsize=None)
def _data() -> Dict[str, Any]:
    with open(DATA, encoding="utf-8") as handle:
        return safe_load(handle)


def _class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


@lru_cache(maxsize=None)
def numeral_pattern() -> str:
    """A regex of a candidate numeral: Chinese digits, units below 万 and Arabic numbers, with at
    least one unit below 万 (十 百 千); a 万 inside ("1万2") but not at its end. Read it with
    ``chinese_number``: a candidate may still be no number."""
    data = _data()
    digits = _class("".join(data["digits"]))
    small = _class("".join(u for u, v in data["units"].items() if v < 10000))
    big = _class("".join(u for u, v in data["units"].items() if v >= 10000))
    part = rf"(?:{digits}|\d+(?:\.\d+)?)"
    piece = rf"(?:{part}|{small}|{big}(?={digits}|{small}|\d))"
    decimal = rf"(?:{digits}|{small})+{_class(''.join(data['point']))}{digits}+(?!{digits}|{small}|{big}|\d)"
    return rf"(?:{decimal}|{piece}*{small}{piece}*|{part}{big}{part}+)"


def vague_at(text: str, start: int, end: int) -> bool:
    """Whether the numeral ``text[start:end]`` is a rough amount by the words around it ("几千",
    "上千", "十几", "千把")."""
    data = _data()
    before, after = text[:start], text[end:]
    return any(before.endswith(w) for w in data["vague_before"]) \
        or any(after.startswith(w) for w in data["vague_after"])


def counts_no_value(text: str, end: int) -> bool:
    """Whether the word after the numeral ending at ``end`` makes it a date, a time, a count or a
    grade ("十二月", "三次", "两个"), never a test's value."""
    return any(text.startswith(w, end) for w in _data()["not_a_value_after"])


@lru_cache(maxsize=None)
def numeral_chars() -> str:
    """A regex character class of the Chinese digits and units."""
    data = _data()
    return _class("".join(data["digits"]) + "".join(data["units"]))


def to_arabic(text: str) -> str:
    """``text`` with each Chinese numeral that states one value written in digits ("VEGF从三千降到
    八百" -> "VEGF从3000降到800", "1.8千" -> "1800"); words, dates, counts and rough amounts
    ("几千", "两三千") are left as written (a reader then finds no number in them)."""
    from bot.number_text import number_text

    def one(match: "re.Match[str]") -> str:
        try:
            value = chinese_number(match.group())
        except VagueNumber:
            return match.group()
        if value is None or vague_at(text, match.start(), match.end()) or counts_no_value(text, match.end()):
            return match.group()
        return number_text(value)

    return re.sub(numeral_pattern(), one, text)


def has_numeral(text: str) -> bool:
    """Whether ``text`` holds a Chinese digit or unit character."""
    data = _data()
    return any(c in data["digits"] or c in data["units"] for c in text)


def chinese_number(raw: str) -> Optional[float]:
    """The number ``raw`` writes, None when it is no numeral; VagueNumber for two digits side by
    side ("两三千", "一两百")."""
    data = _data()
    digits, units = data["digits"], data["units"]
    point = next((p for p in data["point"] if p in raw), None)
    if point is not None:
        return _decimal(*raw.split(point, 1))
    tokens = re.findall(r"\d+(?:\.\d+)?|.", raw)
    if not any(t in units and units[t] < 10000 for t in tokens) and not any(t in units for t in tokens[1:-1]):
        return None
    if not any(t in digits and digits[t] or re.match(r"\d", t) for t in tokens):
        return None  # "十", "千万": no digit, a word
    total, section = 0.0, 0.0
    current: Optional[float] = None
    last_unit: Optional[int] = None
    zero = False  # a 零 since the last unit: "一千零五" is 1005, never 1500
    arabic = False
    for token in tokens:
        if token in digits and digits[token] == 0:
            if current is not None:
                return None
            zero = True
            continue
        if token in digits or re.fullmatch(r"\d+(?:\.\d+)?", token):
            if current is not None:
                raise VagueNumber(raw)  # "两三千": two digits, no unit between
            arabic = token not in digits
            current = float(token) if arabic else float(digits[token])
            continue
        unit = units.get(token)
        if unit is None:
            return None
        if unit >= 10000:
            if last_unit is not None and last_unit >= 10000:
                return None
            section += current if current is not None else 0.0
            if not section:
                return None
            total += section * unit
            section, current, last_unit, zero = 0.0, None, unit, False
            continue
        if last_unit is not None and last_unit < 10000 and unit >= last_unit:
            return None  # "百千": units out of order
        if current is None:
            if unit != 10 or section:
                return None  # "千" alone, "一百十" is written "一百一十"
            current = 1.0
        section += current * unit
        current, last_unit, zero = None, unit, False
    if current is not None:
        if last_unit is not None and not zero and current < 10 and float(current).is_integer() \
                and (last_unit >= 100 or last_unit == 10000):
            # "两千三" 2300, "1千8" 1800, "一万二" 12000, "三百五" 350: the next place's digit
            section += current * last_unit / 10
        elif last_unit is not None and not zero and last_unit > 10:
            return None  # "1千85": not a way a number is written
        else:
            section += current
    value = total + section
    return value if value else None


def _decimal(whole: str, fraction: str) -> Optional[float]:
    """A numeral written with a decimal point ("零点三" 0.3, "一点二" 1.2, "十二点五" 12.5): the whole
    part one digit or a numeral with units, the fraction digits read one by one; None otherwise
    ("一二点五": no one whole number)."""
    digits = _data()["digits"]
    if not fraction or any(c not in digits for c in fraction):
        return None
    if len(whole) == 1 and whole in digits:
        value: Optional[float] = float(digits[whole])
    else:
        value = chinese_number(whole) if whole else None
    if value is None or not value.is_integer():
        return None
    return float(f"{int(value)}.{''.join(str(digits[c]) for c in fraction)}")
