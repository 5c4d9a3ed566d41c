"""Immunofixation reported lane by lane, each lane with its own result
(nlu/rules/immunofixation.yml ``lane_results``): the positive lanes are the isotype, the "(-)" of
a negative lane is not the test's result, and every lane negative is a negative test."""

import pytest


def _ife(extraction, concept="serum_immunofixation"):
    found = [f for f in extraction.evidence.findings if f.concept == concept]
    assert found, concept
    return found[0].status.value, {k: v for k, v in (found[0].attributes or {}).items()}


@pytest.mark.parametrize("text, heavy, light", [
    ("IFE: IgG(-) IgA(+) IgM(-) κ(-) λ(+)", "IgA", "lambda"),
    ("IFE: IgG(-), IgA(+), IgM(-), κ(-), λ(+)", "IgA", "lambda"),
    ("IFE:IgG(-)IgA(+)IgM(-)κ(-)λ(+)", "IgA", "lambda"),
    ("IFE: IgG (-), IgA (+), κ (-), λ (+)", "IgA", "lambda"),
    ("IFE: IgA pos, lambda pos, others neg", "IgA", "lambda"),
    ("IFE IgG- IgA+ IgM- κ- λ+", "IgA", "lambda"),
    ("Serum immunofixation: IgG(-) IgA(+) IgM(-) kappa(-) lambda(+)", "IgA", "lambda"),
    ("Serum IFE: IgG negative, IgA positive, IgM negative, kappa negative, lambda positive.", "IgA", "lambda"),
    ("IFE: IgG(+) IgA(-) IgM(-) κ(+) λ(-). Plt 512.", "IgG", "kappa"),
    ("免疫固定电泳：IgA（+），λ（+），κ（-），IgG（-），IgM（-）", "IgA", "lambda"),
    ("免疫固定电泳: IgA(+), λ(+), κ(-), IgG(-), IgM(-)", "IgA", "lambda"),
    ("血清免疫固定电泳：IgG(-) IgA(-) IgM(-) κ(-) λ(+)", None, "lambda"),
])
def test_the_positive_lanes_are_the_isotype(ex, text, heavy, light):
    status, attributes = _ife(ex(text))
    assert status == "present"
    assert attributes.get("heavy_chain") == heavy
    assert attributes.get("light_chain") == light


def test_an_igm_lane_positive_is_an_igm_paraprotein(ex):
    extraction = ex("IFE: IgM(+) κ(+) λ(-) IgG(-) IgA(-)")
    assert _ife(extraction) == ("present", {"heavy_chain": "IgM", "light_chain": "kappa"})
    assert any(f.concept == "igm_paraprotein" and f.status.value == "present"
               for f in extraction.evidence.findings)


@pytest.mark.parametrize("text", [
    "IFE: IgG(-) IgA(-) IgM(-) κ(-) λ(-)",
    "IFE: IgG (-), IgA (-), IgM (-), κ (-), λ (-)",
    "免疫固定电泳：IgA（-），λ（-），κ（-），IgG（-），IgM（-）",
    "Serum IFE: IgG negative, IgA negative, kappa negative, lambda negative.",
])
def test_every_lane_negative_is_a_negative_test(ex, text):
    status, attributes = _ife(ex(text))
    assert status == "absent"
    assert "heavy_chain" not in attributes and "light_chain" not in attributes


@pytest.mark.parametrize("text, concept, status, heavy, light", [
    ("IFE: IgG-κ", "serum_immunofixation", "present", "IgG", "kappa"),
    ("IFE: IgA-λ (+)", "serum_immunofixation", "present", "IgA", "lambda"),
    ("Urine IFE: κ(-) λ(+)", "urine_immunofixation", "present", None, "lambda"),
])
def test_isotypes_and_urine_lanes_keep_their_reading(ex, text, concept, status, heavy, light):
    got_status, attributes = _ife(ex(text), concept)
    assert got_status == status
    assert attributes.get("heavy_chain") == heavy
    assert attributes.get("light_chain") == light


def test_a_plain_negative_test_stays_negative(ex):
    assert _ife(ex("IFE negative."))[0] == "absent"
