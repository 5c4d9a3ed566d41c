"""A monoclonal result written in doubt ("血IFE：疑似 IgA λ", "IFE: IgG κ, equivocal", "IgA λ 可疑阳性")
is uncertain: the isotype is named but the band is not called (README 二(二)1: an M-protein
counts when it is shown, so a questioned one is still unknown). A weak or small band that is
called ("弱阳性", "weakly positive", "small M-spike", "faint IgA λ band") is a band: present."""

from __future__ import annotations

import re
from typing import Optional


class MonoclonalDoubt:
    """implications.yml ``monoclonal_doubt``."""

    def __init__(self, data: dict):
        self.concepts = set(data.get("concepts") or [])
        self.window = int(data.get("window") or 40)
        self.sentence_end = re.compile(data.get("sentence_end") or r"[。;；\n]")
        self.clause_start = re.compile(data.get("clause_start") or r"[,，;；。:：\n]")
        self.before = re.compile(data.get("before") or "(?!)")
        self.after = re.compile(data.get("after") or "(?!)")
        self.before_isotype = int(data.get("before_isotype") or 15)

    def isotype_in_doubt(self, text: str, start: int, end: int, lo: Optional[int] = None) -> bool:
        """Whether the isotype at ``start:end`` is questioned: a doubt word after ``lo`` (default:
        the start of its clause, at most ``before_isotype`` characters back) or right after it."""
        if lo is None:
            lo = max(0, start - self.before_isotype)
            lo = max([lo] + [m.end() for m in self.clause_start.finditer(text, lo, start)])
        return bool(self.before.search(text, lo, start) or self.after.match(text, end))


def doubtful_results(text: str, targets, statuses, doubt: Optional[MonoclonalDoubt], isotype) -> None:
    """A monoclonal mention stated present whose isotype, named later in the same sentence, is
    in doubt (a doubt word between the mention and the isotype, or right after the isotype)
    becomes uncertain. ``isotype``: implications.yml ``isotype`` as a regex. In place."""
    if doubt is None or isotype is None:
        return
    for ent in targets:
        if ent.label_ not in doubt.concepts or statuses[ent] != "present":
            continue
        limit = min(len(text), ent.end_char + doubt.window)
        end = doubt.sentence_end.search(text, ent.end_char, limit)
        m = isotype.search(text, ent.end_char, end.start() if end else limit)
        if m and doubt.isotype_in_doubt(text, m.start(), m.end(), ent.end_char):
            statuses[ent] = "uncertain"
