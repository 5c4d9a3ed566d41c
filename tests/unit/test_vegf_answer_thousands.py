"""A VEGF answer in thousands of pg/mL ("1.85k pg/mL", "1.2 k pg/ml") is that many ng/mL
(questions.yml reading units); before, the k was read as the unit and the answer refused."""

import pytest

from bot.models import Evidence, Finding
from bot.session import TriageSession
from nlu import extract_evidence


def session() -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy")], age=58, sex="female"))
    return s


@pytest.mark.parametrize("text, value", [("1.85k pg/mL", 1.85), ("1.2 k pg/ml", 1.2), ("serum 1.85kpg/ml", 1.85),
                                         ("sVEGF 1.85K pg/mL", 1.85)])
def test_thousands_of_pg_per_ml_answer_the_vegf_question(text, value):
    s = session()
    outcome = s.apply_answer("serum_vegf", text, extract_evidence(text))
    assert outcome.kind == "result"
    assert [(lab.analyte, lab.value, lab.unit) for lab in s.evidence.labs] == [("vegf", value, "ng/mL")]


def test_a_bare_k_is_still_no_vegf_unit():
    s = session()
    with pytest.raises(Exception):
        s.apply_answer("serum_vegf", "1.85k", extract_evidence("1.85k"))
