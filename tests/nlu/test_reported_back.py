"""A test sent and then reported back ("Serum IFE was sent, which came back negative", "免疫固定
电泳已送检，结果回报阴性") has the result reported, not a pending one; a test sent with no result
reported stays pending. Phrasings written for these tests, in both languages."""

import pytest

from conftest import not_done, status_of


@pytest.mark.parametrize("text", [
    "Serum IFE was sent, which came back negative.",
    "Immunofixation has been sent and has come back negative.",
    "Serum immunofixation sent; result: no monoclonal band.",
    "免疫固定电泳已送检，结果回报阴性。",
    "血清免疫固定电泳已送检，回报阴性。",
    "血清免疫固定电泳已送检，结果：未见单克隆条带。",
])
def test_a_test_reported_back_negative_is_negative(ex, text):
    e = ex(text)
    assert status_of(e, "serum_immunofixation") == "absent"
    assert "serum_immunofixation" not in not_done(e)


@pytest.mark.parametrize("text", [
    "Serum IFE was sent, result pending.",
    "Serum immunofixation has been sent and is awaited.",
    "免疫固定电泳已送检，结果未回。",
    "血清免疫固定电泳已送检，结果待回报。",
])
def test_a_test_sent_without_a_result_stays_pending(ex, text):
    e = ex(text)
    assert not_done(e).get("serum_immunofixation") == "pending"
    assert status_of(e, "serum_immunofixation") is None


@pytest.mark.parametrize("text", ["Serum IFE was sent and came back positive.", "免疫固定电泳已送检，结果回报阳性。"])
def test_a_test_reported_back_positive_is_positive(ex, text):
    assert status_of(ex(text), "serum_immunofixation") == "present"


def test_another_test_reported_after_a_pending_one_keeps_it_pending(ex):
    e = ex("FLC was sent, SPEP came back negative.")
    assert not_done(e).get("serum_free_light_chains") == "pending"
