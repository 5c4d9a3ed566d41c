"""The optic disc's margins as fundoscopy reports write them (表2 papilloedema): blurred margins
in English are disc swelling; 边界欠清 alone is equivocal (uncertain), with 隆起 it is swelling."""

import pytest

from nlu import extract_evidence


def papilledema(text: str):
    return [f.status.value for f in extract_evidence(text).findings if f.concept == "papilledema"]


@pytest.mark.parametrize("text, expected", [
    ("眼底：双侧视乳头边界欠清", ["uncertain"]),
    ("眼科会诊：视盘边界欠清晰，建议复查", ["uncertain"]),
    ("眼底：视盘边界欠清，轻度隆起", ["present"]),
    ("眼底：视乳头边界清，色淡红", ["absent"]),
    ("fundi: disc margins blurred bilaterally", ["present"]),
    ("Fundoscopy: disc edges indistinct", ["present"]),
    ("Fundoscopy: disc margins sharp", ["absent"]),
    ("ulnar nerve swollen on ultrasound", []),
])
def test_disc_margins(text, expected):
    assert papilledema(text) == expected
