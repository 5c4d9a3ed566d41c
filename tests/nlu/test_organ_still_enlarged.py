"""An organ still enlarged at follow-up ("spleen remains enlarged", "the spleen has decreased but
remains enlarged at 14 cm") is enlarged now; no longer enlarged is not."""
import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("spleen still enlarged", "splenomegaly"),
    ("spleen remains enlarged", "splenomegaly"),
    ("The spleen has decreased but remains enlarged at 14 cm", "splenomegaly"),
    ("liver remains enlarged", "hepatomegaly"),
    ("lymph nodes remain enlarged", "lymphadenopathy"),
])
def test_still_enlarged_is_present(text, concept):
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text", ["the spleen has decreased and is no longer enlarged",
                                  "spleen has decreased in size, not enlarged now"])
def test_no_longer_enlarged_is_not_present(text):
    assert "present" not in statuses(text, "splenomegaly")
