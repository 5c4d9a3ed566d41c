"""A reference range introduced by whose laboratory it is ("我们医院正常<500", "外院，正常<500",
"our hospital lab normal <500"): the range is the value's, as "ref <500" is."""

import pytest

from nlu import extract_evidence


@pytest.mark.parametrize("text, low, high", [
    ("VEGF 1560（血清，我们医院正常<500）", None, 500),
    ("VEGF 1560（血清，本院参考值<500）", None, 500),
    ("VEGF 1560 pg/ml（外院，正常<500）", None, 500),
    ("VEGF 1560（血清，我们这正常值0-500）", 0, 500),
    ("VEGF 1560 pg/ml (serum, our hospital lab normal <500)", None, 500),
    ("VEGF 1560 pg/ml (local lab, ref <500)", None, 500),
])
def test_the_laboratory_named_before_the_range(text, low, high):
    (lab,) = extract_evidence(text).labs
    assert (lab.value, lab.reference_low, lab.reference_high) == (1560, low, high)
