"""A corrected value named with the value it replaces ("更正：VEGF是860不是680") is the same
measurement: it keeps the earlier value's unit, sample and reference range. Before, the sample
given with 680 was lost, VEGF went back to unknown and the sample question was asked again."""

import pytest

from bot.models import Evidence, Finding, LabValue, SampleType
from bot.session import TriageSession
from nlu import extract_evidence


def session() -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy")],
                          labs=[LabValue(analyte="vegf", value=680, unit="pg/mL", sample=SampleType.serum,
                                         reference_high=400)]))
    return s


@pytest.mark.parametrize("text", ["更正：VEGF是860不是680", "sorry, VEGF was 860 not 680", "VEGF 680 → 860"])
def test_an_answer_correcting_a_value_keeps_its_sample_and_range(text):
    s = session()
    s.ask("serum_immunofixation")
    s.apply_answer("serum_immunofixation", text, extract_evidence(text))
    lab = s.evidence.labs[-1]
    assert (lab.value, lab.unit, lab.sample, lab.reference_high) == (860, "pg/mL", SampleType.serum, 400)
    assert s.states()["vegf_elevated"] == "present"
    assert s.next_question() != "vegf_sample"


def test_a_correction_outside_the_interview_keeps_them_too():
    s = session()
    text = "更正：VEGF是860不是680"
    s.correct(extract_evidence(text), text)
    lab = s.evidence.labs[-1]
    assert (lab.value, lab.sample, lab.reference_high) == (860, SampleType.serum, 400)


@pytest.mark.parametrize("text", ["VEGF 860", "VEGF 860 pg/ml plasma"])
def test_a_new_value_that_names_no_earlier_one_keeps_nothing(text):
    s = session()
    s.ask("serum_immunofixation")
    s.apply_answer("serum_immunofixation", text, extract_evidence(text))
    lab = s.evidence.labs[-1]
    assert lab.value == 860 and lab.reference_high is None
    assert lab.sample in (None, SampleType.plasma)


@pytest.mark.parametrize("text", ["sorry, VEGF was 185 not 1850", "VEGF 680 → 860"])
def test_a_correction_read_as_a_new_message_keeps_them_too(text):
    """After the interview a correction may be taken for a message with a result (not the
    correction intent): merged as a note, the value it names still keeps the earlier one's."""
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy")],
                          labs=[LabValue(analyte="vegf", value=1850 if "1850" in text else 680, unit="pg/mL",
                                         sample=SampleType.serum, reference_high=600)]))
    s.apply_note(extract_evidence(text), text)
    lab = s.evidence.labs[-1]
    assert (lab.unit, lab.sample, lab.reference_high) == ("pg/mL", SampleType.serum, 600)


def test_a_note_that_names_no_earlier_value_keeps_nothing():
    s = session()
    text = "VEGF 900 pg/mL"
    s.apply_note(extract_evidence(text), text)
    lab = s.evidence.labs[-1]
    assert lab.sample is None and lab.reference_high is None
