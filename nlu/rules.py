"""Loading the rule data in ``nlu/rules/`` (YAML) into medspaCy rules and plain dicts.

Rules are data: lexicons per language (``targets_en.yml``, ``targets_zh.yml``), ConText
modifiers per language (``context_en.yml``, ``context_zh.yml``), lab patterns (``labs.yml``),
immunofixation isotypes, treatment response phrases and demographics patterns.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

from bot.yaml_files import safe_load

RULES_DIR = Path(__file__).resolve().parent / "rules"
TEST_PREFIX = "test."

# British spelling -> American spelling, applied to every English phrase (both are kept).
_SPELLING = [
    ("oedema", "edema"),
    ("haem", "hem"),
    ("aemia", "emia"),
    ("oea", "ea"),  # diarrhoea, amenorrhoea
    ("gynaeco", "gyneco"),
    ("oesoph", "esoph"),
    ("tumour", "tumor"),
    ("ae", "e"),
    ("isation", "ization"),
    ("yse", "yze"),
    ("ilised", "ilized"),
    ("colour", "color"),
]


def rules_dir(path: Optional[Path] = None) -> Path:
    return Path(path) if path else RULES_DIR


def load_yaml(name: str, directory: Optional[Path] = None) -> dict:
    path = rules_dir(directory) / name
    with open(path, encoding="utf-8") as handle:
        return safe_load(handle) or {}


@lru_cache(maxsize=4)
def concept_tests(directory: Optional[str] = None) -> Dict[str, str]:
    """tests.yml ``concept_tests``: the planner key of the test whose result each finding names."""
    return dict(load_yaml("tests.yml", Path(directory) if directory else None)["concept_tests"])


def phrase_variants(phrase: str) -> List[str]:
    """Spelling and hyphenation variants of an English phrase (the phrase itself first)."""
    out = [phrase]

    def add(p: str) -> None:
        p = re.sub(r"\s+", " ", p).strip()
        if p and p not in out:
            out.append(p)

    if re.search(r"[A-Za-z]", phrase):
        american = phrase
        for brit, amer in _SPELLING:
            american = american.replace(brit, amer)
        add(american)
        for p in list(out):
            if "-" in p:
                add(p.replace("-", " "))
                add(p.replace("-", ""))
    return out


def rule_files(directory: Optional[Path] = None) -> List[Path]:
    return sorted(p for p in rules_dir(directory).glob("*.yml") if p.is_file())


def fingerprint(directory: Optional[Path] = None, extra: Iterable[Path] = ()) -> str:
    """A hash of every rule file and the given source files (for Rasa's training cache)."""
    digest = hashlib.sha256()
    for path in list(rule_files(directory)) + sorted(Path(p) for p in extra):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


# --------------------------------------------------------------------------- targets

_ABBREVIATION = re.compile(r"^[A-Z]{2,5}s?$")
# findings that are themselves test results: "not done" / "pending" may modify them
RESULT_CONCEPTS = {
    "serum_immunofixation", "urine_immunofixation", "m_protein", "m_spike", "vegf_elevated",
    "abnormal_flc_ratio", "papilledema", "anti_mag", "clonal_plasma_cells_flow",
    "clonal_plasma_cells_ihc", "castleman_disease", "sclerotic_bone_lesion", "amyloidosis",
}


def _tokens(phrase: str) -> List[str]:
    from nlu.tokenizer import _TOKEN_RE

    return [m.group() for m in _TOKEN_RE.finditer(phrase) if not m.group().isspace()]


def _rule(literal: str, category: str, cls, **kwargs):
    """A rule for one phrase: upper-case abbreviations (HSM, MM, PE) are matched
    case-sensitively, everything else case-insensitively. Target phrases use the fast phrase
    matcher and carry their spelling (``poems_case``) for the ``poems_abbreviation_case``
    filter; ConText phrases use a token pattern."""
    tokens = _tokens(literal)
    if any(_ABBREVIATION.match(t) for t in tokens):
        if cls.__name__ == "TargetRule":
            attributes = dict(kwargs.pop("attributes", None) or {})
            attributes["poems_case"] = [t if _ABBREVIATION.match(t) else None for t in tokens]
            return cls(literal, category, attributes=attributes, **kwargs)
        pattern = [
            {"TEXT": t} if _ABBREVIATION.match(t) else {"LOWER": t.lower()} for t in tokens
        ]
        return cls(literal, category, pattern=pattern, **kwargs)
    return cls(literal, category, **kwargs)


def all_test_labels(languages: Sequence[str], directory: Optional[Path] = None) -> set:
    """The ``test.<key>`` labels of the languages' lexicons (read once per file version: the
    context rules ask for them once per rule group that names tests)."""
    files = [rules_dir(directory) / f"targets_{lang}.yml" for lang in languages]
    return set(_test_labels(tuple((str(f), f.stat().st_mtime_ns) for f in files)))


@lru_cache(maxsize=16)
def _test_labels(files: tuple) -> frozenset:
    labels = set()
    for path, _ in files:
        with open(path, encoding="utf-8") as handle:
            data = safe_load(handle) or {}
        labels |= {TEST_PREFIX + key for key in (data.get("tests") or {})}
    return frozenset(labels)


def target_rules(languages: Sequence[str], directory: Optional[Path] = None):
    """TargetRules for the given languages' lexicons (category = concept id, test.<key>, or a
    label of the ``labels`` section that nlu/rules/implications.yml explains)."""
    from medspacy.target_matcher import TargetRule

    rules = []
    for lang in languages:
        data = load_yaml(f"targets_{lang}.yml", directory)
        for concept, phrases in (data.get("concepts") or {}).items():
            for phrase in phrases or []:
                for variant in phrase_variants(str(phrase)):
                    rules.append(_rule(variant, concept, TargetRule))
        for label, phrases in (data.get("labels") or {}).items():
            for phrase in phrases or []:
                for variant in phrase_variants(str(phrase)):
                    rules.append(_rule(variant, label, TargetRule))
        for phrase in data.get("ignore") or []:
            for variant in phrase_variants(str(phrase)):
                rules.append(_rule(variant, "ignore", TargetRule))
        for key, phrases in (data.get("tests") or {}).items():
            for phrase in phrases or []:
                for variant in phrase_variants(str(phrase)):
                    rules.append(_rule(variant, TEST_PREFIX + key, TargetRule))
        for item in data.get("fixed") or []:
            attributes = {"poems_fixed_status": item["status"]}
            for phrase in item.get("phrases") or [item.get("phrase")]:
                for variant in phrase_variants(str(phrase)):
                    rules.append(_rule(variant, item["concept"], TargetRule, attributes=attributes))
        for item in data.get("patterns") or []:
            attributes = (
                {"poems_fixed_status": item["status"]} if item.get("status") else None
            )
            if item.get("followed_by"):  # kept only when the text after it matches (regex)
                attributes = dict(attributes or {}, poems_followed_by=str(item["followed_by"]))
            if item.get("keep_when"):  # kept when one of the alternatives matches around it
                attributes = dict(attributes or {}, poems_keep_when=tuple(
                    (str(w.get("preceded_by") or ""), str(w.get("followed_by") or ""))
                    for w in item["keep_when"]))
            rules.append(
                TargetRule(
                    item.get("name", item["concept"]),
                    item["concept"],
                    pattern=item["pattern"],
                    attributes=attributes,
                )
            )
    return _without_shadowed_spellings(rules)


def _case_key(rule) -> tuple:
    attributes = dict(rule.attributes or {})
    attributes.pop("poems_case", None)
    return rule.category, rule.literal.lower(), tuple(sorted((k, str(v)) for k, v in attributes.items()))


def _without_shadowed_spellings(rules) -> list:
    """Drop a case-sensitive phrase ("PLT") that a case-insensitive one of the same words,
    category and status ("Plt") already covers. Both reach the phrase matcher under the same
    lower-case key, and which rule's spelling check a match got depended on rule order: "Hb, WCC
    and plt normal" stopped being read when an unrelated weight-loss phrase was removed."""
    free = {_case_key(r) for r in rules
            if r.pattern is None and not (r.attributes or {}).get("poems_case")}
    return [r for r in rules if not (r.pattern is None and (r.attributes or {}).get("poems_case")
                                     and _case_key(r) in free)]


# The yes/no options of a context rule group that FastConText._subjects_inside (nlu/components/
# context.py) reads from the rule's metadata: subject_inside (the subject may be inside the match),
# subject_required (dropped without a target inside it), subject_before (opens on its subject's last
# word), clause_start (the TERMINATE put back at a clause's first word), at_note_end (kept only when
# nothing but spaces follows it), first_token_only / last_token_only (stands for its first / last
# token), after_comma (kept only right after a comma).
MATCH_FLAGS = ("subject_inside", "clause_start", "subject_required", "subject_before", "at_note_end",
               "first_token_only", "last_token_only", "after_comma", "not_between_latin", "lookahead_last")


def context_rules(languages: Sequence[str], directory: Optional[Path] = None):
    """ConTextRules for the given languages."""
    from medspacy.context import ConTextRule

    results = set(RESULT_CONCEPTS) | all_test_labels(("en", "zh"), directory)
    # the lists of target labels a group may name in excluded_types (implications.yml)
    implications = load_yaml("implications.yml", directory) if (rules_dir(directory) / "implications.yml").exists() else {}
    type_lists = {"chronic_conditions": list(implications.get("chronic_conditions") or [])}
    by_literal: Dict[str, object] = {}  # a later language overrides an earlier one
    rules = []
    for lang in languages:
        data = load_yaml(f"context_{lang}.yml", directory)
        for group in data.get("rules") or []:
            kwargs = {
                "category": group["category"],
                "direction": group.get("direction", "BIDIRECTIONAL"),
            }
            if group.get("max_scope"):
                kwargs["max_scope"] = int(group["max_scope"])
            if group.get("max_targets"):  # only the nearest targets in its scope (medspaCy ConTextRule)
                kwargs["max_targets"] = int(group["max_targets"])
            terminated_by = {t.upper() for t in group.get("terminated_by") or []}
            if group["category"] not in ("PSEUDO", "TERMINATE", "SPACE_BREAK", "CLAUSE_BREAK",
                                         "POSITIVE_EXISTENCE") and not group.get("crosses_spaces"):
                terminated_by.add("SPACE_BREAK")
            if terminated_by:
                kwargs["terminated_by"] = terminated_by
            metadata = {flag: True for flag in MATCH_FLAGS if group.get(flag)}
            if group.get("own_clause_unless") is not None:
                metadata["own_clause_unless"] = tuple(str(w) for w in group["own_clause_unless"])
            if group.get("unless_after") is not None:  # the match is dropped after one of these words
                metadata["unless_after"] = frozenset(str(w).lower() for w in group["unless_after"])
            if group.get("only_before") is not None:  # the match is kept only right before one of these words
                metadata["only_before"] = frozenset(str(w).lower() for w in group["only_before"])
            if group.get("only_after") is not None:  # the match is kept only right after one of these words
                metadata["only_after"] = frozenset(str(w).lower() for w in group["only_after"])
            if group.get("on_tests"):  # see nlu.implications.status.modifier_category
                on_tests = group["on_tests"]
                named = set()
                for item in on_tests["types"]:
                    named |= all_test_labels(("en", "zh"), directory) if item == "test_names" else {item}
                metadata["on_tests"] = (str(on_tests["category"]).upper(), frozenset(named))
            if metadata:
                kwargs["metadata"] = metadata
            if group.get("allowed_types"):
                allowed = set()
                items = group["allowed_types"]
                for item in [items] if isinstance(items, str) else items:
                    if item == "tests_and_results":
                        allowed |= results
                    elif item == "test_names":  # the tests only, not the findings they show
                        allowed |= all_test_labels(("en", "zh"), directory)
                    else:
                        allowed.add(item)
                kwargs["allowed_types"] = {a.upper() for a in allowed}
            if group.get("excluded_types"):  # a named list of implications.yml, or labels
                excluded = set()
                items = group["excluded_types"]
                for item in [items] if isinstance(items, str) else items:
                    excluded |= set(type_lists.get(item) or [item])
                kwargs["excluded_types"] = {e.upper() for e in excluded}
            for literal in group.get("literals") or []:
                if not isinstance(literal, str):
                    raise ValueError(f"context_{lang}.yml: quote the literal {literal!r}")
                for variant in phrase_variants(str(literal)):
                    category = kwargs.pop("category")
                    by_literal[variant.lower()] = _rule(variant, category, ConTextRule, **kwargs)
                    kwargs["category"] = category
            for i, pattern in enumerate(group.get("patterns") or []):
                rules.append(
                    ConTextRule(f"{lang}_{group['category']}_pattern_{i}", pattern=pattern, **kwargs)
                )
    # "IVIG and steroids did not help, leg pain, muscle atrophy": a non-response phrase of
    # treatment.yml reports on the treatment; the negation word inside it ("not", "no", "无")
    # negates none of the findings after it. Each is a PSEUDO modifier unless a rule already
    # names that literal ("despite" stays a TERMINATE)
    for phrase in nonresponse_phrases(directory):
        for variant in phrase_variants(phrase):
            if variant.lower() not in by_literal:
                by_literal[variant.lower()] = _rule(variant, "PSEUDO", ConTextRule, direction="PSEUDO",
                                                    max_scope=1)
    return list(by_literal.values()) + rules


def nonresponse_phrases(directory: Optional[Path] = None) -> List[str]:
    """treatment.yml's non-response phrases, listed and built ("without any objective benefit")."""
    from nlu.components.treatment import built_phrases

    data = load_yaml("treatment.yml", directory)
    return [str(p) for p in data.get("nonresponse") or []] + built_phrases(data.get("nonresponse_built") or [])


@lru_cache(maxsize=8)
def concept_catalogue() -> Dict[str, dict]:
    """The concepts table of bot/data/concepts.yml (id -> entry)."""
    path = Path(__file__).resolve().parent.parent / "bot" / "data" / "concepts.yml"
    with open(path, encoding="utf-8") as handle:
        data = safe_load(handle) or {}
    return dict(data.get("concepts") or {})
