"""Tests sent and awaited, in a list after the sending word or sent to another laboratory (sentences
written for the tests): `已送检血清免疫固定电泳、VEGF、游离轻链` (the 、 had ended 已送检's reach after the
first test, so VEGF and FLC were mere mentions), `未查VEGF、游离轻链`, `still need VEGF and serum free
light chains`: every listed test is pending / not done, none absent. `VEGF外送` closing the note,
`VEGF送外院`, `VEGF已外送检测`, `VEGF送外院检测，…`: sent out, the result awaited (pending).
Look-alikes: a member with its own result ends the list (`未查VEGF、IFE阴性`: IFE negative); what
sending out would take is no sending (`VEGF 未送检（外送需 2 周）`: not done).
Rules: nlu/implications/undone_list.py (_lists_after; a member's own result: implications.yml
undone_list), context_zh.yml (外送 / 送外院 PENDING, 外送需 PSEUDO)."""
import pytest

from conftest import not_done, status_of


@pytest.mark.parametrize("text, reason, tests", [
    ("已送检血清免疫固定电泳、VEGF、游离轻链。", "pending", ["serum_immunofixation", "serum_vegf", "serum_free_light_chains"]),
    ("已送检血清免疫固定电泳、VEGF、游离轻链，结果均未归。", "pending", ["serum_immunofixation", "serum_vegf", "serum_free_light_chains"]),
    ("已送检血清免疫固定电泳、VEGF，结果未归。", "pending", ["serum_immunofixation", "serum_vegf"]),
    ("未查VEGF、游离轻链。", "not_done", ["serum_vegf", "serum_free_light_chains"]),
    ("Still need VEGF and serum free light chains.", "not_done", ["serum_vegf", "serum_free_light_chains"]),
])
def test_every_test_of_a_list_after_the_word_is_sent_or_not_done(ex, text, reason, tests):
    found = not_done(ex(text))
    for test in tests:
        assert found.get(test) == reason, (test, found)


def test_a_member_with_its_own_result_keeps_it(ex):
    e = ex("未查VEGF、IFE阴性。")
    assert not_done(e).get("serum_vegf") == "not_done"
    assert status_of(e, "serum_immunofixation") == "absent"
    assert "serum_immunofixation" not in not_done(e)


@pytest.mark.parametrize("text, reason", [
    ("已送检VEGF、FLC 20 mg/L。", "pending"),
    ("未查VEGF、sFLC normal.", "not_done"),
    ("Still need VEGF and IFE negative.", "not_done"),
])
def test_a_member_with_its_own_value_or_result_ends_the_list(ex, text, reason):
    found = not_done(ex(text))
    assert found.get("serum_vegf") == reason
    assert "serum_free_light_chains" not in found and "serum_immunofixation" not in found


def test_the_own_result_of_a_member_is_read_from_the_rules():
    from nlu.implications.rules import implication_rules

    rule = implication_rules(None).undone_list
    assert rule is not None
    assert rule.own_result.search(" 20 mg/L") and rule.own_result.search("NEGATIVE")
    assert rule.member_end.search("VEGF and IFE").group(0) == "and"


@pytest.mark.parametrize("text", [
    "患者四肢麻木。VEGF外送",
    "四肢麻木，VEGF外送",
    "VEGF送外院。",
    "VEGF已外送检测。",
    "VEGF送外院检测，脾大。",
])
def test_a_test_sent_out_is_pending(ex, text):
    assert not_done(ex(text)).get("serum_vegf") == "pending"


def test_what_sending_out_would_take_is_no_sending(ex):
    assert not_done(ex("VEGF 未送检（外送需 2 周）。")).get("serum_vegf") == "not_done"
