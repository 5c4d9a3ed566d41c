"""A negation after a space that closes the note negates the finding before it."""

from __future__ import annotations

from typing import List

from bot.models import Finding, FindingStatus
from nlu.implications.categories import NEGATED
from nlu.span_values import span_value


def negate_at_note_end(text: str, findings: List[Finding], pattern) -> None:
    """"... LAD 无", "... papilledema 未见" closing the note: the negation that ConText reads only
    before punctuation (nlu/rules/context_zh.yml) also holds before the end of the note
    (``note_end_negation``, read with fullmatch from the finding's end). In place."""
    for i, f in enumerate(findings):
        if f.status == FindingStatus.present and pattern.fullmatch(text, f.provenance.end):
            findings[i] = f.copy(update={"status": FindingStatus.absent})


def cause_ruled_out_at_note_end(text: str, targets, statuses, pattern) -> None:
    """"Pleural effusion - heart failure ruled out", "Leg oedema: DVT excluded" closing the note: the
    cause after the dash or colon is what is ruled out, not the finding before it (context_en.yml
    reads it so before a period or a line break; ``note_end_cause_ruled_out``, read with fullmatch
    from the finding's end). A finding negated only after itself, by those words, is present. In place."""
    for ent in targets:
        if statuses[ent] != "absent" or not pattern.fullmatch(text, ent.end_char):
            continue
        negations = [m for m in span_value(ent, "modifiers") if m.category == NEGATED]
        if negations and all(m.modifier_span[0] >= ent.end for m in negations):
            statuses[ent] = "present"
