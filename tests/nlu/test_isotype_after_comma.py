"""The isotype written after a comma that follows the immunofixation result (sentences written for
the tests): `免疫固定电泳阳性，拉姆达轻链`, `IFE阳性，IgA、λ型`, `IFE阳性，IgG κ型`, `免疫固定电泳阳性，卡帕轻链`,
`IFE positive, IgA and lambda`, `immunofixation positive, lambda light chain`: the comma does not end
the test's clause before a light chain (spoken or written) or a heavy chain with its light chain.
Look-alikes: a heavy chain alone after the comma is a level (`IFE阳性，IgA 5.2 g/L`: no isotype).
Rules: immunofixation.yml stop."""
import pytest


def _chains(ex, text):
    e = ex(text)
    found = [f for f in e.evidence.findings if f.concept == "serum_immunofixation"]
    assert found and found[0].status.value == "present"
    return found[0].attributes.get("heavy_chain"), found[0].attributes.get("light_chain")


@pytest.mark.parametrize("text, heavy, light", [
    ("免疫固定电泳阳性，拉姆达轻链。", None, "lambda"),
    ("免疫固定电泳阳性，卡帕轻链。", None, "kappa"),
    ("IFE阳性，IgA、λ型。", "IgA", "lambda"),
    ("IFE阳性，IgG κ型。", "IgG", "kappa"),
    ("血清免疫固定电泳阳性，IgA λ型。", "IgA", "lambda"),
    ("IFE positive, IgA and lambda.", "IgA", "lambda"),
    ("Immunofixation positive, IgG kappa.", "IgG", "kappa"),
    ("Immunofixation positive, lambda light chain.", None, "lambda"),
])
def test_the_isotype_after_the_comma_is_the_tests(ex, text, heavy, light):
    assert _chains(ex, text) == (heavy, light)


def test_a_heavy_chain_level_after_the_comma_is_no_isotype(ex):
    assert _chains(ex, "IFE阳性，IgA 5.2 g/L。") == (None, None)
