"""Many phrase regexes searched with one scan of a note.

A component that runs ``finditer`` of several phrase regexes over the whole note (the lab
analytes, the hormones) pays one pass per regex, each trying its first-character guard at
every position. :class:`PrescanGroup` scans the note once with a trie of all the phrases
(:func:`~nlu.components._text.compile_prescan`: no boundaries, no case rule) and tries each
regex only at the positions inside that scan's hits whose character passes the regex's own
first-character guard. The matches are those of ``finditer``:

* a match of a phrase regex starts where one of its phrase bodies matches, case-insensitively;
  the scan resumes at each hit's end, so such a position is a hit's start or lies inside a hit;
* ``finditer`` takes, from where it stands, the first position at which ``match`` succeeds and
  goes on from the match's end (the phrase regexes have no anchors and never match empty).
"""

import re
from typing import Dict, Iterable, List, Sequence, Tuple

from nlu.components._text import compile_prescan, first_char_guard


class PrescanGroup:
    """``[list(r.finditer(text)) for r in regexes]`` from one scan of ``text``."""

    def __init__(self, groups: Sequence[Tuple["re.Pattern", Iterable[str]]]):
        """``groups``: each regex with the phrases it is built from (its first-character
        guard is rebuilt from them and used alone, to pick the regexes worth trying)."""
        self.regexes = [regex for regex, _ in groups]
        phrases = [[str(p) for p in words if str(p)] for _, words in groups]
        every = [p for words in phrases for p in words]
        # a phrase of spaces and hyphens only could match empty: no scan, plain finditer
        self.scan = compile_prescan(every) if all(p.strip(" -") for p in every) else None
        guards = [first_char_guard(words) for words in phrases]
        self.guards = [re.compile(g) if g else None for g in guards]
        self._by_char: Dict[str, Tuple[int, ...]] = {}

    def _tried_at(self, ch: str) -> Tuple[int, ...]:
        """Indices of the regexes whose guard lets a match start with ``ch`` (cached)."""
        found = self._by_char.get(ch)
        if found is None:
            found = tuple(i for i, g in enumerate(self.guards) if g is None or g.match(ch))
            self._by_char[ch] = found
        return found

    def matches(self, text: str) -> List[List["re.Match"]]:
        if self.scan is None:
            return [list(regex.finditer(text)) for regex in self.regexes]
        starts: List[List[int]] = [[] for _ in self.regexes]
        for hit in self.scan.finditer(text):
            for p in range(hit.start(), hit.end()):
                for i in self._tried_at(text[p]):
                    starts[i].append(p)
        return [_matches_at(regex, text, positions) if positions else []
                for regex, positions in zip(self.regexes, starts)]


def _matches_at(regex: "re.Pattern", text: str, starts: List[int]) -> List["re.Match"]:
    """``list(regex.finditer(text))`` when every match starts at one of ``starts`` (sorted)."""
    out: List["re.Match"] = []
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = regex.match(text, p)
        if m is None:
            continue
        if m.end() == m.start():  # an empty match: finditer's own rules, on the whole text
            return list(regex.finditer(text))
        out.append(m)
        pos = m.end()
    return out
