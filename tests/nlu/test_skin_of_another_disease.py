"""Skin involvement the writer gives to amyloidosis is that disease's, also when the disease is in doubt.

"…未见色素沉着，无多毛，无血管瘤…会诊意见：考虑系统性AL型淀粉样变性皮肤受累" had put the skin criterion in doubt after the
POEMS signs were denied one by one: the skin "involvement" of AL amyloidosis (purpura, waxy papules) is no POEMS
skin change (README 表2), as that of a vasculitis or a connective-tissue disease already was; a doubt about the
other disease (考虑) leaves it that disease's. Skin changes put down to POEMS keep their doubt.
"""
from __future__ import annotations

import pytest

import nlu
from conftest import criterion, statuses


def test_amyloid_skin_involvement_leaves_the_denied_poems_signs() -> None:
    text = ("躯干及四肢未见色素沉着，无多毛，无血管瘤，未见皮肤增厚。会诊意见：考虑系统性AL型淀粉样变性皮肤受累。")
    assert criterion(nlu.extract(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text, expected", [
    ("AL amyloidosis with skin involvement.", []),
    ("考虑干燥综合征皮肤受累。", []),
    ("考虑POEMS综合征皮肤改变。", ["uncertain"]),
    ("皮肤受累。", ["present"]),
])
def test_whose_skin_involvement(text: str, expected: list) -> None:
    assert statuses(text, "skin_changes") == expected
