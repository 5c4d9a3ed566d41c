"""A sample type or a reference range sent on its own after the VEGF value's question closed
("plasma", "it was serum", "ref < 400", "参考值 0-142", "血浆, 参考上限 150"): it is set on the
latest VEGF value of the conversation that lacks it, the case is assessed again (二(二)4: the
cut-off depends on the sample, > 2 × ULN on the range) and acknowledged in both languages. A
message with findings or values stays a note or an answer, as before."""

import pytest

from bot.dialogue import render
from bot.models import Evidence, LabValue, SampleType
from bot.session import TriageSession
from nlu import extract_evidence

NOTE = "58F, polyneuropathy on NCS, IgA lambda on IFE, bilateral leg oedema, hyperpigmentation."


def answered(value: str = "VEGF 650 pg/mL") -> TriageSession:
    """A conversation where the VEGF question was asked and answered with a value (no sample)."""
    s = TriageSession()
    s.apply_note(extract_evidence(NOTE))
    s.ask("serum_vegf")
    assert s.apply_answer("serum_vegf", value, extract_evidence(value)).kind == "result"
    assert s.current is None
    return s


def vegf(s: TriageSession) -> LabValue:
    return [lab for lab in s.evidence.labs if lab.analyte == "vegf"][-1]


def late(s: TriageSession, text: str):
    return s.apply_detail(text, extract_evidence(text))


@pytest.mark.parametrize("text, sample, low, high, state", [
    ("plasma", "plasma", None, None, "present"),          # ≥ the Mayo plasma cut-off
    ("it was serum", "serum", None, None, "absent"),      # < the PUMCH serum cut-off
    ("ref < 400", None, None, 400, "absent"),             # 650 is not > 2 × 400
    ("参考值 0-142", None, 0, 142, "present"),
    ("血浆, 参考上限 150", "plasma", None, 150, "present"),
    ("Sorry, the VEGF was plasma.", "plasma", None, None, "present"),
    ("是血清标本", "serum", None, None, "absent"),
    ("ref range for VEGF is 0-300", None, 0, 300, "present"),   # the test named between
])
def test_the_detail_is_set_on_the_value_and_the_case_reassessed(text, sample, low, high, state):
    s = answered()
    assert s.states()["vegf_elevated"] == "unknown"
    messages = s.messages
    outcome = late(s, text)
    assert outcome is not None and outcome.kind == "detail"
    lab = vegf(s)
    assert (lab.value, lab.sample.value if lab.sample else None, lab.reference_low, lab.reference_high) == (
        650, sample, low, high)
    assert s.states()["vegf_elevated"] == state
    assert [c for c in outcome.changes if c.key == "vegf_elevated"][0].new == state
    assert s.messages == messages + 1
    assert {d.field for d in outcome.details} == {f for f, v in (("sample", sample), ("reference", high)) if v}
    assert len([lab for lab in s.evidence.labs if lab.analyte == "vegf"]) == 1  # no new value


def test_the_acknowledgement_names_the_value_and_the_sample_in_both_languages():
    s = answered()
    outcome = late(s, "血浆, 参考上限 150")
    en, zh = render.details(outcome.details, "en"), render.details(outcome.details, "zh")
    assert len(en) == len(zh) == 2
    assert "650 pg/mL" in en[0] and "plasma" in en[0] and "150" in en[1]
    assert "650 pg/mL" in zh[0] and "血浆" in zh[0] and "150" in zh[1]


def test_the_latest_value_lacking_the_sample_gets_it():
    s = TriageSession()
    s.apply_note(extract_evidence(NOTE + " VEGF 900 pg/mL. Serum VEGF 2400 pg/mL."))
    first, second = [lab for lab in s.evidence.labs if lab.analyte == "vegf"]
    assert first.sample is None and second.sample == SampleType.serum
    assert late(s, "plasma") is not None
    labs = [lab for lab in s.evidence.labs if lab.analyte == "vegf"]
    assert (labs[0].sample, labs[1].sample) == (SampleType.plasma, SampleType.serum)


def test_a_value_that_has_its_sample_and_range_keeps_them():
    s = TriageSession()
    s.apply_note(extract_evidence(NOTE + " Serum VEGF 2400 pg/mL (ref < 600)."))
    before = s.evidence.copy(deep=True)
    assert late(s, "plasma") is None and late(s, "ref < 100") is None
    assert s.evidence == before


@pytest.mark.parametrize("text", ["plasma exchange", "serum and plasma", "not serum", "VEGF 1200 pg/mL plasma",
                                  "plasma, hepatomegaly", "no", "ref < 400 ng/mL"])
def test_anything_more_is_not_a_late_detail(text):
    s = answered()
    before = s.evidence.copy(deep=True)
    assert late(s, text) is None
    assert s.evidence == before


def test_without_a_value_nothing_is_set():
    s = TriageSession()
    s.apply_note(extract_evidence(NOTE))
    assert late(s, "plasma") is None


def test_a_late_detail_answering_another_question_leaves_that_question_open():
    s = answered()
    s.ask("serum_free_light_chains")
    outcome = s.apply_answer("serum_free_light_chains", "plasma", extract_evidence("plasma"))
    assert outcome.kind == "detail" and outcome.item == "serum_free_light_chains"
    assert vegf(s).sample == SampleType.plasma
    assert s.current == "serum_free_light_chains" and s.failures == 0
    assert "serum_free_light_chains" not in s.asked


def test_the_sample_question_itself_still_reads_its_answer():
    s = TriageSession()
    s.apply_note(Evidence(labs=[LabValue(analyte="vegf", value=650, unit="pg/mL")]))
    s.ask("vegf_sample")
    outcome = s.apply_answer("vegf_sample", "plasma", extract_evidence("plasma"))
    assert outcome.kind == "result" and vegf(s).sample == SampleType.plasma


@pytest.mark.parametrize("text, sample", [("报告上写的是血清", "serum"), ("the report says serum", "serum"),
                                          ("化验单写着血浆", "plasma"), ("单子上写的血清", "serum")])
def test_the_sample_as_the_report_states_it(text, sample):
    """"报告上写的是血清" (the report says serum) had been "not understood" after the question closed."""
    s = answered()
    outcome = late(s, text)
    assert outcome is not None and outcome.kind == "detail" and vegf(s).sample == SampleType(sample)


def test_the_report_words_with_something_else_are_no_late_sample():
    assert late(answered(), "the report says serum, and the patient is worse") is None
