"""A Frisén grade 0 is a normal disc, with or without the eyes named ("Frisén grade 0" had read papilloedema
present); one eye graded above 0 is papilloedema ("Frisén grade 0 OD, grade 2 OS")."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "Frisén grade 0", "Frisen grade 0", "Optic discs: Frisen 0.", "Frisén grade zero", "Fundi: Frisén grade 0 OU",
    "Frisén grade 0 OU. Grade 2 lymphoedema",
])
def test_frisen_grade_zero_is_a_normal_disc(text):
    assert statuses(text, "papilledema") == ["absent"]


@pytest.mark.parametrize("text", [
    "Frisén grade 2", "Frisén grade 3 OU", "Frisén grade 0 OD, grade 2 OS",
    "Frisén grade 0 right eye, Frisén grade 2 left eye",
])
def test_a_grade_above_zero_is_papilloedema(text):
    assert statuses(text, "papilledema") == ["present"]
