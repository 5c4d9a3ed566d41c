"""A note about another patient pasted in the middle of the interview ("new patient: 70M, ...",
or a note with another age or sex) is not an answer about the patient before: before, it was
read as an answer (refused for holding several numbers, or merged into the old patient)."""

import pytest

from bot.models import Evidence, Finding
from bot.session import TriageSession
from nlu import extract_evidence

MIMIC = ("70M, 3 yrs slowly progressive distal sensory ataxia, tremor. NCS: markedly prolonged distal latencies, "
         "no conduction block. IgM-kappa paraprotein 6 g/L. No organomegaly, no oedema, skin normal.")


def session() -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy"), Finding(concept="peripheral_edema")],
                          age=62, sex="female"))
    return s


@pytest.mark.parametrize("text", ["new patient: " + MIMIC, MIMIC, "新病人：男，70岁，双下肢麻木，IgM-κ阳性",
                                  "Next patient - 45F, demyelinating neuropathy, IFE IgA lambda"])
def test_a_note_about_another_patient_is_recognised(text):
    assert session().other_patient(text, extract_evidence(text))


@pytest.mark.parametrize("text", ["sorry, she is 52 not 62", "negative", "VEGF 3200 pg/ml serum", "63F",
                                  "also white nails and gynaecomastia"])
def test_an_answer_or_correction_about_the_same_patient_is_not(text):
    assert not session().other_patient(text, extract_evidence(text))


def test_nothing_is_another_patient_before_the_first_note():
    assert not TriageSession().other_patient(MIMIC, extract_evidence(MIMIC))
