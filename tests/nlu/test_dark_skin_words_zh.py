"""Telegraphic Chinese words for darkened skin ("PE：肤色深，毛多") read hyperpigmentation."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text", ["PE：肤色深，毛多", "查体：肤色黝黑，双下肢水肿", "皮肤较黑，乳晕发黑", "肤色发黑半年"])
def test_dark_skin_words_read_hyperpigmentation(ex, text):
    assert status_of(ex(text), "hyperpigmentation") == "present"


@pytest.mark.parametrize("text", ["查体：肤色正常，无水肿", "无肤色变深"])
def test_normal_or_denied_skin_is_not_present(ex, text):
    assert status_of(ex(text), "hyperpigmentation") in (None, "absent")
