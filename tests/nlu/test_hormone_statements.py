"""A hormone stated out of range in a sentence is the endocrine finding; mid-range words are not."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text, concept", [
    ("Testosterone was low and TSH elevated.", "hypogonadism"),
    ("Serum testosterone levels were markedly reduced.", "hypogonadism"),
    ("Estradiol was low for her age.", "hypogonadism"),
    ("TSH was elevated at 8.2 mIU/L.", "hypothyroidism"),
    ("Free T4 was low.", "hypothyroidism"),
    ("Prolactin was elevated.", "hyperprolactinemia"),
    ("PTH was raised.", "hyperparathyroidism"),
])
def test_hormone_out_of_range(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text", [
    "Testosterone was low-normal.",
    "Testosterone was low normal.",
    "free T4 low-normal",
    "TSH was high normal.",
    "Prolactin was high in the normal range.",
    "Testosterone was not low.",
    "T was low.",
])
def test_mid_range_or_negated_hormones_are_never_present(ex, text):
    assert "present" not in [f.status.value for f in ex(text).evidence.findings]
