"""What a disease rarely shows, after "but" in a statement about the disease ("Myeloma can produce lytic
lesions but rarely sclerotic lesions", "但很少出现硬化性病变", "，罕见硬化性病变"), is in doubt like the rest of
the statement, not the patient's finding; "occasionally" / 偶有 stay the patient's."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("Myeloma can produce lytic lesions but rarely sclerotic lesions.", "sclerotic_bone_lesion"),
    ("Multiple myeloma usually produces lytic lesions, but rarely sclerotic lesions.", "sclerotic_bone_lesion"),
    ("AL amyloidosis may cause hepatomegaly but seldom papilloedema.", "papilledema"),
    ("骨髓瘤可导致溶骨性病变，但很少出现硬化性病变", "sclerotic_bone_lesion"),
    ("骨髓瘤常有溶骨性破坏，罕见硬化性病变", "sclerotic_bone_lesion"),
    ("淀粉样变性可有肝大，而极少伴有视乳头水肿", "papilledema"),
])
def test_what_a_disease_rarely_shows_is_in_doubt(text, concept):
    assert statuses(text, concept) == ["uncertain"]


@pytest.mark.parametrize("text, concept", [
    ("intermittent numbness, but occasionally ankle swelling", "peripheral_edema"),
    ("He has sclerotic lesions but rarely pain", "sclerotic_bone_lesion"),
    ("双下肢水肿，偶有腹胀", "peripheral_edema"),
])
def test_the_patients_own_findings_stay(text, concept):
    assert statuses(text, concept) == ["present"]
