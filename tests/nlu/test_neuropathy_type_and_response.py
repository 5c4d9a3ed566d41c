"""An electrophysiological type written with the neuropathy it qualifies ("demyelinating
polyneuropathy with secondary axonal loss", "脱髓鞘性周围神经病") states both the polyneuropathy
and its type: the type is what the CIDP differential and the nerve-conduction question read
(二(三)1), so it must not be folded into a plain polyneuropathy. And a referrer's "did not improve
after IVIG" is a non-response to treatment, as "no improvement after IVIG" is."""
import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text, kind", [
    ("Nerve conduction: demyelinating polyneuropathy with secondary axonal loss.", "demyelinating_neuropathy"),
    ("NCS showed a demyelinating polyneuropathy.", "demyelinating_neuropathy"),
    ("Electrophysiology: chronic demyelinating PN.", "demyelinating_neuropathy"),
    ("EMG: axonal polyneuropathy.", "axonal_neuropathy"),
    ("EMG: sensorimotor axonal polyneuropathy of the legs.", "axonal_neuropathy"),
    ("肌电图：脱髓鞘性周围神经病伴继发轴索损害。", "demyelinating_neuropathy"),
    ("肌电图提示脱髓鞘性多发性神经病。", "demyelinating_neuropathy"),
])
def test_type_and_neuropathy_are_both_read(ex, text, kind):
    extraction = ex(text)
    assert status_of(extraction, kind) == "present"
    assert status_of(extraction, "polyneuropathy") == "present"
    assert criterion(extraction, "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "NCS: no demyelinating polyneuropathy.",
    "肌电图未见脱髓鞘性周围神经病。",
])
def test_negated_type_with_neuropathy_stays_negated(ex, text):
    assert status_of(ex(text), "demyelinating_neuropathy") == "absent"
    assert criterion(ex(text), "polyneuropathy") != "present"


@pytest.mark.parametrize("text", [
    "He did not improve after two courses of IVIG.",
    "She didn't improve with steroids.",
    "He has not improved on prednisolone.",
    "No better after IVIG.",
    "He was no better after plasma exchange.",
    "Weakness unchanged despite IVIG.",
    "She failed to improve after five days of IVIG.",
    "He received IVIG and then prednisolone 60 mg, without any objective benefit.",
    "IVIG without clear clinical improvement.",
    "IVIG gave no sustained response.",
    "IVIG resulted in no meaningful change.",
    "丙球治疗后无任何改善。",
    "激素治疗未见明显获益。",
])
def test_not_improving_on_treatment_is_nonresponse(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "treatment_nonresponse") == "present"
    assert status_of(extraction, "treatment_response") is None


@pytest.mark.parametrize("text", [
    "After IVIG his gait improved.",
    "IVIG: improved, then relapsed.",
    "After IVIG there was a clear improvement.",
    "IVIG with significant improvement.",
])
def test_improving_on_treatment_is_still_a_response(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "treatment_response") == "present"
    assert status_of(extraction, "treatment_nonresponse") is None


def test_built_nonresponse_phrases_need_quoted_words():
    from nlu.components.treatment import built_phrases

    spec = {"negators": ["no", "without any"], "qualifiers": ["", "clear"], "outcomes": ["benefit"]}
    assert built_phrases([spec]) == ["no benefit", "no clear benefit", "without any benefit",
                                     "without any clear benefit"]
    assert "无任何改善" in built_phrases([{"negators": ["无"], "qualifiers": ["任何"], "outcomes": ["改善"]}])
    with pytest.raises(ValueError):
        built_phrases([{"negators": [False], "qualifiers": [""], "outcomes": ["benefit"]}])
