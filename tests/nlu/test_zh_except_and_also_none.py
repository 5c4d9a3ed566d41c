"""除…外 ("except") keeps the finding excepted; 亦 / 也 before 无肿大 keeps the organ denied.

"腹部CT除脾稍大外未见其他异常" had read the spleen absent (the negation after 外 reached back to it); the 外
closing 除…外 before a negation now ends that reach. "肝脾亦无肿大" had read nothing (the organ named, then
亦无肿大 closing the clause); "无肿大淋巴结" before a noun stays the forward 无's.
"""
from __future__ import annotations

import pytest

from conftest import statuses


@pytest.mark.parametrize("text, concept, expected", [
    ("腹部CT除脾稍大外未见其他异常。", "splenomegaly", ["present"]),
    ("腹部超声除肝大外未见异常。", "hepatomegaly", ["present"]),
    ("除脾大外，余未见异常。", "splenomegaly", ["present"]),
    ("查体除双下肢轻度水肿外，余未见明显异常。", "peripheral_edema", ["present"]),
    ("肝脾亦无肿大，淋巴结也没有摸到。", "hepatosplenomegaly", ["absent"]),
    ("脾脏也无明显肿大。", "splenomegaly", ["absent"]),
    ("无肿大淋巴结。", "lymphadenopathy", ["absent"]),
])
def test_except_and_also_none(text: str, concept: str, expected: list) -> None:
    assert statuses(text, concept) == expected


def test_an_outside_hospital_is_no_except() -> None:
    import nlu

    assert {t.test: t.reason for t in nlu.extract("外院未查VEGF。").evidence.not_done} == {"serum_vegf": "not_done"}


@pytest.mark.parametrize("text, concept, expected", [
    ("肝脾大小未评估。", "hepatosplenomegaly", []),
    ("肝脾大小正常。", "hepatosplenomegaly", ["absent"]),
    ("肝脾大。", "hepatosplenomegaly", ["present"]),
    ("查体：双侧睾丸偏小。", "hypogonadism", ["present"]),
])
def test_organ_size_words(text: str, concept: str, expected: list) -> None:
    """"肝脾大小未评估" (size not assessed) had read 肝脾大 inside 肝脾大小 as organomegaly; small testes are
    hypogonadism."""
    assert statuses(text, concept) == expected


@pytest.mark.parametrize("text, concept, expected", [
    ("NCS：demyelinating + 轴索损害，不像 typical DPN。", "alternative_explanation", ["absent"]),
    ("这不太像 typical CIDP。", "cidp_diagnosis", ["absent"]),
    ("不像典型糖尿病周围神经病。", "alternative_explanation", ["absent"]),
    ("臨床不似POEMS綜合症（VEGF未達正常上限兩倍、無硬化性骨病變）。", "vegf_elevated", ["absent"]),
    ("水肿不像以前那么重。", "peripheral_edema", ["present"]),
    ("Impression: diabetic nephropathy + DPN.", "alternative_explanation", ["present"]),
])
def test_unlike_a_diagnosis(text: str, concept: str, expected: list) -> None:
    """不像 / 不太像 (the picture does not resemble) denies the diagnosis after it, to its clause's end or an opening
    bracket; DPN is diabetic peripheral neuropathy."""
    assert statuses(text, concept) == expected
