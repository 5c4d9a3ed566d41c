"""Several members of a criterion stated absent in one sentence make the criterion absent
(implications.yml ``absent_by_members``: a skin examination without the POEMS changes)."""

from __future__ import annotations

from typing import List, Optional

from bot.models import Finding, FindingStatus
from nlu.components._text import stretch_start


def members_absent_together(text: str, findings: List[Finding], members: set, at_least: int,
                            sentence_end, stated: List[int], item_start=None) -> Optional[tuple]:
    """(start, end) of ``at_least`` different members stated absent within one sentence that
    states nothing present or in doubt (``stated``: where such mentions start) before them, from
    the start of the first member's item (``item_start``: a semicolon of an examination list)."""
    absent = sorted((f for f in findings if f.concept in members and f.status == FindingStatus.absent),
                    key=lambda f: f.provenance.start)
    for i, first in enumerate(absent):
        seen = {first.concept}
        opening = stretch_start(text, first.provenance.start, sentence_end)
        if item_start is not None:
            opening = max([opening] + [m.end() for m in item_start.finditer(text, opening, first.provenance.start)])
        for other in absent[i + 1:]:
            if sentence_end.search(text, first.provenance.end, other.provenance.start):
                break
            seen.add(other.concept)
            if len(seen) >= at_least:
                # "Skin: diabetic dermopathy on shins, no hyperpigmentation or hypertrichosis":
                # a sentence that also describes something present is not a normal examination
                if any(opening <= s < other.provenance.end for s in stated):
                    return None
                return first.provenance.start, other.provenance.end
    return None
