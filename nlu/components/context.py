"""medspaCy ConText with a faster graph (``poems_context``).

Same algorithm and rules as ``medspacy_context``; the graph only compares modifiers and targets
whose scopes can overlap (sorted sweep) instead of every pair. Scopes only shrink while they
are limited, so pairs that do not overlap at the start never interact: the result is the same
as medspaCy's all-pairs loops, in the same order, at a fraction of the cost for long notes.
"""

from typing import Dict, Optional, Set

from medspacy.context import ConText
from medspacy.context.context_graph import ConTextGraph
from medspacy.context.context_modifier import ConTextModifier
from spacy.language import Language
from spacy.tokens import Doc


class SweepConTextGraph(ConTextGraph):
    def update_scopes(self):
        mods = self.modifiers  # sorted by start (matcher order)
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
        for match_id, start, end in matcher(doc):
            rule = matcher.rule_map[self.nlp.vocab[match_id].text]
            graph.modifiers.append(ConTextModifier(rule, start, end, doc, max_scope=self.max_scope))
        graph.update_scopes()
        graph.apply_modifiers()
        for target, modifier in graph.edges:
            target._.modifiers += (modifier,)
        if self.context_attributes_mapping:
            self.set_context_attributes(graph.edges)
        doc._.context_graph = graph
        return doc


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
