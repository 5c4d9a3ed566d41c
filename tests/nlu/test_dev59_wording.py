"""E2 named as a hormone in a Chinese note: a normal oestradiol ("E2在正常范围", "E2正常") states the gonadal axis
normal, alone or in a list of gonadal hormones ("FSH、LH、E2在正常范围", "FSH、LH、E2均正常"), where before the
unknown E2 broke the list and nothing was read (sentences written for the tests, not taken from the corpus).
Rule: targets_zh.yml endocrine_panel."""
import pytest

from conftest import status_of


@pytest.mark.parametrize("text", [
    "E2在正常范围。",
    "E2正常，月经规律。",
    "FSH、LH、E2在正常范围。",
    "FSH、LH、E2均正常。",
    "性激素：FSH、LH、E2在正常范围，月经规律。",
])
def test_a_normal_e2_is_a_normal_gonadal_axis(ex, text):
    assert status_of(ex(text), "hypogonadism") == "absent"


@pytest.mark.parametrize("text", ["E2降低。", "患者E2偏低，FSH升高。"])
def test_a_low_e2_stays_hypogonadism(ex, text):
    assert status_of(ex(text), "hypogonadism") == "present"
