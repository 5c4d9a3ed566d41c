"""二(二)1: a past monoclonal result is superseded by a negative serum immunofixation written
after it in the note, by where each is written, whatever order the reader listed them in (an
isotype written on its own is added after the reader's pass)."""

from bot.engine import assess
from bot.models import Evidence, Finding, LabValue, Provenance

MONO = "monoclonal_plasma_cell_disorder"


def finding(concept: str, status: str, start: int, message: int = 0) -> Finding:
    return Finding(concept=concept, status=status,
                   provenance=Provenance(message_index=message, start=start, end=start + 5, text="x" * 5))


def state(findings) -> str:
    evidence = Evidence(findings=findings, labs=[LabValue(analyte="flc_ratio", value=1.04)])
    return assess(evidence).criteria[MONO].state.value


def test_a_past_isotype_written_before_the_negative_ife_is_superseded_though_listed_after():
    assert state([finding("serum_immunofixation", "absent", 300),
                  finding("m_protein", "historical", 50)]) == "absent"


def test_a_past_isotype_written_after_the_negative_ife_still_counts():
    assert state([finding("serum_immunofixation", "absent", 300),
                  finding("m_protein", "historical", 400)]) == "present"


def test_a_later_message_comes_after_every_offset_of_an_earlier_one():
    assert state([finding("m_protein", "historical", 900, message=1),
                  finding("serum_immunofixation", "absent", 10, message=2)]) == "absent"
