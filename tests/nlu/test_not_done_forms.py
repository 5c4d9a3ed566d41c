"""Tests not done, as chats write them: "还没做骨CT" / "暂未查眼底" (the cue before the test, as
"没做" already was), and a finding asked as a question and answered not done ("Papilloedema? Not
checked", "视乳头水肿？没查": its test not done, never an uncertain finding or an absent one)."""

import pytest

from nlu import extract_evidence


def read(text: str):
    e = extract_evidence(text)
    return ({(f.concept, f.status.value) for f in e.findings}, {(n.test, n.reason) for n in e.not_done},
            {(lab.analyte, lab.value) for lab in e.labs})


@pytest.mark.parametrize("text, test", [
    ("还没做骨CT", "bone_imaging"), ("骨CT还没做", "bone_imaging"), ("暂未查眼底", "fundoscopy"),
    ("还没做肌电图，蛋白电泳也还没做", "nerve_conduction_study"), ("还未查VEGF", "serum_vegf"),
])
def test_a_test_not_done_with_the_cue_before_or_after(text, test):
    assert (test, "not_done") in read(text)[1]


def test_the_cue_stops_at_the_clause():
    findings, not_done, labs = read("FLC还没做，VEGF 2100")
    assert not_done == {("serum_free_light_chains", "not_done")} and ("vegf", 2100.0) in labs


@pytest.mark.parametrize("text", ["Papilloedema? Not checked", "视乳头水肿？没查", "Papilloedema? not done.",
                                  "视乳头水肿？未查，脾大？无"])
def test_a_finding_asked_and_answered_not_done_is_its_test_not_done(text):
    findings, not_done, _ = read(text)
    assert ("fundoscopy", "not_done") in not_done
    assert not any(concept == "papilledema" for concept, _ in findings)


@pytest.mark.parametrize("text, expected", [
    ("Hepatomegaly? No.", ("hepatomegaly", "absent")), ("水肿？有", ("peripheral_edema", "present")),
    ("papilloedema?", ("papilledema", "uncertain")),
])
def test_other_answers_keep_their_reading(text, expected):
    assert expected in read(text)[0]
