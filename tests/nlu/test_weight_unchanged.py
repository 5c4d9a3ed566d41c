"""The weight named before its unchanged state: weight loss absent.

"体重无明显下降 / 体重较前无变化 / 体重稳定" gave nothing (体重 alone is no target), and "no significant
weight loss" read present ("significant weight loss" was a target phrase holding the word the
negation "no significant" ends with). Fixed-status phrases in nlu/rules/targets_*.yml.
"""
from __future__ import annotations

from typing import List

import pytest

from nlu.extractor import extract


def _statuses(text: str) -> List[str]:
    return [f.status.value for f in extract(text).evidence.findings if f.concept == "weight_loss"]


@pytest.mark.parametrize("text", [
    "体重无明显下降", "无明显体重下降", "体重较前无变化", "体重无下降", "体重未见明显下降",
    "体重无明显减轻", "体重稳定", "体重下降不明显", "患者体重稳定，无水肿",
    "no weight loss", "no significant weight loss", "weight stable", "Weight is stable.",
    "Weight has been stable over the last year.", "weight unchanged", "denies weight loss",
])
def test_unchanged_weight_is_no_weight_loss(text: str) -> None:
    assert _statuses(text) == ["absent"]


@pytest.mark.parametrize("text", [
    "体重下降", "体重下降5kg", "近半年体重下降10kg", "体重明显下降", "消瘦",
    "weight loss of 8 kg", "significant weight loss of 8 kg", "unexplained weight loss",
    "lost 9 kg",
])
def test_a_weight_loss_stays_present(text: str) -> None:
    """Look-alikes: a loss stated stays present."""
    assert _statuses(text) == ["present"]


def test_a_loss_then_a_stable_weight_keeps_both() -> None:
    """近半年体重下降10kg，近1月体重稳定: the loss is read, and the stable weight after it."""
    assert _statuses("近半年体重下降10kg，近1月体重稳定") == ["present", "absent"]
