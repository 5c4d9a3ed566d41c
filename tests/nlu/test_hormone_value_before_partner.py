"""A TSH value followed by its free T4 called normal, joined by a word of the sentence ("TSH 5.9
with normal fT4", "TSH 5.9 and normal fT4", "TSH 5.9 with fT4 normal"): the word is no unit, so
the value is read against its usual range (subclinical hypothyroidism above it, as with a comma),
and the fT4's "normal" never makes the axis normal."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "TSH 5.9 with normal fT4", "TSH 5.9 and normal fT4", "TSH 5.9 with fT4 normal",
    "TSH 5.9 but normal free T4", "TSH 7.2 with a normal free T4 (subclinical)",
    "TSH 5.9, fT4 normal", "TSH 5.9 mIU/L, normal free T4", "TSH 5.9 mIU/L with normal fT4",
    "促甲状腺激素 5.9 和 游离T4正常", "TSH 5.9 伴FT4正常",
])
def test_a_raised_tsh_before_a_normal_ft4_is_hypothyroidism(text):
    assert statuses(text, "hypothyroidism") == ["present"]


@pytest.mark.parametrize("text", ["TSH 2.1 with normal fT4", "TSH 2.1 and fT4 normal"])
def test_a_normal_tsh_with_a_normal_ft4_is_a_normal_axis(text):
    assert statuses(text, "hypothyroidism") == ["absent"]


@pytest.mark.parametrize("text", ["TSH 5.9 uU/mL", "TSH 5.9 units"])
def test_an_unknown_unit_is_still_not_read(text):
    assert statuses(text, "hypothyroidism") == []
