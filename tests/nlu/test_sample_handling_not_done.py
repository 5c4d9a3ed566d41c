"""How a test's sample has still to travel, said right after the test ("VEGF needs to go to lab on ice - not done
yet", "VEGF requires a special tube"), is a test not yet done (context_en.yml NOT_DONE); the longer phrase keeps
the forward "needs" from cutting the later "not done yet" off from the test. Nothing is recorded for a phrase
without a test before it, nor for a VEGF that has a value. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import not_done


@pytest.mark.parametrize("text", [
    "VEGF needs to go to lab on ice - not done yet.",
    "VEGF needs to go to the lab on ice, not done yet.",
    "VEGF requires a special tube - not yet sent.",
    "VEGF sample must be sent on ice.",
    "Plan: VEGF needs a special tube",
    "VEGF not done yet",
    "VEGF awaited.",
    "VEGF not yet sent.",
])
def test_vegf_recorded_not_done_or_pending(ex, text):
    assert not_done(ex(text)).get("serum_vegf") in ("not_done", "pending")


@pytest.mark.parametrize("text", [
    "Patient needs to go to lab on ice.",
    "VEGF 2300 pg/mL. Repeat needs a special tube.",
])
def test_nothing_recorded_without_a_test_before_it(ex, text):
    assert "serum_vegf" not in not_done(ex(text))
