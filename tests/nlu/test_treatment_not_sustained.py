"""A response that the same sentence says did not last ("短暂好转，随后再次加重", "transient
improvement, then worsened") is no sustained response to IVIG / steroids (the clue of 二(三)1 is
a sustained response): read as non-response. A relapse after a taper, a stop or before the next
dose is treatment dependence, still a response."""

import pytest

from nlu import extract_evidence


def treatment(text: str):
    return [(f.concept, f.status.value) for f in extract_evidence(text).findings
            if f.concept.startswith("treatment")]


@pytest.mark.parametrize("text", [
    "CIDP, IVIG gave transient improvement, then worsened.",
    "treated with IVIG with a partial response that was not sustained",
    "steroids helped at first, followed by progression despite treatment",
    "IVIG: initial improvement, but relapsed despite monthly courses",
    "IVIG helped, followed by progression despite monthly courses",
    "PLEX improved her strength, which did not last",
    "CIDP，IVIG治疗后短暂好转，随后再次加重。",
    "丙球治疗后一度好转，后又加重",
    "予IVIG治疗后稍缓解后又加重",
    "IVIG治疗初期稍有改善，1月后症状再次进展",
    "激素治疗后症状改善，但未能维持",
    # the response lost later in the sentence: no longer working, now worse despite the treatment
    "CIDP since 2022, IVIg responded initially then plateau, now worse despite monthly IVIg.",
    "IVIG helped at first but no longer works.",
    "Steroids were effective initially but have lost efficacy",
    "丙球初始有效，之后效果逐渐减退，现加重",
    "激素治疗初期好转，后无效",
])
def test_a_response_that_did_not_last_is_no_response(text):
    assert treatment(text) == [("treatment_nonresponse", "present")]


@pytest.mark.parametrize("text", [
    "CIDP, responded to IVIG, relapsed on tapering and then worsened",
    "IVIG was effective, then worsened when IVIG was stopped",
    "IVIG helped, but the benefit wore off before the next infusion and then worsened",
    "激素治疗有效，减量后复发",
    "激素治疗有效，减量后加重",
    "IVIG 有效，停药后又加重",
    "丙球治疗有效，每次下次输注前又加重",
])
def test_worsening_after_a_taper_stop_or_before_the_next_dose_is_dependence(text):
    assert treatment(text) == [("treatment_response", "present")]


@pytest.mark.parametrize("text", [
    "CIDP, responded well to IVIG. Later the weakness worsened again after a fall.",
    "CIDP responded to IVIG; numbness improved and has been stable",
    "丙球治疗后明显好转。半年后因感冒再次加重。",
])
def test_worsening_in_another_sentence_or_none_leaves_the_response(text):
    assert treatment(text) == [("treatment_response", "present")]
