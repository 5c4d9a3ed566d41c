"""medspaCy's ``TargetMatcher`` call with the span attributes written straight into
``doc.user_data`` (the fast path; see :func:`accelerate_targets`).

Why: for every match medspaCy sets ``span._.target_rule`` and each of the rule's attributes with
``setattr(span._, ...)``; each one builds an ``Underscore`` and checks the extension, ~1 µs, for
~2-3 attributes on ~30 spans of a Chinese note. spaCy stores a span extension value without a
setter under ``("._.", name, span.start_char, span.end_char)`` in ``doc.user_data``: the same
write, done here for the extensions registered with a plain default (others keep ``setattr``).
Same spans, same order, same span group.
"""

from typing import Dict, Tuple

from medspacy.target_matcher import TargetMatcher
from spacy.tokens import Doc, Span

from nlu.components.target_list import set_targets


def _plain(name: str) -> bool:
    """Whether a span extension is stored in ``doc.user_data`` (registered with a default,
    no getter, setter or method)."""
    if not Span.has_extension(name):
        return False
    default, method, getter, setter = Span.get_extension(name)
    return method is None and getter is None and setter is None


class FastTargetMatcher(TargetMatcher):
    """A TargetMatcher whose ``"group"`` results get their attributes in one dict write each."""

    def __call__(self, doc: Doc):
        if not self.result_type or self.result_type.lower() != "group":
            return TargetMatcher.__call__(self, doc)
        matcher = self._TargetMatcher__matcher
        matches = matcher(doc)
        rules = self._poems_rules(matcher)
        user_data = doc.user_data
        spans = []
        for rule_id, start, end in matches:
            rule, label, items, plain = rules[rule_id]
            span = Span(doc, start=start, end=end, label=label)
            if plain:
                s0, s1 = span.start_char, span.end_char
                for name, value in items:
                    user_data[("._.", name, s0, s1)] = value
            else:
                span._.target_rule = rule
                for name, value in items[1:]:
                    setattr(span._, name, value)
            spans.append(span)
        if self.span_group_name in doc.spans.keys():
            doc.spans[self.span_group_name] += spans
        else:
            set_targets(doc, spans, self.span_group_name)  # read back by later components
        return doc

    def _poems_rules(self, matcher) -> "_Rules":
        cached = getattr(self, "_poems_rule_cache", None)
        if cached is None or cached.rule_map is not matcher.rule_map \
                or cached.size != len(matcher.rule_map):
            cached = self._poems_rule_cache = _Rules(matcher.rule_map, self.nlp.vocab.strings)
        return cached


class _Rules(Dict[int, Tuple]):
    """match id -> (rule, label id, ((extension, value), ...) in medspaCy's order, all plain)."""

    def __init__(self, rule_map, strings):
        super().__init__()
        self.rule_map = rule_map
        self.size = len(rule_map)
        self.strings = strings

    def __missing__(self, rule_id: int) -> tuple:
        rule = self.rule_map[self.strings[rule_id]]
        items = (("target_rule", rule),) + tuple((rule.attributes or {}).items())
        plain = all(_plain(name) for name, _ in items)
        # the label's string id, as Span(label=str) adds it to the string store at every span
        value = self[rule_id] = (rule, self.strings.add(rule.category), items, plain)
        return value


def accelerate_targets(matcher: TargetMatcher) -> TargetMatcher:
    """Turn a TargetMatcher into a :class:`FastTargetMatcher` (in place)."""
    matcher.__class__ = FastTargetMatcher
    return matcher
