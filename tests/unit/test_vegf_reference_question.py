"""A serum or plasma VEGF given without its laboratory range and below the published cut-off
(PUMCH serum 1 200, Mayo plasma 200 pg/mL) is read absent by that cut-off, but the consensus counts
> 2 × the laboratory's upper limit (二(二)4): the interview asks for the range before the next
test, reads "ref < 300", "参考值0-142" or a bare "300" against it, and keeps the cut-off reading
when the range is not given."""

import pytest

from bot.engine import assess
from bot.models import Evidence, Finding, LabValue, SampleType
from bot.session import TriageSession
from nlu import extract_evidence

FINDINGS = [Finding(concept=c) for c in ("polyneuropathy", "serum_immunofixation", "peripheral_edema")]


def session(value=980.0, sample=SampleType.serum, reference_high=None) -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=list(FINDINGS), labs=[LabValue(
        analyte="vegf", value=value, unit="pg/mL", sample=sample, reference_high=reference_high)]))
    return s


@pytest.mark.parametrize("value, sample, reference_high, asked", [
    (980, SampleType.serum, None, True),      # < 1 200: a range of up to 490 would make it count
    (150, SampleType.plasma, None, True),     # < 200 (Mayo plasma)
    (1500, SampleType.serum, None, False),    # above the cut-off: present already
    (980, SampleType.serum, 500, False),      # the range is known: 980 is not > 1 000
    (980, None, None, False),                 # no sample: the sample is asked (vegf_sample)
])
def test_the_range_is_asked_only_when_the_cut_off_alone_reads_it_absent(value, sample, reference_high, asked):
    s = session(value, sample, reference_high)
    assert ("vegf_reference" in assess(s.evidence).questions) == asked
    if asked:
        assert s.next_question() == "vegf_reference"


@pytest.mark.parametrize("text, high, state", [
    ("ref < 300", 300, "present"), ("参考值0-142", 142, "present"), ("300", 300, "present"),
    ("< 600 pg/mL", 600, "absent"), ("reference range 0-490", 490, "absent"),
])
def test_the_range_given_is_set_on_the_value_and_read(text, high, state):
    s = session()
    s.ask("vegf_reference")
    outcome = s.apply_answer("vegf_reference", text, extract_evidence(text))
    assert outcome.kind == "result"
    lab = [lab for lab in s.evidence.labs if lab.analyte == "vegf"][-1]
    assert lab.reference_high == high and lab.value == 980
    assert s.states()["vegf_elevated"] == state
    assert s.next_question() != "vegf_reference"


@pytest.mark.parametrize("text", ["not given", "unknown", "不知道", "没有"])
def test_no_range_keeps_the_cut_off_reading_and_is_not_asked_again(text):
    s = session()
    s.ask("vegf_reference")
    outcome = s.apply_answer("vegf_reference", text, extract_evidence(text))
    assert outcome.kind == "not_done"
    assert s.states()["vegf_elevated"] == "absent"
    assert s.next_question() != "vegf_reference"
    assert not s.evidence.not_done  # no test is recommended for it


def test_an_unreadable_answer_is_asked_again():
    s = session()
    s.ask("vegf_reference")
    outcome = s.apply_answer("vegf_reference", "blue", extract_evidence("blue"))
    assert outcome.kind == "unrecognised" and s.failures == 1
    assert s.next_question() == "vegf_reference"
