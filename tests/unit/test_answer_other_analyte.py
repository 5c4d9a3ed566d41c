"""A number beside another test's name is never the asked test's value (bot.session
apply_answer, questions.yml reading.analyte_words): "sorry, the platelets were actually 532"
answering the VEGF question had been kept as a VEGF of 532 pg/mL, "creatinine 120" as one of
120. Such an answer is refused before anything changes, and the question is asked again (when
it holds findings of its own, those are kept and only the number is not taken); an
answer that names the asked test, or names another only where no number is, is read as before."""

import pytest

from bot.dialogue.numbers import AnswerRefused
from tests.unit.test_session_answers import answer, labs, session, state


@pytest.mark.parametrize("key, text, named", [
    ("serum_vegf", "sorry, the platelets were actually 532 not 432", "platelets"),
    ("serum_vegf", "血小板其实是532", "血小板"),
    ("serum_vegf", "his IgA is 5.2", "IgA"),
    ("serum_vegf", "creatinine 120", "creatinine"),
    ("serum_vegf", "肌酐 120", "肌酐"),
    ("blood_count", "creatinine 95", "creatinine"),
    ("blood_count", "CRP 12", "CRP"),
    ("serum_free_light_chains", "IgG 25", "IgG"),
])
def test_a_number_beside_another_tests_name_is_refused(key, text, named):
    s = session()
    before = s.dump()
    with pytest.raises(AnswerRefused) as refused:
        answer(s, key, text)
    assert named in refused.value.text.en and named in refused.value.text.zh
    assert s.dump() == before  # nothing kept
    assert state(s, "vegf_elevated") == "unknown"


@pytest.mark.parametrize("key, text, want", [
    ("serum_vegf", "1850 pg/ml serum, M-protein pending", [("vegf", 1850.0, "pg/ml", None)]),
    ("serum_vegf", "1850, ref <600", [("vegf", 1850.0, "pg/mL", None)]),
    ("serum_vegf", "VEGF 1850 and his creatinine is normal", [("vegf", 1850.0, None, None)]),
    ("blood_count", "PLT 520, Hb 170", [("platelets", 520.0, None, None), ("hemoglobin", 170.0, None, None)]),
    ("blood_count", "520", [("platelets", 520.0, "10^9/L", None)]),
    ("serum_free_light_chains", "κ 25, λ 180", None),
])
def test_answers_naming_the_asked_test_or_no_other_beside_a_number_are_read(key, text, want):
    s = session()
    assert answer(s, key, text).kind == "result"
    if want is not None:
        assert sorted(labs(s)) == sorted(want)


@pytest.mark.parametrize("text, analyte", [("platelets 532", "platelets"), ("oh and the albumin was 28", "albumin"),
                                           ("Plt was 532, not 432", "platelets")])
def test_another_tests_value_the_nlu_reads_is_kept_as_that_tests(text, analyte):
    """"platelets 532" answering the VEGF question: the NLU's platelet value, no VEGF."""
    s = session()
    assert answer(s, "serum_vegf", text).kind == "other"
    assert [lab[0] for lab in labs(s)] == [analyte]
    assert state(s, "vegf_elevated") == "unknown"


@pytest.mark.parametrize("key, text, concept, named", [
    ("serum_free_light_chains", "TSH 8.2, FT4 low", "hypothyroidism", "TSH"),
    ("serum_free_light_chains", "甲功：TSH 8.2 mIU/L，FT4偏低", "hypothyroidism", "TSH"),
    ("serum_vegf", "creatinine 120, and she has ankle oedema", "peripheral_edema", "creatinine"),
    ("serum_vegf", "肌酐120，另有腹水", "ascites", "肌酐"),
    ("blood_count", "TSH 6.2", "hypothyroidism", "TSH"),
])
def test_the_findings_beside_another_tests_number_are_kept_and_the_number_is_not(key, text, concept, named):
    """Nothing the referrer gave is lost: the finding is kept, the number is not taken as the
    asked test's value, and the outcome says why (shown with the reply)."""
    s = session()
    outcome = answer(s, key, text)
    assert outcome.kind == "other"
    assert concept in {f.concept for f in s.evidence.findings}
    assert not any(lab.analyte in ("vegf", "flc_ratio", "flc_kappa", "flc_lambda", "platelets", "hemoglobin")
                   for lab in s.evidence.labs)
    assert named in outcome.number_refused["en"] and named in outcome.number_refused["zh"]
    assert key not in s.asked  # the asked test is still open
