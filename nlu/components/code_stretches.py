"""Where token patterns can match, found with one compiled regex per pattern over a string of
token codes (used by :mod:`nlu.components.matching`; same stretches contract as
:mod:`nlu.components.stretches`, which stays as the reference).

Why: the numpy tables of :class:`nlu.components.stretches.PatternStretches` cost ~20 array
calls per set of patterns and note, while the stretches they find hold < 2 % of a note's tokens.
Here a note becomes, once per matcher, a string with one character per token (the token's
``LOWER`` value as a code of the matcher's vocabulary, computed with one ``searchsorted``), and
each pattern one regex over such strings, compiled when the rules are loaded: ``re`` skips every
position whose character cannot start the pattern in C.

Each token spec becomes a character class that accepts at least the tokens the spec accepts
(a superset):

* ``LOWER`` value, ``IN`` and ``NOT_IN`` lists: exact on the code.
* ``TEXT``/``ORTH`` value and ``IN`` list: the lower-cased values (a token equal to a value has
  that value's lower case). ``NOT_IN``: only the values whose lower case no other string has
  (no character changes under ``str.lower`` into one of theirs) are left out; the others are
  let through.
* ``IS_SPACE``: the codes of whitespace values and the code of other whitespace tokens.
* any other test (``REGEX``, ``LIKE_NUM``, ...) and the ``!`` operator: any token.

A match's tokens all pass the union ``U`` of its pattern's classes, its first token passes the
first class ``F`` (the union when the first spec is optional), each required spec (``OP`` none,
``1`` or ``+``) is met by one of its tokens, and a pattern without ``*`` or ``+`` is at most as
long as its specs. So a match starting at token ``s`` lies in ``[s, e)``, where ``e`` is where
the run of ``U`` tokens from ``s`` stops (bounded patterns: at most ``s + len``), and each
required class occurs in it. The pattern's regex finds exactly those windows:

* bounded: ``F`` + required checks + ``(?=(U{0,len-1}))``, consuming only ``F``, so every start
  is tried (overlapping windows).
* unbounded: ``F`` + required checks + ``U*``, consuming the run: a later start in the same run
  has a window inside this one, and fails the checks when this one fails them.
* unbounded with a required spec (so no empty window): the specs' classes in sequence with their operators
  (``C1 C2* C3 ...``), matched leftmost-longest (the ``regex`` module's POSIX mode) from every
  start (``overlapped``): each window ends where the longest class sequence from its start
  ends. A ``U`` run is the union of every spec, so one spec that accepts any token (a
  ``REGEX`` test) made it reach the end of the note; the sequence keeps such a spec to its own
  one token.

The windows of all patterns are merged (and joined across small gaps) as in
:meth:`PatternStretches.intervals`.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

import numpy
import regex as regex_module

_BASE = 0x100  # code 0 -> chr(_BASE); stays below the surrogates for < 0xD000 values
_OTHER, _OTHER_SPACE = 0, 1  # a value no spec names (not whitespace / whitespace)
_FIRST_VALUE = 2
_REQUIRED = (None, "1", "+")
_BOUNDED = (None, "1", "?", "!")
_OPS = (None, "1", "+", "?", "*", "!")
_JOIN_GAP = 12  # as nlu.components.stretches: closer stretches are matched in one call

# A class is (negated, codes): the codes it accepts, or (negated) all codes but these.
_Class = Tuple[bool, FrozenSet[int]]
_ANY: _Class = (True, frozenset())


def _and(a: _Class, b: _Class) -> _Class:
    if not a[0] and not b[0]:
        return False, a[1] & b[1]
    if not a[0]:
        return False, a[1] - b[1]
    if not b[0]:
        return False, b[1] - a[1]
    return True, a[1] | b[1]


def _or(a: _Class, b: _Class) -> _Class:
    if not a[0] and not b[0]:
        return False, a[1] | b[1]
    if a[0] and b[0]:
        return True, a[1] & b[1]
    pos, neg = (a, b) if not a[0] else (b, a)
    return True, neg[1] - pos[1]


def own_lower_case(value: str) -> bool:
    """Whether ``value`` is the lower case of no other string: none of its characters has case
    (``upper()`` leaves it) nor is the combining dot that ``'İ'.lower()`` adds."""
    return all(ch.upper() == ch and ch != "\u0307" for ch in value)


def _value_list(value) -> Optional[Tuple[bool, List[str]]]:
    """(negated, strings) of an exact value, ``IN`` or ``NOT_IN`` test, else None."""
    if isinstance(value, str):
        return False, [value]
    if isinstance(value, dict) and len(value) == 1:
        op, items = next(iter(value.items()))
        if op in ("IN", "NOT_IN") and isinstance(items, list) \
                and all(isinstance(v, str) for v in items):
            return op == "NOT_IN", items
    return None


def _spec_values(spec: dict) -> Iterable[str]:
    """The lower-case strings a spec names (the vocabulary of the codes)."""
    for key in ("LOWER", "TEXT", "ORTH"):
        found = _value_list(spec.get(key)) if key in spec else None
        if found:
            yield from (v.lower() for v in found[1])


def _class_text(cls: _Class) -> str:
    """The regex character class of a class of codes."""
    negated, codes = cls
    if not codes:
        return r"[\s\S]" if negated else "(?!)"
    parts = []
    items = sorted(codes)
    start = prev = items[0]
    for c in items[1:] + [None]:
        if c is not None and c == prev + 1:
            prev = c
            continue
        low, high = chr(_BASE + start), chr(_BASE + prev)
        parts.append(re.escape(low) if start == prev else f"{re.escape(low)}-{re.escape(high)}")
        if c is not None:
            start = prev = c
    return ("[^" if negated else "[") + "".join(parts) + "]"


def vocabulary(patterns: Sequence[list]) -> set:
    """The lower-case values the usable patterns name (the codes of a :class:`CodeStretches`)."""
    return {v for p in patterns if CodeStretches._usable(p) for s in p for v in _spec_values(s)}


class CodeStretches:
    """Per-pattern regexes over token codes for one matcher's token patterns (see the module)."""

    def __init__(self, patterns: Sequence[list], strings, shared: Iterable[str] = ()):
        """``shared``: more values to give codes, so that matchers built with the same values
        (:func:`vocabulary` of all their patterns) code a doc the same way."""
        values = sorted(vocabulary(patterns) | set(shared))
        self.table = tuple(values)  # equal tables: equal code strings for a doc
        if len(values) >= 0xD000 - _BASE - _FIRST_VALUE:
            values, patterns = [], [None] * len(patterns)  # too many values: no pattern usable
        codes = {v: k + _FIRST_VALUE for k, v in enumerate(values)}
        hashes = [(strings.add(v), codes[v]) for v in values]
        hashes.sort()
        self._hashes = numpy.array([h for h, _ in hashes], dtype=numpy.uint64)
        self._codes = numpy.array([c for _, c in hashes], dtype=numpy.uint32)  # per hash
        space = frozenset([_OTHER_SPACE] + [codes[v] for v in values if v.isspace()])
        self._space: _Class = (False, space)
        self._value_codes = codes
        self._regexes: List[Optional["re.Pattern"]] = []
        self._bounded: List[bool] = []
        self._prechecks: Dict[int, "re.Pattern"] = {}  # pattern index -> see :meth:`_compile`
        self._size = len(values) + _FIRST_VALUE  # number of codes
        self._needs: List[Optional[Tuple[int, ...]]] = []
        self._plans: Dict[Tuple[int, ...], tuple] = {}  # indices -> :meth:`_plan`
        for pattern in patterns:
            compiled = self._compile(pattern) if self._usable(pattern) else None
            if compiled is None:
                self._regexes.append(None)
                self._bounded.append(False)
                self._needs.append(None)
            else:
                regex, bounded, needs = compiled
                self._regexes.append(regex)
                self._bounded.append(bounded)
                self._needs.append(needs)

    @staticmethod
    def _usable(pattern) -> bool:
        return isinstance(pattern, list) and len(pattern) > 0 and all(
            isinstance(s, dict) and s.get("OP") in _OPS for s in pattern)

    def _spec_class(self, spec: dict) -> _Class:
        """A class accepting at least the tokens ``spec`` accepts (see the module)."""
        if spec.get("OP") == "!":
            return _ANY
        cls = _ANY
        for key, value in spec.items():
            if key in ("LOWER", "TEXT", "ORTH"):
                found = _value_list(value)
                if found is None:
                    continue
                negated, items = found
                if key == "LOWER":
                    kept = items
                elif negated:
                    kept = [v for v in items if v.lower() == v and own_lower_case(v)]
                else:
                    kept = [v.lower() for v in items]
                cls = _and(cls, (negated, frozenset(self._value_codes[v] for v in kept
                                                    if v in self._value_codes)))
            elif key == "IS_SPACE" and isinstance(value, bool):
                cls = _and(cls, self._space if value else (True, self._space[1]))
        return cls

    def _compile(self, pattern: list):
        classes = [self._spec_class(s) for s in pattern]
        ops = [s.get("OP") for s in pattern]
        union = classes[0]
        for cls in classes[1:]:
            union = _or(union, cls)
        u = _class_text(union)
        first_required = ops[0] in _REQUIRED
        first = _class_text(classes[0] if first_required else union)
        bounded = all(op in _BOUNDED for op in ops)
        # after the first token: the rest of the window, and where a required token can lie
        rest = f"{{0,{len(pattern) - 1}}}" if bounded else "*"
        before = f"{{0,{len(pattern) - 2}}}?" if bounded else "*?"
        checks = []
        for k, (cls, op) in enumerate(zip(classes, ops)):
            if op not in _REQUIRED or (k == 0 and first_required) or cls == _ANY:
                continue
            ahead = f"(?={u}{before}{_class_text(cls)})"
            # a required spec after a required first spec lies after the first token
            checks.append(ahead if first_required else f"(?:(?<={_class_text(cls)})|{ahead})")
        tail = f"(?=({u}{rest}))" if bounded else f"{u}*"
        if not bounded and any(op in _REQUIRED for op in ops):
            # leftmost-longest over the class sequence: no check needed, the order holds them
            quantifier = {None: "", "1": "", "!": "", "?": "?", "*": "*", "+": "+"}
            sequence = "".join(_class_text(c) + quantifier[op] for c, op in zip(classes, ops))
            regex = regex_module.compile("(?p)" + sequence)
            # the same sequence for ``re``: a POSIX match starts only where some match of the
            # sequence starts (leftmost-longest picks among them), so ``re.search`` finds the
            # first such start in C, and the overlapped scan starts there (none: no window)
            try:
                self._prechecks[len(self._regexes)] = re.compile(sequence)
            except re.error:
                pass
        else:
            regex = re.compile(first + "".join(checks) + tail)
        # the codes each required spec needs somewhere in the note (positive classes), as bits
        needs = tuple(sum(1 << c for c in cls[1])
                      for cls, op in zip(classes, ops) if op in _REQUIRED and not cls[0])
        return regex, bounded, needs

    def supports(self, index: int) -> bool:
        return self._regexes[index] is not None

    def codes(self, lower: numpy.ndarray, space: numpy.ndarray) -> Tuple[str, numpy.ndarray]:
        """The code string of a doc from its ``LOWER`` and ``IS_SPACE`` columns, and the codes
        it holds (a bool per code, for :meth:`possible`)."""
        hashes = self._hashes
        if len(hashes):
            k = numpy.searchsorted(hashes, lower)
            k[k == len(hashes)] = 0
            found = hashes[k] == lower
            codes = numpy.where(found, self._codes[k], space.astype(numpy.uint32))
        else:
            codes = space.astype(numpy.uint32)
        seen = numpy.zeros(self._size, dtype=bool)
        seen[codes] = True
        text = (codes + numpy.uint32(_BASE)).astype("<u4").tobytes().decode("utf-32-le")
        return text, seen

    def possible(self, indices: Sequence[int], present: numpy.ndarray) -> List[int]:
        """The patterns among ``indices`` whose required specs with a positive class each have
        a code in ``present`` (:meth:`codes`): the others have no window. Tested for all of
        them at once: one flat array of the needed codes per set of indices."""
        key = tuple(indices)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self._plan(key)
        candidates, base, needed, need_starts, owner = plan
        if not len(needed):
            return candidates[base].tolist()
        met = numpy.logical_or.reduceat(present[needed], need_starts)
        ok = base.copy()
        ok[owner[~met]] = False  # a pattern with a need the doc does not meet
        return candidates[ok].tolist()

    def _plan(self, indices: Tuple[int, ...]) -> tuple:
        """For :meth:`possible`: the indices, whether each can be possible at all (no need
        without codes), the codes of every need one after another, where each need starts
        and the position of its pattern."""
        base = []
        needed: List[int] = []
        starts: List[int] = []
        owner: List[int] = []
        for position, i in enumerate(indices):
            needs = [[c for c in range(need.bit_length()) if need >> c & 1]
                     for need in self._needs[i]]
            base.append(all(needs))
            if not base[-1]:
                continue
            for codes in needs:
                starts.append(len(needed))
                needed += codes
                owner.append(position)
        return (numpy.array(indices, dtype=numpy.int64), numpy.array(base, dtype=bool),
                numpy.array(needed, dtype=numpy.intp), numpy.array(starts, dtype=numpy.intp),
                numpy.array(owner, dtype=numpy.intp))

    def windows(self, text: str, index: int) -> List[Tuple[int, int]]:
        """The token windows of one pattern in a code string (see the module)."""
        regex = self._regexes[index]
        if self._bounded[index]:
            return [(m.start(), m.end(1)) for m in regex.finditer(text)]
        if isinstance(regex, regex_module.Pattern):  # the longest sequence from every start
            precheck = self._prechecks.get(index)
            pos = 0
            if precheck is not None:
                first = precheck.search(text)
                if first is None:
                    return []
                pos = first.start()
            return [m.span() for m in regex.finditer(text, pos, overlapped=True)]
        return [m.span() for m in regex.finditer(text)]

    def intervals(self, text: str, active: Sequence[int]) -> Tuple[List[Tuple[int, int]],
                                                                    Tuple[int, ...]]:
        """Disjoint (start, end) stretches, in order, holding every match of the ``active``
        patterns, and the patterns among them that have a window."""
        found: List[Tuple[int, int]] = []
        used = []
        for i in active:
            w = self.windows(text, i)
            if w:
                found += w
                used.append(i)
        found.sort()
        out: List[Tuple[int, int]] = []
        for a, b in found:
            if out and a - out[-1][1] < _JOIN_GAP:
                if b > out[-1][1]:
                    out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out, tuple(used)
