"""A cause the note excludes is no cause: "Leg oedema (DVT excluded)" had tagged the oedema with a
venous cause (nlu/rules/causes.yml denied_after); an attributed cause stays."""

import pytest

import nlu


def _oedema(text):
    return [(f.status.value, f.attributes.get("cause")) for f in nlu.extract_evidence(text).findings
            if f.concept == "peripheral_edema"]


@pytest.mark.parametrize("text", [
    "Leg oedema (DVT excluded)", "Leg oedema (DVT ruled out)", "Leg oedema (DVT excluded on Doppler)",
    "Leg oedema (no DVT)", "Leg oedema (DVT unlikely)", "ankle swelling (DVT excluded)",
])
def test_an_excluded_cause_is_none(text):
    assert _oedema(text) == [("present", None)]


@pytest.mark.parametrize("text, cause", [
    ("Leg oedema due to DVT", "venous_disease"),
    ("Leg oedema (DVT)", "venous_disease"),
    ("ankle oedema on amlodipine", "calcium_channel_blocker"),
])
def test_an_attributed_cause_stays(text, cause):
    assert _oedema(text) == [("present", cause)]
