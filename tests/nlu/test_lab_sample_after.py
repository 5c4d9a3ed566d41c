"""The sample word (serum / plasma) written after a value: one reader
(nlu.components.labs.SampleAfter) serves the value alone (nlu/extractor.py) and the value before
its reference range (nlu/components/lab_samples.py). Phrasings written for these tests."""

import pytest

from conftest import labs_of, status_of
from nlu.components.lab_samples import SampleAfter
from nlu.rules import load_yaml


def _vegf(extraction):
    [lab] = labs_of(extraction, "vegf")
    return lab


@pytest.mark.parametrize("text,sample,high", [
    # after the value alone: in its bracket, or ending its clause
    ("VEGF 1850 pg/mL (plasma, EDTA)", "plasma", None),
    ("VEGF 1850 pg/ml（血浆）", "plasma", None),
    ("VEGF 1850 pg/mL, serum.", "serum", None),
    ("VEGF 1850 pg/mL in the plasma; FLC ratio 0.1.", "plasma", None),
    # before the reference range
    ("VEGF 1850 pg/mL in serum (ref < 1000)", "serum", 1000),
    ("VEGF 1850 pg/mL plasma (normal < 1000).", "plasma", 1000),
    ("VEGF 1850 pg/ml 血浆（参考值<1000）", "plasma", 1000),
    ("VEGF 1850 pg/mL, serum (ref < 1000)", "serum", 1000),
])
def test_the_sample_after_the_value_and_before_its_range(ex, text, sample, high):
    lab = _vegf(ex(text))
    assert lab.sample.value == sample
    assert lab.reference_high == high


@pytest.mark.parametrize("text", [
    "VEGF 1850 pg/mL, serum IFE negative",
    "VEGF 1850 pg/mL serum IFE negative.",
])
def test_a_sample_word_naming_the_next_test_is_not_the_values(ex, text):
    extraction = ex(text)
    assert _vegf(extraction).sample is None
    assert status_of(extraction, "serum_immunofixation") == "absent"


@pytest.fixture(scope="module")
def reader():
    return SampleAfter(load_yaml("labs.yml"))


@pytest.mark.parametrize("after,sample,settled", [
    (" (plasma, EDTA)", "plasma", True),
    ("（血清）", "serum", True),
    (" in serum.", "serum", True),
    (", serum", "serum", True),
    (" serum (ref < 1000)", "serum", True),
    (" in serum normal 62-707", "serum", False),
    (", serum IFE negative", "serum", False),
])
def test_the_reader_says_whether_the_word_is_settled_where_it_stands(reader, after, sample, settled):
    """A bare word that does not end the value's clause is the value's only where a reference
    range follows it (the caller checks the range)."""
    word = reader.read("1850 pg/mL" + after, len("1850 pg/mL"))
    assert (word.sample, word.settled) == (sample, settled)


@pytest.mark.parametrize("after", [" serumal", " IFE serum.", ", plasmacytoma", ""])
def test_no_sample_word_after_the_value(reader, after):
    assert reader.read("1850 pg/mL" + after, len("1850 pg/mL")) is None
