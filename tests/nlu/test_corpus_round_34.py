"""Hospital-document wording found by dev file 34 (zh-540–549, mx-260–265, en-340–343).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

from typing import List

import pytest

from nlu.extractor import extract


def _statuses(text: str, concept: str) -> List[str]:
    """Status of every finding of ``concept`` read from ``text``."""
    return [f.status.value for f in extract(text).evidence.findings if f.concept == concept]


# --- a urine immunofixation stated negative is the urine's result, not the serum's ---------------

@pytest.mark.parametrize("text", [
    "尿免疫固定电泳阴性。",
    "尿免疫固定电泳(-)。",
    "尿液免疫固定电泳阴性。",
    "尿免疫固定电泳未见异常。",
])
def test_a_negative_urine_immunofixation_is_no_negative_serum_one(text: str) -> None:
    """尿免疫固定电泳阴性 says nothing of the serum."""
    assert _statuses(text, "urine_immunofixation") == ["absent"]
    assert _statuses(text, "serum_immunofixation") == []


@pytest.mark.parametrize("text", [
    "血清免疫固定电泳IgG-λ阳性（微量）；尿免疫固定电泳阴性；sFLC κ/λ 0.45。",
    "血清IFE IgA-λ阳性，尿免疫固定电泳阴性。",
])
def test_a_positive_serum_result_stands_beside_a_negative_urine_one(text: str) -> None:
    """The serum result is positive and stays the only serum result."""
    assert _statuses(text, "serum_immunofixation") == ["present"]
    assert _statuses(text, "urine_immunofixation") == ["absent"]


@pytest.mark.parametrize("text", [
    "血清免疫固定电泳阴性，尿免疫固定电泳阴性。",
    "血清及尿免疫固定电泳阴性。",
    "血、尿免疫固定电泳阴性。",
    "血尿免疫固定电泳阴性。",
    "血/尿免疫固定电泳(-)。",
    "血、尿免疫固定电泳均阴性。",
])
def test_both_samples_stated_negative_stay_both_negative(text: str) -> None:
    """Look-alikes: both samples named, one result: serum and urine both negative."""
    assert "absent" in _statuses(text, "serum_immunofixation")
    assert "absent" in _statuses(text, "urine_immunofixation")


@pytest.mark.parametrize("text", ["免疫固定电泳阴性。", "血清免疫固定电泳阴性。", "免疫固定电泳(-)"])
def test_an_immunofixation_without_urine_is_still_the_serum(text: str) -> None:
    """Look-alikes: without 尿 the test is the serum's, as before."""
    assert _statuses(text, "serum_immunofixation") == ["absent"]
    assert _statuses(text, "urine_immunofixation") == []
