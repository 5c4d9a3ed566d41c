"""Values in a message dictated by voice (labs.yml filler): the spoken verb or hedge between a
test's name and its number ("血小板有520", "血小板大概520", "VEGF差不多3000") is passed, as 是 and 约
were; a number that counts something else ("PLT有2次复查") is still not a value. Sentences written for
the tests.
"""
import pytest

from conftest import criterion, lab_tuples


@pytest.mark.parametrize("text, analyte, value, unit", [
    ("血小板有520", "platelets", 520, None),
    ("然后血小板有 520 皮肤也黑了", "platelets", 520, None),
    ("血小板大概520左右", "platelets", 520, None),
    ("PLT差不多610", "platelets", 610, None),
    ("血红蛋白有172 g/L", "hemoglobin", 172, "g/L"),
    ("VEGF大约3260 pg/ml", "vegf", 3260, "pg/mL"),
    ("白蛋白将近28 g/L", "albumin", 28, "g/L"),
])
def test_a_spoken_word_before_the_number(text, analyte, value, unit):
    assert [(v, u) for v, u, _ in lab_tuples(text, analyte)] == [(value, unit)]


@pytest.mark.parametrize("text, analyte", [
    ("PLT有2次复查都正常", "platelets"),
    ("血小板有升高", "platelets"),
    ("VEGF大概下周出结果", "vegf"),
])
def test_no_value_where_the_number_is_not_one(text, analyte):
    assert lab_tuples(text, analyte) == []


@pytest.mark.parametrize("text", [
    "男的48岁 手脚麻木一年多 肌电图说是多发性周围神经病 血小板有520 皮肤比以前黑",
    "男的48岁 手脚麻木一年多 肌电图说是多发性周围神经病 血小板大概有520 皮肤比以前黑",
])
def test_a_dictated_count_meets_the_platelet_criterion(ex, text):
    assert criterion(ex(text), "thrombocytosis_polycythemia") == "present"
