"""Ruled out after a finding, then a space and the next Chinese clause ("脾大已排除 腹水"): the space closes
the first clause as punctuation would, so the finding before is ruled out and the one after is not
(context_zh.yml). Ruled out opening its clause or sentence still reads forward across the space
("，已排除 腹水", "。已除外 视盘水肿", "已排除 POEMS")."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, before, after", [
    ("脾大已排除 腹水", "splenomegaly", "ascites"),
    ("脾大已除外 双下肢水肿", "splenomegaly", "peripheral_edema"),
    ("查体：脾大已经排除 腹水（+）", "splenomegaly", "ascites"),
    ("脾大均已排除 腹水", "splenomegaly", "ascites"),
    ("脾大已排除了 腹水", "splenomegaly", "ascites"),
    ("脾大已排除  腹水", "splenomegaly", "ascites"),
    ("视盘水肿已除外 胸水", "papilledema", "pleural_effusion"),
])
def test_the_space_closes_the_ruled_out_clause(text, before, after):
    assert statuses(text, before) == ["absent"]
    assert statuses(text, after) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("已排除 腹水", "ascites"), ("患者男，已排除 腹水", "ascites"), ("查体：已除外 脾大", "splenomegaly"),
    ("双下肢水肿。已除外 视盘水肿", "papilledema"), ("双下肢水肿\n已除外 视盘水肿", "papilledema"),
    ("脾大已排除，腹水", "splenomegaly"),
])
def test_ruled_out_opening_its_clause_still_reads_forward(text, concept):
    assert statuses(text, concept) == ["absent"]
