"""Where in a doc a set of token patterns can match: the stretches of tokens outside which no
match of any of them lies (used by :mod:`nlu.components.matching`).

Why: spaCy's token ``Matcher`` starts every pattern at every token and builds a Python ``Token``
per token, so a call costs tokens × patterns even where no pattern can match. Every token of a
match passes one of its pattern's token specs, its first token passes the first spec (when that
one is required) and every required spec is met inside it; so a match lies inside a run of tokens
that pass one of the pattern's specs, starting at a token that passes the first spec, holding each
required spec, and (a pattern without ``*`` or ``+``) at most as long as the pattern. The token
tests used here are a superset of the spec's (one test per spec: a ``LOWER``/``TEXT``/``ORTH``
value, list or ``NOT_IN`` list, or ``IS_SPACE``; anything else passes every token), so the
stretches hold every match, and running the same ``Matcher`` on each stretch finds the same matches.
A pattern of one token with one exact test (``IS_SPACE``, a value or ``IN`` list, or a
``REGEX``; maybe with a ``SPACY`` test) matches exactly the tokens that pass it, which
:meth:`PatternStretches.single_matches` lists without the ``Matcher``. A ``REGEX`` test is
searched in each distinct value once (:class:`RegexTest`); before, a one-token number pattern
of ConText made every token of a note a stretch, and the ``Matcher`` ran on the whole note.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Tuple

import numpy

_ATTRS = {"LOWER": 0, "TEXT": 1, "ORTH": 1}
_REQUIRED = (None, "1", "+")
_OPS = (None, "1", "+", "?", "*", "!")
_UNBOUNDED = 1 << 30
# two stretches closer than this many tokens are matched in one call (a call has a fixed cost)
_JOIN_GAP = 12

# column kinds
_VALUE, _SPACE, _NOT_SPACE, _ANY = 0, 1, 2, 3


def _spec_column(spec: dict, strings) -> Tuple[int, int, bool, frozenset]:
    """(kind, attr column, negated, value hashes): one superset test for a token spec."""
    if spec.get("OP") == "!":
        return _ANY, 0, False, frozenset()
    best = None
    for key, value in spec.items():
        column = _ATTRS.get(key)
        if column is None:
            continue
        if isinstance(value, str):
            found = (column, False, [value])
        elif isinstance(value, dict) and len(value) == 1 and isinstance(
                next(iter(value.values())), list) and all(
                isinstance(v, str) for v in next(iter(value.values()))):
            op, values = next(iter(value.items()))
            if op not in ("IN", "NOT_IN"):
                continue
            found = (column, op == "NOT_IN", values)
        else:
            continue
        if best is None or (best[1] and not found[1]):  # a value list before a NOT_IN list
            best = found
    if best is not None:
        column, negated, values = best
        return _VALUE, column, negated, frozenset(strings.add(v) for v in values)
    space = spec.get("IS_SPACE")
    if isinstance(space, bool):
        return (_SPACE if space else _NOT_SPACE), 0, False, frozenset()
    return _ANY, 0, False, frozenset()


def exact_values(value: object) -> Optional[List[str]]:
    """The strings a token attribute test accepts when it is an exact value or an ``IN`` list of
    strings; None for any other test (regex, comparison, ...), which cannot be pre-filtered."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list) \
            and all(isinstance(v, str) for v in value["IN"]):
        return value["IN"]
    return None


def _single_test(pattern, strings) -> Optional[tuple]:
    """(column, hashes or a :class:`RegexTest` or None, IS_SPACE value, SPACY value or None) for
    a pattern of one required token spec with one exact test (a ``LOWER``/``TEXT``/``ORTH`` value,
    ``IN`` list or ``REGEX``, or ``IS_SPACE``), maybe with a ``SPACY`` test besides ("a comma with no space after it"),
    else None."""
    if not isinstance(pattern, list) or len(pattern) != 1 or not isinstance(pattern[0], dict):
        return None
    spec = dict(pattern[0])
    if spec.pop("OP", None) not in (None, "1"):
        return None
    spacy = spec.pop("SPACY", None)
    if not isinstance(spacy, (bool, type(None))) or len(spec) != 1:
        return None
    key, value = next(iter(spec.items()))
    if key == "IS_SPACE" and isinstance(value, bool):
        return 2, None, value, spacy
    column = _ATTRS.get(key)
    if column is not None and isinstance(value, dict) and set(value) == {"REGEX"} \
            and isinstance(value["REGEX"], str):
        return column, RegexTest(value["REGEX"], strings), None, spacy
    values = exact_values(value)
    if column is None or values is None:
        return None
    return column, numpy.array([strings.add(v) for v in values], dtype=numpy.uint64), None, spacy


class RegexTest:
    """A ``REGEX`` token test evaluated per distinct value: ``re.search`` in the value's string,
    as spaCy's ``_RegexPredicate`` does, remembered by the value's hash (the same string always
    gives the same answer), so a note costs one look-up per distinct value."""

    _MAX_REMEMBERED = 200_000

    def __init__(self, pattern: str, strings):
        self._regex = re.compile(pattern)
        self._strings = strings
        self._known: Dict[int, bool] = {}

    def hits(self, column: numpy.ndarray) -> numpy.ndarray:
        """A bool per token: whether its value passes the test."""
        values = numpy.unique(column)
        known = self._known
        if len(known) > self._MAX_REMEMBERED:
            known.clear()
        accepted = []
        for value in values.tolist():
            ok = known.get(value)
            if ok is None:
                ok = known[value] = bool(self._regex.search(self._strings[value]))
            if ok:
                accepted.append(value)
        if not accepted:
            return numpy.zeros(len(column), dtype=bool)
        return numpy.isin(column, numpy.array(accepted, dtype=numpy.uint64))


class _Plan:
    """The tables for one set of patterns (built once per set, see :class:`PatternStretches`).

    Each spec test is one bit of a 64-bit word per distinct value, so a token's tests are one
    table look-up and a pattern's tests one ``&`` over the doc (at most 64 specs per plan)."""

    def __init__(self, specs: List[List[tuple]], lengths: List[int], first_required: List[bool],
                 required: List[List[int]]):
        values = sorted({v for pattern in specs for s in pattern for v in s[3]})
        self.values = numpy.array(values, dtype=numpy.uint64)
        index = {v: k + 1 for k, v in enumerate(values)}  # 0: a value no spec names
        lower = numpy.zeros(len(values) + 1, dtype=numpy.uint64)
        orth = numpy.zeros(len(values) + 1, dtype=numpy.uint64)
        space = not_space = any_ = 0
        groups, firsts, needs = [], [], []
        bit = 0
        for p, pattern in enumerate(specs):
            group = 0
            for k, (kind, attr, negated, hashes) in enumerate(pattern):
                flag = 1 << bit
                bit += 1
                group |= flag
                if k == 0:
                    firsts.append(flag)
                if k in required[p]:
                    needs.append((p, flag))
                if kind == _VALUE:
                    table = lower if attr == 0 else orth
                    if negated:
                        table |= numpy.uint64(flag)
                    for v in hashes:
                        row = index[v]
                        if negated:
                            table[row] &= ~numpy.uint64(flag)
                        else:
                            table[row] |= numpy.uint64(flag)
                elif kind == _SPACE:
                    space |= flag
                elif kind == _NOT_SPACE:
                    not_space |= flag
                else:
                    any_ |= flag
            groups.append(group)
        self.lower = lower if lower.any() else None
        self.orth = orth
        self.space, self.not_space, self.any = (numpy.uint64(space), numpy.uint64(not_space),
                                                numpy.uint64(any_))
        self.groups = numpy.array(groups, dtype=numpy.uint64)[:, None]
        firsts = numpy.array(firsts, dtype=numpy.uint64)
        self.firsts = numpy.where(first_required, firsts, self.groups[:, 0])[:, None]
        self.lengths = numpy.array(lengths, dtype=numpy.int64)
        # the required specs' bits, one row each, and per pattern its rows (padded with -1)
        self.need_bits = numpy.array([f for _, f in needs], dtype=numpy.uint64)[:, None]
        width = max((len(r) for r in required), default=0) or 1
        rows = numpy.full((len(specs), width), -1, dtype=numpy.intp)
        filled = [0] * len(specs)
        for r, (p, _) in enumerate(needs):
            rows[p, filled[p]] = r
            filled[p] += 1
        self.need_rows = rows

    def _ids(self, hashes) -> numpy.ndarray:
        """Row of each token's value in the tables (0: a value no spec names)."""
        values = self.values
        if not len(values):
            return numpy.zeros(len(hashes), dtype=numpy.intp)
        k = numpy.searchsorted(values, hashes)
        k[k == len(values)] = 0
        return numpy.where(values[k] == hashes, k + 1, 0)

    def bits(self, lower, orth, space) -> numpy.ndarray:
        """Per token, the bits of the spec tests it passes."""
        bits = self.orth[self._ids(orth)]
        if self.lower is not None:
            bits |= self.lower[self._ids(lower)]
        if self.space:
            bits |= numpy.where(space, self.space, numpy.uint64(0))
        if self.not_space:
            bits |= numpy.where(space, numpy.uint64(0), self.not_space)
        return bits | self.any

    def inside(self, lower, orth, space) -> Optional[numpy.ndarray]:
        """Per token, whether it lies in a stretch where one of the patterns can match."""
        n = len(lower)
        bits = self.bits(lower, orth, space)[None, :]
        union = (bits & self.groups) != 0  # patterns × tokens
        pp, ii = numpy.nonzero(((bits & self.firsts) != 0) & union)
        if not len(ii):
            return None
        # a bounded pattern ends within its length; another one at the end of its run of tokens
        # that pass one of its specs (the next token that passes none)
        ends = ii + self.lengths[pp]
        open_ = ends > n
        if open_.any():
            fails = numpy.flatnonzero(~union)  # keys p * n + j of the tokens outside
            query = pp[open_] * n + ii[open_]
            row_end = (pp[open_] + 1) * n
            if len(fails):
                k = numpy.searchsorted(fails, query)
                nxt = numpy.where(k < len(fails), fails[numpy.minimum(k, len(fails) - 1)], row_end)
                row_end = numpy.minimum(nxt, row_end)
            ends[open_] = row_end - pp[open_] * n
        # every required spec passes on a token of [start, end)
        keep = numpy.ones(len(ii), dtype=bool)
        if len(self.need_bits):
            passes = numpy.flatnonzero((bits & self.need_bits) != 0)  # keys r * n + j
            rows = self.need_rows[pp]  # candidates × required specs (-1: none)
            valid = rows >= 0
            query = rows * n + ii[:, None]
            k = numpy.minimum(numpy.searchsorted(passes, query), max(len(passes) - 1, 0))
            found = passes[k] if len(passes) else numpy.full(query.shape, -1)
            ok = (found >= query) & (found < rows * n + ends[:, None])
            keep = (ok | ~valid).all(axis=1)
        if not keep.any():
            return None
        cover = numpy.bincount(ii[keep], minlength=n + 1) \
            - numpy.bincount(ends[keep], minlength=n + 1)
        return numpy.cumsum(cover[:n]) > 0

class PatternStretches:
    """The stretches where some of a matcher's token patterns can match (see the module)."""

    def __init__(self, patterns: Sequence[list], strings):
        self._specs: List[Optional[List[tuple]]] = []
        self._lengths: List[int] = []
        self._first_required: List[bool] = []
        self._required: List[List[int]] = []
        for pattern in patterns:
            ok = isinstance(pattern, list) and 0 < len(pattern) <= 64 and all(
                isinstance(s, dict) and s.get("OP") in _OPS for s in pattern)
            if not ok:
                self._specs.append(None)
                self._lengths.append(_UNBOUNDED)
                self._first_required.append(False)
                self._required.append([])
                continue
            self._specs.append([_spec_column(s, strings) for s in pattern])
            bounded = all(s.get("OP") in (None, "1", "?", "!") for s in pattern)
            self._lengths.append(len(pattern) if bounded else _UNBOUNDED)
            self._first_required.append(pattern[0].get("OP") in _REQUIRED)
            self._required.append([k for k, s in enumerate(pattern) if s.get("OP") in _REQUIRED])
        self._plans: Dict[Tuple[int, ...], List[_Plan]] = {}
        self._single = [_single_test(p, strings) for p in patterns]

    def single(self, index: int) -> bool:
        """Whether a pattern is one token with an exact test (see :meth:`single_matches`)."""
        return self._single[index] is not None

    def single_matches(self, arr: numpy.ndarray, index: int) -> List[int]:
        """The tokens a one-token pattern with one exact test matches: that pattern's matches
        are exactly these tokens (spaCy's ``Matcher`` tests the same attribute values)."""
        column, values, flag, spacy = self._single[index]
        if values is None:
            hits = (arr[:, 2] != 0) == flag
        elif isinstance(values, RegexTest):
            hits = values.hits(arr[:, column])
        else:
            hits = numpy.isin(arr[:, column], values)
        if spacy is not None:  # the token's SPACY value (the fourth column of ``arr``)
            hits &= (arr[:, 3] != 0) == spacy
        return numpy.flatnonzero(hits).tolist()

    def supports(self, index: int) -> bool:
        return self._specs[index] is not None

    def plans(self, active: Tuple[int, ...]) -> List[_Plan]:
        """The plans for a set of patterns, each with at most 64 specs (built once per set)."""
        plans = self._plans.get(active)
        if plans is None:
            chunks: List[List[int]] = [[]]
            width = 0
            for i in active:
                k = len(self._specs[i])
                if width + k > 64 and chunks[-1]:
                    chunks.append([])
                    width = 0
                chunks[-1].append(i)
                width += k
            plans = [_Plan([self._specs[i] for i in chunk], [self._lengths[i] for i in chunk],
                           [self._first_required[i] for i in chunk],
                           [self._required[i] for i in chunk]) for chunk in chunks if chunk]
            if len(self._plans) >= 512:
                self._plans.clear()
            self._plans[active] = plans
        return plans

    def intervals(self, arr: numpy.ndarray, active: Tuple[int, ...]) -> List[Tuple[int, int]]:
        """Disjoint (start, end) token stretches, in order, that hold every match of the
        ``active`` patterns; ``arr`` is ``doc.to_array([LOWER, ORTH, IS_SPACE, SPACY])``."""
        lower = numpy.ascontiguousarray(arr[:, 0])
        orth = numpy.ascontiguousarray(arr[:, 1])
        space = arr[:, 2] != 0
        inside = None
        for plan in self.plans(active):
            part = plan.inside(lower, orth, space)
            if part is not None:
                inside = part if inside is None else (inside | part)
        if inside is None:
            return []
        edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([False], inside, [False]))))
        out: List[Tuple[int, int]] = []
        for a, b in zip(edges[0::2].tolist(), edges[1::2].tolist()):
            if out and a - out[-1][1] < _JOIN_GAP:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out
