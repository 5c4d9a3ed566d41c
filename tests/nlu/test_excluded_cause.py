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


@pytest.mark.parametrize("text", [
    "双下肢水肿（深静脉血栓已排除）", "双下肢水肿（下肢静脉血栓已除外）", "双下肢水肿（DVT已排除）",
])
def test_a_cause_ruled_out_in_a_bracket_leaves_the_finding(text):
    assert _oedema(text) == [("present", None)]


@pytest.mark.parametrize("text", ["脾大（已排除）", "脾大(已除外)", "脾大已除外。"])
def test_a_finding_ruled_out_in_its_own_bracket_is_absent(text):
    ev = nlu.extract_evidence(text)
    assert [(f.concept, f.status.value) for f in ev.findings] == [("splenomegaly", "absent")]
