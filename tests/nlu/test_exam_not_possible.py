"""An examination that could not be made ('fundi could not be visualised (cataracts)', 'unable to
visualise the fundi', 'fundoscopy not possible') is a test not done: the finding stays unknown,
never absent; 'impossible to exclude' is doubt."""

import pytest

from nlu import extract_evidence


@pytest.mark.parametrize("text", ["Fundi: could not be visualised (cataracts).", "Fundi not visualised",
                                  "HEENT: fundi not visualized (undilated)",
                                  "fundoscopy was not possible due to cataract", "unable to visualise the fundi",
                                  "fundoscopy not feasible"])
def test_an_examination_not_possible_is_not_done(text):
    evidence = extract_evidence(text)
    assert [t.test for t in evidence.not_done] == ["fundoscopy"]
    assert not [f for f in evidence.findings if f.concept == "papilledema"]


def test_the_clause_ends_the_scope():
    evidence = extract_evidence("numb feet, fundi not visualised")
    assert [(f.concept, f.status.value) for f in evidence.findings] == [("symmetric_distal_sensory_symptoms", "present")]


@pytest.mark.parametrize("text", ["papilloedema impossible to exclude", "splenomegaly difficult to exclude on exam"])
def test_impossible_to_exclude_is_doubt(text):
    assert [f.status.value for f in extract_evidence(text).findings] == ["uncertain"]


@pytest.mark.parametrize("text", ["眼底窥不清", "双眼白内障，眼底看不清", "眼底检查患者不配合", "眼底未能窥入", "眼底：窥不进"])
def test_a_chinese_examination_not_possible_is_not_done(text):
    evidence = extract_evidence(text)
    assert [t.test for t in evidence.not_done] == ["fundoscopy"]
    assert not evidence.findings


def test_a_chinese_examination_made_keeps_its_result():
    evidence = extract_evidence("双下肢水肿，眼底检查正常")
    assert sorted((f.concept, f.status.value) for f in evidence.findings) == [
        ("papilledema", "absent"), ("peripheral_edema", "present")]


@pytest.mark.parametrize("text", ["眼底没看", "眼底未看", "眼底还没看", "眼底没有看", "fundi not looked at",
                                  "Fundi have not been looked at", "fundi not yet looked at"])
def test_fundi_not_looked_at_is_not_done(text):
    evidence = extract_evidence(text)
    assert [t.test for t in evidence.not_done] == ["fundoscopy"]
    assert not evidence.findings


@pytest.mark.parametrize("text", ["没看到视乳头水肿", "眼底没看到视乳头水肿", "眼底未看到视乳头水肿", "眼底没有看见视乳头水肿"])
def test_not_seen_is_absent(text):
    evidence = extract_evidence(text)
    assert [(f.concept, f.status.value) for f in evidence.findings] == [("papilledema", "absent")]
    assert not evidence.not_done


def test_not_looked_at_keeps_the_clause_before():
    evidence = extract_evidence("numb feet, fundi not looked at")
    assert [(f.concept, f.status.value) for f in evidence.findings] == [("symmetric_distal_sensory_symptoms", "present")]
