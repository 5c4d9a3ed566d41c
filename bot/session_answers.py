"""Helpers that read a free-text answer for bot/session.py beyond its own words: a refusal to
show, the tests an answer names instead of the asked one, why it gives no result, and the
clauses that speak of other tests (blanked before the answer's "no" is read)."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from bot.dialogue.answers import blank_spans, has_phrase, matches, normalised, questions, reading
from bot.dialogue.numbers import refusal
from bot.models import Evidence, Finding
from bot.number_text import number_text


def refused_text(key: Optional[str]) -> Dict[str, str]:
    """A refusal of questions.yml ``reading.refusals`` as {en, zh}; empty for None."""
    if key is None:
        return {}
    text = sex_refusal(key)
    return {"en": text.en, "zh": text.zh}


def sex_refusal(key: str) -> Any:
    """The refusal ``key`` of a testosterone read against the men's cut-off (thresholds.yml)."""
    from bot.thresholds import load_thresholds
    from bot.evidence import MOLAR_EQUIVALENCES
    from bot.units import ureg

    cut = load_thresholds().total_testosterone
    mass, amount = (ureg.Quantity(side) for side in MOLAR_EQUIVALENCES["testosterone"])
    molar = (ureg.Quantity(cut.low_below["male"], cut.unit) * (amount / mass)).to("nmol/L").magnitude
    return refusal(reading(), key, cutoff=f"{number_text(cut.low_below['male'])} {cut.unit}, {molar:.1f} nmol/L")


_CLAUSE_START = re.compile(r"[.;。；!?！？\n]")


def another_tests(spec: Dict[str, Any], finding: Finding, text: str) -> bool:
    """Whether the clause of ``finding`` in the answer ``text`` names another test as its source
    (``states_unless``) and not the asked one (``states_own``)."""
    unless = spec.get("states_unless", [])
    prov = finding.provenance
    if not unless or prov is None or prov.start is None or prov.end is None:
        return False
    begin = max((m.end() for m in _CLAUSE_START.finditer(text, 0, prov.start)), default=0)
    clause = normalised(text[begin:prov.end])
    if any(has_phrase(clause, w) for w in spec.get("states_own", [])):
        return False
    return any(has_phrase(clause, w) for w in unless)


def tests_named_instead(spec: Dict[str, Any], norm: str) -> List[str]:
    """The tests of other questions whose analyte an answer (``normalised``) names, by the words of
    questions.yml ``reading.analyte_words``, when it names none of the asked item's analytes
    ("VEGF still awaited" answering the light-chain question: serum_vegf)."""
    names = reading().get("analyte_words") or {}
    number = spec.get("number") or {}
    own = {number.get("analyte"), *(number.get("others") or {})}
    if any(has_phrase(norm, w) for a in own if a for w in names.get(a, [])):
        return []
    tests: List[str] = []
    for other in questions()["items"].values():
        analyte, test = (other.get("number") or {}).get("analyte"), other.get("test")
        if analyte and test and test != spec.get("test") and analyte not in own and test not in tests \
                and any(has_phrase(norm, w) for w in names.get(analyte, [])):
            tests.append(test)
    return tests


def reason_not_done_of(norm: str) -> str:
    """Why an answer gives no result: awaited ("pending"), not known to the referrer ("unknown":
    "不知道", "not sure") or not done."""
    if matches(norm, "pending"):
        return "pending"
    return "unknown" if matches(norm, "unknown_result") else "not_done"


_CLAUSE = re.compile(r"[^,，.;。；!！?？\n]+[?？]?")


def without_other_tests(text: str, extracted: Evidence, asked_test: Optional[str]) -> str:
    """``text`` with the clauses that say another test not done blanked (same length), and the
    clause answering such a test asked as a question ("骨CT做了吗？没有做"): their "no" is that
    test's. "negative; free light chains pending" keeps its "negative"."""
    starts = [n.provenance.start for n in extracted.not_done if n.test != asked_test
              and n.provenance is not None and n.provenance.start is not None]
    if not starts:
        return text
    spans, blank_next = [], False
    for clause in _CLAUSE.finditer(text):
        hit = any(clause.start() <= start < clause.end() for start in starts)
        if hit or blank_next:
            spans.append(clause.span())
        blank_next = hit and clause.group().endswith(("?", "？"))
    return blank_spans(text, spans)
