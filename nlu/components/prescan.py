"""Many phrase regexes searched with one scan of a note.

A component that runs ``finditer`` of several phrase regexes over the whole note (the lab
analytes, the hormones) pays one pass per regex, each trying its first-character guard at
every position. :class:`PrescanGroup` scans the note once with a trie of all the phrases
(case-insensitive, the word start before a Latin phrase kept, no word end) and tries each
regex only at the positions inside that scan's hits whose character passes the regex's own
first-character guard. The matches are those of ``finditer``:

* a match of a phrase regex starts where one of its phrase bodies matches, case-insensitively,
  after a non-word character when the phrase opens with a Latin letter or a digit;
  the scan resumes at each hit's end, so such a position is a hit's start or lies inside a hit;
* ``finditer`` takes, from where it stands, the first position at which ``match`` succeeds and
  goes on from the match's end (the phrase regexes have no anchors and never match empty).
"""

import re
from typing import Dict, Iterable, List, Sequence, Tuple

from nlu.components._text import fast, first_char_guard, matches_at, trie_alternation

# phrase_regex (nlu/components/_text.py) puts this word boundary before a phrase that opens
# with a Latin letter or a digit; case-sensitive here (an ASCII class), so it never rejects a
# position that the case-insensitive form of the same look-behind accepts
_BOUNDED = re.compile(r"[A-Za-z0-9]")
_WORD_START = "(?-i:(?<![A-Za-z0-9]))"


def _scan(phrases: List[str]) -> "re.Pattern":
    """One trie scan of all phrases, case-insensitive and without their word ends; the phrases
    that can only match at a word start keep that look-behind, so the scan does not enter the
    trie in the middle of every word."""
    bounded = [p for p in phrases if _BOUNDED.match(p)]
    free = [p for p in phrases if not _BOUNDED.match(p)]
    parts = []
    if bounded:
        parts.append(first_char_guard(bounded) + _WORD_START + trie_alternation(bounded))
    if free:
        parts.append(first_char_guard(free) + trie_alternation(free))
    return re.compile("|".join(parts), re.I)


class PrescanGroup:
    """``[list(r.finditer(text)) for r in regexes]`` from one scan of ``text``."""

    def __init__(self, groups: Sequence[Tuple["re.Pattern", Iterable[str]]]):
        """``groups``: each regex with the phrases it is built from (its first-character
        guard is rebuilt from them and used alone, to pick the regexes worth trying)."""
        self.regexes = [regex for regex, _ in groups]
        phrases = [[str(p) for p in words if str(p)] for _, words in groups]
        every = [p for words in phrases for p in words]
        # a phrase of spaces and hyphens only could match empty: no scan, plain finditer
        self.scan = _scan(every) if fast() and all(p.strip(" -") for p in every) else None
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
        return [matches_at(regex, text, positions) if positions else []
                for regex, positions in zip(self.regexes, starts)]
