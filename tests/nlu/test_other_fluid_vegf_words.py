"""A VEGF said to be raised in the eye or the spinal fluid without a value ("玻璃体液VEGF明显升高", "vitreous VEGF
was markedly elevated") is that fluid's, not the serum or plasma level of the criterion: it does not make the VEGF
criterion present (a value there is already set aside as another fluid). A raised VEGF in blood, or after the fluid's
own clause has ended, still counts."""

import pytest

from conftest import criterion


@pytest.mark.parametrize("text", ["玻璃体液VEGF明显升高", "脑脊液中VEGF升高", "房水的VEGF明显升高，血清VEGF未查",
                                  "Vitreous VEGF was markedly elevated.", "CSF VEGF raised.",
                                  "aqueous humour VEGF markedly elevated"])
def test_a_raised_vegf_in_another_fluid_does_not_count(ex, text):
    assert criterion(ex(text), "vegf_elevated") == "unknown"


@pytest.mark.parametrize("text", ["VEGF明显升高", "血清VEGF明显升高", "脑脊液蛋白升高，VEGF明显升高",
                                  "玻璃体液VEGF 850 pg/ml，血清VEGF明显升高", "Serum VEGF markedly elevated.",
                                  "CSF protein high, VEGF markedly elevated.", "CSF normal. VEGF markedly elevated."])
def test_a_raised_vegf_in_blood_still_counts(ex, text):
    assert criterion(ex(text), "vegf_elevated") == "present"
