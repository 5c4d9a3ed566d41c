"""A finding stated present and restated in doubt right after is in doubt."""

from __future__ import annotations

from typing import List

from bot.models import Finding, FindingStatus


def restated_in_doubt(text: str, findings: List[Finding], within: int, doubt,
                      doubt_after, sentence_end) -> List[Finding]:
    """"肝脏饱满，可疑肝大", "spleen 13 cm, splenomegaly cannot be excluded": a present finding
    followed, at most ``within`` characters later in the same sentence, by the same concept put
    in doubt by a doubt word before it (``doubt``) or right after it (``doubt_after``) is in
    doubt (the present one is dropped)."""
    doubtful = [f for f in findings if f.status == FindingStatus.uncertain]

    keep = []
    for f in findings:
        if f.status == FindingStatus.present and any(
                d.concept == f.concept and 0 <= d.provenance.start - f.provenance.end <= within
                and not sentence_end.search(text, f.provenance.end, d.provenance.start)
                and (doubt.search(text, f.provenance.end, d.provenance.end)
                     or bool(doubt_after and doubt_after.match(text, d.provenance.end)))
                for d in doubtful):
            continue
        keep.append(f)
    return keep
