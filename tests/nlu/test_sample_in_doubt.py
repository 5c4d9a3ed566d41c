"""A VEGF sample the note itself doubts ("（血浆？血清？报告未注明）", "(plasma or serum?)", "（血浆？）") is no
sample: the value keeps its sample unknown and the assistant asks for it, never reads the plasma (or
serum) cut-off from a guess (二(二)4: the cut-off depends on the sample). Reader: lab_samples.py SampleAfter."""

import pytest

from nlu import extract_evidence


def vegf(text: str):
    labs = [lab for lab in extract_evidence(text).labs if lab.analyte == "vegf"]
    assert len(labs) == 1 and labs[0].value == 1120.0
    return labs[0].sample.value if labs[0].sample else None


@pytest.mark.parametrize("text", ["VEGF 1120 pg/ml（血浆？血清？报告未注明，参考0-160）",
                                  "VEGF 1120 pg/ml (plasma or serum? not stated, ref 0-160)",
                                  "VEGF 1120 pg/ml（血浆？）", "VEGF 1120 pg/ml (serum?)", "VEGF 1120 pg/ml（血浆/血清不详）",
                                  "VEGF 1120 pg/ml（血清还是血浆不清楚）"])
def test_a_sample_in_doubt_is_none(text):
    assert vegf(text) is None


@pytest.mark.parametrize("text, sample", [("VEGF 1120 pg/ml（血浆）", "plasma"), ("VEGF 1120 pg/ml (serum)", "serum"),
                                          ("VEGF 1120 pg/mL in serum.", "serum"),
                                          ("VEGF 1120 pg/ml (ref < 500, plasma)", "plasma")])
def test_a_stated_sample_is_read(text, sample):
    assert vegf(text) == sample
