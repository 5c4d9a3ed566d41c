"""Tests listed under a heading that says they were not done or are awaited ("Not done: sFLC, VEGF",
"Pending: sFLC, VEGF.", "未查：游离轻链、VEGF", "结果未回：…"): each listed test is not done (or
pending), its criterion unknown; a negation earlier in the sentence never makes it normal."""

import pytest

from nlu import extract_evidence
from tests.nlu.conftest import statuses


def not_done(text: str):
    return {(n.test, n.reason) for n in extract_evidence(text).not_done}


FLC, VEGF, BONE = "serum_free_light_chains", "serum_vegf", "bone_imaging"


@pytest.mark.parametrize("text, expected", [
    ("Not done: sFLC, VEGF", {(FLC, "not_done"), (VEGF, "not_done")}),
    ("not yet done: serum free light chains", {(FLC, "not_done")}),
    ("Outstanding: VEGF, bone CT", {(VEGF, "not_done"), (BONE, "not_done")}),
    ("Tests not done: VEGF and skeletal survey.", {(VEGF, "not_done"), (BONE, "not_done")}),
    ("Pending: sFLC, VEGF.", {(FLC, "pending"), (VEGF, "pending")}),
    ("Results awaited: VEGF and skeletal survey", {(VEGF, "pending"), (BONE, "pending")}),
    ("Tests pending:\n- serum free light chains\n- VEGF", {(FLC, "pending"), (VEGF, "pending")}),
    ("未查：游离轻链、VEGF", {(FLC, "not_done"), (VEGF, "not_done")}),
    ("待查：游离轻链、VEGF、骨CT", {(FLC, "not_done"), (VEGF, "not_done"), (BONE, "not_done")}),
    ("未做：眼底检查，骨扫描", {("fundoscopy", "not_done"), (BONE, "not_done")}),
    ("结果未回：VEGF、游离轻链", {(VEGF, "pending"), (FLC, "pending")}),
    ("No papilloedema. Pending: VEGF, sFLC, bone CT. No hepatomegaly.",
     {(VEGF, "pending"), (FLC, "pending"), (BONE, "pending")}),
])
def test_each_test_of_the_list_is_not_done(text, expected):
    assert not_done(text) == expected


@pytest.mark.parametrize("text", [
    "IFE IgA lambda, VEGF 1200 pg/mL serum, no hepatosplenomegaly, not done: sFLC",
    "No hepatomegaly, not done: FLC ratio",
    "无肝脾肿大，未查：游离轻链",
])
def test_an_earlier_negation_does_not_make_a_test_not_done_normal(text):
    assert statuses(text, "abnormal_flc_ratio") == []
    assert (FLC, "not_done") in not_done(text)


def test_a_finding_that_is_a_test_result_names_its_test():
    assert not_done("未查：视乳头水肿、VEGF") == {("fundoscopy", "not_done"), (VEGF, "not_done")}
    assert statuses("未查：视乳头水肿、VEGF", "papilledema") == []


@pytest.mark.parametrize("text, expected", [
    # a member with its own result keeps it and ends the list
    ("Not done: sFLC, IFE negative", {(FLC, "not_done")}),
    ("Not done: sFLC, VEGF 1200 pg/mL", {(FLC, "not_done")}),
    ("Results awaited: sFLC; IFE positive IgA lambda", {(FLC, "pending")}),
    ("VEGF pending, sFLC κ 20 λ 40 mg/L", {(VEGF, "pending")}),
    ("sFLC not done", {(FLC, "not_done")}),
    ("not done: nothing outstanding", set()),
    ("IFE done: negative", set()),
])
def test_look_alikes_keep_their_reading(text, expected):
    assert not_done(text) == expected


def test_a_result_after_the_list_keeps_its_reading():
    assert statuses("Not done: sFLC, IFE negative", "serum_immunofixation") == ["absent"]
    assert statuses("IFE done: negative", "serum_immunofixation") == ["absent"]


def test_no_heading_words_before_a_diagnosis_or_findings():
    assert statuses("诊断：周围神经病待查：POEMS综合征？", "polyneuropathy") == ["uncertain"]
    assert statuses("Outstanding: neuropathy, ascites", "ascites") == ["present"]
