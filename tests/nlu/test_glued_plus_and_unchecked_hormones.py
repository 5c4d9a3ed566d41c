"""Readings of telegraphic examinations and letters (dev file 69; sentences written for the tests).

- "移动性浊音+" (shifting dullness with a plus glued after it) is ascites; "+/-", "±", "+?" leave it open
  and "移动性浊音-" does not make it present (targets_zh.yml);
- "no hormones have been checked" names the endocrine panel not done, so erectile dysfunction alone
  waits for the hormones (criteria.yml awaiting_hormones) instead of making the criterion present.
"""
import pytest

from conftest import criterion, not_done, status_of


@pytest.mark.parametrize("text", [
    "PE：移动性浊音+，双下肢水肿。",
    "腹部：膨隆，移浊+。",
    "查体：腹水征+，肝脾触诊不满意。",
    "移动性浊音++，腹围增大。",
])
def test_a_glued_plus_is_ascites(ex, text):
    assert status_of(ex(text), "ascites") == "present"


@pytest.mark.parametrize("text", [
    "移动性浊音+/-",
    "移动性浊音±。",
    "移动性浊音+？",
    "移动性浊音-，双下肢无水肿。",
])
def test_an_open_or_minus_sign_is_not_present(ex, text):
    assert status_of(ex(text), "ascites") != "present"


@pytest.mark.parametrize("text", [
    "Man of 47. He mentions erectile failure but no hormones have been checked.",
    "Mr K., 52, reports erectile dysfunction; hormones have not been checked yet.",
    "52M, impotence for a year. Hormone tests not done.",
])
def test_erectile_dysfunction_with_hormones_not_checked(ex, text):
    extraction = ex(text)
    assert not_done(extraction).get("endocrine_panel") == "not_done"
    assert criterion(extraction, "endocrinopathy") == "unknown"


def test_erectile_dysfunction_alone_is_still_read(ex):
    assert criterion(ex("Man of 47 with erectile dysfunction for a year."), "endocrinopathy") == "present"
