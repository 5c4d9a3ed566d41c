"""English forms of negation, doubt and resolution that read the opposite before: 'no longer
oedematous' (historical, not present), 'could not be confirmed' and 'was questioned' (doubt, not
present), 'no evidence to suggest' (absent)."""

import pytest

from nlu import extract_evidence


def findings(text: str):
    return [(f.concept, f.status.value) for f in extract_evidence(text).findings]


@pytest.mark.parametrize("text, concept", [("no longer oedematous", "peripheral_edema"),
                                           ("she no longer has ascites", "ascites"),
                                           ("ankle oedema no longer", "peripheral_edema"),
                                           ("no more ascites since diuretics", "ascites")])
def test_no_longer_is_resolved(text, concept):
    assert findings(text) == [(concept, "historical")]


def test_the_clause_ends_no_longer():
    assert findings("splenomegaly, no longer numb") == [("splenomegaly", "present"),
                                                        ("distal_numbness_weakness", "historical")]


@pytest.mark.parametrize("text, concept", [("splenomegaly could not be confirmed on ultrasound", "splenomegaly"),
                                           ("papilloedema was questioned by the optician", "papilledema"),
                                           ("hepatomegaly not confirmed on CT", "hepatomegaly")])
def test_not_confirmed_or_questioned_is_doubt(text, concept):
    assert findings(text) == [(concept, "uncertain")]


def test_confirmed_stays_present():
    assert findings("hepatomegaly confirmed on CT") == [("hepatomegaly", "present")]


@pytest.mark.parametrize("text, concept", [("there is no evidence to suggest a pleural effusion", "pleural_effusion"),
                                           ("nothing to suggest papilloedema", "papilledema")])
def test_no_evidence_to_suggest_is_absent(text, concept):
    assert findings(text) == [(concept, "absent")]


@pytest.mark.parametrize("text, expected", [("Hyperpigmentation? No.", [("hyperpigmentation", "absent")]),
                                            ("Hepatomegaly? No", [("hepatomegaly", "absent")]),
                                            ("Oedema? Yes", [("peripheral_edema", "present")]),
                                            ("皮肤变黑？无", [("hyperpigmentation", "absent")]),
                                            ("肝大？否", [("hepatomegaly", "absent")]),
                                            ("水肿？有", [("peripheral_edema", "present")]),
                                            ("?hepatomegaly", [("hepatomegaly", "uncertain")]),
                                            ("Splenomegaly: ?", [("splenomegaly", "uncertain")])])
def test_a_row_asked_as_a_question_and_answered(text, expected):
    assert findings(text) == expected
