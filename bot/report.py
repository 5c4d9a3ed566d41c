"""The readable report of an Assessment, in English or Chinese (labels in data/report.yml)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

from bot.criteria import CRITERIA_IDS, config
from bot.dialogue.texts import sep, t, test_name
from bot.engine import Assessment
from bot.texts import Text, msg
from bot.yaml_files import safe_load

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=None)
def labels(language: str) -> Dict[str, Any]:
    with open(DATA / "report.yml", encoding="utf-8") as handle:
        raw = safe_load(handle)
    return raw["zh" if language == "zh" else "en"]


def render(assessment: Assessment, language: Optional[str] = None,
           set_aside: Sequence[Text] = ()) -> str:
    """Verdict, each criterion with reasons, unknowns, next tests, points against, differential,
    risk, citations and the one-line disclaimer; ``set_aside``: values read from the note that
    the engine refused (shown right after the verdict, so they are not missed)."""
    lang = "zh" if (language or assessment.language) == "zh" else "en"
    L = labels(lang)
    defs = config().criteria
    lines: List[str] = [L["title"], ""]
    lines.append(f"{L['verdict']}: {L['verdicts'][assessment.verdict.value]}")
    lines.append(assessment.next_step().get(lang))
    if set_aside:
        lines += ["", f"{L['set_aside']}:"] + [f"  - {item.get(lang)}" for item in set_aside]
    lines.append("")
    lines.append(f"{L['criteria']}:")
    current_kind = None
    for cid in CRITERIA_IDS:
        result = assessment.criteria[cid]
        if result.kind != current_kind:
            current_kind = result.kind
            lines.append(f"  {L['kinds'][current_kind]}")
        lines.append(f"    [{L['states'][result.state.value]}] {defs[cid].label(lang)} ({result.citation})")
        for reason in result.reasons:
            lines.append(f"        - {reason.get(lang)}")
    if assessment.unknown:
        lines += ["", f"{L['unknown']}: " + sep(lang).join(defs[c].label(lang) for c in assessment.unknown)]
    if assessment.questions:
        lines += ["", f"{L['questions']}:"]
        for q in assessment.questions:
            lines.append(f"  - {L.get(q, q)}")
    if assessment.missing_evidence:
        lines += ["", f"{L['next_tests']}:"]
        for i, item in enumerate(assessment.missing_evidence, 1):
            flag = f" ({L['pending']})" if item.pending else f" ({L['not_done']})" if item.not_done else ""
            lines.append(f"  {i}. {item.why(lang)}{flag}")
    lines += ["", f"{L['against']}:"]
    lines += [f"  - {p.text(lang)} ({p.citation})" for p in assessment.points_against] or [f"  {L['none']}"]
    if assessment.differential:
        lines += ["", f"{L['differential']}:"]
        lines += [f"  - {d.text(lang)} ({d.citation})" for d in assessment.differential]
    if assessment.cautions:
        lines += ["", f"{L['cautions']}:"]
        lines += [f"  - {c.get(lang)}" for c in assessment.cautions]
    if assessment.risk is not None:
        r = assessment.risk
        score = str(r.score) if r.score is not None else f"{r.score_min}-{r.score_max}"
        group = "/".join(t(f"risk_groups.{name}", lang) for name in ([r.group] if r.group else r.possible_groups))
        missing = sep(lang).join(test_name(f"risk_{name}", lang) for name in r.missing)
        extra = f"; {L['risk_missing']}: {missing}" if r.missing else ""
        os10 = f", {L['risk_os10']} {r.os10}" if r.os10 else ""
        lines += ["", f"{L['risk']}: {score} ({group}{os10}{extra})"]
    lines += ["", f"{L['citations']}: " + ", ".join(assessment.citations)]
    lines += ["", msg("disclaimer").get(lang)]
    return "\n".join(lines)
