"""A finding named between the comma and its 消退 / 吸收 is the one that resolved.

"麻木减轻，水肿已消退": the RESOLVED pattern ",…已消退" starts at the comma, so its tokens held the
target 水肿, and a ConText modifier never modifies a target it overlaps: oedema was read present.
Rules marked ``subject_inside`` (nlu/rules/context_zh.yml) now start after the last target inside
them. "未消退 / 尚未吸收" (not resolved) are PSEUDO, so the finding stays present.
"""
from __future__ import annotations

from typing import List

import pytest

from conftest import statuses as _statuses


@pytest.mark.parametrize("text, concept", [
    ("麻木减轻，水肿已消退", "peripheral_edema"),
    ("麻木，水肿已消退", "peripheral_edema"),
    ("麻木减轻，双下肢水肿已消退", "peripheral_edema"),
    ("麻木减轻，双下肢水肿治疗后消退", "peripheral_edema"),
    ("乏力，腹水治疗后已吸收", "ascites"),
    ("气短，胸腔积液已吸收", "pleural_effusion"),
    ("oedema has resolved", "peripheral_edema"),
    ("Numbness improved, oedema has resolved.", "peripheral_edema"),
    ("the ascites resolved", "ascites"),
    ("Numbness improved; the ascites resolved.", "ascites"),
])
def test_a_finding_that_resolved_is_not_present(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["historical"]


@pytest.mark.parametrize("text, concept", [
    ("既往水肿，利尿后已消退", "peripheral_edema"),
    ("双下肢水肿消退", "peripheral_edema"),
    ("双下肢水肿已消退", "peripheral_edema"),
])
def test_the_finding_before_the_comma_still_resolves(text: str, concept: str) -> None:
    """Look-alikes: the finding before the comma (or without one), as before."""
    assert _statuses(text, concept) == ["historical"]


@pytest.mark.parametrize("text, concept", [
    ("麻木加重，水肿未消退", "peripheral_edema"),
    ("麻木加重，水肿尚未消退", "peripheral_edema"),
    ("双下肢水肿未消退", "peripheral_edema"),
    ("双下肢水肿仍未消退", "peripheral_edema"),
    ("腹水未见明显消退", "ascites"),
    ("胸腔积液尚未吸收", "pleural_effusion"),
    ("双下肢水肿，跟腱反射消失", "peripheral_edema"),
])
def test_a_finding_not_resolved_stays_present(text: str, concept: str) -> None:
    """Look-alikes: not resolved (未消退, 尚未吸收), or a sign absent after the comma."""
    assert _statuses(text, concept) == ["present"]


def test_the_finding_after_the_comma_keeps_its_own_status() -> None:
    """麻木加重 before the comma is not resolved by 水肿未消退."""
    assert _statuses("麻木加重，水肿未消退", "distal_numbness_weakness") == ["present"]


# A finding named after the comma is the subject of its own clause: the resolution is that
# clause's only, so the finding before the comma (with no state of its own) is still there.
@pytest.mark.parametrize("text, present, resolved", [
    ("麻木，水肿已消退", "distal_numbness_weakness", "peripheral_edema"),
    ("麻木，腹水已吸收", "distal_numbness_weakness", "ascites"),
    ("双足麻木，双下肢水肿已消退", "symmetric_distal_sensory_symptoms", "peripheral_edema"),
    ("四肢麻木，双下肢水肿现已消退", "symmetric_distal_sensory_symptoms", "peripheral_edema"),
    ("麻木，脾大已回缩", "distal_numbness_weakness", "splenomegaly"),
    ("双下肢水肿，腹水治疗后已吸收", "peripheral_edema", "ascites"),
    ("麻木，水肿利尿后消退", "distal_numbness_weakness", "peripheral_edema"),
    ("麻木减轻，水肿已消退", "distal_numbness_weakness", "peripheral_edema"),
])
def test_the_finding_before_the_comma_is_not_resolved_by_the_next_clause(
        text: str, present: str, resolved: str) -> None:
    assert _statuses(text, present) == ["present"]
    assert _statuses(text, resolved) == ["historical"]


def test_a_negation_before_the_comma_does_not_reach_the_resolved_finding() -> None:
    """The comma the resolution started from ends the negation before it again."""
    text = "肝脾均未触及肿大，双下肢水肿较前消退"
    assert _statuses(text, "hepatosplenomegaly") == ["absent"]
    assert _statuses(text, "peripheral_edema") == ["historical"]


@pytest.mark.parametrize("text, concepts", [
    ("水肿、腹水均已消退", ["peripheral_edema", "ascites"]),
    ("麻木，水肿均已消退", ["distal_numbness_weakness", "peripheral_edema"]),
    ("麻木，双下肢水肿都已消退", ["distal_numbness_weakness", "peripheral_edema"]),
    ("麻木及水肿均已消退", ["distal_numbness_weakness", "peripheral_edema"]),
])
def test_a_subject_joined_to_the_list_before_resolves_the_whole_list(
        text: str, concepts: List[str]) -> None:
    """Look-alikes: 均 / 都 after the subject make the resolution the whole list's."""
    for concept in concepts:
        assert _statuses(text, concept) == ["historical"], concept


@pytest.mark.parametrize("text, concept, status", [
    ("既往水肿，利尿后已消退", "peripheral_edema", "historical"),
    ("水肿，激素治疗后已消退", "peripheral_edema", "historical"),
    ("腹水，来那度胺治疗后消退", "ascites", "historical"),
    ("胸腔积液，穿刺引流后已吸收", "pleural_effusion", "historical"),
    ("水肿，M蛋白转阴后消退", "peripheral_edema", "historical"),
])
def test_a_clause_without_its_own_subject_still_resolves_the_finding_before(
        text: str, concept: str, status: str) -> None:
    """Look-alikes: no finding after the comma, or one whose change came first (M蛋白转阴后),
    so the one before the comma is what resolved."""
    assert _statuses(text, concept) == [status]
