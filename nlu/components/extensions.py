"""Custom spaCy attributes shared by the components."""

from spacy.tokens import Doc, Span


def register() -> None:
    if not Span.has_extension("poems_fixed_status"):
        Span.set_extension("poems_fixed_status", default=None)
    if not Span.has_extension("poems_case"):
        Span.set_extension("poems_case", default=None)
    if not Span.has_extension("poems_followed_by"):
        Span.set_extension("poems_followed_by", default=None)
    if not Span.has_extension("poems_keep_when"):
        Span.set_extension("poems_keep_when", default=None)
    if not Span.has_extension("poems_attributes"):
        Span.set_extension("poems_attributes", default=None)
    for name in ("poems_labs", "poems_warnings", "poems_extra_findings", "poems_hormones"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("poems_demographics"):
        Doc.set_extension("poems_demographics", default=None)


register()


# --------------------------------------------------------------------------- serialisation
# ``nlp.pipe(..., n_process=2)`` sends each doc back from the worker with ``Doc.to_bytes``
# (msgpack). The target rule on each span (``span._.target_rule``) has no encoder and medspaCy's
# encoder for ConText modifiers fails on the rules' sets, so both are encoded here (registered
# after medspaCy's, so tried first): a rule as plain data, decoded once per distinct rule. The
# ConText graph (``doc._.context_graph``) travels without its target spans and edges (spans
# cannot be serialised; each target keeps its modifiers in ``span._.modifiers``).

import json  # noqa: E402

import srsly  # noqa: E402
from medspacy.context.context_graph import ConTextGraph  # noqa: E402  (its encoders first)
from medspacy.context.context_modifier import ConTextModifier  # noqa: E402
from medspacy.context.context_rule import ConTextRule  # noqa: E402
from medspacy.target_matcher import TargetRule  # noqa: E402

_TARGET_KEYS = ("literal", "category", "pattern", "attributes")
_CONTEXT_KEYS = ("literal", "category", "pattern", "direction", "max_targets", "max_scope",
                 "allowed_types", "excluded_types", "terminated_by")
_decoded: dict = {}


def _plain(value):
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return value


def _rule_data(rule, keys) -> dict:
    return {k: _plain(getattr(rule, k, None)) for k in keys if getattr(rule, k, None) is not None}


def _context_rule(data: dict) -> ConTextRule:
    key = json.dumps(data, sort_keys=True)
    rule = _decoded.get(key)
    if rule is None:
        kwargs = dict(data)
        for name in ("allowed_types", "excluded_types", "terminated_by"):
            if name in kwargs:
                kwargs[name] = set(kwargs[name])
        rule = _decoded[key] = ConTextRule(**kwargs)
    return rule


def _target_rule(data: dict) -> TargetRule:
    key = "target:" + json.dumps(data, sort_keys=True)
    rule = _decoded.get(key)
    if rule is None:
        rule = _decoded[key] = TargetRule(**data)
    return rule


@srsly.msgpack_encoders("poems_rules")
def _encode(obj, chain=None):
    if isinstance(obj, TargetRule):
        return {"__poems_target_rule__": _rule_data(obj, _TARGET_KEYS)}
    if isinstance(obj, ConTextModifier):
        return {"__poems_modifier__": [_rule_data(obj.rule, _CONTEXT_KEYS), obj._start, obj._end,
                                       obj._scope_start, obj._scope_end, obj._max_scope]}
    if isinstance(obj, ConTextGraph):
        return {"__poems_context_graph__": [list(obj.modifiers or []),
                                            bool(obj.prune_on_modifier_overlap)]}
    return obj if chain is None else chain(obj)


@srsly.msgpack_decoders("poems_rules")
def _decode(obj, chain=None):
    if isinstance(obj, dict):
        if "__poems_target_rule__" in obj:
            return _target_rule(obj["__poems_target_rule__"])
        if "__poems_modifier__" in obj:
            data, start, end, scope_start, scope_end, max_scope = obj["__poems_modifier__"]
            return ConTextModifier(_context_rule(data), start, end, None, scope_start=scope_start,
                                   scope_end=scope_end, max_scope=max_scope)
        if "__poems_context_graph__" in obj:
            modifiers, prune = obj["__poems_context_graph__"]
            return ConTextGraph(modifiers=modifiers, prune_on_modifier_overlap=prune)
    return obj if chain is None else chain(obj)
