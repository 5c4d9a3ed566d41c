"""A finding that has not appeared is absent; a result not out yet is pending.

"没有出现水肿", "没出现水肿", "水肿未出现。", "水肿还没出现。" were read present: the 现 of 出现 is also the
现 "now" that ends a Chinese scope (TERMINATE), and 没出 was the PSEUDO of 没 before a verb. The verbs
ending in 现 (出现, 表现, 发现, 呈现) are now PSEUDO words that hold their 现, the spoken denials are
negation literals, and a finding followed by 未出现 at its clause's end is denied. "水肿未出现好转"
(not improved) keeps the oedema; "无诱因出现水肿" stays present.

"VEGF还没出", "游离轻链还没回来", "VEGF 还没出结果", "VEGF not back yet", "IFE not back": the result
awaited (tests only).
"""
from __future__ import annotations

import pytest

import nlu
from conftest import statuses


@pytest.mark.parametrize("text", [
    "没有出现水肿。", "没出现水肿。", "水肿未出现。", "水肿还没出现。", "一直没有出现水肿。", "双下肢水肿一直未出现；",
])
def test_a_finding_that_has_not_appeared_is_absent(text: str) -> None:
    assert statuses(text, "peripheral_edema") == ["absent"]


@pytest.mark.parametrize("text", [
    "水肿未出现好转。", "无诱因出现双下肢水肿。", "无发热，出现水肿。", "表现为双下肢水肿。", "2年前无明显诱因出现双下肢水肿。",
])
def test_look_alikes_stay_present(text: str) -> None:
    assert statuses(text, "peripheral_edema") == ["present"]


def test_now_still_ends_a_scope() -> None:
    assert statuses("既往水肿，现无。", "peripheral_edema") == ["historical"]


@pytest.mark.parametrize("text, test", [
    ("VEGF还没出。", "serum_vegf"),
    ("游离轻链还没回来。", "serum_free_light_chains"),
    ("VEGF 还没出结果", "serum_vegf"),
    ("IFE：IgA λ阳性，VEGF 还没出结果。", "serum_vegf"),
    ("VEGF not back yet.", "serum_vegf"),
    ("IFE not back.", "serum_immunofixation"),
])
def test_a_result_not_out_yet_is_pending(text: str, test: str) -> None:
    assert {t.test: t.reason for t in nlu.extract(text).evidence.not_done}.get(test) == "pending"
