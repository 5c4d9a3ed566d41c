"""Quiz mode: case vignettes (bot/data/dialogue/vignettes.yml) scored against the engine.

The expected answer is ``bot.engine.assess(vignette evidence)``, never a stored key: whether the
criteria are met, and, when they are not, which groups of criteria are not (yet) present.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from pydantic import BaseModel, Field

from bot.dialogue.texts import lang_of, load
from bot.engine import Assessment, assess
from bot.models import CriterionState, Evidence, Finding, FindingStatus, LabValue, TestNotDone

ATTRIBUTES = ("light_chain", "heavy_chain")


def vignettes() -> List[Dict[str, Any]]:
    return load("vignettes.yml")["vignettes"]


def evidence_of(vignette: Dict[str, Any]) -> Evidence:
    findings = []
    for spec in vignette.get("findings", []):
        if isinstance(spec, str):
            findings.append(Finding(concept=spec))
            continue
        attrs = {k: str(v) for k, v in spec.items() if k in ATTRIBUTES}
        (concept, status), = [(k, v) for k, v in spec.items() if k not in ATTRIBUTES]
        findings.append(Finding(concept=concept, status=FindingStatus(status), attributes=attrs))
    return Evidence(findings=findings, labs=[LabValue(**lab) for lab in vignette.get("labs", [])],
                    not_done=[TestNotDone(test=t) for t in vignette.get("not_done", [])],
                    age=vignette.get("age"), sex=vignette.get("sex"))


def expected(index: int) -> Assessment:
    return assess(evidence_of(vignettes()[index % len(vignettes())]))


def case_text(index: int, language: str) -> str:
    return vignettes()[index % len(vignettes())][lang_of(language)]


class QuizAnswer(BaseModel):
    met: Optional[bool]  # None: the answer says neither
    groups: List[str] = Field(default_factory=list)  # groups the user says are missing
    # the answer says "met" / "not met" in words; False when "not met" is only implied by the
    # groups it names ("VEGF missing"), which a question naming them does not imply
    claimed: bool = False


def _has(text: str, word: str) -> bool:
    if re.search(r"[a-z]", word):
        return re.search(r"(?<![a-z])" + re.escape(word), text) is not None
    return word in text


def _whole_message_in(text: str, key: str) -> bool:
    """The whole message is one of vignettes.yml ``key``'s phrases, apart from case, spaces and punctuation."""
    bare = re.sub(r"[\W_]+", " ", text.lower()).strip()
    return bare in {" ".join(re.sub(r"[\W_]+", " ", w.lower()).split()) for w in load("vignettes.yml")[key]}


def asks_next(text: str) -> bool:
    """The whole message asks for another case ("next", "one more!", "下一个"; vignettes.yml
    ``next_case``), apart from case, spaces and punctuation."""
    return _whole_message_in(text, "next_case")


def gives_up(text: str) -> bool:
    """The whole message gives the case up before answering it ("skip", "I don't know", "不知道";
    vignettes.yml ``give_up_case``)."""
    return _whole_message_in(text, "give_up_case")


def asks_why(text: str) -> bool:
    """The whole message asks why, or for the answer ("why?", "what is the answer?", "为什么？";
    vignettes.yml ``why_case``)."""
    return _whole_message_in(text, "why_case")


def names_a_patient(evidence: Optional[Evidence]) -> bool:
    """The message is a patient's note, not an answer to the case: it states two findings or values
    at least and gives an age, a sex or a lab value ("Pt 62M with CIDP not responding to IVIG"). An
    answer names criteria ("met: neuropathy, IgA lambda, sclerotic lesions") but no patient."""
    if evidence is None or len(evidence.findings) + len(evidence.labs) < 2:
        return False
    return evidence.age is not None or bool(evidence.sex) or bool(evidence.labs)


def parse(text: str) -> QuizAnswer:
    data = load("vignettes.yml")
    lowered = " ".join(text.lower().split())
    groups = [g for g, words in data["group_words"].items() if any(_has(lowered, w) for w in words)]
    asked = lowered
    # "是否" claims nothing; "nothing missing" claims no missing group (longest first)
    for word in sorted(data["claims"].get("asking", []) + data["claims"].get("nothing_missing", []), key=len, reverse=True):
        asked = asked.replace(word, " ")
    met: Optional[bool] = None
    claimed = True
    if any(_has(asked, w) for w in data["claims"]["not_met"]):
        met = False
    elif any(_has(asked, w) for w in data["claims"]["met"]):
        met = True
    elif groups:
        met, claimed = False, False  # naming what is missing implies "not met"
    elif any(_has(lowered, w) for w in data["claims"].get("nothing_missing", [])):
        met = True  # "nothing missing" alone: every group is there
    return QuizAnswer(met=met, groups=groups, claimed=claimed and met is not None)


class QuizScore(BaseModel):
    points: int
    max_points: int = 2
    correct_met: bool
    expected_met: bool
    missing_groups: List[str]
    verdict: str
    groups: Dict[str, str]


def score(index: int, answer: QuizAnswer) -> QuizScore:
    a = expected(index)
    expected_met = a.verdict.value == "meets_criteria"
    missing = [g for g, s in a.groups.items() if s != CriterionState.present]
    correct_met = answer.met is not None and answer.met == expected_met
    points = int(correct_met)
    if expected_met:  # groups named beside "met" are its reasons (a missing word makes it "not met")
        points += int(correct_met)
    elif answer.groups and set(answer.groups) <= set(missing) and set(missing) & set(answer.groups):
        points += int(set(answer.groups) == set(missing))
    return QuizScore(points=points, correct_met=correct_met, expected_met=expected_met,
                     missing_groups=missing, verdict=a.verdict.value,
                     groups={g: s.value for g, s in a.groups.items()})
