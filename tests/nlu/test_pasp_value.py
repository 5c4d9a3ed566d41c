"""An echo pulmonary artery systolic pressure value alone reads pulmonary hypertension.

labs.yml ``hormones.pasp``: above 40 mmHg present, at or below 35 absent, 36-40 nothing
(ESC/ERS 2009 echo criteria, cited there). A stated range or flag still decides as for hormones.
"""
from __future__ import annotations

from typing import List

import pytest

from nlu.extractor import extract


def _statuses(text: str) -> List[str]:
    return [f.status.value for f in extract(text).evidence.findings
            if f.concept == "pulmonary_hypertension"]


@pytest.mark.parametrize("text", [
    "PASP 55 mmHg", "estimated PASP 48 mm Hg on echo", "RVSP 60 mmHg",
    "Echo: pulmonary artery systolic pressure 62 mmHg, moderate TR.",
    "肺动脉收缩压 52mmHg", "心超：肺动脉收缩压约45mmHg", "肺动脉高压（PASP 55 mmHg）",
    "肺动脉收缩压升高（52mmHg）",
    # the estimate's verb between the name and the value
    "胸部CT：双侧少量胸腔积液；肺动脉压估测52mmHg。", "肺动脉压估测约48 mmHg", "心超：肺动脉收缩压估计 60 mmHg",
])
def test_a_raised_pasp_is_pulmonary_hypertension(text: str) -> None:
    assert _statuses(text) == ["present"]


@pytest.mark.parametrize("text", [
    "PASP 25 mmHg", "心超：估测肺动脉收缩压 30 mmHg", "肺动脉收缩压估测 28 mmHg", "No pulmonary hypertension, PASP 30 mmHg.",
])
def test_a_normal_pasp_is_no_pulmonary_hypertension(text: str) -> None:
    assert _statuses(text) == ["absent"]


@pytest.mark.parametrize("text", ["PASP 38 mmHg", "肺动脉收缩压 40 mmHg", "LVEF 62%", "BP 150/90 mmHg"])
def test_a_borderline_or_other_value_reads_nothing(text: str) -> None:
    """Look-alikes: a borderline estimate, or another measurement in mmHg or %."""
    assert _statuses(text) == []


def test_a_normal_pasp_does_not_undo_a_stated_pulmonary_hypertension() -> None:
    assert _statuses("Pulmonary hypertension on right heart catheter; echo PASP 30 mmHg.") == ["present"]


def test_a_normal_pasp_is_no_endocrine_axis() -> None:
    """The cut-off's absent finding is not an endocrine axis screened normal."""
    findings = extract("PASP 25 mmHg. TSH 2.1 mIU/L (0.3-4.5).").evidence.findings
    assert [f.status.value for f in findings if f.concept == "endocrinopathy"] == []
