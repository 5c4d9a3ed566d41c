"""A large alternation regex that tries, in a given text, only the alternatives that can match it.

Python's ``re`` tries every alternative of ``A|B|C|…`` at every position of the text, so a rule of
twenty alternatives costs twenty scans of the note even when most of its words are nowhere in it
(the ``others_sentence`` rule alone took ~10 % of reading an English note). Each alternative
usually needs some literal words to match ("been", "文献", "%"): this module reads them off the
parsed pattern (the "prefilter" idea of RE2 and Hyperscan), checks them with ``in`` on a
case-folded copy of the text, and runs a regex of the remaining alternatives only, in their
original order, so the matches are exactly those of the whole pattern. That regex is then scanned
from where its first character can stand (:class:`nlu.components.start_chars.StartScan`).

Soundness: a literal is required only where every way of matching passes through it (a run of
literal characters, a group, a branch whose every arm requires one, a repeat of at least one);
the text and the literals are folded alike, with ``re``'s own case-insensitive equivalences that
land on ASCII letters ('ı' ~ 'i', 'ſ' ~ 's', 'İ', 'K' Kelvin), and cased non-ASCII letters never
enter a literal. A named group of a dropped alternative stays in the regex (in a last alternative
that never matches), so ``match.group(name)`` is None as before; numbered groups may shift, so a
pattern with back-references is compiled as it is."""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import TYPE_CHECKING, FrozenSet, Iterator, List, Optional, Sequence, Tuple

if TYPE_CHECKING:  # imported when a pattern is built: nlu.components imports the implications
    from nlu.components.start_chars import StartScan

try:  # Python 3.11+
    from re import _constants as _sre_constants, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_LITERAL = _sre_constants.LITERAL
_SUBPATTERN = _sre_constants.SUBPATTERN
_BRANCH = _sre_constants.BRANCH
_REPEATS = tuple(getattr(_sre_constants, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_sre_constants, name))
_ATOMIC = getattr(_sre_constants, "ATOMIC_GROUP", None)

# re's IGNORECASE matches these non-ASCII characters to ASCII letters; fold them the same way
_ODD_FOLDS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_ODD = re.compile("[" + "".join(_ODD_FOLDS) + "]")
_ODD_TABLE = str.maketrans(_ODD_FOLDS)
_GLOBAL_FLAGS = re.compile(r"\A\(\?([aiLmsux]+)\)")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def fold(text: str) -> str:
    """The text as the literals are compared with it: lower case, odd case-folds to ASCII. The
    last text's fold is kept: the patterns of one note ask for it about nine times."""
    global _last_fold
    source, folded = _last_fold
    if text is source or text == source:
        return folded
    folded = (text.translate(_ODD_TABLE) if _ODD.search(text) else text).lower()
    _last_fold = (text, folded)
    return folded


_last_fold: Tuple[str, str] = ("", "")


def _foldable(char: str) -> bool:
    """A character a literal may keep: ASCII, or one without case (CJK, digits, punctuation)."""
    return char.isascii() or char.lower() == char.upper()


def _literal_pieces(chars: List[str]) -> List[str]:
    """A run of literal characters cut at cased non-ASCII letters (whose folding is not plain)."""
    pieces, current = [], []
    for char in chars:
        if _foldable(char):
            current.append(char)
        elif current:
            pieces.append("".join(current))
            current = []
    if current:
        pieces.append("".join(current))
    return [fold(piece) for piece in pieces]


def _selectivity(words: FrozenSet[str]) -> Tuple[int, int]:
    return min(len(word) for word in words), -len(words)


def _shortest_only(words: FrozenSet[str]) -> FrozenSet[str]:
    """The words of a one-of set that hold no other word of it: a text holding "多可" holds "多",
    so checking "多" alone decides both."""
    return frozenset(word for word in words if not any(other != word and other in word for other in words))


def _candidates(items: Sequence) -> List[FrozenSet[str]]:
    """Sets of folded words such that every text the parsed items match holds a word of each set
    (a run of literal characters, and what a group, a branch or a repeat of at least one needs)."""
    candidates: List[FrozenSet[str]] = []
    run: List[str] = []

    def close_run() -> None:
        candidates.extend(frozenset({piece}) for piece in _literal_pieces(run))
        run.clear()

    for op, av in items:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is _SUBPATTERN:
            candidates.extend(_candidates(av[-1].data))
        elif _ATOMIC is not None and op is _ATOMIC:
            candidates.extend(_candidates(av.data))
        elif op in _REPEATS and av[0] >= 1:
            candidates.extend(_candidates(av[2].data))
        elif op is _BRANCH:
            arms = [required_words(arm.data) for arm in av[1]]
            if arms and all(arms):
                candidates.append(_shortest_only(frozenset().union(*arms)))  # type: ignore[arg-type]
    close_run()
    return [words for words in candidates if words and all(words)]


def required_words(items: Sequence) -> Optional[FrozenSet[str]]:
    """The most selective set of folded words one of which occurs in every text the parsed items
    match (the longest shortest word, then the fewest words); None when no such set is known."""
    candidates = _candidates(items)
    return max(candidates, key=_selectivity) if candidates else None


def requirements(items: Sequence, most: int = 3, largest: int = 64) -> Tuple[Tuple[str, ...], ...]:
    """Up to ``most`` of the sets every match needs a word of (all of them hold in a text the
    items can match: "%" and "患者" for "30%的患者"), smallest first: each word is one ``in`` over
    the note, and the first set that misses settles it. Sets of more than ``largest`` words are
    left out while a smaller one is known (a set of short Chinese verbs or English adverbs that
    a clause needs is worth its few dozen ``in`` checks: a miss saves a scan of the note)."""
    unique = sorted(set(_candidates(items)), key=lambda words: (len(words), -min(map(len, words))))
    small = [words for words in unique if len(words) <= largest]
    # each set's words shortest first: a short word is the likeliest to be in a note, and the
    # first word found settles its set
    return tuple(tuple(sorted(words, key=lambda word: (len(word), word)))
                 for words in (small[:most] or unique[:1]))


def split_alternatives(source: str) -> List[str]:
    """The top-level alternatives of a pattern's source (``A|B(C|D)|E`` -> A, B(C|D), E)."""
    parts, current, depth, i = [], [], 0, 0
    in_class = False
    while i < len(source):
        char = source[i]
        if char == "\\":
            current.append(source[i:i + 2])
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            current.append(char)
            i += 1
            # a ']' first in the class (after an optional '^') is a literal bracket
            if source[i:i + 1] == "^":
                current.append("^")
                i += 1
            if source[i:i + 1] == "]":
                current.append("]")
                i += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


class PrefilteredPattern:
    """``re.compile(source, flags)`` for ``finditer`` and ``search``, trying only the alternatives
    whose required words the text holds (every alternative when one has none)."""

    def __init__(self, source: str, flags: int = 0):
        self.pattern = source
        self.whole = re.compile(source, flags)
        self.flags = flags
        self._body = source
        global_flags = _GLOBAL_FLAGS.match(source)
        if global_flags:
            self._body = source[global_flags.end():]
            self.flags |= re.compile(global_flags.group(0)).flags
        self.alternatives = split_alternatives(self._body)
        # per alternative, the sets of words it needs one of each (none known: always tried)
        self.words: List[Tuple[Tuple[str, ...], ...]] = [()] * len(self.alternatives)
        self.names: List[List[str]] = [[] for _ in self.alternatives]
        if len(self.alternatives) == 1:
            self.words = [requirements(_sre_parse.parse(self._body, self.flags).data)]
        elif not _BACKREFERENCE.search(source):
            parsed = [_sre_parse.parse(alt, self.flags) for alt in self.alternatives]
            self.words = [requirements(alt.data) for alt in parsed]
            self.names = [sorted(alt.state.groupdict) for alt in parsed]
        from nlu.components.start_chars import StartScan

        self._whole_scan = StartScan(self.whole)
        self._subset = lru_cache(maxsize=64)(self._compile_subset)

    def _compile_subset(self, indices: Tuple[int, ...]) -> "StartScan":
        kept = [self.alternatives[i] for i in indices]
        dropped_names = [name for i, names in enumerate(self.names) if i not in indices for name in names]
        if dropped_names:  # never matches ((?!) fails at once): keeps the names for group(name)
            kept.append("(?!)" + "".join(f"(?P<{name}>)" for name in dropped_names))
        from nlu.components.start_chars import StartScan

        return StartScan(re.compile("|".join(kept), self.flags))

    def for_text(self, text: str) -> "Optional[StartScan]":
        """The regex to run over ``text``, as a scan (None: no alternative can match it)."""
        if not any(self.words):
            return self._whole_scan
        folded = fold(text)
        indices = tuple(i for i, needs in enumerate(self.words)
                        if all(any(word in folded for word in words) for words in needs))
        if not indices:
            return None
        if len(indices) == len(self.alternatives):
            return self._whole_scan
        return self._subset(indices)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator["re.Match[str]"]:
        scan = self.for_text(text)
        return iter(()) if scan is None else scan.finditer(text, pos, min(endpos, len(text)))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> "Optional[re.Match[str]]":
        return next(self.finditer(text, pos, endpos), None)
