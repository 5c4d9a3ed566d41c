"""What a letter or a Discussion says the diagnosis requires, or what would have pointed to it, is not this patient's:
"requires … together with at least one major criterion (sclerotic bone lesions, Castleman disease or raised VEGF)
and one minor criterion such as organomegaly, oedema …" and "Features that would have pointed to POEMS syndrome,
such as thrombocytosis, raised VEGF …, were absent" read every member as present (a letter's verdict raised from
suspected to meets criteria). A checklist's "At least one other major criterion - Yes: …" stays the patient's."""

import pytest

from bot.engine import assess
from nlu import extract


def findings(text):
    return {(f.concept, f.status.value) for f in extract(text).evidence.findings}


REQUIRES = ("To establish the diagnosis one needs polyneuropathy and a clonal plasma cell disorder plus at least one "
            "major criterion (Castleman disease, osteosclerotic lesions or elevated VEGF) and at least one minor "
            "criterion, for example splenomegaly, ascites, hypogonadism, hypertrichosis, papilledema or "
            "thrombocytosis.")
WOULD_HAVE = ("Findings which might have suggested POEMS, such as hepatomegaly, papilledema, pleural effusions, "
              "hyperpigmentation or polycythemia, were not present, and she responded promptly to IVIG, "
              "consistent with typical CIDP.")


@pytest.mark.parametrize("text, concept", [
    (REQUIRES, "castleman_disease"), (REQUIRES, "sclerotic_bone_lesion"), (REQUIRES, "vegf_elevated"),
    (REQUIRES, "splenomegaly"), (REQUIRES, "ascites"), (REQUIRES, "papilledema"), (REQUIRES, "thrombocytosis"),
    (WOULD_HAVE, "hepatomegaly"), (WOULD_HAVE, "papilledema"), (WOULD_HAVE, "pleural_effusion"),
    (WOULD_HAVE, "hyperpigmentation"), (WOULD_HAVE, "polycythemia"),
])
def test_members_of_a_requirement_or_a_counterfactual_are_not_the_patients(text, concept):
    assert (concept, "present") not in findings(text)


def test_a_requirement_leaves_the_criteria_unknown():
    note = ("A 58-year-old man with a demyelinating polyneuropathy and an IgA lambda paraprotein. " + REQUIRES)
    criteria = assess(extract(note).evidence).criteria
    for criterion in ("castleman", "sclerotic_bone_lesions", "vegf_elevated", "organomegaly", "papilledema",
                      "thrombocytosis_polycythemia"):
        assert criteria[criterion].state.value == "unknown"


def test_the_diagnosis_after_the_counterfactual_list_stays():
    assert ("cidp_diagnosis", "present") in findings(WOULD_HAVE)


def test_a_checklist_answer_stays_the_patients():
    text = ("3. Monoclonal plasma cell disorder - Yes: serum IFE IgG lambda\n"
            "4. At least one other major criterion - Yes: sclerotic lesion of T9 on CT\n"
            "5. At least one minor criterion - Yes: hepatomegaly on ultrasound\n")
    found = findings(text)
    assert ("sclerotic_bone_lesion", "present") in found
    assert ("hepatomegaly", "present") in found
