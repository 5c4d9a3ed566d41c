"""A corrected age ("she is 62 not 58", "年龄是62不是58", "age 62, not 58") is the age the note gives
(demographics.yml, tried before the other patterns so it wins over the age it corrects); the pronoun
gives no sex, so a correction after a note is no other patient."""

import pytest

from bot.models import Evidence, Finding
from bot.session import TriageSession
from nlu import extract_evidence


@pytest.mark.parametrize("text", ["she is 62 not 58", "he's 62, not 58 years", "age 62, not 58",
                                  "Patient is 62 years old, not 58", "年龄是62不是58", "患者62岁，不是58岁",
                                  "她62岁不是58岁", "年龄：62，不是58", "男，58岁。更正：年龄是62不是58"])
def test_the_corrected_age_is_read(text):
    assert extract_evidence(text).age == 62


@pytest.mark.parametrize("text", ["Hb 90 不是 80", "VEGF 2000 not 200", "PLT 450 不是 45"])
def test_a_value_corrected_is_no_age(text):
    assert extract_evidence(text).age is None


@pytest.mark.parametrize("text", ["she is 62 not 58", "年龄是62不是58", "sorry, he is 62, not 58"])
def test_a_correction_is_about_the_same_patient(text):
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy"), Finding(concept="peripheral_edema")],
                          age=58, sex="female"))
    extracted = extract_evidence(text)
    assert extracted.sex is None
    assert not s.other_patient(text, extracted)
