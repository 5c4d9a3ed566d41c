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


# A TSH value with neither a flag nor a range is read against the usual range (labs.yml
# ``default_range``): above it, with a normal free T4, subclinical hypothyroidism.
@pytest.mark.parametrize("text", [
    "TSH 7.9 (fT4 normal)",
    "TSH 7.9 mIU/L, fT4 normal",
    "TSH 8.9 μIU/mL | fT4 1.1 ng/dL",
    "TSH 7.9 mIU/L↑, FT4 正常",
    "TSH 7.9，FT4 正常。",
    "促甲状腺激素 8.2 mIU/L，FT4正常",
    "甲状腺功能：TSH 6.8 μIU/ml，游离T4正常。",
    "TSH: 12.5, free T4 normal",
])
def test_tsh_above_the_usual_range_is_hypothyroidism(ex, text):
    assert status_of(ex(text), "hypothyroidism") == "present"


@pytest.mark.parametrize("text", [
    "TSH 2.1 (fT4 normal)",
    "TSH 2.1 mIU/L, fT4 normal",
    "TSH 1.8 0.27-4.2 mU/L",
    "促甲状腺激素 2.3 mIU/L，FT4正常",
])
def test_tsh_inside_the_usual_range_is_no_hypothyroidism(ex, text):
    assert status_of(ex(text), "hypothyroidism") == "absent"


@pytest.mark.parametrize("text", [
    "TSH 7.9 pmol/L",  # not a TSH unit: not read against the TSH range
    "TSH 3.9 (0.3-3.5)",  # a stated range wins (high: read present, below)
    "TSH 0.05",  # below the range: no statement about hypothyroidism
])
def test_tsh_default_range_look_alikes(ex, text):
    expected = {"TSH 3.9 (0.3-3.5)": "present"}.get(text)
    assert status_of(ex(text), "hypothyroidism") == expected


# A hormone named with its own value is judged by it: a normal word after another hormone's
# name is that hormone's ("Testosterone 6.2 (cortisol normal)" says nothing normal of testosterone).
@pytest.mark.parametrize("text", [
    "Testosterone 6.2 nmol/L (cortisol normal)",
    "Testosterone 6.2 (cortisol normal)",
    "Testosterone: 6.2, cortisol normal",
])
def test_a_normal_word_after_another_hormone_is_not_this_ones(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "hypogonadism") is None
    assert status_of(extraction, "adrenal_insufficiency") == "absent"


@pytest.mark.parametrize("text", [
    "Testosterone 15.2 nmol/L (normal)",
    "Testosterone and cortisol normal",
    "Testosterone, cortisol normal",
])
def test_a_normal_word_of_the_hormone_itself_still_reads_normal(ex, text):
    assert status_of(ex(text), "hypogonadism") == "absent"


@pytest.mark.parametrize("text", ["fT4 normal", "ft4 normal", "FT4 normal"])
def test_free_t4_in_any_case_is_the_thyroid_axis(ex, text):
    assert status_of(ex(text), "hypothyroidism") == "absent"


@pytest.mark.parametrize("text", ["fT4 low", "low fT4", "TSH 0.1, fT4 low"])
def test_free_t4_low_in_any_case_is_hypothyroidism(ex, text):
    assert status_of(ex(text), "hypothyroidism") == "present"


@pytest.mark.parametrize("text, concept", [
    ("He had no history of diabetes, thyroid disease or hypogonadism; testosterone was later found to be low.",
     "hypogonadism"),
    ("TSH was subsequently noted to be elevated.", "hypothyroidism"),
])
def test_a_hormone_found_out_of_range_later(text, concept):
    """"testosterone was later found to be low" had read nothing (the history's denial stood)."""
    from tests.nlu.conftest import statuses

    assert statuses(text, concept)[-1] == "present"
