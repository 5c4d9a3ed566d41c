"""Chinese numerals read as numbers (bot/chinese_numbers.py, characters in
bot/data/chinese_numerals.yml): one value, no number, or a rough amount that is refused."""

import re

import pytest

from bot.chinese_numbers import VagueNumber, chinese_number, numeral_pattern, to_arabic


@pytest.mark.parametrize("raw, value", [
    ("一千八百", 1800), ("两千三", 2300), ("1千8", 1800), ("1.8千", 1800), ("1.85千", 1850), ("两千三百五十", 2350),
    ("一千零五十", 1050), ("八百", 800), ("三百五", 350), ("五百八十", 580), ("四百五十", 450), ("十五", 15),
    ("二十", 20), ("一百一十", 110), ("一万二", 12000), ("1万2", 12000), ("2千3百", 2300), ("贰仟叁佰", 2300),
])
def test_one_value(raw, value):
    assert [m.group() for m in re.finditer(numeral_pattern(), raw)] == [raw]
    assert chinese_number(raw) == value


@pytest.mark.parametrize("raw", ["十", "千", "百千", "一千85"])
def test_no_number(raw):
    assert chinese_number(raw) is None


@pytest.mark.parametrize("raw", ["两三千", "一两百", "七八百"])
def test_two_values_side_by_side_are_vague(raw):
    with pytest.raises(VagueNumber):
        chinese_number(raw)


def test_a_trailing_wan_is_left_to_the_unit_reader():
    """"52万" / "五十二万" is a platelet count in 10^4/µL (bot/units.py), never 520 000."""
    assert not re.search(numeral_pattern(), "52万")
    assert to_arabic("血小板五十二万") == "血小板52万"


@pytest.mark.parametrize("text, expected", [
    ("VEGF从三千降到八百", "VEGF从3000降到800"), ("几千", "几千"), ("上千", "上千"), ("两三千", "两三千"),
    ("八百来", "八百来"), ("十二月复查", "十二月复查"), ("五十八岁", "五十八岁"), ("一般", "一般"), ("十分高", "十分高"),
])
def test_to_arabic_writes_only_one_value_numerals_in_digits(text, expected):
    assert to_arabic(text) == expected


@pytest.mark.parametrize("raw, value", [
    ("零点三", 0.3), ("一点二", 1.2), ("两点五", 2.5), ("十二点五", 12.5), ("一百二十点五", 120.5), ("零点一二", 0.12),
])
def test_a_decimal_numeral_is_one_value(raw, value):
    assert [m.group() for m in re.finditer(numeral_pattern(), raw)] == [raw]
    assert chinese_number(raw) == pytest.approx(value)


@pytest.mark.parametrize("text", ["三点五十分", "下午三点五分", "两点半", "好一点", "一点点", "一点二几"])
def test_a_time_or_a_word_with_a_point_is_no_decimal(text):
    """A time ("三点五十分", "两点半"), "一点" (a little) and a rough amount stay as written."""
    assert to_arabic(text) == text


def test_to_arabic_writes_a_decimal_numeral_in_digits():
    assert to_arabic("M蛋白一点二克每升，比值零点三") == "M蛋白1.2克每升，比值0.3"
