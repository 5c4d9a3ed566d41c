"""The optic disc described by its colour and then its state ("optic discs pink and swollen",
"视盘色红，边界模糊"): a swollen disc is papilloedema; a sharp one ("optic discs pink and sharp",
"视盘色淡红，边界清") or one said not swollen stays a normal disc."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "optic discs pink and swollen", "Fundoscopy: optic discs pink and swollen bilaterally.",
    "Optic discs are pink and swollen.", "discs hyperaemic and elevated",
    "视盘色红，边界模糊", "视乳头色淡红、边缘不清", "双眼视盘色红，边界模糊，隆起",
])
def test_a_disc_called_swollen_after_its_colour_is_papilloedema(text):
    assert statuses(text, "papilledema") == ["present"]


@pytest.mark.parametrize("text", [
    "optic discs pink and sharp", "optic discs pink and not swollen", "optic discs pink, not swollen",
    "视盘色淡红，边界清", "视盘色红，边界清楚",
])
def test_a_disc_called_sharp_or_not_swollen_stays_normal(text):
    assert statuses(text, "papilledema") == ["absent"]


@pytest.mark.parametrize("text, expected", [("视盘色红，边界模糊？", ["uncertain"]),
                                            ("未见视盘色红，边界模糊", ["absent"])])
def test_doubt_and_negation_still_apply(text, expected):
    assert statuses(text, "papilledema") == expected
