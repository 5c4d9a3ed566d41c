"""Questions about the patient being assessed, typed outside the interview ("what is still
missing?", "why is organomegaly unknown?", "为什么VEGF还不算满足？", "what about the bones?", "do we need a bone marrow biopsy?"):
answered from the assessment, each criterion with its state, its reasons and the tests that
would settle it. Such a question is never merged as evidence: it names a criterion, it does not
report one (the NLU reads "organomegaly unknown?" as an uncertain organomegaly). The words are
data (bot/data/dialogue/patient_questions.yml); nothing is logged."""

from __future__ import annotations

import re
from typing import List, NamedTuple, Optional, Tuple

from bot.dialogue.answers import (aside, asked_topic, drop_words, has_phrase, is_question, normalised,
                                  reads_as_question, strip_words)
from bot.dialogue.texts import load
from bot.models import Evidence


_SENTENCE_END = re.compile(r"[.!?。！？;；]")


class PatientQuestion(NamedTuple):
    kind: str  # "missing" | "criteria" | "verdict" | "risk" | "summary" | "why" | "tests"
    criteria: Tuple[str, ...] = ()
    tests: Tuple[str, ...] = ()  # "tests": the tests asked about (tests.yml keys)


def _data():
    return load("patient_questions.yml")


def criteria_named(text: str) -> List[str]:
    """The criteria of 表2 whose words (``criteria``) the text names, in table order."""
    norm = normalised(text)
    return [cid for cid, words in _data()["criteria"].items() if any(has_phrase(norm, w) for w in words)]


_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])")


def asks_verdict(norm: str) -> bool:
    """Whether the (normalised) text asks if the patient has POEMS or meets the criteria
    (``verdict``, or POEMS with a word for the patient, or POEMS alone; see the data file);
    spaces beside Chinese characters do not count ("是 POEMS 吗")."""
    data = _data()
    joined = _CJK_SPACE.sub("", _without(norm, drop_words()))
    if any(has_phrase(joined, w) for w in data.get("verdict", [])):
        return True
    if not any(has_phrase(joined, w) for w in data.get("verdict_topic", [])) or asked_topic(norm):
        return False
    if any(has_phrase(joined, w) for w in data.get("verdict_patient", [])):
        return True
    rest = _without(joined, data.get("verdict_topic", []) + data.get("verdict_bare", []))
    return not re.sub(r"[\W_]+", "", rest)


def asks_risk(norm: str) -> bool:
    """Whether the (normalised) text asks for this patient's PUMCH score or prognosis (``risk``
    with a word for the patient, ``verdict_patient``)."""
    data = _data()
    joined = _CJK_SPACE.sub("", norm)
    return any(has_phrase(joined, w) for w in data.get("risk", [])) \
        and any(has_phrase(joined, w) for w in data.get("verdict_patient", []))


def asks_summary(norm: str) -> bool:
    """Whether the (normalised) text asks for the patient's summary and nothing else
    (``summary`` and ``summary_fillers``: "summary please", "总结一下"; not "summary of the
    criteria?")."""
    data = _data()
    words = data.get("summary", [])
    if len(norm) > 40 or not any(has_phrase(norm, w) for w in words):
        return False
    return not re.sub(r"[\W_]+", "", _without(norm, words + data.get("summary_fillers", [])))


def asks_tests(text: str, norm: str, extracted: Evidence) -> Tuple[str, ...]:
    """The tests a question asks whether to do for this patient ("do we need a bone marrow
    biopsy?", "需要做骨髓活检吗", "should I order a PET-CT?"): a short question without a number,
    a result or a stated finding, that names tests (the NLU reads a test someone wants as not
    done) and a word of need (``test_need``). "Why do you need VEGF?" is the interview's why;
    a question naming POEMS ("POEMS需要做骨髓吗？") asks the consensus."""
    if not extracted.not_done or extracted.labs or len(text) > int(_data().get("max_chars", 120)) \
            or re.search(r"\d", text) or not reads_as_question(text) \
            or any(f.status.value != "uncertain" for f in extracted.findings) \
            or aside(norm, extracted) == "why":
        return ()
    joined = _CJK_SPACE.sub("", norm)
    if not any(has_phrase(joined, w) for w in _data().get("test_need", [])) \
            or any(has_phrase(joined, w) for w in _data().get("verdict_topic", [])):
        return ()  # "POEMS需要做骨髓吗？": the consensus's work-up, not this patient's
    return tuple(dict.fromkeys(n.test for n in extracted.not_done))


def _without(text: str, phrases: List[str]) -> str:
    """``text`` with every occurrence of the phrases removed (word-bounded for Latin ones)."""
    return " ".join(strip_words(text, phrases).split())


def patient_question(text: str, extracted: Optional[Evidence] = None) -> Optional[PatientQuestion]:
    """What the message asks about the current patient, or None when it is not such a question
    (a note, a result, an answer, an education question about the consensus)."""
    extracted = extracted or Evidence()
    norm = normalised(text or "")
    remark = aside(norm, extracted)
    if remark == "missing":
        return PatientQuestion("missing")
    if remark == "why" and not extracted.not_done:
        # a bare "why?" / "为什么？": inside the interview, why its question is asked (left to
        # it); after it, why the verdict is what it is
        return PatientQuestion("why")
    if not (extracted.findings or extracted.labs or extracted.not_done) and asks_summary(norm):
        return PatientQuestion("summary")
    tests = asks_tests(text or "", norm, extracted)
    if tests:
        return PatientQuestion("tests", tests=tests)
    data = _data()
    if not norm or len(text) > int(data.get("max_chars", 120)) or re.search(r"\d", text) \
            or extracted.labs or extracted.not_done or not is_question(text):
        return None
    # a finding stated in it ("皮肤变黑，水肿，算不算POEMS？", "no oedema, is it met now?") or a
    # second sentence after the question: a note with a question, read as a note (nothing lost)
    if any(f.status.value != "uncertain" for f in extracted.findings) \
            or _SENTENCE_END.search(text.strip()[:-1]):
        return None
    if asks_risk(norm):
        return PatientQuestion("risk")
    named = criteria_named(text)
    if not named:
        return PatientQuestion("verdict") if asks_verdict(norm) else None
    stated = any(has_phrase(norm, w) for w in data.get("state_words", []))
    follow_up = any(norm.startswith(w.lower()) for w in data.get("follow_ups", []))
    if not (stated or follow_up):
        return None
    return PatientQuestion("criteria", tuple(named))
