"""A table row's reference column given by its upper limit alone ("VEGF (serum)\\t1,980\\tpg/mL\\t<600\\tH")
had been left unread, so the VEGF had no range to be read against (> 2 × ULN, 二(二)4). A range column
is read as before. Rows written for the tests."""

import pytest

from nlu import extract_evidence


@pytest.mark.parametrize("row, low, high, flag", [
    ("VEGF (serum)\t1,980\tpg/mL\t<600\tH", None, 600.0, "high"),
    ("VEGF\t1980\tpg/mL\t<600", None, 600.0, None),
    ("VEGF (serum)\t1,980\tpg/mL\t0-600\tH", 0.0, 600.0, "high"),
    ("Platelets\t512\tx10^9/L\t150-400\tH", 150.0, 400.0, "high"),
])
def test_the_reference_column(row, low, high, flag):
    lab = extract_evidence(row).labs[0]
    assert (lab.reference_low, lab.reference_high, lab.flag) == (low, high, flag)
