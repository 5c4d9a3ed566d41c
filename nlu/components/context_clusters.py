"""ConText's graph for the modifiers that can reach a target (used by ``poems_context`` in the
fast path); the other modifiers are built only when ``graph.modifiers`` is read.

Why: a Chinese note has ~170 ConText modifiers (~130 of them comma, space and PSEUDO
terminators) and ~7 edges. Building a ``ConTextModifier`` for each and sweeping all of their
scopes cost more than the rest of ConText, while the edges, i.e. each target's
``span._.modifiers``, the only part the extractor reads, come from a few of them.

Why the edges stay the same: the sweep (:meth:`SweepConTextGraph._update_fast`) compares two
modifiers only when their bounds (scope and own tokens, before the sweep) overlap, so it falls
apart into clusters of modifiers whose bounds chain together, and a cluster's scopes depend on
that cluster only. Bounds that only touch (one ends at the token index where the other starts,
as the scopes of two sentences do) do not chain: every scope end stays inside its modifier's
bounds (a scope only shrinks, to a token of a modifier inside them), so the overlap test of
``limit_scope`` can then only meet at that one index, where it needs an empty scope ending
there, and the cut it would make (to the other modifier's start or end, on the far side of that
index) leaves the scope as it is. So each sentence is its own cluster unless a match crosses its end. A scope only shrinks inside its bounds, so a modifier can modify a target
only when the target meets its cluster's range, and TERMINATE / PSEUDO modifiers never modify
one. So the clusters with a target and a modifier that can modify are swept (the same calls in
the same order, on plain lists) and applied as before; the other clusters give no edge, and
their modifiers and swept scopes are made, with the same sweep, when ``graph.modifiers`` is
first read (tests, serialisation): the same list of modifiers, scopes and targets as building
them all at once.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import gt
from typing import Dict, List, Sequence, Tuple

import numpy

from medspacy.context.context_modifier import ConTextModifier

_NO_LIMIT = 1 << 40  # max_scope None
_DIRECTIONS = {"forward": 0, "backward": 1}  # anything else: both sides of the modifier


def scope_code(direction: str) -> int:
    """0 forward, 1 backward, 2 both (bidirectional, terminate, pseudo: the whole sentence)."""
    return _DIRECTIONS.get(direction, 2)


def _limit(a: int, ia: tuple, b: int, ib: tuple, s0: list, s1: list, st: list, en: list) -> None:
    """``nlu.components.context._limit_scope`` (medspaCy's ``limit_scope``) on list entries:
    modifier ``a``'s scope limited by modifier ``b``."""
    a0, a1 = s0[a], s1[a]
    o0, o1 = s0[b], s1[b]
    if not (a0 <= o0 < a1 or a0 < o1 <= a1):  # medspacy.util.tuple_overlaps
        return
    if ia[1] == "TERMINATE":
        return
    if ib[1] != "TERMINATE" and ib[4] not in ia[5] and ib[4] != ia[4]:
        return
    if ia[3] == ib[3] and (ia[6] != ib[6] or ia[7] != ib[7]):
        return
    direction = ia[2]
    if direction in ("forward", "bidirectional") and st[b] > st[a]:
        s1[a] = min(s1[a], st[b])
    if direction in ("backward", "bidirectional") and en[b] < en[a]:
        s0[a] = max(s0[a], en[b])


def sweep(idx: Sequence[int], info: list, s0: list, s1: list, st: list, en: list,
          lo: list, hi: list) -> None:
    """``SweepConTextGraph._update_fast`` over the modifiers ``idx`` (ascending, whole
    clusters), on lists: ``s0``/``s1`` scopes (changed in place), ``st``/``en`` the modifiers'
    tokens, ``lo``/``hi`` their bounds before the sweep, ``info`` their rules' ``_rule_info``."""
    n = len(idx)
    if n < 2:
        return
    reach_back = max(st[k] - lo[k] for k in idx)
    movable = [q for q in range(n) if not info[idx[q]][8]]
    n_movable = len(movable)
    p = 0  # movable[p] is the first movable modifier after position i
    for i in range(n - 1):
        while p < n_movable and movable[p] <= i:
            p += 1
        a = idx[i]
        ia = info[a]
        lo_a, hi_a = lo[a], hi[a]
        # each call below is made only when its scopes pass the overlap test that opens
        # ``_limit`` (which returns at once otherwise), read at that moment
        if ia[8]:
            o0, o1 = s0[a], s1[a]  # a TERMINATE / PSEUDO scope never moves
            for q in range(p, n_movable):
                b = idx[movable[q]]
                if st[b] - reach_back > hi_a:
                    break
                if lo[b] > hi_a or hi[b] < lo_a:
                    continue
                b0, b1 = s0[b], s1[b]
                if b0 <= o0 < b1 or b0 < o1 <= b1:
                    _limit(b, info[b], a, ia, s0, s1, st, en)
            continue
        for j in range(i + 1, n):
            b = idx[j]
            if st[b] - reach_back > hi_a:
                break  # no later modifier can reach back into a's scope
            if lo[b] > hi_a or hi[b] < lo_a:
                continue
            ib = info[b]
            a0, a1, b0, b1 = s0[a], s1[a], s0[b], s1[b]
            if a0 <= b0 < a1 or a0 < b1 <= a1:
                _limit(a, ia, b, ib, s0, s1, st, en)
                a0, a1 = s0[a], s1[a]
            if not ib[8] and (b0 <= a0 < b1 or b0 < a1 <= b1):
                _limit(b, ib, a, ia, s0, s1, st, en)


def _modifier(rule, start: int, end: int, scope_start: int, scope_end: int,
              max_scope) -> ConTextModifier:
    """What ``ConTextModifier(rule, start, end, None, scope_start=..., scope_end=...,
    max_scope=...)`` stores, without the call (same attributes in the same order)."""
    modifier = object.__new__(ConTextModifier)
    modifier.__dict__ = {"_context_rule": rule, "_start": start, "_end": end, "_targets": [],
                         "_num_targets": 0, "_max_scope": max_scope,
                         "_scope_start": scope_start, "_scope_end": scope_end}
    return modifier


def build(graph, matches: list, entries: list, sent_starts: numpy.ndarray, n_tokens: int,
          own_max_scope) -> bool:
    """Fill ``graph`` (targets set, modifiers pending) from the ConText matches, each with its
    ``_MatchRules`` entry. False (graph untouched) when the matches are not in start order,
    which the sweep's early stop needs."""
    st = [m[1] for m in matches]
    if True in map(gt, st[:-1], st[1:]):
        return False
    en = [m[2] for m in matches]
    info = [e[3] for e in entries]
    start, end = numpy.array(st), numpy.array(en)
    code = numpy.array([e[4] for e in entries])
    most = numpy.array([e[5] for e in entries])
    # the sentence of each modifier's first token (Span.sent), as ConTextModifier.__set_scope
    k = numpy.searchsorted(sent_starts, start, side="right")
    sent_start = numpy.concatenate(([0], sent_starts))[k]
    sent_end = numpy.concatenate((sent_starts, [n_tokens]))[k]
    scope_start = numpy.where(code == 0, end, numpy.maximum(sent_start, start - most))
    scope_end = numpy.where(code == 1, start, numpy.minimum(sent_end, end + most))
    lo = numpy.minimum(scope_start, start)
    hi = numpy.maximum(scope_end, end)
    # clusters: runs of bounds that chain together (overlapping by more than their end
    # points, see the module), in order of lo
    order = numpy.argsort(lo, kind="stable")
    lo_sorted = lo[order]
    reach = numpy.maximum.accumulate(hi[order])
    opens = numpy.concatenate(([True], lo_sorted[1:] >= reach[:-1]))
    first = numpy.flatnonzero(opens)
    cluster = numpy.empty(len(st), dtype=numpy.intp)
    cluster[order] = numpy.cumsum(opens) - 1
    c_lo = lo_sorted[first]
    c_hi = reach[numpy.concatenate((first[1:] - 1, [len(st) - 1]))]
    # clusters a target can meet and that hold a modifier that can modify: a scope [s, e)
    # inside [lo, hi] meets a target [t0, t1) when s <= t0 < e or s < t1 <= e, so only when
    # t0 < hi and t1 > lo
    targets = graph.targets
    if targets:
        t0 = numpy.array([t.start for t in targets])
        t1 = numpy.array([t.end for t in targets])
        a = numpy.searchsorted(c_hi, t0, side="right")  # the first cluster ending after t0
        b = numpy.searchsorted(c_lo, t1, side="left")  # past the last starting before t1
        meets = a < b
        size = len(first) + 1
        touched = numpy.bincount(a[meets], minlength=size) - numpy.bincount(b[meets], minlength=size)
        touched = numpy.cumsum(touched[:-1]) > 0
    else:
        touched = numpy.zeros(len(first), dtype=bool)
    movable = numpy.array([not i[8] for i in info])
    can = numpy.zeros(len(first), dtype=bool)
    can[cluster[movable]] = True
    relevant = numpy.flatnonzero((touched & can)[cluster]).tolist()

    s0, s1 = scope_start.tolist(), scope_end.tolist()
    lo_l, hi_l = lo.tolist(), hi.tolist()
    sweep(relevant, info, s0, s1, st, en, lo_l, hi_l)
    built: Dict[int, ConTextModifier] = {}
    for k in relevant:
        if not info[k][8]:
            built[k] = _modifier(entries[k][0], st[k], en[k], s0[k], s1[k], own_max_scope)
    graph.edges = apply_sorted(targets, sorted(built.items()))

    def rest() -> List[ConTextModifier]:
        """Every modifier in match order: the others' clusters swept now."""
        others = sorted(set(range(len(st))) - set(relevant))
        sweep(others, info, s0, s1, st, en, lo_l, hi_l)
        return [built[k] if k in built else
                _modifier(entries[k][0], st[k], en[k], s0[k], s1[k], own_max_scope)
                for k in range(len(st))]

    graph.modifiers_later(rest)
    return True


def apply_sorted(targets: list, keyed: Sequence[Tuple[int, ConTextModifier]]) -> list:
    """``SweepConTextGraph.apply_modifiers`` over ``keyed`` (match index, modifier), in match
    order: each target is compared only with the modifiers whose scope starts before it ends and
    late enough to reach past its start (sorted scope starts, no scope longer than the longest),
    with the tests of medspaCy 1.0.0's ``modifier.modifies(target)`` in the same order: no
    overlap with the modifier's own tokens, a type the rule allows, the target inside the scope,
    then the rule's on_modifies callback. The same ``modify`` calls in the same target order, so
    every modifier gets the same targets in the same order; returns the edges in match order. A
    modifier without targets is left out of ``reduce_targets`` (``max_targets`` is None or > 0:
    nothing to cut)."""
    active = sorted((m._scope_start, m._scope_end, k, m) for k, m in keyed)
    starts = [a[0] for a in active]
    # a scope that ends after t0 starts after t0 - longest
    longest = max((a[1] - a[0] for a in active), default=0)
    for target in targets:
        t0, t1 = target.start, target.end
        label = None
        for s, e, _, modifier in active[bisect_left(starts, t0 - longest + 1):
                                        bisect_left(starts, t1)]:
            if e <= t0:
                continue
            m0, m1 = modifier._start, modifier._end
            if m0 <= t0 < m1 or m0 < t1 <= m1:
                continue
            rule = modifier._context_rule
            if rule.allowed_types is not None or rule.excluded_types is not None:
                if label is None:
                    label = target.label_.upper()
                if not modifier.allows(label):
                    continue
            if not (s <= t0 < e or s < t1 <= e):
                continue
            if rule.on_modifies is not None and not modifier.on_modifies(target):
                continue
            modifier._targets.append(target)  # modifier.modify(target)
            modifier._num_targets += 1
    edges = []
    for _, modifier in keyed:
        if modifier._targets:
            modifier.reduce_targets()
            for target in modifier._targets:
                edges.append((target, modifier))
    return edges

