"""A negation after a space that closes the note negates the finding before it."""

from __future__ import annotations

from typing import List

from bot.models import Finding, FindingStatus


def negate_at_note_end(text: str, findings: List[Finding], pattern) -> None:
    """"... LAD 无", "... papilledema 未见" closing the note: the negation that ConText reads only
    before punctuation (nlu/rules/context_zh.yml) also holds before the end of the note
    (``note_end_negation``, read with fullmatch from the finding's end). In place."""
    for i, f in enumerate(findings):
        if f.status == FindingStatus.present and pattern.fullmatch(text, f.provenance.end):
            findings[i] = f.copy(update={"status": FindingStatus.absent})
