"""A total testosterone written with neither a flag nor a reference range is read against the
cut-off of the patient's sex (bot/data/thresholds.yml total_testosterone: men below 264 ng/dL,
9.2 nmol/L, Endocrine Society 2018; nmol/L and ng/mL converted): under it, in a man, a low
testosterone (gonadal axis); in a woman nothing (no cut-off: the laboratory's range is needed);
with the sex unknown it is kept aside (Evidence.sex_dependent), never counted. A free or
bioavailable testosterone, a value without a unit or above the cut-off reads nothing (unknown,
never a normal axis)."""

import pytest

import nlu
from bot.evidence import in_unit
from bot.models import Evidence, Finding
from bot.thresholds import load_thresholds
from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "58-year-old man. Testosterone 5 nmol/L.", "58M, total testosterone 150 ng/dL, LH high",
    "A 47-year-old man: serum testosterone of 6.1 nmol/L.", "男，58岁。睾酮 1.2 ng/ml。",
    "男性，52岁，血睾酮 3.5 nmol/L", "58 yo male. TESTOSTERONE, TOTAL 180 ng/dL", "60M. Testosterone 4.8 nmol/L",
])
def test_a_man_s_total_testosterone_under_the_cut_off_is_low(text):
    assert statuses(text, "hypogonadism") == ["present"]


@pytest.mark.parametrize("text", [
    # above the cut-off: nothing (a normal axis needs the range)
    "58M. testosterone 15 nmol/L", "58-year-old man, testosterone 300 ng/dL", "男，58岁，睾酮 4.5 ng/ml",
    # another measure: free / bioavailable testosterone has other units and limits
    "58M. free testosterone 5 nmol/L", "58M. testosterone, free 5 nmol/L", "58M. bioavailable testosterone 3 nmol/L",
    "男，58岁，游离睾酮 5 nmol/L",
    # no unit: not guessed
    "58M. testosterone 5",
    # a woman: no cut-off
    "58-year-old woman. Testosterone 0.2 nmol/L.", "女，45岁，睾酮 0.1 ng/ml",
])
def test_other_testosterone_values_read_nothing(text):
    assert statuses(text, "hypogonadism") == []


def test_a_stated_range_still_wins():
    assert statuses("58M. testosterone 12 nmol/L (ref 8.6-29)", "hypogonadism") == ["absent"]
    assert statuses("58-year-old woman. testosterone 0.2 nmol/L (ref 0.3-1.7)", "hypogonadism") == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("Testosterone 5 nmol/L.", "hypogonadism"), ("睾酮 1.2 ng/ml", "hypogonadism"),
    ("estradiol 62 pg/mL (H)", "hyperestrogenism"),
])
def test_with_the_sex_unknown_the_reading_is_kept_aside_for_a_man(text, concept):
    evidence = nlu.extract(text).evidence
    assert not [f for f in evidence.findings if f.concept == concept]
    assert [(f.concept, f.attributes) for f in evidence.sex_dependent] == [(concept, {"sex": "male"})]


def test_the_kept_aside_reading_counts_once_the_sex_is_known():
    aside = nlu.extract("Testosterone 5 nmol/L.").evidence
    man = Evidence(sex="male").merge(aside)
    assert [(f.concept, f.status.value, f.attributes) for f in man.findings] == [("hypogonadism", "present", {})]
    assert not man.sex_dependent
    woman = Evidence(sex="female").merge(aside)
    assert not woman.findings and not woman.sex_dependent
    unknown = Evidence().merge(aside)
    assert not unknown.findings and unknown.sex_dependent
    assert Evidence().merge(aside).merge(Evidence(sex="male")).findings[0].concept == "hypogonadism"
    assert isinstance(man.findings[0], Finding)


def test_the_cut_off_is_typed_by_sex_and_nmol_converts():
    cut = load_thresholds().total_testosterone
    assert (cut.low_below, cut.unit) == ({"male": 264}, "ng/dL")
    assert round(in_unit(9.2, "nmol/L", "testosterone", "ng/dL")) == 265
