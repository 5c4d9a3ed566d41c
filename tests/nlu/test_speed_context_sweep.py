"""``context_clusters.sweep`` limits the scopes as medspaCy's all-pairs ``update_scopes`` does
(every pair, ``limit_scope`` both ways, in match order), on random modifiers."""

import random

from medspacy.context.context_modifier import ConTextModifier
from medspacy.context.context_rule import ConTextRule

from nlu.components.context import _rule_info
from nlu.components.context_clusters import sweep

_DIRECTIONS = ["FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO"]
_CATEGORIES = ["NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HISTORICAL", "TERMINATE", "PSEUDO"]


def _rules(rng):
    rules = []
    for k in range(8):
        direction = rng.choice(_DIRECTIONS)
        category = direction if direction in ("TERMINATE", "PSEUDO") else rng.choice(_CATEGORIES[:3])
        terminated_by = set(rng.sample(_CATEGORIES[:3], rng.randrange(0, 3)))
        allowed = rng.choice([None, None, {"A"}])
        rules.append(ConTextRule(f"r{k}", category, direction=direction,
                                 terminated_by=terminated_by or None, allowed_types=allowed))
    return rules


def _modifiers(rng, rules):
    out, position = [], 0
    for _ in range(rng.randrange(2, 30)):  # starts in order; tokens may overlap or nest
        start = position + rng.randrange(0, 4)
        end = start + rng.randrange(1, 6)
        position = start if rng.random() < 0.3 else end
        rule = rng.choice(rules)
        direction = rule.direction.lower()
        before, after = rng.randrange(0, 15), rng.randrange(0, 15)
        scope = {"forward": (end, end + after), "backward": (max(0, start - before), start)}.get(
            direction, (max(0, start - before), end + after))
        out.append((rule, start, end, scope))
    return out


def test_sweep_is_medspacys_update_scopes():
    rng = random.Random(31)
    for _ in range(3000):
        mods = _modifiers(rng, _rules(rng))
        reference = [ConTextModifier(rule, start, end, None, scope_start=s0, scope_end=s1)
                     for rule, start, end, (s0, s1) in mods]
        for i in range(len(reference) - 1):
            for j in range(i + 1, len(reference)):
                reference[i].limit_scope(reference[j])
                reference[j].limit_scope(reference[i])
        st = [m[1] for m in mods]
        en = [m[2] for m in mods]
        s0 = [m[3][0] for m in mods]
        s1 = [m[3][1] for m in mods]
        lo = [min(a, b) for a, b in zip(s0, st)]
        hi = [max(a, b) for a, b in zip(s1, en)]
        sweep(list(range(len(mods))), [_rule_info(m[0]) for m in mods], s0, s1, st, en, lo, hi)
        assert list(zip(s0, s1)) == [m.scope_span for m in reference]
