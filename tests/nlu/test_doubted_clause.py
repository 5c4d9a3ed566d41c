"""A doubt that opens a clause with "if" or "whether" (or a doubt adverb) doubts what that clause
says, though the clause has its own subject and verb ("there is", "he has"), which otherwise end
every scope: "I suspect there is oedema", "not sure if there is ascites", "unclear whether he has
papilloedema" had read the finding present. A clause after a semicolon or "but" still stands on
its own. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept", [
    ("I suspect there is oedema.", "peripheral_edema"),
    ("Not sure if there is ascites.", "ascites"),
    ("Unclear whether he has papilloedema.", "papilledema"),
    ("Query whether there is splenomegaly.", "splenomegaly"),
    ("Possibly there is a small pleural effusion.", "pleural_effusion"),
    ("It is unclear if she has hepatomegaly.", "hepatomegaly"),
    ("I wonder if there is oedema.", "peripheral_edema"),
    ("Can't tell if there is oedema.", "peripheral_edema"),
])
def test_the_doubted_clause_is_in_doubt(text, concept):
    assert statuses(text, concept) == ["uncertain"]


@pytest.mark.parametrize("text,concept", [
    ("No fever; there is oedema.", "peripheral_edema"),
    ("No rash but she has ascites.", "ascites"),
    ("No fever, there is oedema.", "peripheral_edema"),
    ("Denies numbness and there is no doubt he has hepatomegaly.", "hepatomegaly"),
])
def test_a_clause_of_its_own_is_stated(text, concept):
    assert statuses(text, concept) == ["present"]
