"""Telegraphic mixed-language wording of endocrine results and light chains: a hormone named in
Chinese or English with an English flag word after a colon or a space ("睾酮 low", "Testosterone:
low", "泌乳素 high") states the axis; "low-normal" does not (表2 endocrinopathy, gold rules).
Two light chains written with one unit after the second, only a space between them ("sFLC κ 19.6
λ 62.3 mg/L"), share that unit."""
import pytest

from conftest import labs_of, status_of


@pytest.mark.parametrize("text, concept", [
    ("睾酮 low", "hypogonadism"),
    ("Testosterone: low", "hypogonadism"),
    ("睾酮 decreased", "hypogonadism"),
    ("泌乳素 high", "hyperprolactinemia"),
    ("皮质醇 low", "adrenal_insufficiency"),
])
def test_an_english_flag_after_a_hormone_states_the_axis(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text", ["Testosterone: low-normal", "睾酮 low-normal"])
def test_low_normal_is_not_low(ex, text):
    assert status_of(ex(text), "hypogonadism") is None


def test_two_light_chains_separated_by_a_space_share_the_unit(ex):
    extraction = ex("sFLC κ 19.6 λ 62.3 mg/L ratio 0.31")
    assert [(lab.value, lab.unit) for lab in labs_of(extraction, "flc_kappa")] == [(19.6, "mg/L")]
    assert [(lab.value, lab.unit) for lab in labs_of(extraction, "flc_lambda")] == [(62.3, "mg/L")]
