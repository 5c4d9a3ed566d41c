"""A "?" glued to a finding after a full stop keeps its doubt (nlu.components.query_marks)."""

import pytest

import nlu


def states(text):
    return {f.concept: f.status.value for f in nlu.extract_evidence(text).findings}


@pytest.mark.parametrize("text, concept", [
    ("Bone survey requested. ?mild splenomegaly on US.", "splenomegaly"),
    ("Fundoscopy done. ?papilloedema, to be reviewed.", "papilledema"),
    ("CT abdomen reviewed; ascites small. ?hepatomegaly", "hepatomegaly"),
    ("Exam:\n?hepatomegaly", "hepatomegaly"),
])
def test_a_queried_finding_after_a_sentence_is_uncertain(text, concept):
    assert states(text)[concept] == "uncertain"


@pytest.mark.parametrize("text, concept, state", [
    ("Bone survey requested. Mild splenomegaly on US.", "splenomegaly", "present"),
    ("Was there splenomegaly? Yes, splenomegaly on CT.", "splenomegaly", "present"),
    ("Any papilloedema? No papilloedema on fundoscopy.", "papilledema", "absent"),
])
def test_an_ordinary_question_mark_changes_nothing_after_it(text, concept, state):
    assert states(text)[concept] == state
