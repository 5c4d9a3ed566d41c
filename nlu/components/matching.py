"""A faster ``MedspacyMatcher.__call__`` with the same matches (used by the target matcher and
ConText in the fast path).

Speed: spaCy's token ``Matcher`` starts every pattern at every token, so its cost grows with
tokens × patterns (a Chinese note is ~900 one-character tokens and the zh pipeline has ~60 token
patterns): it was the largest cost of the pipeline. A pattern can only match a doc that has, for
each of its required tokens (no ``OP`` or ``OP: "+"``) written as ``LOWER``/``TEXT``/``ORTH``
equal to or ``IN`` a list, at least one token with that value. :func:`accelerate` records those
value sets per pattern; a call runs a ``Matcher`` holding only the patterns whose required values
all occur in the doc (same keys, same relative order; built once per set of patterns and
cached). Patterns that cannot match add no matches, so the matches are the same. That
``Matcher`` then runs only on the stretches of the doc where one of those patterns can match,
usually a few tokens instead of the whole note: found with one compiled regex per pattern over
the note's token codes (:mod:`nlu.components.code_stretches`); the numpy tables of
:mod:`nlu.components.stretches` are the reference and the path when the first one cannot decide.

A rule whose pattern's last token is context only (``lookahead_last: true`` in ``context_*.yml``:
"不符合" read as a judgement only before the end of its clause, "；" or "（") has its matches end one
token earlier before the pruning (:func:`trim_lookahead`, on both paths), so the token looked at
stays the match of its own rule (the "；" that ends every scope).

The overlap pruning is medspaCy's ``prune_overlapping_matches`` ("longest", repeated until
nothing changes) written with an index instead of ``list.pop(0)`` and a loop instead of the
recursion: the same comparisons in the same order, so the same result.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from operator import itemgetter, lt
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from medspacy.common.medspacy_matcher import MedspacyMatcher
from spacy.attrs import IS_SPACE, LOWER, ORTH, SPACY
from spacy.matcher import Matcher
from spacy.tokens import Doc

from nlu.components.code_stretches import CodeStretches, vocabulary
from nlu.components.stretches import PatternStretches, exact_values

_REQUIRED_OPS = (None, "+", "1")
_ATTRS = {"LOWER": 0, "TEXT": 1, "ORTH": 1}
_MAX_CACHED = 512
_BY_POSITION = _SPAN = itemgetter(1, 2)  # (start, end): the sort key of medspaCy's pruning


def prune_overlapping_matches(matches: List[Tuple[int, int, int]]) -> List[Tuple[int, int, int]]:
    """``medspacy.common.util.prune_overlapping_matches(matches)`` (strategy "longest").

    Only the first pass sorts: a pass keeps matches in the order it reads them, so its result is
    already sorted by (start, end) and the stable sort of the next pass would leave it as it is.
    The passes repeat until one keeps every match, i.e. until no neighbours overlap."""
    unpruned = sorted(matches, key=_BY_POSITION)
    while True:
        pruned = _pass(unpruned)
        if pruned is None:
            return unpruned
        unpruned = pruned


_START, _END = itemgetter(1), itemgetter(2)


def _pass(unpruned: List[Tuple[int, int, int]]) -> Optional[List[Tuple[int, int, int]]]:
    """One pass of medspaCy's pruning over a sorted list, or None when it would keep every
    match (no match overlaps the next).

    medspaCy's pass holds a current match and reads the next one: its current match is always
    the one just before the next in the list. In a list sorted by (start, end) a match overlaps
    the next one (``tuple_overlaps``) exactly when the next one starts before it ends
    (``overlap[k]``). So the pass keeps match ``k`` alone and reads on at ``k + 1`` when
    ``overlap[k]`` is false, and otherwise keeps the longer of ``k`` and ``k + 1`` (the first of
    equal lengths, as ``max``) and reads on at ``k + 2``. The stretches without overlaps are
    copied in one slice each."""
    n = len(unpruned)
    starts = list(map(_START, unpruned))
    ends = list(map(_END, unpruned))
    overlap = list(map(lt, starts[1:], ends[:-1]))  # overlap[k]: k and k + 1 overlap
    if True not in overlap:
        return None
    overlap += (False, False)  # the last match has no next one; a stop at n
    out: List[Tuple[int, int, int]] = []
    append = out.append
    k = 0
    while k < n:
        try:
            i = overlap.index(True, k)
        except ValueError:
            out += unpruned[k:]
            break
        out += unpruned[k:i]
        while overlap[i]:
            curr, nxt = unpruned[i], unpruned[i + 1]
            append(nxt if nxt[2] - nxt[1] > curr[2] - curr[1] else curr)
            i += 2
        k = i
    return out


def _requirements(pattern: Sequence[dict], strings) -> Optional[Tuple[Tuple[int, FrozenSet[int]], ...]]:
    """For each required token of a pattern with a plain value test: (attr column, hashes of the
    accepted values). ``None`` when the pattern is not a list of token dicts."""
    if not isinstance(pattern, list):
        return None
    out = []
    for spec in pattern:
        if not isinstance(spec, dict):
            return None
        if spec.get("OP") not in _REQUIRED_OPS:
            continue
        for key, value in spec.items():
            column = _ATTRS.get(key)
            values = exact_values(value)
            if column is None or values is None:
                continue
            out.append((column, frozenset(strings.add(v) for v in values)))
    return tuple(out)


_last = threading.local()  # the token values of the last doc (the target matcher's, for ConText)


def _token_array(doc: Doc):
    """``doc.to_array([LOWER, ORTH, IS_SPACE, SPACY])``, read once per doc: the target matcher and
    ConText run on the same, unchanged tokens."""
    cached = getattr(_last, "values", None)
    if cached is not None and cached[0] is doc and cached[1] == len(doc):
        return cached[2]
    arr = doc.to_array([LOWER, ORTH, IS_SPACE, SPACY])
    _last.values = (doc, len(doc), arr, None)
    return arr


def _token_values(doc: Doc) -> tuple:
    """:func:`_token_array` and the sets of its LOWER and ORTH values."""
    arr = _token_array(doc)
    cached = _last.values
    if cached[3] is None:
        _last.values = cached = cached[:3] + ((set(arr[:, 0].tolist()),
                                               set(arr[:, 1].tolist())),)
    return arr, cached[3]


def _lookahead_ids(matcher: MedspacyMatcher, strings) -> FrozenSet[int]:
    """The match ids of the matcher's rules marked ``lookahead_last`` (cached per rule count)."""
    rule_map = matcher._rule_map
    cached = getattr(matcher, "_poems_lookahead", None)
    if cached is not None and cached[0] == len(rule_map):
        return cached[1]
    ids = frozenset(strings.add(rule_id) for rule_id, rule in rule_map.items()
                    if (getattr(rule, "metadata", None) or {}).get("lookahead_last"))
    matcher._poems_lookahead = (len(rule_map), ids)
    return ids


def trim_lookahead(matches: list, ids: FrozenSet[int]) -> list:
    """The matches, those of the ``lookahead_last`` rules ending one token earlier: their
    pattern's last token only says what follows the words (never a match of one token alone)."""
    if not ids:
        return matches
    return [(key, start, end - 1) if key in ids and end - start > 1 else (key, start, end)
            for key, start, end in matches]


class LookaheadMedspacyMatcher(MedspacyMatcher):
    """medspaCy's matcher with :func:`trim_lookahead` before its pruning (the reference path)."""

    def __call__(self, doc: Doc) -> List[Tuple[int, int, int]]:
        matches = self._MedspacyMatcher__matcher(doc)
        matches += self._MedspacyMatcher__phrase_matcher(doc)
        matches += self._MedspacyMatcher__regex_matcher(doc)
        matches = trim_lookahead(matches, _lookahead_ids(self, doc.vocab.strings))
        if self._prune:
            matches = prune_overlapping_matches(matches)
        return matches


def lookahead(matcher: MedspacyMatcher) -> MedspacyMatcher:
    """Turn a filled MedspacyMatcher into a :class:`LookaheadMedspacyMatcher` (in place)."""
    matcher.__class__ = LookaheadMedspacyMatcher
    return matcher


class FastMedspacyMatcher(MedspacyMatcher):
    """A MedspacyMatcher whose token patterns are pre-filtered per doc (see the module)."""

    def _poems_prepare(self, vocab) -> None:
        matcher: Matcher = self._MedspacyMatcher__matcher
        strings = vocab.strings
        self._poems_vocab = vocab
        entries = []  # (key string, pattern, requirements) in the order of the rules
        for rule_id, rule in self._rule_map.items():
            pattern = rule.pattern
            if pattern is None or isinstance(pattern, str):
                continue
            if rule_id not in matcher:
                continue
            req = _requirements(pattern, strings)
            entries.append((rule_id, pattern, rule.on_match, req))
        self._poems_entries = entries
        self._poems_stretches = PatternStretches([e[1] for e in entries], strings)
        self._poems_codes = CodeStretches([e[1] for e in entries], strings)
        self._poems_total = len(matcher)
        self._poems_cache: Dict[Tuple[int, ...], Matcher] = {}
        self._poems_lock = threading.Lock()
        # every token pattern must be one of the rules' patterns, in that order
        self._poems_ok = len(entries) == self._poems_total and all(
            e[3] is not None for e in entries)
        stretches, codes = self._poems_stretches, self._poems_codes
        # the code path: every pattern without a callback and with a regex (and, for one-token
        # patterns read from the token values, a single exact test)
        self._poems_by_codes = bool(entries) and all(
            e[2] is None and codes.supports(i) and stretches.supports(i)
            for i, e in enumerate(entries))
        self._poems_singles = tuple(i for i in range(len(entries)) if stretches.single(i))
        self._poems_multi = tuple(i for i in range(len(entries)) if not stretches.single(i))

    def _poems_matcher(self, active: Tuple[int, ...]) -> Matcher:
        m = self._poems_cache.get(active)
        if m is None:
            with self._poems_lock:
                m = self._poems_cache.get(active)
                if m is None:
                    # the patterns were validated when the rules were added to the full
                    # Matcher; validating them again per new set costs ~0.4 ms a pattern
                    m = Matcher(self._poems_vocab, validate=False)
                    for i in active:
                        rule_id, pattern, on_match = self._poems_entries[i][:3]
                        m.add(rule_id, [pattern], on_match=on_match)
                    if len(self._poems_cache) >= _MAX_CACHED:
                        self._poems_cache.clear()
                    self._poems_cache[active] = m
        return m

    def _poems_token_matches(self, doc: Doc, ranges=None) -> list:
        """The token patterns' matches; with ``ranges`` (token ranges, ascending) at least
        those that overlap them."""
        if not self._poems_ok:
            return self._MedspacyMatcher__matcher(doc)
        if not self._poems_entries or not len(doc):
            return []
        if self._prune and self._poems_by_codes:
            matches = self._poems_by_code_stretches(doc, _token_array(doc), ranges)
            if matches is not None:
                return matches
        arr, present = _token_values(doc)
        active = []
        for i, entry in enumerate(self._poems_entries):
            for column, values in entry[3]:
                if values.isdisjoint(present[column]):
                    break
            else:
                active.append(i)
        if not active:
            return []
        active = tuple(active)
        if self._prune and all(self._poems_entries[i][2] is None
                               and self._poems_stretches.supports(i) for i in active):
            matches = self._poems_in_stretches(doc, arr, active)  # pruning sorts: see the method
            if matches is not None:
                return matches
        if len(active) == len(self._poems_entries):
            return self._MedspacyMatcher__matcher(doc)
        return self._poems_matcher(active)(doc)

    def _poems_in_stretches(self, doc: Doc, arr, active: Tuple[int, ...]) -> Optional[list]:
        """The active patterns run only on the stretches where they can match
        (:mod:`nlu.components.stretches`): the same matches, maybe in another order, which the
        pruning's sort by position undoes except between two matches of the same tokens; then
        None (run on the whole doc, whose order is the reference). ``arr`` holds the doc's
        ``LOWER``, ``ORTH`` and ``IS_SPACE`` columns."""
        stretches = self._poems_stretches
        matches = []
        singles = [i for i in active if stretches.single(i)]
        if singles:  # one-token patterns with an exact test: their tokens are their matches
            strings = self._poems_vocab.strings
            for i in singles:
                key = strings[self._poems_entries[i][0]]
                matches += [(key, k, k + 1) for k in stretches.single_matches(arr, i)]
            active = tuple(i for i in active if i not in singles)
        intervals = stretches.intervals(arr, active) if active else []
        if intervals:
            matches += _matches_in(doc, self._poems_matcher(active), intervals)
        return _unambiguous(matches)

    def _poems_by_code_stretches(self, doc: Doc, arr, ranges=None) -> Optional[list]:
        """The token matches from the code stretches (:mod:`nlu.components.code_stretches`):
        one-token patterns read from the token values, the other patterns that have a window
        run on the stretches. Same contract as :meth:`_poems_in_stretches`."""
        codes = self._poems_codes
        text, present = _doc_codes(doc, codes, arr)
        matches = []
        stretches = self._poems_stretches
        strings = self._poems_vocab.strings
        for i in codes.possible(self._poems_singles, present):
            key = strings[self._poems_entries[i][0]]
            matches += [(key, k, k + 1) for k in stretches.single_matches(arr, i)]
        active = codes.possible(self._poems_multi, present)
        intervals, used = codes.intervals(text, active)
        if ranges is not None:  # a match overlapping a range lies in a stretch overlapping it
            intervals = _overlapping(intervals, ranges)
        if intervals:
            matches += _matches_in(doc, self._poems_matcher(used), intervals)
        return _unambiguous(matches)

    def _poems_phrase_pairs(self) -> Optional[Tuple[int, FrozenSet[Tuple[int, int]]]]:
        """The column of the phrase matcher's attribute in :func:`_token_array` and the pairs
        of neighbouring values in any phrase pattern; None when a phrase rule has a callback
        (it sees the match list) or the attribute is not in the array. The patterns and
        callbacks are read from the matcher's pickle data (``__reduce__``)."""
        cached = getattr(self, "_poems_pairs", None)
        if cached is not None and cached[0] == len(self._rule_map):
            return cached[1]
        _, docs, callbacks, attr = self._MedspacyMatcher__phrase_matcher.__reduce__()[1]
        column = {LOWER: 0, ORTH: 1}.get(attr)
        found = None
        if column is not None and all(callback is None for callback in callbacks.values()):
            found = (column, frozenset(pair for keywords in docs.values() for keyword in keywords
                                       for pair in zip(keyword, keyword[1:])))
        self._poems_pairs = (len(self._rule_map), found)
        return found

    def matches_within(self, doc: Doc, ranges: Sequence[Tuple[int, int]]) -> Optional[list]:
        """``self(doc)``'s matches that lie in the token ranges (disjoint, ascending), in
        order, without matching the rest of the doc; None when a match may cross a range's
        end, then only ``self(doc)`` can tell.

        Why the same: no match crosses a range's end (the token matches are checked; a phrase
        match across token index x would hold the values of tokens x - 1 and x as neighbours,
        and no phrase has that pair), so every match lies inside a range or outside all of
        them. The phrase matcher on a span finds the doc's matches inside it, in the same
        order. Pruning never pairs two matches that do not overlap, so it treats the matches
        on either side of such a point on their own: the pruned matches inside the ranges are
        the same, in the same order."""
        if not self._prune or self._MedspacyMatcher__regex_matcher._patterns:
            return None
        found = self._poems_phrase_pairs()
        if found is None:
            return None
        column, pairs = found
        n = len(doc)
        cuts = [x for a, b in ranges for x in (a, b) if 0 < x < n]
        if cuts:
            values = _token_array(doc)[:, column]
            before, after = values[[x - 1 for x in cuts]].tolist(), values[cuts].tolist()
            if not pairs.isdisjoint(zip(before, after)):
                return None
        firsts = [a for a, _ in ranges]
        kept = []
        for match in self._poems_token_matches(doc, ranges):
            start, end = match[1], match[2]
            k = bisect_right(cuts, start)
            if k < len(cuts) and cuts[k] < end:
                return None  # across a range's end
            r = bisect_right(firsts, start) - 1
            if r >= 0 and start < ranges[r][1]:
                kept.append(match)
        phrases = self._MedspacyMatcher__phrase_matcher
        for a, b in ranges:
            kept += phrases(doc[a:b])
        return prune_overlapping_matches(trim_lookahead(kept, _lookahead_ids(self, self._poems_vocab.strings)))

    def __call__(self, doc: Doc) -> List[Tuple[int, int, int]]:
        matches = self._poems_token_matches(doc)
        matches += self._MedspacyMatcher__phrase_matcher(doc)
        regex = self._MedspacyMatcher__regex_matcher
        if regex._patterns:
            matches += regex(doc)
        matches = trim_lookahead(matches, _lookahead_ids(self, self._poems_vocab.strings))
        if self._prune:
            matches = prune_overlapping_matches(matches)
        return matches


def _doc_codes(doc: Doc, codes: CodeStretches, arr) -> tuple:
    """``codes.codes(...)`` of a doc, computed once per doc for the matchers that share a
    code table (:func:`share_codes`): the target matcher's, read again by ConText."""
    cached = getattr(_last, "codes", None)
    if cached is not None and cached[0] is doc and cached[1] == len(doc) \
            and cached[2] is codes.table:
        return cached[3]
    found = codes.codes(arr[:, 0], arr[:, 2] != 0)
    _last.codes = (doc, len(doc), codes.table, found)
    return found


def share_codes(matchers: Sequence[MedspacyMatcher]) -> None:
    """Give accelerated matchers of one vocabulary one code table (the values of all their
    token patterns), so a doc's code string is computed once for all of them. Same
    stretches: a pattern's regex only names its own values."""
    fast = [m for m in matchers if isinstance(m, FastMedspacyMatcher)]
    values = set()
    for m in fast:
        values |= vocabulary([e[1] for e in m._poems_entries])
    table = None
    for m in fast:
        codes = CodeStretches([e[1] for e in m._poems_entries], m._poems_vocab.strings, values)
        if table is not None and codes.table == table:
            codes.table = table  # the same object: the cache compares by identity
        table = codes.table
        m._poems_codes = codes
        m._poems_by_codes = bool(m._poems_entries) and all(
            e[2] is None and codes.supports(i) and m._poems_stretches.supports(i)
            for i, e in enumerate(m._poems_entries))


def accelerate(matcher: MedspacyMatcher, vocab) -> MedspacyMatcher:
    """Turn a filled MedspacyMatcher into a :class:`FastMedspacyMatcher` (in place)."""
    matcher.__class__ = FastMedspacyMatcher
    matcher._poems_prepare(vocab)
    return matcher


def _matches_in(doc: Doc, matcher, intervals) -> list:
    """The matcher's (key, start, end) matches inside each token interval, in doc positions."""
    if len(intervals) == 1 and intervals[0] == (0, len(doc)):
        return matcher(doc)
    return [(key, start + a, end + a)
            for a, b in intervals for key, start, end in matcher(doc[a:b])]


def _overlapping(intervals: list, ranges: Sequence[Tuple[int, int]]) -> list:
    """The intervals (disjoint, ascending) that overlap one of the ranges (the same)."""
    out = []
    r, n = 0, len(ranges)
    for a, b in intervals:
        while r < n and ranges[r][1] <= a:
            r += 1
        if r == n:
            break
        if ranges[r][0] < b:
            out.append((a, b))
    return out


def _unambiguous(matches: list) -> Optional[list]:
    """``matches``, or None when two rules match the same tokens: their order may differ from
    a run on the whole doc, which then decides (the pruning's sort by position keeps ties)."""
    if len(set(map(_SPAN, matches))) == len(matches):
        return matches  # no two matches on the same tokens (the common case, tested in C)
    seen: Dict[Tuple[int, int], int] = {}
    for key, start, end in matches:
        if seen.setdefault((start, end), key) != key:
            return None
    return matches
