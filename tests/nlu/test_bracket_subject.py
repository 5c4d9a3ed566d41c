"""A negation or doubt in a bracket opened after a finding, written after another finding named
in the bracket, speaks of that finding only: "Spleen enlarged (liver normal)" and "脾大（肝脏正常）"
had read the spleen absent, "Serum VEGF raised (platelets normal)" a normal VEGF. A bracket that
names a part of the finding or the test that looks for it still speaks of the finding before it.
Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept,inner", [
    ("Spleen enlarged (liver normal).", "splenomegaly", "hepatomegaly"),
    ("Abdomen: spleen palpable 3 cm below the costal margin (liver not palpable).", "splenomegaly", "hepatomegaly"),
    ("脾大（肝脏正常）。", "splenomegaly", "hepatomegaly"),
    ("查体：脾肋下2指（肝未触及）", "splenomegaly", "hepatomegaly"),
    ("Serum VEGF raised (platelets normal).", "vegf_elevated", "thrombocytosis"),
    ("Bilateral pleural effusions (no ascites).", "pleural_effusion", "ascites"),
])
def test_the_bracket_speaks_of_its_own_finding(text, concept, inner):
    assert statuses(text, concept) == ["present"]
    assert statuses(text, inner) == ["absent"]


@pytest.mark.parametrize("text,concept", [
    ("HSM (liver and spleen not palpable).", "hepatosplenomegaly"),
    ("Organomegaly (spleen not palpable).", "organomegaly"),
    ("Papilloedema (fundi normal).", "papilledema"),
    ("Papilloedema (fundoscopy normal).", "papilledema"),
    ("Serum VEGF (ELISA) normal.", "vegf_elevated"),
    ("Ascites (not present).", "ascites"),
])
def test_a_bracket_about_the_finding_itself_still_speaks_of_it(text, concept):
    assert statuses(text, concept)[-1] == "absent"
