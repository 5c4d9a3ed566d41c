"""An oedema word right after an optic-disc clause is the disc's oedema (papilloedema)."""

from __future__ import annotations

import re
from typing import Optional

from nlu.components._text import stretch_start


class DiscOedema:
    """implications.yml ``disc_oedema``: a bare oedema word right after an optic-disc clause
    ("视盘边界清，无水肿") is the disc's oedema, not the legs'."""

    def __init__(self, data: dict):
        self.source = str(data["from"])
        self.concept = str(data["concept"])
        self.bare = re.compile(data["bare"])
        self.disc = re.compile(data["disc"])
        self.site = re.compile(data["site"])
        self.sentence_end = re.compile(data["sentence_end"])
        self.max_clauses = int(data.get("max_clauses", 2))
        self.window = int(data.get("window", 40))
        self.normal = re.compile(data["normal"]) if data.get("normal") else None
        self.clause_end = re.compile(data.get("clause_end") or r"[,，、;；]")

    def disc_start(self, text: str, start: int, end: int) -> Optional[int]:
        """Where the disc is named before the oedema word at ``start:end``, or None."""
        if not self.bare.match(text[start:end].strip()):
            return None
        lo = max(0, start - self.window)
        before = text[lo:start]
        cut = stretch_start(text, start, self.sentence_end, self.window) - lo
        disc = None
        for disc in self.disc.finditer(before, cut):
            pass
        if disc is None:
            return None
        gap = before[disc.end():]
        if self.site.search(gap) or len(re.findall(r"[,，、]", gap)) > self.max_clauses:
            return None
        return lo + disc.start()

    def said_normal(self, text: str, disc: int, start: int) -> bool:
        """The disc's own clause, from its start to the oedema word at ``start``, calls the
        disc normal ("fundi show normal discs and oedema", "discs sharp and oedema"): an oedema
        stated present there is not the disc's (the disc is normal), nor shown to be the legs'
        (implications.yml ``disc_oedema.normal``)."""
        if self.normal is None:
            return False
        lo = stretch_start(text, disc, self.clause_end, self.window)
        return bool(self.normal.search(text, lo, start))
