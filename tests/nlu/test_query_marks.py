"""A "?" glued to a finding after a full stop keeps its doubt (nlu.components.query_marks)."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text, concept", [
    ("Bone survey requested. ?mild splenomegaly on US.", "splenomegaly"),
    ("Fundoscopy done. ?papilloedema, to be reviewed.", "papilledema"),
    ("CT abdomen reviewed; ascites small. ?hepatomegaly", "hepatomegaly"),
    ("Exam:\n?hepatomegaly", "hepatomegaly"),
])
def test_a_queried_finding_after_a_sentence_is_uncertain(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


@pytest.mark.parametrize("text, concept, state", [
    ("Bone survey requested. Mild splenomegaly on US.", "splenomegaly", "present"),
    ("Any liver disease? Splenomegaly on CT.", "splenomegaly", "present"),
    ("Fundoscopy requested? No papilloedema on examination.", "papilledema", "absent"),
])
def test_an_ordinary_question_mark_changes_nothing_after_it(ex, text, concept, state):
    assert status_of(ex(text), concept) == state
