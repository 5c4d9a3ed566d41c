"""The latest statement about a sign wins, also when it doubts the sign or says it resolved: a
correction after the note ("actually the oedema resolved last year", "水肿已经消退了", "not sure about
the white nails") leaves that sign's criterion unknown instead of met. Before, the note's present
finding stood beside the correction, so the criterion stayed met while the summary showed the
oedema "in the past". Within one note a doubted or resolved mention does not erase a stated one."""

from __future__ import annotations

import pytest

from bot.session import TriageSession
from nlu import extract_evidence

NOTE = "61M sensorimotor polyneuropathy. Exam: bilateral leg oedema, white nails."


def _session() -> TriageSession:
    s = TriageSession()
    s.apply_note(extract_evidence(NOTE))
    return s


@pytest.mark.parametrize("text, criterion", [
    ("actually the oedema resolved last year", "extravascular_volume_overload"),
    ("the oedema has since resolved", "extravascular_volume_overload"),
    ("水肿已经消退了", "extravascular_volume_overload"),
    ("oedema? not sure now", "extravascular_volume_overload"),
    ("white nails resolved", "skin_changes"),
])
def test_a_later_doubt_or_resolution_makes_the_criterion_unknown(text, criterion):
    s = _session()
    assert s.states()[criterion] == "present"
    _, changes = s.correct(extract_evidence(text), text)
    assert s.states()[criterion] == "unknown"
    assert [(c.key, c.old, c.new) for c in changes] == [(criterion, "present", "unknown")]


def test_a_later_statement_that_it_is_present_again_makes_it_met_again():
    s = _session()
    s.correct(extract_evidence("the oedema resolved last year"), "")
    s.correct(extract_evidence("leg oedema is back"), "")
    assert s.states()["extravascular_volume_overload"] == "present"


@pytest.mark.parametrize("note", [
    "Bilateral leg oedema. Previous ascites, since resolved.",
    "Leg oedema ++. ?oedema of the hands.",
])
def test_within_one_note_a_doubted_mention_does_not_erase_a_stated_one(note):
    s = TriageSession()
    s.apply_note(extract_evidence("sensorimotor polyneuropathy. " + note))
    assert s.states()["extravascular_volume_overload"] == "present"
