""""and" opening a clause with its own subject and verb ends the reach of a negation before it:
"No oedema and the CT shows sclerotic lesions" had read the lesions absent, "no papilloedema and
his IFE shows IgG lambda" a negative immunofixation, and "no ascites and her skin is darker" no
pigmentation. A list the negation covers stays negated ("no oedema and ascites was seen", "CT
excluded hepatosplenomegaly and lymphadenopathy"), and so does a list resolved with a plural verb.
Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept", [
    ("No oedema and the CT shows sclerotic lesions.", "sclerotic_bone_lesion"),
    ("No papilloedema and IFE shows IgG lambda.", "serum_immunofixation"),
    ("Actually he has no papilloedema and his IFE shows IgG lambda.", "serum_immunofixation"),
    ("no ascites and her skin is darker", "hyperpigmentation"),
    ("No hepatomegaly and the spleen tip is palpable.", "splenomegaly"),
    ("No lymphadenopathy and the bone CT showed sclerotic lesions.", "sclerotic_bone_lesion"),
    ("There was no ascites while the skin has thickened.", "skin_thickening"),
])
def test_the_clause_after_and_keeps_its_own_finding(text, concept):
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text,concept", [
    ("No oedema and the CT shows sclerotic lesions.", "peripheral_edema"),
    ("no oedema and ascites was seen", "ascites"),
    ("CT excluded hepatosplenomegaly and lymphadenopathy.", "lymphadenopathy"),
    ("No hepatomegaly and the spleen is not palpable.", "splenomegaly"),
    ("no ascites, oedema or effusions", "serous_effusions"),
])
def test_what_the_negation_covers_stays_negated(text, concept):
    assert statuses(text, concept) == ["absent"]


def test_a_plural_verb_keeps_the_list_resolved():
    text = "The numbness and the oedema have resolved."
    assert statuses(text, "peripheral_edema") == ["historical"]
    assert statuses(text, "distal_numbness_weakness") == ["historical"]
