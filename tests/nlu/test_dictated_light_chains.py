"""Free light chains dictated by speech recognition (sentences written for the tests): `Free light
chains cap a 38.4, lamb da 16.0 milligrams per liter, ratio 2.4`, `capa` / `kapa` / `lamda` / `lam da`:
the kappa and lambda values after an FLC mention, as `kappa 38.4, lambda 16.0` is read.
Look-alikes: `cap` and `lamb` words without a value after an FLC mention are no light chain
(`He wears a cap a lot; lamb dinner 2 days ago`).
Rules: labs.yml flc.members."""
import pytest

from conftest import labs_of


@pytest.mark.parametrize("text", [
    "Free light chains cap a 38.4, lamb da 16.0 milligrams per liter, ratio 2.4",
    "Free light chains capa 38.4, lamda 16.0 mg/L, ratio 2.4",
    "sFLC: kapa 38.4 mg/L, lam da 16.0 mg/L.",
])
def test_dictated_kappa_and_lambda(ex, text):
    e = ex(text)
    assert [(l.value, l.unit) for l in labs_of(e, "flc_kappa")] == [(38.4, "mg/L")]
    assert [(l.value, l.unit) for l in labs_of(e, "flc_lambda")] == [(16.0, "mg/L")]


def test_cap_and_lamb_words_are_no_light_chain(ex):
    e = ex("Free light chains sent. He wears a cap a lot; lamb dinner 2 days ago.")
    assert not labs_of(e, "flc_kappa") and not labs_of(e, "flc_lambda")


@pytest.mark.parametrize("text, heavy, light", [
    ("SPEP: M spike, immuno fixation IgG cap a.", "IgG", "kappa"),
    ("IFE: IgA lamb da.", "IgA", "lambda"),
    ("Serum IFE: IgG kapa.", "IgG", "kappa"),
])
def test_a_dictated_light_chain_after_the_heavy_chain_is_the_isotype(ex, text, heavy, light):
    found = [f for f in ex(text).evidence.findings if f.concept == "serum_immunofixation"]
    assert found and (found[0].attributes.get("heavy_chain"), found[0].attributes.get("light_chain")) == (heavy, light)
