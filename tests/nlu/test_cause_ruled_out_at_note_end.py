"""A cause ruled out after a spaced dash, a colon or a bracket, closing the note with no punctuation
("Pleural effusion - heart failure ruled out"): what is ruled out is the cause, not the finding before
the dash, as with a period or a line break (implications.yml note_end_cause_ruled_out). Without a
subject between ("Leg oedema - ruled out") the finding itself is ruled out."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("Pleural effusion - heart failure ruled out", "pleural_effusion"),
    ("Leg oedema - hepatosplenomegaly ruled out", "peripheral_edema"),
    ("Oedema: DVT excluded", "peripheral_edema"),
    ("Exam today. Ascites - cirrhosis was excluded", "ascites"),
    ("Exam today. Leg oedema (DVT excluded", "peripheral_edema"),
    ("Pleural effusion - heart failure ruled out\n", "pleural_effusion"),
])
def test_the_cause_is_ruled_out_not_the_finding(text, concept):
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("Leg oedema - hepatosplenomegaly ruled out", "hepatosplenomegaly"),
    ("Leg oedema - ruled out", "peripheral_edema"),
    ("Leg oedema - clinically excluded", "peripheral_edema"),
    ("papilloedema: has been excluded", "papilledema"),
    ("No pleural effusion - heart failure ruled out", "pleural_effusion"),
    ("Abdomen soft, hepatosplenomegaly ruled out", "hepatosplenomegaly"),
    ("Exam today. Hepatosplenomegaly ruled out", "hepatosplenomegaly"),
])
def test_what_is_ruled_out_at_the_note_end(text, concept):
    assert statuses(text, concept) == ["absent"]
