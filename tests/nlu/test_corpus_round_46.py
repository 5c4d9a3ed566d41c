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
