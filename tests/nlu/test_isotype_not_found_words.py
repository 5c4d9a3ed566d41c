"""An isotype named as not found, one list of words for both readers: the immunofixation component
(an isotype beside the test) and the isotype written on its own (nlu/implications/isotype.py) read
immunofixation.yml `negated_before`. Each reader had its own copy and each missed the other's words:
a qualifier after the negation ("未见明显IgG-λ型M蛋白", "未见明确IgA-κ", "no definite IgA kappa") and a
not-found phrase before the isotype ("not seen IgG kappa", "not detected: IgA kappa")."""
from __future__ import annotations

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "未见明显IgG-λ型M蛋白。",
    "未见明确IgA-κ。",
    "Paraprotein: no definite IgA kappa.",
    "M protein: not seen IgG kappa",
    "IFE: not detected: IgA kappa.",
    "Serum IFE: not found IgG lambda",
])
def test_an_isotype_named_as_not_found_is_no_monoclonal_protein(text) -> None:
    assert "present" not in statuses(text, "m_protein")
    assert "present" not in statuses(text, "serum_immunofixation")


@pytest.mark.parametrize("text, concept", [
    ("IFE: not detected: IgA kappa.", "serum_immunofixation"),
    ("Serum IFE: not found IgG lambda", "serum_immunofixation"),
])
def test_the_test_is_negative_without_the_isotype_it_did_not_find(text, concept) -> None:
    import nlu

    found = [f for f in nlu.extract(text).evidence.findings if f.concept == concept]
    assert [f.status.value for f in found] == ["absent"]
    assert "heavy_chain" not in found[0].attributes


@pytest.mark.parametrize("text", ["MM, IgG-λ", "免疫固定电泳：IgA-λ型", "IgA-λ型M蛋白阳性"])
def test_an_isotype_found_stays_present(text) -> None:
    assert "present" in statuses(text, "m_protein") + statuses(text, "serum_immunofixation")


def test_one_definition_serves_both_readers() -> None:
    from nlu.implications.rules import implication_rules
    from nlu.rules import load_yaml

    words = load_yaml("immunofixation.yml")["negated_before"]
    assert implication_rules(None).isotype_negated_before.pattern == words
    assert "negated_before" not in load_yaml("implications.yml")["isotype"]
