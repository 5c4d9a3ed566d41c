"""A report header naming the specimen as 标本种类 / 样本种类, or the blood drawn before the serum or plasma made of it
("标本种类：静脉血/血清"), gives the sample of the VEGF listed under it, as "标本：血清" already did. Whole blood alone
names no sample."""

import pytest

from conftest import lab_tuples


@pytest.mark.parametrize("header, sample", [
    ("标本种类：静脉血/血清", "serum"),
    ("标本种类：血浆", "plasma"),
    ("样本种类: 外周血／血浆", "plasma"),
    ("标本类型：静脉血/血清", "serum"),
    ("Specimen: venous blood/serum", "serum"),
])
def test_the_header_gives_the_sample(header, sample):
    text = header + "\n项目 结果 单位 参考值 提示\n血管内皮生长因子 1560 pg/ml 0-142 高\n"
    assert lab_tuples(text, "vegf") == [(1560, "pg/mL", sample)]


def test_blood_alone_names_no_sample():
    text = "标本种类：静脉血\n项目 结果 单位\nVEGF 1560 pg/ml\n"
    assert lab_tuples(text, "vegf") == [(1560, "pg/mL", None)]
