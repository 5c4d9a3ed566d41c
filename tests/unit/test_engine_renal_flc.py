"""二(二)1 (c) in renal impairment: with an eGFR under 60 the FLC ratio is judged against the renal
reference interval 0.37-3.1 (thresholds.yml flc_ratio.renal), in place of the standard one."""

import pytest

from bot.engine import assess
from bot.evidence import evidence_of

MONO = "monoclonal_plasma_cell_disorder"


def mono(ratio, egfr=None, **lab):
    labs = [{"analyte": "flc_ratio", "value": ratio, **lab}]
    if egfr is not None:
        labs.append({"analyte": "egfr", "value": egfr, "unit": "mL/min/1.73m^2"})
    return assess(evidence_of({"serum_immunofixation": "absent"}, labs)).criteria[MONO]


@pytest.mark.parametrize("ratio,egfr,state", [
    (1.92, 24, "absent"),     # inside 0.37-3.1: polyclonal light chains the kidneys keep
    (1.92, 59, "absent"),
    (1.92, 60, "present"),    # eGFR 60 and above: the standard interval
    (1.92, None, "present"),  # no eGFR: the standard interval
    (3.2, 24, "present"),     # above the renal interval too
    (0.3, 24, "present"),     # λ side: 0.3 is below 0.37
    (0.3, 80, "absent"),
])
def test_the_interval_follows_the_egfr(ratio, egfr, state):
    assert mono(ratio, egfr).state.value == state


def test_a_printed_standard_range_gives_way_and_the_reason_says_why():
    result = mono(1.92, 24, reference_low=0.26, reference_high=1.65)
    assert result.state.value == "absent"
    keys = [r.key for r in result.reasons]
    assert "mono.flc_ratio_renal" in keys
    assert any(ref.kind == "lab" and ref.key == "egfr" for ref in result.evidence)


def test_a_range_of_the_notes_own_is_kept():
    result = mono(1.92, 24, reference_low=0.5, reference_high=1.5)
    assert result.state.value == "present"
    assert "mono.flc_ratio_renal" not in [r.key for r in result.reasons]
