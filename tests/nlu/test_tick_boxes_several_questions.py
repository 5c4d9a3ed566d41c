"""Several form questions answered by tick boxes on one line ("Edema: [x] yes [ ] no. Ascites: [ ] yes [x] no.")
are each answered on their own (nlu/normalize.py _box_groups, document.yml tick_box next_question): the words
that close one question's last option and open the next ("no. Ascites:") no longer fall inside an option, so the
next question is neither lost nor left standing alone as if stated. Without a break and a colon the line stays one
question (nothing read from it is ever present). Sentences written for the tests."""

import pytest

from nlu.normalize import normalize
from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, expected", [
    ("Edema: [x] yes [ ] no. Ascites: [ ] yes [x] no. Effusions: [ ] yes [x] no.",
     {"peripheral_edema": "present", "ascites": "absent", "serous_effusions": "absent"}),
    ("Ascites: [ ] yes [x] no. Effusions: [ ] yes [x] no.", {"ascites": "absent", "serous_effusions": "absent"}),
    ("Pleural effusion: [x] yes [ ] no, Ascites: [ ] yes [x] no, Edema: [ ] yes [x] no",
     {"pleural_effusion": "present", "ascites": "absent", "peripheral_edema": "absent"}),
    ("Edema: [x] yes [ ] no; Ascites: [ ] yes [x] no", {"peripheral_edema": "present", "ascites": "absent"}),
    ("Edema: ☐ yes ☒ no  Ascites: ☒ yes ☐ no", {"peripheral_edema": "absent", "ascites": "present"}),
])
def test_each_question_gets_its_own_answer(text, expected):
    for concept, status in expected.items():
        assert statuses(text, concept) == [status], concept


@pytest.mark.parametrize("text, concept", [
    # the second question has no ticked box: unknown, never present
    ("Edema: [x] yes [ ] no. Ascites: [ ] yes [ ] no.", "ascites"),
    ("Edema: [x] no [ ] yes; Effusions: [ ] yes [ ] no", "serous_effusions"),
    # no break before the next question: the line stays one question and the question is lost, not stated
    ("Edema: [x] yes [ ] no Ascites: [ ] yes [x] no", "ascites"),
])
def test_an_unanswered_or_unbroken_question_is_not_present(text, concept):
    assert "present" not in statuses(text, concept)


@pytest.mark.parametrize("text", [
    "Edema: [x] yes [ ] no. Ascites: [ ] yes [x] no.",
    "Fundoscopy  ☐ normal ☐ abnormal  ☒ not done",
    "HSM: [ ] yes [ ] no [x] not assessed, see 10:30 note",
])
def test_offsets_are_kept(text):
    assert len(normalize(text)) == len(text)


@pytest.mark.parametrize("text", [
    "Papilledema: [ ] yes [x] no (optometry 9/2025)",
    "Peripheral oedema  [ ] Yes  [x] No",
])
def test_one_question_a_line_unchanged(text):
    concept = "papilledema" if "Papill" in text else "peripheral_edema"
    assert statuses(text, concept) == ["absent"]
