"""From a note to :class:`bot.models.Evidence`: run the pipeline, turn spans into findings, lab
values and tests not done, each with its provenance (a span of the ORIGINAL text)."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

from pydantic import BaseModel, Field

from bot.models import (
    Evidence,
    Finding,
    FindingStatus,
    LabValue,
    Provenance,
    SampleType,
    SourceKind,
    TestNotDone,
)
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


def _targets(doc):
    return sorted(doc.spans["medspacy_spans"], key=lambda s: (s.start, s.end)) if "medspacy_spans" in doc.spans else []


def _status(span) -> Optional[str]:
    """present / absent / uncertain / historical, or not_done / pending / family."""
    fixed = span._.poems_fixed_status
    if fixed:
        return fixed
    categories = {}
    for modifier in span._.modifiers:
        categories.setdefault(modifier.category, []).append(modifier)
    if _FAMILY in categories:
        return "family"
    if _PENDING in categories:
        return "pending"
    if _NOT_DONE in categories:
        return "not_done"
    if _NEGATED in categories:
        return "absent"
    if _POSSIBLE in categories:
        return "uncertain"
    if _HISTORICAL in categories:
        return "historical"
    return "present"


def _forward_negation(span) -> bool:
    return any(
        m.category == _NEGATED and m.direction.upper() in ("FORWARD", "BIDIRECTIONAL")
        and m.modifier_span[1] <= span.start
        for m in span._.modifiers
    )


def doc_to_extraction(doc, message_index: int = 0, rules_directory: Optional[str] = None,
                      language: Optional[str] = None, mixed: bool = False,
                      original: Optional[str] = None) -> Extraction:
    """Turn a processed doc into an Extraction; ``original`` is the note before
    :func:`nlu.normalize.normalize` (same length), used for the provenance text."""
    text = original if original is not None else doc.text
    concept_tests = _concept_tests(rules_directory)
    findings: List[Finding] = []
    not_done: List[TestNotDone] = []
    seen = set()
    seen_tests = set()

    def prov(start: int, end: int) -> Provenance:
        return Provenance(source=SourceKind.note, message_index=message_index, start=start,
                          end=end, text=text[start:end])

    def add_test(key: str, reason: str, start: int, end: int) -> None:
        if key in seen_tests:
            return
        seen_tests.add(key)
        not_done.append(TestNotDone(test=key, reason=reason, provenance=prov(start, end)))

    def add_finding(concept: str, status: str, start: int, end: int, attributes=None) -> None:
        attributes = {k: v for k, v in (attributes or {}).items() if not k.startswith("_")}
        key = (concept, status, tuple(sorted(attributes.items())))
        if key in seen:
            return
        seen.add(key)
        findings.append(Finding(concept=concept, status=FindingStatus(status),
                                attributes=attributes, provenance=prov(start, end)))

    for ent in _targets(doc):
        label = ent.label_
        if label == "ignore":
            continue
        status = _status(ent)
        if status == "family":
            continue
        if label.startswith(TEST_PREFIX):
            key = label[len(TEST_PREFIX):]
            if status in ("not_done", "pending"):
                add_test(key, status, ent.start_char, ent.end_char)
            elif status == "absent" and _forward_negation(ent):
                add_test(key, "not_done", ent.start_char, ent.end_char)
            continue
        if status in ("not_done", "pending"):
            key = concept_tests.get(label)
            if key:
                add_test(key, status, ent.start_char, ent.end_char)
            continue
        attributes = dict(ent._.poems_attributes or {})
        result = attributes.get("_result")
        if label in ("serum_immunofixation", "urine_immunofixation") and status == "present":
            if result == "none":
                continue  # a mention without a result ("IFE was sent") says nothing
        add_finding(label, status, ent.start_char, ent.end_char, attributes)
        if status == "present" and attributes.get("heavy_chain") == "IgM":
            add_finding("igm_paraprotein", "present", ent.start_char, ent.end_char, attributes)

    for extra in doc._.poems_extra_findings or []:
        add_finding(extra["concept"], extra["status"], extra["start"], extra["end"],
                    extra.get("attributes"))

    labs: List[LabValue] = []
    for lab in doc._.poems_labs or []:
        labs.append(LabValue(
            analyte=lab["analyte"], value=lab["value"], unit=lab["unit"],
            sample=SampleType(lab["sample"]) if lab.get("sample") else None,
            reference_low=lab["reference_low"], reference_high=lab["reference_high"],
            flag=lab["flag"], provenance=prov(lab["start"], lab["end"]),
        ))
    warnings = [Warning_(kind="lab", **w) for w in doc._.poems_warnings or []]

    demo = doc._.poems_demographics or {}
    if language is None:
        guess = detect_language(text)
        language, mixed = guess.language, guess.mixed
    evidence = Evidence(findings=findings, labs=labs, not_done=not_done, age=demo.get("age"),
                        sex=demo.get("sex"), language=language)
    return Extraction(evidence=evidence, warnings=warnings, language=language, mixed=mixed)


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
    return doc_to_extraction(doc, message_index, str(rules_directory) if rules_directory else None,
                             guess.language, guess.mixed, original=text)


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
    return [e for e in out if e is not None]
