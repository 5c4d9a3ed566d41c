"""Lab figures of the evaluation count only the analytes the corpus labels."""

from nlu.evaluate import LABELLED_ANALYTES, evaluate


def _note(text, labs):
    return {"id": "en-900", "language": "en", "split": "dev", "text": text,
            "gold": {"criteria": {}, "labs": labs}}


def _labs(result):
    return result["groups"]["split=dev"]


def test_unlabelled_analytes_are_neither_matches_nor_extras():
    note = _note("PET-CT: sclerotic lesion of the left ilium, SUVmax 3.8. Platelets 512 x10^9/L.",
                 [{"analyte": "platelets", "value": 512, "unit": "10^9/L"}])
    group = _labs(evaluate([note], use_engine=False))
    assert "suv_max" not in LABELLED_ANALYTES
    assert group["lab_exact_match"] == 1.0
    assert group["lab_precision"] == 1.0


def test_a_labelled_value_read_wrongly_still_counts_as_extra():
    note = _note("Platelets 512 x10^9/L.", [{"analyte": "platelets", "value": 521, "unit": "10^9/L"}])
    group = _labs(evaluate([note], use_engine=False))
    assert group["lab_exact_match"] == 0.0
    assert group["lab_precision"] == 0.0
