"""medspaCy ConText with a faster graph (``poems_context``).

Same algorithm and rules as ``medspacy_context``; the graph only compares modifiers and targets
whose scopes can overlap (sorted sweep) instead of every pair. Scopes only shrink while they
are limited, so pairs that do not overlap at the start never interact: the result is the same
as medspaCy's all-pairs loops, in the same order, at a fraction of the cost for long notes.
"""

from bisect import bisect_right
from typing import Dict, List, Optional, Set

import numpy

from medspacy.context import ConText
from medspacy.context.context_graph import ConTextGraph
from medspacy.context.context_modifier import ConTextModifier
from spacy.language import Language
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from nlu.components._text import fast


_INFO: Dict[int, tuple] = {}


def _rule_info(rule) -> tuple:
    """What ``ConTextModifier.limit_scope`` reads from a rule, computed once per rule."""
    key = id(rule)
    info = _INFO.get(key)
    if info is None or info[0] is not rule:
        direction = rule.direction
        info = (rule, direction.upper(), direction.lower(), rule.category,
                rule.category.upper(), rule.terminated_by, rule.allowed_types,
                rule.excluded_types)
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
    def update_scopes(self):
        mods = self.modifiers  # sorted by start (matcher order)
        n = len(mods)
        bounds = []
        for m in mods:
            s, e = m.scope_span
            start, end = m.modifier_span
            bounds.append((min(s, start), max(e, end), start))
        info = [_rule_info(m.rule) for m in mods] if fast() else None
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
                if info is None:
                    m1.limit_scope(m2)
                    m2.limit_scope(m1)
                else:
                    _limit_scope(m1, info[i], m2, info[j])
                    _limit_scope(m2, info[j], m1, info[i])

    def apply_modifiers(self):
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


class FastConText(ConText):
    def __call__(self, doc: Doc, targets: str = None) -> Doc:
        if not targets and self.input_span_type == "ents":
            targets = doc.ents
        elif not targets and self.input_span_type == "group":
            targets = doc.spans[self.span_group_name] if self.span_group_name in doc.spans else []
        elif targets:
            targets = getattr(doc._, targets)
        graph = SweepConTextGraph(prune_on_modifier_overlap=self.prune_on_target_overlap)
        graph.targets = list(targets)
        graph.modifiers = []
        matcher = self._ConText__matcher
        matches = matcher(doc)
        if not matches:
            pass
        elif self.max_scope or not fast():
            for match_id, start, end in matches:
                rule = matcher.rule_map[self.nlp.vocab[match_id].text]
                graph.modifiers.append(ConTextModifier(rule, start, end, doc, max_scope=self.max_scope))
        else:
            graph.modifiers = self._modifiers(doc, matches, matcher)
        graph.update_scopes()
        graph.apply_modifiers()
        for target, modifier in graph.edges:
            target._.modifiers += (modifier,)
        if self.context_attributes_mapping:
            self.set_context_attributes(graph.edges)
        doc._.context_graph = graph
        return doc


    def _modifiers(self, doc: Doc, matches, matcher) -> List[ConTextModifier]:
        """ConTextModifiers with the scopes medspaCy computes (``ConTextModifier.__set_scope``:
        the sentence of the first token, cut to the rule's ``max_scope``), from one pass over the
        sentence starts instead of a ``Token.sent`` walk per modifier."""
        starts = sentence_starts(doc)
        n = len(doc)
        strings = self.nlp.vocab.strings
        rule_map = matcher.rule_map
        out = []
        for match_id, start, end in matches:
            rule = rule_map[strings[match_id]]
            i = bisect_right(starts, start)
            sent_start = starts[i - 1] if i else 0
            sent_end = starts[i] if i < len(starts) else n
            direction = rule.direction.lower()
            max_scope = rule.max_scope
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
            out.append(ConTextModifier(rule, start, end, None, scope_start=scope_start,
                                       scope_end=scope_end, max_scope=self.max_scope))
        return out


def sentence_starts(doc: Doc) -> List[int]:
    """Token indices (> 0) where a sentence starts, as ``Span.sent`` reads them."""
    if len(doc) < 2:
        return []
    marks = doc.to_array(SENT_START)
    return [int(i) for i in numpy.flatnonzero(marks == 1) if i > 0]


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
