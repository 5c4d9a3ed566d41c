"""A raised VEGF whose fluid is named in brackets right after it ("VEGF明显升高（玻璃体液）", "VEGF markedly raised
(vitreous)") is that fluid's, as when the fluid comes first: it does not make the VEGF criterion present. A bracket
naming blood, or a blood value beside it, still counts."""

import pytest

from conftest import criterion


@pytest.mark.parametrize("text", ["VEGF明显升高（玻璃体液）。", "VEGF升高(脑脊液)，血清VEGF未查", "VEGF增高（房水）",
                                  "VEGF markedly raised (vitreous).", "VEGF high (CSF), serum VEGF not sent.",
                                  "VEGF markedly elevated (vitreous sample)"])
def test_a_raised_vegf_with_another_fluid_after_it_does_not_count(ex, text):
    assert criterion(ex(text), "vegf_elevated") == "unknown"


@pytest.mark.parametrize("text", ["VEGF明显升高（血清）。", "VEGF markedly raised (serum).",
                                  "VEGF markedly raised (vitreous sample); serum VEGF 2300 pg/mL (0-700)."])
def test_a_raised_vegf_in_blood_still_counts(ex, text):
    assert criterion(ex(text), "vegf_elevated") == "present"
