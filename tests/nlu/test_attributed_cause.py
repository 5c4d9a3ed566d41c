"""An oedema or effusion the note puts down to another cause keeps its status (表2 counts it as
stated) and carries the cause (nlu/rules/causes.yml), which the engine names as a point against:
"the effusions were due to heart failure" had been read as bare effusions, the cause lost."""

import pytest

import nlu
from bot.engine import assess


def _volume(text):
    return [(f.concept, f.status.value, f.attributes.get("cause"))
            for f in nlu.extract_evidence(text).findings
            if f.concept in ("peripheral_edema", "ascites", "pleural_effusion", "pericardial_effusion",
                             "serous_effusions")]


@pytest.mark.parametrize("text, cause", [
    ("ankle oedema on amlodipine", "calcium_channel_blocker"),
    ("amlodipine-induced pedal edema", "calcium_channel_blocker"),
    ("Bilat pleural effusions (cardiac failure, EF 25%).", "heart_failure"),
    ("actually the effusions were due to heart failure, she has an EF of 25%", "heart_failure"),
    ("leg oedema 2/2 CCF", "heart_failure"),
    ("ascites secondary to alcoholic cirrhosis", "liver_cirrhosis"),
    ("双下肢水肿为氨氯地平所致", "calcium_channel_blocker"),
    ("胸腔积液考虑心衰所致", "heart_failure"),
    ("心衰致双下肢水肿", "heart_failure"),
    ("肾病综合征致全身水肿", "nephrotic_syndrome"),
    ("腹水，考虑肝硬化门脉高压", "liver_cirrhosis"),
])
def test_the_cause_is_kept_beside_the_present_finding(text, cause):
    found = _volume(text)
    assert found and all(status == "present" for _, status, _ in found)
    assert {c for _, _, c in found} == {cause}


@pytest.mark.parametrize("text", [
    "oedema not due to heart failure",
    "双下肢水肿，非心衰所致",
    "双下肢水肿，排除心源性",
    "no heart failure. Ankle oedema to mid-shin",
    "pitting oedema to the knees, on IVIG",
    "bilateral ankle oedema with a small pleural effusion",
])
def test_a_denied_or_absent_cause_is_none(text):
    found = _volume(text)
    assert found and all(cause is None for _, _, cause in found)


def test_the_engine_names_the_cause_as_a_point_against_and_still_counts_the_finding():
    evidence = nlu.extract_evidence("Demyelinating polyneuropathy on NCS. IFE: IgG lambda. "
                                    "Ankle oedema on amlodipine.")
    a = assess(evidence)
    assert a.criteria["extravascular_volume_overload"].state.value == "present"
    against = [p for p in a.points_against if p.id == "volume_other_cause"]
    assert against and against[0].evidence and "amlodipine" not in against[0].text("en")  # no note text
    plain = assess(nlu.extract_evidence("Demyelinating polyneuropathy on NCS. IFE: IgG lambda. Ankle oedema."))
    assert not [p for p in plain.points_against if p.id == "volume_other_cause"]


@pytest.mark.parametrize("text, concept, cause", [
    ("I wonder if the oedema is from amlodipine.", "peripheral_edema", "calcium_channel_blocker"),
    ("I wonder whether the oedema is due to his amlodipine.", "peripheral_edema", "calcium_channel_blocker"),
])
def test_a_doubt_about_the_cause_leaves_the_finding_stated(text, concept, cause):
    """"I wonder if the oedema is from amlodipine" had read the oedema in doubt: the doubt is
    about its cause (sentences written for the test)."""
    assert _volume(text) == [(concept, "present", cause)]


@pytest.mark.parametrize("text", ["? oedema secondary to amlodipine", "I wonder if there is oedema.",
                                  "I wonder if he has oedema.", "wondering whether the patient has an effusion"])
def test_a_doubt_about_the_finding_stays(text):
    assert [status for _, status, _ in _volume(text)] == ["uncertain"]


def test_a_doubt_about_a_chinese_cause_leaves_the_finding_stated():
    from tests.nlu.conftest import statuses

    assert statuses("考虑脾大为淋巴瘤所致", "splenomegaly") == ["present"]
    assert statuses("考虑脾大", "splenomegaly") == ["uncertain"]
