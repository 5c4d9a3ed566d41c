"""After an oedema or effusion was given, a follow-up that names only its cause ("it's the
amlodipine", "that's from the amlodipine", "是氨氯地平引起的") puts the cause on it (bot.session
_put_cause, from the NLU's Evidence.cause), as one message naming both does ("ankle oedema on
amlodipine"): the finding stays present (表2 counts it as stated) and the engine names the cause as a
point against. It goes on the latest present oedema or effusion; with none, nothing changes."""

import pytest

from bot.session import TriageSession
from nlu import extract_evidence

NOTE = "Demyelinating polyneuropathy on NCS. IFE: IgA lambda. Ankle oedema."
FOLLOW_UPS = ["it's the amlodipine", "that's from the amlodipine", "是氨氯地平引起的", "I think it's the amlodipine"]


def _session(note: str = NOTE) -> TriageSession:
    s = TriageSession()
    s.apply_note(extract_evidence(note))
    return s


def _latest(s: TriageSession, concept: str):
    return next(f for f in reversed(s.evidence.findings) if f.concept == concept)


def _against(s: TriageSession):
    return [p.id for p in s.assess().points_against]


@pytest.mark.parametrize("text", FOLLOW_UPS)
def test_a_bare_cause_answering_another_question_goes_on_the_oedema(text):
    s = _session()
    key = s.next_question()
    s.ask(key)
    outcome = s.apply_answer(key, text, extract_evidence(text))
    assert outcome.kind == "other"  # understood, and the asked item still open
    oedema = _latest(s, "peripheral_edema")
    assert (oedema.status.value, oedema.attributes.get("cause")) == ("present", "calcium_channel_blocker")
    assert s.states()["extravascular_volume_overload"] == "present"
    assert "volume_other_cause" in _against(s)


@pytest.mark.parametrize("text", FOLLOW_UPS)
def test_a_bare_cause_as_a_correction_goes_on_the_oedema(text):
    s = _session()
    understood, _ = s.correct(extract_evidence(text), text)
    assert understood
    assert _latest(s, "peripheral_edema").attributes.get("cause") == "calcium_channel_blocker"


def test_the_oedema_given_as_an_answer_takes_it_too():
    s = _session("Demyelinating polyneuropathy on NCS. IFE: IgA lambda.")
    s.ask("volume_overload")
    s.apply_answer("volume_overload", "ankle oedema", extract_evidence("ankle oedema"))
    text = "是氨氯地平引起的"
    s.correct(extract_evidence(text), text)
    assert _latest(s, "peripheral_edema").attributes.get("cause") == "calcium_channel_blocker"


def test_the_latest_present_finding_takes_it_not_a_negated_one():
    s = _session(NOTE + " No ascites.")
    text = "it's the amlodipine"
    s.correct(extract_evidence(text), text)
    assert _latest(s, "peripheral_edema").attributes.get("cause") == "calcium_channel_blocker"
    assert _latest(s, "ascites").status.value == "absent" and not _latest(s, "ascites").attributes.get("cause")


@pytest.mark.parametrize("note", ["Demyelinating polyneuropathy on NCS. IFE: IgA lambda.",
                                  "Demyelinating polyneuropathy on NCS. IFE: IgA lambda. No oedema."])
def test_without_a_present_oedema_nothing_changes(note):
    s = _session(note)
    text = "it's the amlodipine"
    understood, changes = s.correct(extract_evidence(text), text)
    assert not understood and not changes
    assert not any(f.attributes.get("cause") for f in s.evidence.findings)


def test_a_drug_named_alone_or_denied_puts_nothing():
    for text in ("amlodipine", "it's not the amlodipine", "不是氨氯地平引起的"):
        s = _session()
        s.correct(extract_evidence(text), text)
        assert not any(f.attributes.get("cause") for f in s.evidence.findings), text


def test_a_chinese_cause_is_no_yes_to_the_asked_question():
    s = _session()
    key = s.next_question()
    s.ask(key)
    before = dict(s.states())
    s.apply_answer(key, "是氨氯地平引起的", extract_evidence("是氨氯地平引起的"))
    assert s.states() == before  # "是" answered nothing of the asked test
