"""A morning cortisol named with its hour in a bracket ("皮质醇(8点)", "皮质醇（早8点）") is read, as
"皮质醇(8am)" was (labs.yml cortisol aliases)."""

import pytest

from nlu.extractor import extract


@pytest.mark.parametrize("text", ["皮质醇(8点) 86 nmol/L↓", "皮质醇（早8点）3.1 μg/dl↓", "皮质醇(08:00) 86 nmol/L↓",
                                  "男，55岁。睾酮 2.1 ng/ml（参考 2.8-8.0），皮质醇(8点) 86 nmol/L↓"])
def test_a_morning_cortisol_named_with_its_hour_is_read(text):
    assert "adrenal_insufficiency" in [f.concept for f in extract(text).evidence.findings
                                       if f.status.value == "present"]
