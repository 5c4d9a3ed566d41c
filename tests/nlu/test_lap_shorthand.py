"""LAP, Indian shorthand for lymphadenopathy ("LAP +", "no LAP", "cervical LAP"), is read; a leukocyte
alkaline phosphatase score, a leucine aminopeptidase value and laparoscopic surgery are not."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, status", [
    ("LAP +", "present"), ("cervical LAP", "present"), ("Generalised LAP, HSM +", "present"),
    ("Axillary LAP 2 cm", "present"), ("no LAP", "absent"), ("LAP: nil", "absent"),
    ("P/A: soft, no HSM, no LAP", "absent"), ("No pallor, icterus, cyanosis, clubbing, LAP or pedal edema.", "absent"),
])
def test_lap_is_lymphadenopathy(text, status):
    assert statuses(text, "lymphadenopathy") == [status]


@pytest.mark.parametrize("text", [
    "s/p lap chole", "LAP chole 2015", "laparoscopic cholecystectomy", "LAP score 20", "LAP score was low",
    "LAP 45 U/L", "LAP-band 2018", "Lap appendicectomy",
])
def test_other_laps_are_not(text):
    assert statuses(text, "lymphadenopathy") == []
