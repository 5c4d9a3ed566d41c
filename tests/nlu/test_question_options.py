"""The lettered options of a multiple-choice question pasted with its vignette ("Which of the following is the
most likely diagnosis? A. CIDP B. POEMS syndrome C. MGUS ...") are diagnoses to choose from, not the patient's
(document.yml question_options): none is read. The vignette's own findings stay, and a lone lettered answer to
a question ("Q: What is the diagnosis? A. POEMS syndrome") is no list of options."""

import pytest

from tests.nlu.conftest import statuses

INLINE = ("A 48-year-old man has a demyelinating polyneuropathy and a small IgA lambda protein. Which of the "
          "following is the most likely diagnosis? A. CIDP B. POEMS syndrome C. MGUS D. Multiple myeloma "
          "E. AL amyloidosis")
LINES = ("A 48-year-old man has a demyelinating polyneuropathy and a palpable spleen.\n"
         "Which of the following is the most likely diagnosis?\nA. CIDP\nB. POEMS syndrome\nC. MGUS\n"
         "D. Multiple myeloma\nE. AL amyloidosis\nAnswer: B")


@pytest.mark.parametrize("text", [INLINE, LINES, "What is the next best step?\na) Castleman disease work-up\n"
                                  "b) Lymphadenopathy biopsy\nc) Bone survey for lytic lesions"])
@pytest.mark.parametrize("concept", ["cidp_diagnosis", "mgus", "multiple_myeloma", "amyloidosis",
                                     "castleman_disease", "lymphadenopathy", "lytic_bone_lesion"])
def test_the_options_are_no_findings(text, concept):
    assert "present" not in statuses(text, concept)


def test_the_vignette_stays():
    assert "present" in statuses(INLINE, "demyelinating_neuropathy")
    assert "present" in statuses(LINES, "splenomegaly")


def test_text_after_the_answer_key_stays():
    assert "present" in statuses(LINES + "\nHe had bilateral papilloedema.", "papilledema")


@pytest.mark.parametrize("text, concept", [
    ("Q: What is the diagnosis?\nA. Multiple myeloma, given the lytic lesions.", "multiple_myeloma"),
    ("Problems:\nA. MGUS\nB. Diabetes", "mgus"),
])
def test_a_lettered_answer_or_problem_list_stays(text, concept):
    assert "present" in statuses(text, concept)
