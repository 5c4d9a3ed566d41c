"""A test said done as the note's last words, with no stop after it ("No oedema, IFE done"), or before a line break,
opens a clause of its own as "No oedema, IFE done." does (context_en.yml TERMINATE at_note_end; nlu/components/
context.py drops such a match unless nothing but spaces follows it): an IFE mentioned with no result is unknown,
never negative. A result given after it ("IFE done: negative") is still read. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "No oedema, IFE done",
    "No oedema, IFE done ",
    "No oedema, IFE done\n",
    "No oedema, IFE done\nPlan: review in clinic",
    "No HSM, serum IFE done",
    "Nil LAD, no oedema, immunofixation performed",
])
def test_a_test_done_at_the_end_is_no_negative_result(text):
    assert "absent" not in statuses(text, "serum_immunofixation")
    assert "absent" in statuses(text, "peripheral_edema") + statuses(text, "hepatosplenomegaly") \
        + statuses(text, "lymphadenopathy")


@pytest.mark.parametrize("text", [
    "No oedema, IFE done: negative",
    "No HSM, IFE done - negative",
    "No oedema, IFE negative",
    "No oedema or IFE band",
])
def test_a_result_after_it_is_still_read(text):
    assert "absent" in statuses(text, "serum_immunofixation") + statuses(text, "m_spike")
