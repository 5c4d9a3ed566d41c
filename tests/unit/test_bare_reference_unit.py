"""A reference range sent without a unit after a VEGF value written in another unit than pg/mL
("1.85 ng/ml", then "ref<500, serum"): 500 ng/mL is no VEGF range, so it is 500 pg/mL, and the
value 1850 pg/mL is > 2 × ULN (二(二)4). Before, the range was taken in ng/mL and VEGF read
not elevated."""

import pytest

from bot.dialogue.render import details
from bot.models import Evidence, Finding, LabValue
from bot.session import TriageSession
from nlu import extract_evidence


def session(value: float, unit: str) -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy")],
                          labs=[LabValue(analyte="vegf", value=value, unit=unit)]))
    return s


@pytest.mark.parametrize("text", ["ref<500, serum", "ref < 500", "参考值 0-500"])
def test_a_bare_range_impossible_in_the_values_unit_is_in_pg_per_ml(text):
    s = session(1.85, "ng/mL")
    outcome = s.apply_detail(text, extract_evidence(text))
    assert outcome is not None
    assert s.evidence.labs[-1].reference_high == pytest.approx(0.5)
    assert s.states()["vegf_elevated"] == "present"
    assert "0.5 ng/mL" in "\n".join(details(outcome.details, "en"))


def test_a_bare_range_answering_the_sample_question_is_read_the_same_way():
    s = session(1.85, "ng/mL")
    s.ask("vegf_sample")
    s.apply_answer("vegf_sample", "serum, ref<500", extract_evidence("serum, ref<500"))
    assert s.evidence.labs[-1].reference_high == pytest.approx(0.5)


@pytest.mark.parametrize("value, unit, ref, kept", [(1850, "pg/mL", 500, 500), (1850, "ng/L", 600, 600),
                                                     (2.1, "ng/mL", 0.6, 0.6)])
def test_a_range_possible_in_the_values_unit_is_kept(value, unit, ref, kept):
    s = session(value, unit)
    s.apply_detail(f"ref < {ref:g}", Evidence())
    assert s.evidence.labs[-1].reference_high == pytest.approx(kept)
