"""Two tick-box questions on one line, apart by a column gap and no stop ("Papilloedema? No  Organomegaly?
Yes"): each answer is its own row's (the first had read in doubt, its "No" followed by the next row's
words). An answer that goes on in words is no bare answer. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept,expected", [
    ("Papilloedema? No  Organomegaly? Yes", "papilledema", ["absent"]),
    ("Papilloedema? No  Organomegaly? Yes", "organomegaly", ["present"]),
    ("Papilloedema? Yes  Organomegaly? No", "papilledema", ["present"]),
    ("Papilloedema? No\tAscites? Yes", "papilledema", ["absent"]),
    ("Papilloedema? no clear view of the discs", "papilledema", ["uncertain"]),
])
def test_each_row_keeps_its_answer(text, concept, expected):
    assert statuses(text, concept) == expected
