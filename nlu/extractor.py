"""From a note to :class:`bot.models.Evidence`: run the pipeline, turn spans into findings, lab
values and tests not done, each with its provenance (a span of the ORIGINAL text)."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
import re
from typing import Dict, Iterable, List, Optional, Sequence

from pydantic import BaseModel, Field

from bot.models import (
    Evidence,
    Finding,
    FindingStatus,
    LabValue,
    Provenance,
    SampleType,
    TestNotDone,
)
from nlu.trusted_models import ModelBuilder
from nlu.errors import DEFAULT_MAX_CHARS, validate_note
from nlu.language import detect_language, has_cjk
from nlu.normalize import normalize
from nlu.rules import TEST_PREFIX, load_yaml

log = logging.getLogger(__name__)  # never log note text

_NEGATED = "NEGATED_EXISTENCE"
_POSSIBLE = "POSSIBLE_EXISTENCE"
_HISTORICAL = "HISTORICAL"
_NOT_DONE = "NOT_DONE"
_PENDING = "PENDING"
_FAMILY = "FAMILY"
_OTHER = "OTHER"  # "no other ...", "余…未见…": only other sites are excluded
_RESOLVED = "RESOLVED"  # "既往水肿，利尿后已消退", "oedema, since resolved": not present now


def _resolved(span) -> bool:
    return any(m.category == _RESOLVED for m in span._.modifiers)


class Warning_(BaseModel):
    """Something the NLU saw but would not guess (a lab without a readable unit, ...)."""

    kind: str  # "lab"
    analyte: Optional[str] = None
    reason: str  # unit_missing | unknown_unit | unit_not_expected | unit_assumed
    unit: Optional[str] = None
    start: int
    end: int


class Extraction(BaseModel):
    """Everything the NLU read from one note."""

    evidence: Evidence
    warnings: List[Warning_] = Field(default_factory=list)
    language: str = "en"
    mixed: bool = False

    @property
    def unparsed(self) -> List[Warning_]:
        return [w for w in self.warnings if w.reason != "unit_assumed"]


@lru_cache(maxsize=4)
def _concept_tests(directory: Optional[str]) -> Dict[str, str]:
    return dict(load_yaml("tests.yml", Path(directory) if directory else None)["concept_tests"])


class _Implications:
    """nlu/rules/implications.yml: expansions, implications and normal test results."""

    def __init__(self, data: dict):
        self.expand = {k: list(v) for k, v in (data.get("expand") or {}).items()}
        self.absent_only = str(data.get("absent_only_prefix") or "absent_only.")
        self.implies = dict(data.get("implies") or {})
        self.normal_test = {k: list(v) for k, v in (data.get("normal_test") or {}).items()}
        self.soft_absent = {k: set(v) for k, v in (data.get("soft_absent") or {}).items()}
        self.hormone_axis: Dict[str, str] = {}
        for concept, names in (data.get("normal_hormone") or {}).items():
            for name in names or []:
                self.hormone_axis[re.sub(r"\s+", " ", str(name).lower())] = concept
        self.screen_axes = int(data.get("endocrine_screen_axes") or 3)
        self.new_clause_words = {w.lower() for w in data.get("new_clause_words") or []}
        self.note_end_negation = re.compile(data.get("note_end_negation") or "(?!)")
        iso = data.get("isotype") or {}
        self.isotype = None
        self.heavy: Dict[str, str] = {}
        self.light: Dict[str, str] = {}
        self.monoclonal_mentions = list(iso.get("unless_reported") or [])
        if iso:
            for name, aliases in (iso.get("heavy") or {}).items():
                for a in aliases:
                    self.heavy[a.lower()] = name
            for name, aliases in (iso.get("light") or {}).items():
                for a in aliases:
                    self.light[a.lower()] = name
            alt = lambda xs: "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))
            self.isotype = re.compile(
                rf"(?<![A-Za-z])(?P<heavy>{alt(self.heavy)})[\s\-‐–_/·]*(?P<light>{alt(self.light)})(?![A-Za-z])",
                re.I)
            self.isotype_negative = re.compile(
                r"\s*(?:型)?\s*(?:" + alt(iso.get("negative_after") or ["negative"]) + ")", re.I)

        self.implies_uncertain = {k: (v["concept"], set(v.get("with_any") or []))
                                  for k, v in (data.get("implies_if_uncertain") or {}).items()}
        self.list_members = set(data.get("list_members") or [])
        self.list_parenthesis_within = int(data.get("list_parenthesis_within") or 30)
        self.routine_tail = re.compile(data["routine_tail"], re.I) if data.get("routine_tail") else None
        neg = data.get("negative_result") or {}
        self.result_tests = set(neg.get("tests") or [])
        self.result_concepts = set(neg.get("results") or [])
        self.result_gap = int(neg.get("max_gap") or 40)
        self.result_after = {str(w).lower() for w in neg.get("after") or []}
        self.result_before = {str(w).lower() for w in neg.get("before") or []}
        self.absent_by_members = {
            concept: (set(spec["members"]), int(spec.get("at_least", 2)), re.compile(spec["sentence_end"]),
                      re.compile(spec.get("item_start") or "(?!)"))
            for concept, spec in (data.get("absent_by_members") or {}).items()}
        doubt = data.get("restated_in_doubt") or {}
        self.doubt_within = int(doubt.get("within") or 0)
        self.doubt_words = re.compile(doubt.get("doubt") or "(?!)")
        self.doubt_after = re.compile(doubt.get("doubt_after") or "(?!)")
        self.doubt_sentence_end = re.compile(doubt.get("sentence_end") or r"[。.;；\n]")
        disc = data.get("disc_oedema") or {}
        self.disc_oedema: Optional[_DiscOedema] = _DiscOedema(disc) if disc else None
        bil = data.get("bilateral_symptoms") or {}
        self.bilateral = None
        if bil:
            self.bilateral = (bil["from"], bil["concept"], re.compile(bil["symptom"]),
                              re.compile(bil["before"]), re.compile(bil["negation"]),
                              re.compile(bil["after"]))

    def hormone(self, text: str) -> Optional[str]:
        return self.hormone_axis.get(re.sub(r"\s+", " ", text.lower()).strip())


class _DiscOedema:
    """implications.yml ``disc_oedema``: a bare oedema word right after an optic-disc clause
    ("视盘边界清，无水肿") is the disc's oedema, not the legs'."""

    def __init__(self, data: dict):
        self.source = str(data["from"])
        self.concept = str(data["concept"])
        self.bare = re.compile(data["bare"])
        self.disc = re.compile(data["disc"])
        self.site = re.compile(data["site"])
        self.sentence_end = re.compile(data["sentence_end"])
        self.max_clauses = int(data.get("max_clauses", 2))
        self.window = int(data.get("window", 40))

    def disc_start(self, text: str, start: int, end: int) -> Optional[int]:
        """Where the disc is named before the oedema word at ``start:end``, or None."""
        if not self.bare.match(text[start:end].strip()):
            return None
        lo = max(0, start - self.window)
        before = text[lo:start]
        cut = max((m.end() for m in self.sentence_end.finditer(before)), default=0)
        disc = None
        for disc in self.disc.finditer(before, cut):
            pass
        if disc is None:
            return None
        gap = before[disc.end():]
        if self.site.search(gap) or len(re.findall(r"[,，、]", gap)) > self.max_clauses:
            return None
        return lo + disc.start()


@lru_cache(maxsize=4)
def _implications(directory: Optional[str]) -> _Implications:
    try:
        data = load_yaml("implications.yml", Path(directory) if directory else None)
    except FileNotFoundError:
        data = {}
    return _Implications(data)


@lru_cache(maxsize=4)
def _lab_rules(directory: Optional[str]):
    """Sample words that may follow a value in its parenthesis ("380 pg/mL (serum, ref <600)")
    and the analytes whose sample type is kept."""
    data = load_yaml("labs.yml", Path(directory) if directory else None)
    samples = {s: words for s, words in (data.get("samples") or {}).items() if s in ("serum", "plasma")}
    words = sorted({w for ws in samples.values() for w in ws}, key=len, reverse=True)
    by_word = {w.lower(): s for s, ws in samples.items() for w in ws}
    # "380 pg/mL (serum, ref <600)", "380 pg/mL, serum" or "296 pg/mL plasma (ref 31-86)": a
    # sample word after the value, in its parenthesis, after a comma, or alone before a
    # delimiter (not "... pg/mL serum IFE negative", where it names the next test's sample)
    after = re.compile(
        r"\s*(?:(?:[\(\[（【]|[,，;；]\s*)\s*(?P<w>" + "|".join(re.escape(w) for w in words)
        + r")(?![A-Za-z])|(?P<bare>" + "|".join(re.escape(w) for w in words)
        + r")(?=\s*(?:[\(\[（【,，;；.。)\]]|$)))",
        re.I,
    )
    shared = [set(group) for group in (data.get("shared_unit") or [])]
    return set(data.get("sample_aware") or []), after, by_word, shared


def _targets(doc):
    return sorted(doc.spans["medspacy_spans"], key=lambda s: (s.start, s.end)) if "medspacy_spans" in doc.spans else []


def _status(span) -> Optional[str]:
    """present / absent / uncertain / historical, or not_done / pending / family."""
    ext = span._  # one Underscore per span (each ``span._`` builds one)
    fixed = ext.poems_fixed_status
    if fixed:
        if fixed == "absent" and any(m.category == _OTHER for m in ext.modifiers):
            return "other"  # "余全身未见肿大淋巴结": the others are excluded, not this one
        return fixed
    categories = {}
    for modifier in ext.modifiers:
        if modifier.category == _NEGATED and _new_clause(span, modifier):
            continue
        categories.setdefault(modifier.category, []).append(modifier)
    if _FAMILY in categories:
        return "family"
    if _OTHER in categories and _NEGATED in categories:
        return "other"  # "no other lymphadenopathy": nothing said about the one mentioned
    if _PENDING in categories:
        return "pending"
    if _NOT_DONE in categories:
        return "not_done"
    if _NEGATED in categories:
        return "absent"
    if _RESOLVED in categories:
        return "historical"  # with the attribute resolved=true (see _resolved)
    if _POSSIBLE in categories:
        return "uncertain"
    if _HISTORICAL in categories:
        return "historical"
    return "present"


def _new_clause(span, modifier) -> bool:
    """"no ascites, mild ankle oedema": after a comma, a finding that opens with a degree or
    a side (``new_clause_words`` in implications.yml) starts a new, positive clause."""
    start, end = modifier.modifier_span
    if end > span.start:
        return False
    gap = span.doc[end:span.start].text
    cut = max(gap.rfind(","), gap.rfind("，"), gap.rfind(";"))
    if cut < 0:
        return False
    words = (gap[cut + 1:] + " " + span.text).strip().lower()
    first = re.match(r"[a-z\-]+", words)
    return bool(first) and first.group() in _implications(None).new_clause_words


def _forward_negation(span, findings_starts=()) -> bool:
    """A negation before the span ("no NCS"); one that negates a finding named between it and
    the span ("no evidence of papilloedema on fundoscopy") belongs to that finding."""
    return any(
        m.category == _NEGATED and m.direction.upper() in ("FORWARD", "BIDIRECTIONAL")
        and m.modifier_span[1] <= span.start
        and not any(m.modifier_span[1] <= s < span.start for s in findings_starts)
        for m in span._.modifiers
    )


# what may stand between two tests of one list: "Testosterone, TSH, AM cortisol and prolactin
# normal", "LH/FSH/oestradiol (postmenopausal) all normal", "性激素、甲功、皮质醇、PRL均正常"
_LIST_GAP = re.compile(
    r"^(?:\s|[,，、/&+]|and|or|as well as|和|及|与|以及|或|[\(（][^\)）\n]{0,30}[\)）])*$", re.I)
# from a group's name to the parenthesis that lists its members: " were negative ("
_TO_PARENTHESIS = re.compile(r"[^()\n.;。；]*?\(")
_GAP_WORD = re.compile(r"[A-Za-z]+|[\u4e00-\u9fff]|\S")


def _list_member(ent, rules: "_Implications") -> bool:
    """A test name, or a test written as a concept without its own result ("IFE", "SPEP")."""
    label = ent.label_
    if label.startswith(TEST_PREFIX):
        return True
    if label not in rules.list_members:
        return False
    return (ent._.poems_attributes or {}).get("_result", "none") == "none"


def _list_statuses(text: str, targets, rules: "_Implications") -> Dict[object, Optional[str]]:
    """Each target's status; a test named in a list whose last member is stated normal
    ("..., cortisol and prolactin normal") is normal too, and so is each test listed in the
    parenthesis of a group stated negative ("M-protein studies negative (SPEP, IFE, FLC)")."""
    statuses = {ent: _status(ent) for ent in targets}
    tests = [e for e in targets if _list_member(e, rules)]
    if rules.routine_tail is not None:  # "FBC, U&E, LFT unremarkable"
        for ent in tests:
            if statuses[ent] == "present" and rules.routine_tail.match(text[ent.end_char:ent.end_char + 80]):
                statuses[ent] = "absent"
    for i in range(len(tests) - 2, -1, -1):
        ent, nxt = tests[i], tests[i + 1]
        if statuses[ent] != "present" or ent.end_char > nxt.start_char:
            continue
        if statuses[nxt] == "absent" and not _forward_negation(nxt) and _LIST_GAP.match(
                text[ent.end_char:nxt.start_char]):
            statuses[ent] = "absent"
    for group in tests:
        if statuses[group] != "absent" or _forward_negation(group):
            continue
        opening = _TO_PARENTHESIS.match(text, group.end_char, group.end_char + rules.list_parenthesis_within)
        close = text.find(")", opening.end()) if opening else -1
        if close < 0:
            continue
        for ent in tests:
            if opening.end() <= ent.start_char and ent.end_char <= close and statuses[ent] == "present":
                statuses[ent] = "absent"
    _negated_lists(text, targets, statuses)
    _negative_results(text, targets, statuses, rules)
    return statuses


# "..., ascites and effusions were not present": a list joined by a coordinator, or negated by a
# plural verb, is negated as a whole
_COORDINATOR = re.compile(r"\b(?:and|or|nor)\b|[和及与或、]", re.I)
_PLURAL_TRIGGER = re.compile(r"(?:were|are|all|both|均|都|皆)(?![A-Za-z])", re.I)


def _negated_lists(text: str, targets, statuses) -> None:
    """"Hyperpigmentation, hypertrichosis and haemangiomas were absent": findings listed before
    the last one of a list negated after it are negated too (ConText ends a backward scope at
    each comma and "and"). The list must be coordinated ("and", "or", "、") or negated with a
    plural verb ("were absent"), so "mild oedema, ascites absent" keeps its oedema."""
    items = [e for e in targets if e.label_ != "ignore" and not e.label_.startswith(TEST_PREFIX)]
    for i in range(len(items) - 1, 0, -1):
        last = items[i]
        if statuses[last] != "absent" or last._.poems_fixed_status:
            continue
        after = [m for m in last._.modifiers
                 if m.category == _NEGATED and m.modifier_span[0] >= last.end]
        if not after:
            continue
        trigger = last.doc[after[0].modifier_span[0]:after[0].modifier_span[1]].text
        between = last.doc[last.end:after[0].modifier_span[0]].text
        chain = []
        for j in range(i, 0, -1):
            prev, cur = items[j - 1], items[j]
            gap = text[prev.end_char:cur.start_char]
            if prev.end_char > cur.start_char or not _LIST_GAP.match(gap):
                break
            chain.append((prev, gap))
        if not chain:
            continue
        if not (any(_COORDINATOR.search(gap) for _, gap in chain)
                or _PLURAL_TRIGGER.match(between.strip() + trigger)):
            continue
        for prev, _ in chain:
            if statuses[prev] == "present":
                statuses[prev] = "absent"


def _negative_results(text: str, targets, statuses, rules: "_Implications") -> None:
    """"IFE showed no monoclonal band", "no M-protein on immunofixation": a test next to its
    negated monoclonal result (only linking words between them) is negative. The test's entry
    in ``statuses`` becomes ("absent", start, end) over both mentions."""
    if not rules.result_tests:
        return
    for i, ent in enumerate(targets):
        if ent.label_ not in rules.result_tests or statuses[ent] not in ("present", "absent"):
            continue
        if statuses[ent] == "present" and (ent._.poems_attributes or {}).get("_result", "none") == "isotype":
            continue  # "IFE: IgA-λ; no M-spike on SPEP" names its own result
        for j, words, sign in ((i + 1, rules.result_after, 1), (i - 1, rules.result_before, -1)):
            if not 0 <= j < len(targets):
                continue
            other = targets[j]
            if other.label_ not in rules.result_concepts or statuses[other] != "absent":
                continue
            lo, hi = (ent.end_char, other.start_char) if sign > 0 else (other.end_char, ent.start_char)
            if hi < lo or hi - lo > rules.result_gap:
                continue
            if all(w.lower() in words for w in _GAP_WORD.findall(text[lo:hi])):
                statuses[ent] = ("absent", min(ent.start_char, other.start_char),
                                 max(ent.end_char, other.end_char))
                break


_NUMBER_AT_END = re.compile(r"(\d+(?:\.\d+)?)\s*$")
_UNIT_GAP = re.compile(r"^\s*(?:[,，;；/、]|and|和|及)\s*$", re.I)


def _share_units(text: str, labs: List[dict], warnings: List[dict], groups) -> tuple:
    """"κ 9.4, λ 44.8 mg/L": a value without a unit takes the unit of the next value of the
    same family (``shared_unit`` in labs.yml) when only a separator stands between them."""
    if not groups:
        return labs, warnings
    kept = []
    added = []
    for w in warnings:
        if w.get("reason") != "unit_missing":
            kept.append(w)
            continue
        family = next((g for g in groups if w.get("analyte") in g), None)
        number = _NUMBER_AT_END.search(text[w["start"]:w["end"]])
        nxt = None
        if family and number:
            after = [lab for lab in labs if lab["start"] >= w["end"] and lab["start"] - w["end"] <= 12]
            if after:
                nxt = min(after, key=lambda lab: lab["start"])
        if (nxt is None or nxt["analyte"] not in family or nxt["analyte"] == w["analyte"]
                or not nxt.get("unit") or not _UNIT_GAP.match(text[w["end"]:nxt["start"]])):
            kept.append(w)
            continue
        # a value already emitted without a unit (inside its unitless_range) takes the shared unit
        same = [lab for lab in labs if lab["analyte"] == w["analyte"] and lab["start"] == w["start"]]
        if same:
            if same[0].get("unit") is None:
                same[0]["unit"] = nxt["unit"]
                same[0]["sample"] = same[0].get("sample") or nxt.get("sample")
            else:
                kept.append(w)
            continue
        added.append({
            "analyte": w["analyte"], "value": float(number.group(1)), "unit": nxt["unit"],
            "sample": nxt.get("sample"), "reference_low": None, "reference_high": None,
            "flag": None, "start": w["start"], "end": w["end"],
        })
    return sorted(labs + added, key=lambda lab: lab["start"]), kept


_CLAUSE_END = re.compile(r"[,，。;；:：\n]")


def _bilateral(text: str, ent, rule) -> Optional[tuple]:
    """(start, end) of "双下肢…麻木" / "numbness … in both feet" around a sensory symptom."""
    _, _, symptom, before, negation, after = rule
    if not symptom.search(ent.text):
        return None
    lo = max(0, ent.start_char - 16)
    window = text[lo:ent.start_char]
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    best = None
    for m in before.finditer(window, cut):
        best = m
    if best is not None and not negation.search(window, best.end()):
        return lo + best.start(), ent.end_char
    m = after.match(text, ent.end_char)
    if m:
        return ent.start_char, m.end()
    return None


def doc_to_extraction(doc, message_index: int = 0, rules_directory: Optional[str] = None,
                      language: Optional[str] = None, mixed: bool = False,
                      original: Optional[str] = None) -> Extraction:
    """Turn a processed doc into an Extraction; ``original`` is the note before
    :func:`nlu.normalize.normalize` (same length), used for the provenance text."""
    from nlu.components._text import doc_text, fast

    trusted = ModelBuilder(validate=not fast())
    doc_str = doc_text(doc)  # the normalised text, read once (spaCy rebuilds doc.text)
    text = original if original is not None else doc_str
    concept_tests = _concept_tests(rules_directory)
    findings: List[Finding] = []
    not_done: List[TestNotDone] = []
    seen = set()
    seen_tests = set()

    def prov(start: int, end: int) -> Provenance:
        return trusted.provenance(message_index, start, end, text[start:end])

    def add_test(key: str, reason: str, start: int, end: int) -> None:
        if key in seen_tests:
            return
        seen_tests.add(key)
        not_done.append(trusted.test_not_done(key, reason, prov(start, end)))

    def add_finding(concept: str, status: str, start: int, end: int, attributes=None) -> None:
        attributes = {k: v for k, v in (attributes or {}).items() if not k.startswith("_")}
        key = (concept, status, tuple(sorted(attributes.items())))
        if key in seen:
            return
        seen.add(key)
        findings.append(trusted.finding(concept, FindingStatus(status), attributes,
                                        prov(start, end)))

    rules = _implications(rules_directory)
    soft: List[tuple] = []  # absent findings read from a normal test (see soft_absent)
    axes_normal: Dict[str, tuple] = {}  # endocrine axis concept -> span stated normal
    derived: List[tuple] = []  # (concept, start, end) absent because a test was normal

    targets = _targets(doc)
    statuses = _list_statuses(doc_str, targets, rules)
    for ent in targets:
        label = ent.label_
        if label == "ignore":
            continue
        status = statuses[ent]
        start, end = ent.start_char, ent.end_char
        if isinstance(status, tuple):  # a test read negative through its result (_negative_results)
            status, start, end = status
        if status in ("family", "other"):
            continue
        if label.startswith(TEST_PREFIX):
            key = label[len(TEST_PREFIX):]
            if status in ("not_done", "pending"):
                add_test(key, status, start, end)
            elif status == "absent" and not ent._.poems_fixed_status and _forward_negation(
                    ent, [t.start for t in targets if t.end <= ent.start and not t.label_.startswith(TEST_PREFIX)]):
                add_test(key, "not_done", start, end)
            elif status == "absent":
                # the test was done and is normal: what it would show is absent
                axis = rules.hormone(ent.text) if key == "endocrine_panel" else None
                if axis:
                    axes_normal.setdefault(axis, (start, end))
                for concept in rules.normal_test.get(key, []):
                    if concept in rules.soft_absent:
                        soft.append((concept, start, end))
                    else:
                        derived.append((concept, start, end))
            continue
        if label.startswith(rules.absent_only):
            if status == "absent":
                base = label[len(rules.absent_only):]
                for concept in rules.expand.get(base, [base]):
                    add_finding(concept, "absent", start, end)
            continue
        if status in ("not_done", "pending"):
            for concept in rules.expand.get(label, [label]):
                key = concept_tests.get(concept)
                if key:
                    add_test(key, status, start, end)
            continue
        attributes = dict(ent._.poems_attributes or {})
        if status == "historical" and _resolved(ent):
            attributes["resolved"] = "true"  # was present, is not now
        result = attributes.get("_result")
        if label in ("serum_immunofixation", "urine_immunofixation") and status == "present":
            if result == "none":
                continue  # a mention without a result ("IFE was sent") says nothing
        if rules.bilateral and label == rules.bilateral[0] and status == "present":
            both = _bilateral(doc_str, ent, rules.bilateral)
            if both:
                add_finding(rules.bilateral[1], "present", both[0], both[1])
        if rules.disc_oedema and label == rules.disc_oedema.source:
            disc = rules.disc_oedema.disc_start(doc_str, start, end)
            if disc is not None:  # "视盘边界清，无水肿": the disc's oedema
                add_finding(rules.disc_oedema.concept, status, disc, ent.end_char, attributes)
                continue
        for concept in rules.expand.get(label, [label]):
            add_finding(concept, status, start, end, attributes)
            implied = rules.implies.get(concept)
            if implied and status in ("present", "historical"):
                add_finding(implied, status, start, end)
        if status == "present" and attributes.get("heavy_chain") == "IgM":
            add_finding("igm_paraprotein", "present", start, end, attributes)

    for extra in doc._.poems_extra_findings or []:
        add_finding(extra["concept"], extra["status"], extra["start"], extra["end"],
                    extra.get("attributes"))

    # hormone values flagged abnormal / outside their stated range (labs.yml ``hormones``)
    for hormone in doc._.poems_hormones or []:
        if hormone["status"] == "present":
            start, end = hormone["start"], hormone["end"]
            if not _widen_to_value(findings, hormone["concept"], prov(start, end)):
                add_finding(hormone["concept"], "present", start, end)
        else:
            axes_normal.setdefault(hormone["concept"], (hormone["start"], hormone["end"]))

    def reported(concept: str) -> bool:
        return any(f.concept == concept and f.status.value in ("present", "historical")
                   for f in findings)

    # a questioned CIDP / GBS with neuropathic symptoms or NCS findings: a polyneuropathy
    for f in list(findings):
        rule = rules.implies_uncertain.get(f.concept)
        if rule and f.status.value == "uncertain" and any(reported(c) for c in rule[1]):
            add_finding(rule[0], "present", f.provenance.start, f.provenance.end)

    for concept, start, end in derived:
        if not reported(concept):
            add_finding(concept, "absent", start, end)
    for axis, (start, end) in axes_normal.items():
        if not reported(axis):
            add_finding(axis, "absent", start, end)
    screened = [a for a in axes_normal if a != "endocrinopathy"]
    if len(screened) >= rules.screen_axes:
        start = min(axes_normal[a][0] for a in screened)
        end = max(axes_normal[a][1] for a in screened)
        add_finding("endocrinopathy", "absent", start, end)

    for concept, start, end in soft:
        symptoms = rules.soft_absent.get(concept, set())
        if any(reported(c) for c in symptoms):
            continue  # a normal study does not exclude what the note reports as present
        add_finding(concept, "absent", start, end)

    stated = [t.start_char for t in targets if statuses[t] in ("present", "uncertain")
              and t.label_ != "ignore" and not t.label_.startswith((TEST_PREFIX, rules.absent_only))]
    for concept, (members, at_least, sentence_end, item_start) in rules.absent_by_members.items():
        span = _members_absent_together(doc_str, findings, members, at_least, sentence_end, stated,
                                        item_start)
        if span and not any(f.concept in members | {concept} and f.status.value != "absent"
                            for f in findings):
            add_finding(concept, "absent", span[0], span[1])

    # "... LAD 无", "... papilledema 未见" closing the note: the negation that ConText reads only
    # before punctuation (nlu/rules/context_zh.yml) also holds before the end of the note
    for i, f in enumerate(findings):
        if f.status == FindingStatus.present and rules.note_end_negation.fullmatch(
                doc_str, f.provenance.end):
            findings[i] = f.copy(update={"status": FindingStatus.absent})

    if rules.doubt_within:
        findings[:] = _restated_in_doubt(doc_str, findings, rules.doubt_within, rules.doubt_words,
                                         rules.doubt_after, rules.doubt_sentence_end)

    # an isotype written on its own ("MM, IgG-λ", "IgA-κ 42 g/L") is a monoclonal protein
    if rules.isotype is not None and not any(reported(c) for c in rules.monoclonal_mentions):
        for m in rules.isotype.finditer(doc_str):
            if rules.isotype_negative.match(doc_str, m.end()):
                continue
            heavy = rules.heavy.get(m.group("heavy").lower())
            light = rules.light.get(m.group("light").lower())
            attributes = {"heavy_chain": heavy, "light_chain": light}
            add_finding("m_protein", "present", m.start(), m.end(), attributes)
            if heavy == "IgM":
                add_finding("igm_paraprotein", "present", m.start(), m.end(), attributes)
            break

    labs: List[LabValue] = []
    sample_aware, sample_after, sample_words, shared_unit = _lab_rules(rules_directory)
    raw_labs = [dict(lab) for lab in doc._.poems_labs or []]
    raw_warnings = list(doc._.poems_warnings or [])
    raw_labs, raw_warnings = _share_units(doc_str, raw_labs, raw_warnings, shared_unit)
    for lab in raw_labs:
        sample = lab.get("sample")
        if sample is None and lab["analyte"] in sample_aware:
            # the sample named in the value's own parenthesis: "380 pg/mL (serum, ref <600)"
            m = sample_after.match(doc_str, lab["end"])
            if m:
                sample = sample_words.get((m.group("w") or m.group("bare")).lower())
        labs.append(trusted.lab_value(
            lab["analyte"], lab["value"], lab["unit"], SampleType(sample) if sample else None,
            lab["reference_low"], lab["reference_high"], lab["flag"],
            prov(lab["start"], lab["end"])))
    warnings = [Warning_(kind="lab", **w) for w in raw_warnings]

    demo = doc._.poems_demographics or {}
    if language is None:
        guess = detect_language(text)
        language, mixed = guess.language, guess.mixed
    evidence = trusted.evidence(findings, labs, not_done, demo.get("age"), demo.get("sex"),
                                language)
    return Extraction(evidence=evidence, warnings=warnings, language=language, mixed=mixed)


def _members_absent_together(text: str, findings: List[Finding], members: set, at_least: int,
                             sentence_end, stated: List[int], item_start=None) -> Optional[tuple]:
    """(start, end) of ``at_least`` different members stated absent within one sentence that
    states nothing present or in doubt (``stated``: where such mentions start) before them, from
    the start of the first member's item (``item_start``: a semicolon of an examination list)."""
    absent = sorted((f for f in findings if f.concept in members and f.status == FindingStatus.absent),
                    key=lambda f: f.provenance.start)
    for i, first in enumerate(absent):
        seen = {first.concept}
        opening = max((m.end() for m in sentence_end.finditer(text, 0, first.provenance.start)), default=0)
        if item_start is not None:
            opening = max([opening] + [m.end() for m in item_start.finditer(text, opening, first.provenance.start)])
        for other in absent[i + 1:]:
            if sentence_end.search(text, first.provenance.end, other.provenance.start):
                break
            seen.add(other.concept)
            if len(seen) >= at_least:
                # "Skin: diabetic dermopathy on shins, no hyperpigmentation or hypertrichosis":
                # a sentence that also describes something present is not a normal examination
                if any(opening <= s < other.provenance.end for s in stated):
                    return None
                return first.provenance.start, other.provenance.end
    return None


def _restated_in_doubt(text: str, findings: List[Finding], within: int, doubt,
                       doubt_after, sentence_end) -> List[Finding]:
    """"肝脏饱满，可疑肝大", "spleen 13 cm, splenomegaly cannot be excluded": a present finding
    followed, at most ``within`` characters later in the same sentence, by the same concept put
    in doubt by a doubt word before it (``doubt``) or right after it (``doubt_after``) is in
    doubt (the present one is dropped)."""
    doubtful = [f for f in findings if f.status == FindingStatus.uncertain]

    keep = []
    for f in findings:
        if f.status == FindingStatus.present and any(
                d.concept == f.concept and 0 <= d.provenance.start - f.provenance.end <= within
                and not sentence_end.search(text, f.provenance.end, d.provenance.start)
                and (doubt.search(text, f.provenance.end, d.provenance.end)
                     or bool(doubt_after and doubt_after.match(text, d.provenance.end)))
                for d in doubtful):
            continue
        keep.append(f)
    return keep


def _widen_to_value(findings: List[Finding], concept: str, provenance) -> bool:
    """"Testosterone was low at 5.1 nmol/L": the phrase and the flagged value state one finding;
    the finding keeps the wider span, which shows the value. True when a finding was widened."""
    for i, finding in enumerate(findings):
        span = finding.provenance
        if finding.concept == concept and finding.status == FindingStatus.present \
                and provenance.start <= span.start and span.end <= provenance.end:
            findings[i] = finding.copy(update={"provenance": provenance})
            return True
    return False


def _pipeline_for(text: str, directory: Optional[Path]):
    from nlu.pipeline import get_pipeline

    return get_pipeline("zh" if has_cjk(text) else "en", directory)


def extract(text: str, message_index: int = 0, max_chars: int = DEFAULT_MAX_CHARS,
            rules_directory: Optional[Path] = None) -> Extraction:
    """Read one note. Raises :class:`nlu.NoteError` for empty, binary or oversized input."""
    text = validate_note(text, max_chars)
    nlp = _pipeline_for(text, rules_directory)
    doc = nlp(normalize(text))
    guess = detect_language(text)
    extraction = doc_to_extraction(doc, message_index,
                                   str(rules_directory) if rules_directory else None,
                                   guess.language, guess.mixed, original=text)
    _release(doc)
    return extraction


def _release(doc) -> None:
    """Drop what ties a read Doc into reference cycles (its span groups point back at it, its
    user data holds Spans), so it is freed at once instead of by the cyclic garbage collector,
    whose full passes over these docs cost more than reading a note's findings."""
    doc.spans.clear()
    doc.user_data.clear()


def extract_evidence(text: str, message_index: int = 0, **kwargs) -> Evidence:
    """The contract entry point: ``extract(text).evidence``."""
    return extract(text, message_index, **kwargs).evidence


def extract_many(texts: Iterable[str], n_process: int = 1, batch_size: int = 64,
                 max_chars: int = DEFAULT_MAX_CHARS,
                 rules_directory: Optional[Path] = None) -> List[Extraction]:
    """Read many notes with ``nlp.pipe`` (English and Chinese notes batched separately; the
    output keeps the input order). Raises :class:`nlu.NoteError` on the first bad note."""
    from nlu.pipeline import get_pipeline

    texts = [validate_note(t, max_chars) for t in texts]
    out: List[Optional[Extraction]] = [None] * len(texts)
    groups: Dict[str, List[int]] = {"en": [], "zh": []}
    for i, t in enumerate(texts):
        groups["zh" if has_cjk(t) else "en"].append(i)
    directory = str(rules_directory) if rules_directory else None
    for lang, indices in groups.items():
        if not indices:
            continue
        nlp = get_pipeline(lang, rules_directory)
        docs = nlp.pipe((normalize(texts[i]) for i in indices), batch_size=batch_size,
                        n_process=n_process)
        for i, doc in zip(indices, docs):
            guess = detect_language(texts[i])
            out[i] = doc_to_extraction(doc, 0, directory, guess.language, guess.mixed,
                                       original=texts[i])
            _release(doc)
    return [e for e in out if e is not None]
