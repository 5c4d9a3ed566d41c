"""A finding asserted with "has a" / "there was a" is not negated by the next clause's subject.

"She has a small IgM kappa paraprotein (1 g/L) and anti-MAG antibodies were negative": the list
passes read "A and B were negative" as a list negated as a whole, so the paraprotein was read
absent. A finding that is the object of an asserting verb with an article ("has a", "showed a",
"there is a") is stated present; the negation after "and" is its own subject's
(``asserted_object`` in nlu/rules/implications.yml). Lists without such a verb stay lists.
"""
from __future__ import annotations

import pytest

from conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("She has a small IgM kappa paraprotein (1 g/L) and anti-MAG antibodies were negative.", "igm_paraprotein"),
    ("She has a small IgM kappa paraprotein and anti-MAG antibodies were negative.", "igm_paraprotein"),
    ("The CT showed a sclerotic lesion in T10 and lymph nodes were not enlarged.", "sclerotic_bone_lesion"),
    ("There is a small IgG lambda paraprotein, and cryoglobulins and anti-MAG were negative.", "m_protein"),
])
def test_the_asserted_finding_stays_present(text: str, concept: str) -> None:
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("She has a small IgM kappa paraprotein and anti-MAG antibodies were negative.", "anti_mag"),
    ("Oedema and ascites were absent.", "peripheral_edema"),
    ("Hyperpigmentation, hypertrichosis and haemangiomas were absent.", "hyperpigmentation"),
    ("SPEP and IFE were negative.", "serum_immunofixation"),
    ("No oedema and ascites were seen.", "ascites"),
])
def test_the_negated_subject_and_plain_lists_stay_absent(text: str, concept: str) -> None:
    assert statuses(text, concept) == ["absent"]
