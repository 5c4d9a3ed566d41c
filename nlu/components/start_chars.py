"""Where a regex can start matching, read from the regex itself, so that a scan of a whole note
tries it only there.

Why: ``re`` scans a note fast (in C, one class test per character) only when a pattern opens
with a literal or with a character class that is not case-insensitive over cased letters. A
pattern that opens with a look-behind ("(?<![A-Za-z])(?:Hb|Hgb)...") or that is compiled with
``re.I`` is started at every position of the note instead. :func:`start_class` reads the
pattern (``sre_parse``) and gives a case-sensitive one-character class that the first character
of every match passes (a superset: look-arounds and anchors in front are skipped, every case
variant that ``re.I`` accepts is listed); :class:`StartScan` finds the first such position with that
class (the fast scan) and starts ``finditer`` there.

A pattern whose start cannot be read this way (a negated class, any character, a back
reference, a case-insensitive range over cased letters, a match that can be empty) gets no
class (None): it is scanned as before.
"""

from __future__ import annotations

import re
import sre_compile
import sre_constants as C
import sre_parse
import threading
from typing import Dict, FrozenSet, Iterator, List, Optional, Set, Tuple

from nlu.components._text import fast

_Items = Tuple[FrozenSet[int], FrozenSet[str]]  # code points, class escapes (\d, \s, \w)
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT) + ((C.POSSESSIVE_REPEAT,)
                                           if hasattr(C, "POSSESSIVE_REPEAT") else ())
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)

_lock = threading.Lock()
_folds: Optional[Dict[int, List[int]]] = None  # lower-case code -> the other codes lowering to it


class _Unreadable(Exception):
    """The pattern's start is not a plain class."""


def _fold_map() -> Dict[int, List[int]]:
    """Every code point whose ``re`` lower case (``_sre.unicode_tolower``) is another one,
    grouped by that lower case (one pass over Unicode, ~0.1 s, once per process)."""
    global _folds
    if _folds is None:
        with _lock:
            if _folds is None:
                import _sre

                lower = _sre.unicode_tolower
                folds: Dict[int, List[int]] = {}
                for code in range(0x110000):
                    low = lower(code)
                    if low != code:
                        folds.setdefault(low, []).append(code)
                _folds = folds
    return _folds


def _case_variants(code: int) -> Set[int]:
    """The code points ``re.I`` matches against the literal ``code``: those whose lower case is
    its lower case or one of that lower case's extra equivalents (``sre_compile``)."""
    import _sre

    low = _sre.unicode_tolower(code)
    lows = {low, *getattr(sre_compile, "_ignorecase_fixes", {}).get(low, ())}
    folds = _fold_map()
    out = set(lows)
    for value in lows:
        out.update(folds.get(value, ()))
    return out


def _cased(code: int) -> bool:
    import _sre

    return _sre.unicode_tolower(code) != code or chr(code).upper() != chr(code) \
        or bool(_fold_map().get(code))


def _combine(flags: int, add: int, remove: int) -> int:
    return (flags | add) & ~remove


def _first(items, flags: int, codes: Set[int], escapes: Set[str]) -> bool:
    """Add to ``codes``/``escapes`` the characters a match of the sequence ``items`` can open
    with; True when the sequence can match empty (then what follows it opens the match too)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # zero-width: the first character is the next item's
        if op is C.LITERAL:
            _literal(av, flags, codes)
            return False
        if op is C.IN:
            for kind, value in av:
                if kind is C.LITERAL:
                    _literal(value, flags, codes)
                elif kind is C.RANGE:
                    low, high = value
                    if flags & re.I and any(_cased(c) for c in range(low, high + 1)):
                        raise _Unreadable
                    codes.update(range(low, high + 1))
                elif kind is C.CATEGORY and value in _CATEGORIES:
                    escapes.add(_CATEGORIES[value])
                else:
                    raise _Unreadable  # a negated class, another category
            return False
        if op is C.SUBPATTERN:
            _, add, remove, sub = av
            if not _first(sub.data, _combine(flags, add, remove), codes, escapes):
                return False
            continue
        if op is C.BRANCH:
            empty = False
            for alternative in av[1]:
                empty |= _first(alternative.data, flags, codes, escapes)
            if not empty:
                return False
            continue
        if op in _REPEATS:
            low, _, sub = av
            if not _first(sub.data, flags, codes, escapes) and low >= 1:
                return False
            continue
        raise _Unreadable  # any character, a back reference, a conditional group, ...
    return True


def _literal(code: int, flags: int, codes: Set[int]) -> None:
    codes.update(_case_variants(code) if flags & re.I else (code,))


def start_class(regex: "re.Pattern") -> Optional["re.Pattern"]:
    """A case-sensitive one-character pattern that the first character of every match of
    ``regex`` (a str pattern) matches, or None (see the module)."""
    if not isinstance(regex.pattern, str) or regex.flags & (re.LOCALE | re.VERBOSE):
        return None
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags & ~re.UNICODE)
        flags = parsed.state.flags
        if flags & (re.LOCALE | re.VERBOSE):
            return None
        codes: Set[int] = set()
        escapes: Set[str] = set()
        if _first(parsed.data, flags, codes, escapes):
            return None  # can match empty
    except (_Unreadable, re.error, TypeError, ValueError):
        return None
    if not codes and not escapes:
        return None
    body = "".join(re.escape(chr(c)) if chr(c) not in "-]\\^" else "\\" + chr(c)
                   for c in sorted(codes))
    return re.compile("[" + body + "".join(sorted(escapes)) + "]")


# hops (one ``match`` call at each character of the start class) pay while those characters are on
# average at least this many characters apart; judged after the first few
_HOP_GAP = 24
_HOP_TRIAL = 4


class StartScan:
    """``regex.finditer(text)`` started at the first position where :func:`start_class` says
    a match can start: the same matches (a look-behind or a word boundary still reads the text
    before that position), without the per-position attempts in front of it, and none at all
    when no such position exists. ``Match.pos`` is where the scan or the match was started."""

    def __init__(self, regex: "re.Pattern"):
        self.regex = regex
        self.pattern = regex.pattern
        self.starts = start_class(regex) if fast() else None

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator["re.Match"]:
        end = len(text) if endpos is None else endpos
        if self.starts is not None:
            first = self.starts.search(text, pos, end)
            if first is None:
                return iter(())
            return self._hops(text, first.start(), end)
        return self.regex.finditer(text, pos, end)

    def _hops(self, text: str, pos: int, end: int) -> Iterator["re.Match"]:
        """``regex.finditer(text, pos, end)`` tried only at the characters of the start class
        while they are sparse: ``finditer`` takes the first position from where it stands at
        which ``regex.match`` succeeds (a look-behind, ``^`` or ``\\b`` reads the text before the
        position either way) and goes on from the match's end (a match is never empty: the
        pattern has a start class), and no match starts at a character outside the class. So
        the matches are the same. When the class's characters come closer than
        :data:`_HOP_GAP` apart on average (an English note full of "s"), one ``match`` call
        each costs more than ``re``'s own per-position attempts: ``finditer`` goes on from where
        the hops stand, which is where it would stand."""
        search, match = self.starts.search, self.regex.match
        begin = pos
        hops = 0
        while True:
            m = match(text, pos, end)
            if m is None:
                pos += 1
            else:
                yield m
                pos = m.end()
            hops += 1
            if hops > _HOP_TRIAL and pos - begin < _HOP_GAP * hops:
                yield from self.regex.finditer(text, pos, end)
                return
            found = search(text, pos, end)
            if found is None:
                return
            pos = found.start()
