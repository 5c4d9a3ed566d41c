"""未查见 is "not found" (a negative), not 未查 "not done" ("未查见IgG-κ型M蛋白" had read the immunofixation not
done); an isotype answered none after it ("IgA-κ无", "IgA-κ：无", "IgG-κ型M蛋白：未见") names no M-protein."""

import pytest

import nlu
from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", ["未查见IgG-κ型M蛋白", "未查见M蛋白", "血清免疫固定电泳未查见M蛋白", "均未查见M蛋白"])
def test_not_found_is_negative_not_undone(text):
    ev = nlu.extract_evidence(text)
    assert [n.test for n in ev.not_done] == []
    assert statuses(text, "m_protein") == ["absent"]


@pytest.mark.parametrize("text", ["IgA-κ无", "IgA-κ：无", "IgG-κ型M蛋白：未见", "IgG kappa: none", "IgA lambda - nil."])
def test_an_isotype_answered_none_names_no_m_protein(text):
    assert "present" not in statuses(text, "m_protein")


@pytest.mark.parametrize("text", ["IgG-κ无变化", "IgA-κ 42 g/L", "MM, IgG-λ", "IgA-λ阳性"])
def test_an_isotype_otherwise_stays(text):
    assert statuses(text, "m_protein") == ["present"]


def test_not_found_in_chat_words_is_negative():
    assert statuses("没查见M蛋白", "m_protein") == ["absent"]


@pytest.mark.parametrize("text", ["VEGF没查到", "VEGF还没查到", "M蛋白未查"])
def test_not_looked_up_stays_not_done(text):
    ev = nlu.extract_evidence(text)
    assert ev.not_done and all(f.status.value != "absent" for f in ev.findings)
