"""medspaCy ConText with a faster graph (``poems_context``).

Same algorithm and rules as ``medspacy_context``; the graph only compares modifiers and targets
whose scopes can overlap (sorted sweep) instead of every pair. Scopes only shrink while they
are limited, so pairs that do not overlap at the start never interact: the result is the same
as medspaCy's all-pairs loops, in the same order, at a fraction of the cost for long notes.
In the fast path the sweep also skips the calls that cannot move a scope (TERMINATE and PSEUDO
modifiers are never limited), the modifiers are built from rule data cached per match id, and
each target is compared only with the modifiers whose scope starts before it ends.
"""

from bisect import bisect_right
from typing import Callable, Dict, List, Optional

import numpy

from medspacy.context import ConText
from medspacy.context.context_graph import ConTextGraph
from medspacy.context.context_modifier import ConTextModifier
from spacy.language import Language
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

from nlu.components._text import fast
from nlu.components.matching import FastMedspacyMatcher
from nlu.components.context_clusters import _NO_LIMIT, apply_sorted, build as build_clusters, scope_code
from nlu.components.target_list import targets as target_list


_INFO: Dict[int, tuple] = {}


def _latin(word: str) -> bool:
    """A word of Latin letters (an English word or abbreviation: "PLT", "Hb")."""
    return word.isascii() and word.isalpha()


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _rule_info(rule) -> tuple:
    """What ``ConTextModifier.limit_scope`` reads from a rule, computed once per rule."""
    key = id(rule)
    info = _INFO.get(key)
    if info is None or info[0] is not rule:
        direction = rule.direction
        info = (rule, direction.upper(), direction.lower(), rule.category,
                rule.category.upper(), rule.terminated_by, rule.allowed_types,
                rule.excluded_types, direction.upper() in ("TERMINATE", "PSEUDO"))
        _INFO[key] = info
    return info


def _limit_scope(m, mi, other, oi) -> None:
    """``m.limit_scope(other)`` (medspaCy 1.0.0, same tests in the same order) on plain
    attributes: no property look-ups or tuple building per pair."""
    s0, s1 = m._scope_start, m._scope_end
    o0, o1 = other._scope_start, other._scope_end
    if not (s0 <= o0 < s1 or s0 < o1 <= s1):  # medspacy.util.tuple_overlaps
        return
    if mi[1] == "TERMINATE":
        return
    if oi[1] != "TERMINATE" and oi[4] not in mi[5] and oi[4] != mi[4]:
        return
    if mi[3] == oi[3] and (mi[6] != oi[6] or mi[7] != oi[7]):
        return
    direction = mi[2]
    if direction in ("forward", "bidirectional") and other._start > m._start:
        m._scope_end = min(m._scope_end, other._start)
    if direction in ("backward", "bidirectional") and other._end < m._end:
        m._scope_start = max(m._scope_start, other._end)


class SweepConTextGraph(ConTextGraph):
    """medspaCy's graph; in the fast path its modifiers may be built on first read
    (:mod:`nlu.components.context_clusters`)."""

    @property
    def modifiers(self) -> List[ConTextModifier]:
        make = self.__dict__.get("_poems_make")
        if make is not None:
            self._poems_make = None
            self._poems_modifiers = make()
        return self._poems_modifiers

    @modifiers.setter
    def modifiers(self, value: List[ConTextModifier]) -> None:
        self._poems_make = None
        self._poems_modifiers = value

    def modifiers_later(self, make: Callable[[], List[ConTextModifier]]) -> None:
        """``graph.modifiers`` becomes ``make()`` when it is first read."""
        self._poems_make = make

    def terminator_starts(self) -> List[int]:
        """Where the TERMINATE modifiers start (token indices). When the modifiers are built on
        first read, those of the targets' sentences, kept when the edges were made: reading
        ``modifiers`` would match the whole note again (a list pass asks this of many notes)."""
        known = self.__dict__.get("_poems_terminators")
        if known is not None:
            return known
        return [m.modifier_span[0] for m in self.modifiers if m.category == "TERMINATE"]

    def serialized_representation(self):
        """medspaCy's (``self.__dict__``) with the modifiers under their own name."""
        return {"targets": self.targets, "modifiers": self.modifiers, "edges": self.edges,
                "prune_on_modifier_overlap": self.prune_on_modifier_overlap}

    def update_scopes(self):
        mods = self.modifiers  # sorted by start (matcher order)
        if fast():
            return self._update_fast(mods)
        n = len(mods)
        bounds = []
        for m in mods:
            s, e = m.scope_span
            start, end = m.modifier_span
            bounds.append((min(s, start), max(e, end), start))
        # the farthest any scope reaches back before its own modifier
        reach_back = max((b[2] - b[0] for b in bounds), default=0)
        for i in range(n - 1):
            m1 = mods[i]
            lo, hi, _ = bounds[i]
            for j in range(i + 1, n):
                lo2, hi2, start2 = bounds[j]
                if start2 - reach_back > hi:
                    break  # no later modifier can reach back into m1's scope
                if lo2 > hi or hi2 < lo:
                    continue
                m2 = mods[j]
                m1.limit_scope(m2)
                m2.limit_scope(m1)

    def _update_fast(self, mods) -> None:
        """The sweep above on plain attributes, leaving out the calls that cannot change a scope:
        a TERMINATE or PSEUDO modifier's scope is never limited (``limit_scope`` returns early or
        has no direction to cut), so a pair of two such modifiers is skipped and of a mixed pair
        only the other one is limited. The remaining calls run in the same order."""
        n = len(mods)
        prepared = getattr(self, "_poems_prepared", None)
        if prepared is not None and len(prepared[0]) == n:
            bounds, info = prepared
        else:
            bounds = [(min(m._scope_start, m._start), max(m._scope_end, m._end), m._start)
                      for m in mods]
            info = [_rule_info(m._context_rule) for m in mods]
        reach_back = max((b[2] - b[0] for b in bounds), default=0)
        movable = [k for k in range(n) if not info[k][8]]
        n_movable = len(movable)
        p = 0  # movable[p] is the first movable modifier after i
        for i in range(n - 1):
            while p < n_movable and movable[p] <= i:
                p += 1
            m1, i1 = mods[i], info[i]
            lo, hi, _ = bounds[i]
            if i1[8]:
                for q in range(p, n_movable):
                    j = movable[q]
                    lo2, hi2, start2 = bounds[j]
                    if start2 - reach_back > hi:
                        break
                    if lo2 > hi or hi2 < lo:
                        continue
                    _limit_scope(mods[j], info[j], m1, i1)
                continue
            for j in range(i + 1, n):
                lo2, hi2, start2 = bounds[j]
                if start2 - reach_back > hi:
                    break  # no later modifier can reach back into m1's scope
                if lo2 > hi or hi2 < lo:
                    continue
                _limit_scope(m1, i1, mods[j], info[j])
                if not info[j][8]:
                    _limit_scope(mods[j], info[j], m1, i1)

    def apply_modifiers(self):
        if fast():
            return self._apply_sorted()
        active = [m for m in self.modifiers if m.direction not in ("TERMINATE", "PSEUDO")]
        for target in self.targets:
            for modifier in active:
                s, e = modifier.scope_span
                if e <= target.start or s >= target.end:
                    continue
                if modifier.modifies(target):
                    modifier.modify(target)
        edges = []
        for modifier in self.modifiers:
            modifier.reduce_targets()
            for target in modifier._targets:
                edges.append((target, modifier))
        self.edges = edges

    def _apply_sorted(self) -> None:
        """``apply_modifiers`` with each target compared only with the modifiers whose scope can
        reach it (``context_clusters.apply_sorted``): the same edges in the same order."""
        self.edges = apply_sorted(self.targets, [
            (k, m) for k, m in enumerate(self.modifiers)
            if m._context_rule.direction not in ("TERMINATE", "PSEUDO")])


class FastConText(ConText):
    def __call__(self, doc: Doc, targets: str = None) -> Doc:
        if not targets and self.input_span_type == "ents":
            targets = doc.ents
        elif not targets and self.input_span_type == "group":
            targets = target_list(doc, self.span_group_name)
        elif targets:
            targets = getattr(doc._, targets)
        graph = SweepConTextGraph(prune_on_modifier_overlap=self.prune_on_target_overlap)
        graph.targets = list(targets)
        graph.modifiers = []
        matcher = self._ConText__matcher
        if fast() and not self.max_scope and self._within_targets(doc, graph, matcher):
            pass  # the edges from the targets' sentences, the modifiers on first read
        elif not (matches := self._subjects_inside(matcher(doc), graph.targets, matcher)):
            graph.update_scopes()
            graph.apply_modifiers()
        elif self.max_scope or not fast():
            for match_id, start, end in matches:
                rule = matcher.rule_map[self.nlp.vocab[match_id].text]
                graph.modifiers.append(ConTextModifier(rule, start, end, doc, max_scope=self.max_scope))
            graph.update_scopes()
            graph.apply_modifiers()
        else:
            rules = self._match_rules(matcher)
            # only the modifiers that can reach a target now, the others on first read
            if not build_clusters(graph, matches, [rules[m[0]] for m in matches],
                                  sentence_start_array(doc), len(doc), self.max_scope):
                graph.modifiers = self._modifiers(doc, matches, matcher, graph)
                graph.update_scopes()
                graph.apply_modifiers()
        if fast() and Span.get_extension("modifiers") == ((), None, None, None):
            # ``target._.modifiers += (modifier,)`` on the key spaCy keeps a plain span
            # extension under in ``doc.user_data`` (default (): nothing to copy)
            user_data = doc.user_data
            for target, modifier in graph.edges:
                key = ("._.", "modifiers", target.start_char, target.end_char)
                user_data[key] = user_data.get(key, ()) + (modifier,)
        else:
            for target, modifier in graph.edges:
                target._.modifiers += (modifier,)
        if self.context_attributes_mapping:
            self.set_context_attributes(graph.edges)
        doc._.context_graph = graph
        return doc


    def _within_targets(self, doc: Doc, graph: SweepConTextGraph, matcher) -> bool:
        """Fill ``graph`` from the matches in the sentences the targets touch only: the same
        edges (see below); ``graph.modifiers``, read later, comes from every match of the doc
        as before, with the edges' own modifier objects. False (graph untouched) when the
        matcher cannot match those sentences alone (``matches_within``).

        Why the same edges: the ranges are whole sentences, and no match crosses their ends
        (``matches_within`` gives None otherwise), so the pruned matches inside them are those
        of the whole doc, and every other modifier's bounds (its tokens and its scope in the
        sentence of its first token) lie in sentences without a target, touching the ranges
        at most at their ends: such a modifier is in none of their clusters and can modify no
        target (``context_clusters``)."""
        if not isinstance(matcher, FastMedspacyMatcher):
            return False
        starts = sentence_start_array(doc)
        n = len(doc)
        matches = matcher.matches_within(doc, target_sentences(graph.targets, starts, n))
        if matches is None:
            return False
        matches = self._subjects_inside(matches, graph.targets, matcher)
        rules = self._match_rules(matcher)
        if not matches:
            graph.edges = []
        elif not build_clusters(graph, matches, [rules[m[0]] for m in matches], starts, n,
                                self.max_scope):
            return False

        # read by the closure below instead of the graph, which will hold the closure: no
        # reference cycle (the doc's is broken when the extractor clears its user data)
        targets, edges, prune = graph.targets, graph.edges, graph.prune_on_modifier_overlap

        def every_modifier() -> List[ConTextModifier]:
            """All modifiers of the doc's matches, as building them from ``matcher(doc)``
            gives them; those of the edges are the objects the targets hold."""
            everything = SweepConTextGraph(prune_on_modifier_overlap=prune)
            everything.targets = targets
            everything.modifiers = []
            found = self._subjects_inside(matcher(doc), targets, matcher)
            if found and not build_clusters(everything, found, [rules[m[0]] for m in found],
                                            starts, n, self.max_scope):
                everything.modifiers = self._modifiers(doc, found, matcher, everything)
                everything.update_scopes()
            own = {(m._start, m._end): m for _, m in edges}
            return [own.get((m._start, m._end), m) for m in everything.modifiers]

        graph.modifiers_later(every_modifier)
        graph._poems_terminators = [start for match_id, start, _ in matches
                                    if rules[match_id][0].category == "TERMINATE"]
        return True

    def _subjects_inside(self, matches: list, targets, matcher) -> list:
        """The matches with a BACKWARD (or BIDIRECTIONAL) modifier whose rule says its subject may be inside it
        (``subject_inside: true`` in ``context_*.yml``: ",水肿已消退" matched from the comma)
        starting after the last target inside it: the target is then in its scope instead of
        overlapping its tokens (a modifier never modifies a target it overlaps). A target
        counts as inside when it starts after the modifier's first token and ends before its
        last, so a target that is the modifier's own word is left alone. Other matches as
        they are; the list re-sorted by start when one moved.

        A rule that also lists ``own_clause_unless`` resolves that clause only ("麻木，水肿已消退":
        the oedema, not the numbness): the clause's first token (the comma) gets a modifier of
        the rule marked ``clause_start`` (a TERMINATE), which the match had covered, so the
        reach back stops there again; unless a listed word after the subject makes it the
        whole list's ("麻木，水肿均已消退").

        A rule that also says ``subject_required: true`` is dropped when no target is inside
        it ("no VEGF sent" is the VEGF's; "no biopsy done" names no target and must not reach
        back to the findings before it).

        A match of a rule that says ``at_note_end: true`` is dropped unless nothing but spaces
        follows it to the end of the note ("No oedema, IFE done" as the note's last words).

        A match of a rule that says ``first_token_only: true`` stands for its first token only:
        the pattern reads the clause it opens ("and the CT shows") to know it is one, and the
        modifier sits on "and", overlapping no test or finding named as the clause's subject; one
        that says ``last_token_only: true`` stands for its last token ("and the CT showed no": the
        negation on "no", after a clause whose words the TERMINATE above would otherwise take).
        A match of a rule that says ``after_comma: true`` is dropped unless a comma stands right
        before it (the comma is not in the pattern, so it stays the clause break it is for the
        rules that stop there).
        A match of a rule that says ``not_between_latin: true`` is dropped between two Latin words
        (the slash of "PLT/Hb 正常" joins the pair the word after it is said of); a unit's slash
        after a number stays ("VEGF 680 pg/ml（正常 <600）").
        A match of a rule that lists ``unless_after`` words is dropped right after one of them
        ("there is" after "if" / "whether": the clause is what a doubt before it asks about).
        A match of a rule that lists ``only_before`` words is kept only right before one of them
        (the 外 closing "除紫癜外" before 无 / 未: the negation word stays a match of its own), and
        one that lists ``only_after`` words only right after one of them (the "and" before "bilateral
        papilledema" stays the clause break it is for the rules that stop there).

        A match of a rule that says ``subject_before: true`` (any direction) opens on the last
        word of its subject, which the pattern reads to know the subject is a disease
        ("Castleman病是一种…": 病 is the pattern's first token and the target's last): it starts
        after the target that holds its first token, so that a rule reaching back modifies that
        target instead of overlapping it."""
        if not matches or not targets:
            return matches
        rules = self._match_rules(matcher)
        doc = targets[0].doc
        out = None
        starts = []
        drop = set()
        for k, (match_id, start, end) in enumerate(matches):
            rule = rules[match_id][0]
            metadata = rule.metadata or {}
            if metadata.get("at_note_end"):
                if any(not doc[i].is_space for i in range(end, len(doc))):
                    drop.add(k)
                continue
            if metadata.get("first_token_only"):
                if out is None:
                    out = list(matches)
                out[k] = (match_id, start, start + 1)
                continue
            if metadata.get("last_token_only"):
                if out is None:
                    out = list(matches)
                out[k] = (match_id, end - 1, end)
                continue
            if metadata.get("after_comma"):
                if start == 0 or doc[start - 1].text != ",":
                    drop.add(k)
                continue
            if metadata.get("not_between_latin"):
                if 0 < start and end < len(doc) and _latin(doc[start - 1].text) and _latin(doc[end].text) \
                        and not (start > 1 and _has_digit(doc[start - 2].text)):  # a unit: "680 pg/ml"
                    drop.add(k)
                continue
            unless_after = metadata.get("unless_after")
            if unless_after is not None:
                if start > 0 and doc[start - 1].lower_ in unless_after:
                    drop.add(k)
                continue
            only_before = metadata.get("only_before")
            if only_before is not None:
                if end >= len(doc) or doc[end].lower_ not in only_before:
                    drop.add(k)
                continue
            only_after = metadata.get("only_after")
            if only_after is not None:
                if start == 0 or doc[start - 1].lower_ not in only_after:
                    drop.add(k)
                continue
            if metadata.get("subject_before"):
                holding = [t.end for t in targets if t.start <= start < t.end < end]
                if holding:
                    if out is None:
                        out = list(matches)
                    out[k] = (match_id, max(holding), end)
                continue
            if rule.direction.upper() not in ("BACKWARD", "BIDIRECTIONAL") or not metadata.get("subject_inside"):
                continue
            inside = [t.end for t in targets if start < t.start and t.end < end]
            if not inside and metadata.get("subject_required"):
                drop.add(k)
            elif inside:
                if out is None:
                    out = list(matches)
                subject_end = max(inside)
                out[k] = (match_id, subject_end, end)
                unless = metadata.get("own_clause_unless")
                if unless is not None:
                    after = doc[subject_end:end].text
                    if not any(word in after for word in unless):
                        starts.append(start)
        if drop:
            out = [m for k, m in enumerate(out if out is not None else matches) if k not in drop]
        if out is None:
            return matches
        stop = self._clause_start_id(matcher) if starts else None
        if stop is not None:
            taken = {m[1] for m in out}
            out.extend((stop, s, s + 1) for s in starts if s not in taken)
        out.sort(key=lambda m: m[1])
        return out

    def _clause_start_id(self, matcher) -> Optional[int]:
        """The match id of the rule marked ``clause_start`` (None without one)."""
        cached = getattr(self, "_poems_clause_start", None)
        if cached is not None and cached[0] is matcher.rule_map and cached[1] == len(matcher.rule_map):
            return cached[2]
        found = None
        for name, rule in matcher.rule_map.items():
            if (rule.metadata or {}).get("clause_start"):
                found = self.nlp.vocab.strings.add(name)
                break
        self._poems_clause_start = (matcher.rule_map, len(matcher.rule_map), found)
        return found

    def _match_rules(self, matcher) -> "_MatchRules":
        cached = getattr(self, "_poems_match_rules", None)
        if cached is None or cached._rule_map is not matcher.rule_map \
                or cached._size != len(matcher.rule_map):
            cached = self._poems_match_rules = _MatchRules(matcher, self.nlp.vocab.strings)
        return cached

    def _modifiers(self, doc: Doc, matches, matcher, graph) -> List[ConTextModifier]:
        """ConTextModifiers with the scopes medspaCy computes (``ConTextModifier.__set_scope``:
        the sentence of the first token, cut to the rule's ``max_scope``), from one pass over the
        sentence starts instead of a ``Token.sent`` walk per modifier."""
        starts = sentence_starts(doc)
        n_starts = len(starts)
        n = len(doc)
        rules = self._match_rules(matcher)
        new = object.__new__
        own_max_scope = self.max_scope
        out = []
        bounds = []
        infos = []
        for match_id, start, end in matches:
            rule, direction, max_scope, info = rules[match_id][:4]
            i = bisect_right(starts, start)
            sent_start = starts[i - 1] if i else 0
            sent_end = starts[i] if i < n_starts else n
            if direction == "forward":
                scope_start, scope_end = end, sent_end
                if max_scope is not None and scope_end - scope_start > max_scope:
                    scope_end = end + max_scope
            elif direction == "backward":
                scope_start, scope_end = sent_start, start
                if max_scope is not None and scope_end - scope_start > max_scope:
                    scope_start = start - max_scope
            else:
                scope_start, scope_end = sent_start, sent_end
                if max_scope is not None and start - scope_start > max_scope:
                    scope_start = start - max_scope
                if max_scope is not None and scope_end - end > max_scope:
                    scope_end = end + max_scope
            # what ConTextModifier(rule, start, end, None, scope_start=..., scope_end=...,
            # max_scope=...) stores, without the call (same attributes in the same order)
            modifier = new(ConTextModifier)
            modifier.__dict__ = {"_context_rule": rule, "_start": start, "_end": end,
                                 "_targets": [], "_num_targets": 0, "_max_scope": own_max_scope,
                                 "_scope_start": scope_start, "_scope_end": scope_end}
            out.append(modifier)
            bounds.append((scope_start if scope_start < start else start,
                           scope_end if scope_end > end else end, start))  # min(), max()
            infos.append(info)
        graph._poems_prepared = (bounds, infos)
        return out


class _MatchRules(dict):
    """match id -> (rule, direction in lower case, max_scope, rule info, scope code, max_scope
    or a bound past any note), filled on first use."""

    def __init__(self, matcher, strings):
        super().__init__()
        self._rule_map = matcher.rule_map
        self._size = len(matcher.rule_map)
        self._strings = strings

    def __missing__(self, match_id: int) -> tuple:
        rule = self._rule_map[self._strings[match_id]]
        direction = rule.direction.lower()
        value = self[match_id] = (rule, direction, rule.max_scope, _rule_info(rule),
                                  scope_code(direction),
                                  _NO_LIMIT if rule.max_scope is None else rule.max_scope)
        return value


def target_sentences(targets, sent_starts: numpy.ndarray, n_tokens: int) -> List[tuple]:
    """The token ranges of the sentences (``sent_starts``: :func:`sentence_start_array`) that
    hold a token of a target, adjacent sentences joined; ascending."""
    if not targets:
        return []
    starts = sent_starts.tolist()
    bounds = [0] + starts + [n_tokens]
    # each target's first and last sentence (the sentence of token i: bisect_right(starts, i))
    held = sorted((bisect_right(starts, t.start), bisect_right(starts, t.end - 1))
                  for t in targets)
    out: List[tuple] = []
    for first, last in held:
        a, b = bounds[first], bounds[last + 1]
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def sentence_start_array(doc: Doc) -> numpy.ndarray:
    """:func:`sentence_starts` as an array."""
    if len(doc) < 2:
        return numpy.zeros(0, dtype=numpy.int64)
    found = numpy.flatnonzero(doc.to_array(SENT_START) == 1)
    return found[1:] if len(found) and found[0] == 0 else found


def sentence_starts(doc: Doc) -> List[int]:
    """Token indices (> 0) where a sentence starts, as ``Span.sent`` reads them."""
    if len(doc) < 2:
        return []
    found = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()  # ascending
    return found[1:] if found and found[0] == 0 else found


@Language.factory(
    "poems_context",
    default_config={
        "phrase_matcher_attr": "LOWER",
        "prune_on_target_overlap": True,
        "input_span_type": "group",
        "span_group_name": "medspacy_spans",
    },
)
def make_context(nlp: Language, name: str, phrase_matcher_attr: str,
                 prune_on_target_overlap: bool, input_span_type: str, span_group_name: str):
    return FastConText(nlp, name=name, rules=None, phrase_matcher_attr=phrase_matcher_attr,
                       prune_on_target_overlap=prune_on_target_overlap, span_attrs=None,
                       input_span_type=input_span_type, span_group_name=span_group_name)
