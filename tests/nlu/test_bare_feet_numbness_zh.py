"""Feet numb written without a side ("脚麻、烧灼感两三年", "脚底板麻得厉害"), as a referrer types it, are both
feet: a symmetric distal sensory symptom. One foot named ("左脚麻", "一只脚麻") is not, and a denial reads absent."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text", ["女，62，糖尿病十几年了，脚麻、烧灼感两三年", "最近脚底板麻得厉害", "脚趾麻半年，渐到小腿",
                                  "老人家脚底发麻一年多", "足底麻，走路像踩棉花"])
def test_feet_numb_without_a_side_read_symmetric(ex, text):
    assert status_of(ex(text), "symmetric_distal_sensory_symptoms") == "present"


@pytest.mark.parametrize("text", ["左脚麻半年", "右足底麻木3月", "一只脚麻，另一只正常", "单侧脚麻"])
def test_one_foot_is_not_symmetric(ex, text):
    assert status_of(ex(text), "symmetric_distal_sensory_symptoms") is None
    assert status_of(ex(text), "distal_numbness_weakness") == "present"


@pytest.mark.parametrize("text", ["无脚麻", "否认脚麻，腱反射正常"])
def test_denied_feet_numbness_is_not_present(ex, text):
    assert status_of(ex(text), "symmetric_distal_sensory_symptoms") in (None, "absent")
