"""A lab value written in Chinese numerals in a note ("血小板 六百 ×10^9/L", "VEGF两千三") had been read as
nothing, without a word; it is set aside with what it reads as and asked for in digits
(nlu/numeral_values.py, labs.yml ``numeral_value``)."""

import pytest

from nlu import extract


def set_aside(text):
    return [(w.analyte, w.text().en) for w in extract(text).set_aside]


@pytest.mark.parametrize("text, analyte, shown", [
    ("血小板 六百 ×10^9/L", "platelets", "600"), ("VEGF两千三", "vegf", "2300"),
    ("血红蛋白一百八十g/L", "hemoglobin", "180 g/L"), ("VEGF：一千八百 pg/ml（参考值<600）", "vegf", "1800 pg/ml"),
])
def test_a_value_in_chinese_numerals_is_set_aside_and_asked_for(text, analyte, shown):
    found = set_aside(text)
    assert len(found) == 1 and found[0][0] == analyte and shown in found[0][1] and "Chinese numerals" in found[0][1]
    assert not extract(text).evidence.labs  # never taken as a value


@pytest.mark.parametrize("text", ["VEGF 2300 pg/ml", "血小板五百多", "血小板十二月复查", "患者六十二岁，血小板正常",
                                  "VEGF几千", "血小板两三百"])
def test_digits_bounds_dates_and_rough_amounts_are_not_set_aside_as_numerals(text):
    assert not [w for w in extract(text).warnings if w.reason == "numeral_words"]
