"""A 讨论's textbook list of the criteria or of what the syndrome can bring is the syndrome's, to its last member:
`次要标准包括` with all six minor criteria and `后者可伴` with four features ran past the rules' 20-character reach, so
the last members were read as the patient's (papilloedema, thrombocytosis, organomegaly); and the examples after
`至少一项主要标准，如` stood past the comma that ended every scope (sclerotic lesions, Castleman disease and VEGF read
present, the verdict raised to meets criteria)."""

import pytest

from bot.engine import assess
from nlu import extract


def findings(text):
    return {(f.concept, f.status.value) for f in extract(text).evidence.findings}


SIX_MINOR = ("讨论：POEMS综合征的次要标准包括脏器肿大、血管外容量负荷过多、内分泌病变、皮肤改变、视乳头水肿及"
             "血小板增多/红细胞增多症。")
MAY_BRING = "对于不明原因的视乳头水肿应想到POEMS综合征，该综合征可伴多发性周围神经病、M蛋白、皮肤色素沉着以及脏器肿大。"
EXAMPLES = "血液科医师：诊断还需要至少一项其他主要标准，如硬化性骨病变、Castleman病或者VEGF升高，建议尽快完善。"


@pytest.mark.parametrize("text, concept", [
    (SIX_MINOR, "papilledema"), (SIX_MINOR, "thrombocytosis"), (SIX_MINOR, "skin_changes"),
    (MAY_BRING, "organomegaly"), (MAY_BRING, "hyperpigmentation"),
    (EXAMPLES, "sclerotic_bone_lesion"), (EXAMPLES, "castleman_disease"), (EXAMPLES, "vegf_elevated"),
])
def test_the_last_members_of_a_general_list_are_the_syndromes(text, concept):
    assert (concept, "present") not in findings(text)


def test_examples_of_a_criterion_leave_the_major_criteria_unknown():
    note = "患者男，55岁，四肢麻木无力1年，肌电图示多发性周围神经病。血清免疫固定电泳λ轻链阳性。B超示脾大。" + EXAMPLES
    criteria = assess(extract(note).evidence).criteria
    for criterion in ("sclerotic_bone_lesions", "castleman", "vegf_elevated"):
        assert criteria[criterion].state.value == "unknown"


def test_the_patients_findings_after_a_criteria_sentence_stay():
    assert ("peripheral_edema", "present") in findings("本例符合主要标准，查体：双下肢凹陷性水肿。")
    assert ("papilledema", "present") in findings(SIX_MINOR + "本例眼底检查示双侧视乳头水肿。")
