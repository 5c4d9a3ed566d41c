"""A morning cortisol written with neither a flag nor a reference range is read against the
Endocrine Society cut-off (bot/data/thresholds.yml morning_cortisol: below 5 µg/dL, 140 nmol/L,
converted): under it a low cortisol (adrenal axis), otherwise nothing. A cortisol of no stated
morning hour, or without a unit, is never called low by the cut-off, and a value above it never
makes the axis normal (unknown, never absent)."""

import pytest

from bot.evidence import in_unit
from bot.thresholds import load_thresholds
from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "AM cortisol 3.1 mcg/dL -> started stress-dose hydrocortisone, now tapering.",
    "AM cortisol was 3.1 mcg/dL.", "morning serum cortisol of 2.4 ug/dL", "cortisol, AM 4.2 µg/dL",
    "8am cortisol 62 nmol/L", "Cortisol (8am) 85 nmol/L", "Serum 9am cortisol: 56 nmol/L",
    "晨起皮质醇 2.1 μg/dl", "早上8点皮质醇 45 nmol/L", "皮质醇（8:00）3.2 ug/dL", "上午8时血皮质醇 1.8 μg/dL",
])
def test_a_morning_cortisol_under_the_cut_off_is_low(text):
    assert statuses(text, "adrenal_insufficiency") == ["present"]


@pytest.mark.parametrize("text", [
    "AM cortisol 12 mcg/dL", "8am cortisol 140 nmol/L", "晨起皮质醇 15 μg/dl",
    # no morning hour said: an evening or random cortisol falls low by nature
    "Cortisol 3.1 mcg/dL", "皮质醇 45 nmol/L", "PM cortisol 2.1 mcg/dL", "midnight cortisol 1.2 µg/dL",
    # no unit: not guessed
    "AM cortisol 3.1",
])
def test_other_cortisol_values_read_nothing(text):
    assert statuses(text, "adrenal_insufficiency") == []


def test_a_stated_range_still_wins():
    assert statuses("AM cortisol 4.2 µg/dL (ref 3-20)", "adrenal_insufficiency") == ["absent"]


def test_the_cut_off_is_typed_and_nmol_converts():
    cut = load_thresholds().morning_cortisol
    assert (cut.low_below, cut.unit) == (5, "µg/dL")
    assert round(in_unit(85, "nmol/L", "cortisol", "µg/dL"), 2) == 3.08
