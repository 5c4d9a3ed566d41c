"""English and mixed referral wording found by dev file 46 (en-398–405, mx-295–298).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import nlu
import pytest

from conftest import criterion, statuses as _statuses


def _not_done(text: str) -> dict:
    return {t.test: t.reason for t in nlu.extract(text).evidence.not_done}


# --- a test's heading answered "none": not done, never a normal result -----------------------------

@pytest.mark.parametrize("text, test", [
    ("VEGF: not sent. Skeletal imaging: none.", "bone_imaging"),
    ("Skeletal survey: none done.", "bone_imaging"),
    ("Skeletal imaging: none yet.", "bone_imaging"),
    ("Bone imaging - none so far;", "bone_imaging"),
    ("Skeletal survey: none to date.", "bone_imaging"),
    ("VEGF - none sent;", "serum_vegf"),
    ("IFE: none. VEGF: none.", "serum_immunofixation"),
    ("IFE: none. VEGF: none.", "serum_vegf"),
])
def test_test_heading_answered_none_is_not_done(text: str, test: str) -> None:
    extraction = nlu.extract(text)
    assert test in _not_done(text)
    assert [f for f in extraction.evidence.findings if f.status.value == "absent"] == []


def test_skeletal_imaging_none_leaves_the_bones_unknown() -> None:
    extraction = nlu.extract("71M, IgM kappa paraprotein. VEGF: not sent. Skeletal imaging: none.")
    assert criterion(extraction, "sclerotic_bone_lesions") == "unknown"


@pytest.mark.parametrize("text, concept, expected", [
    # a finding's heading answered none is absent
    ("Oedema: none. Organomegaly: none.", "peripheral_edema", ["absent"]),
    ("Oedema: none. Organomegaly: none.", "organomegaly", ["absent"]),
    ("Lymph nodes: none; ascites: none so far.", "ascites", ["absent"]),
    ("Oedema: none yet.", "peripheral_edema", ["absent"]),
    # a study with none of the lesions looked for is normal
    ("Skeletal survey: none seen.", "sclerotic_bone_lesion", ["absent"]),
    ("Skeletal survey: no lesions.", "sclerotic_bone_lesion", ["absent"]),
    ("Skeletal survey: no.", "sclerotic_bone_lesion", ["absent"]),
    # the "none" does not reach past the comma or the full stop to a finding
    ("Skeletal survey: none, ascites on CT.", "ascites", ["present"]),
    ("Skeletal survey: none done, sclerotic lesion on CT pelvis.", "sclerotic_bone_lesion", ["present"]),
    ("VEGF: none. Ankle oedema present.", "peripheral_edema", ["present"]),
])
def test_none_heading_look_alikes(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


# --- a node biopsy abbreviated "bx": its pathology can show Castleman disease absent ------------------

@pytest.mark.parametrize("text", [
    "LN bx: reactive follicular hyperplasia, no features of Castleman disease.",
    "LN bx: no features of Castleman disease.",
    "Bx of the axillary node: no Castleman features.",
    "Inguinal LN Bx - reactive hyperplasia.",
    "Cervical node bx showed reactive hyperplasia without Castleman features.",
])
def test_abbreviated_node_biopsy_shows_castleman_absent(text: str) -> None:
    assert _statuses(text, "castleman_disease") == ["absent"]


@pytest.mark.parametrize("text, expected", [
    # a clinician's opinion with no biopsy on its line says nothing
    ("No evidence of Castleman disease.", []),
    ("No features of Castleman disease on CT.", []),
    # a biopsy showing the disease stays present
    ("Inguinal LN bx showed Castleman disease, hyaline vascular type.", ["present"]),
    ("LN bx: Castleman disease, plasma cell type.", ["present"]),
    # "bx" only as a word: "BXR" or "abx" is no biopsy
    ("On abx for cellulitis; no evidence of Castleman disease.", []),
])
def test_abbreviated_node_biopsy_look_alikes(text: str, expected: list) -> None:
    assert _statuses(text, "castleman_disease") == expected
