"""From a note to :class:`bot.models.Evidence`: run the pipeline, turn spans into findings, lab
values and tests not done, each with its provenance (a span of the ORIGINAL text)."""

from __future__ import annotations

import contextlib
import gc
import logging
from functools import lru_cache
from pathlib import Path
import re
from typing import Dict, Iterable, List, Optional

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
from bot.number_text import number_text
from nlu.trusted_models import ModelBuilder
from nlu.errors import DEFAULT_MAX_CHARS, validate_note
from nlu.implications import (
    absent_needs,
    bilateral,
    cause_ruled_out_at_note_end,
    doubtful_results,
    form_answers,
    forward_negation,
    heading_answers,
    immobility_in_context,
    implication_rules,
    isotype_finding,
    label_headings,
    past_headings,
    list_statuses,
    members_absent_together,
    negate_at_note_end,
    normal_lists,
    stretches,
    normal_scans,
    not_done_lists,
    undone_lists,
    valued_tests,
    own_values,
    queried_negation,
    resolved,
    restated_in_doubt,
)
from nlu.implications.attributed_cause import causes
from nlu.implications.uln_multiple import uln_multiples
from nlu.implications.compared_rows import compare_table, compared_rows
from nlu.language import detect_language, has_cjk
from nlu.normalize import normalize
from nlu.numeral_values import numeral_values
from nlu.rules import TEST_PREFIX, load_yaml, concept_tests as rules_concept_tests
from nlu.span_values import span_value
from nlu.target_view import views

log = logging.getLogger(__name__)  # never log note text


# the reasons bot.evidence.check_lab refuses a value read from a note (LabRefused.reason)
# and of a value whose unit the reader cannot read (unknown_unit)
SET_ASIDE_REASONS = frozenset({"implausible", "unit_ambiguous", "urine_sample", "unknown_unit", "unit_needed",
                               "unit_not_expected", "numeral_words", "grouping_ambiguous", "fluid_sample"})


class Warning_(BaseModel):
    """Something the NLU saw but would not guess (a lab without a readable unit, ...)."""

    kind: str  # "lab"
    analyte: Optional[str] = None
    # unit_missing | unknown_unit | unit_not_expected | unit_assumed | implausible |
    # unit_ambiguous | urine_sample | unit_needed (no unit, and no unit makes the value readable:
    # "PLT 9000", "Hb 22") | grouping_ambiguous ("1,250" or "1.250" in a note that writes decimals with a comma) |
    # fluid_sample ("CSF VEGF 85 pg/mL": another body fluid than blood)
    reason: str
    unit: Optional[str] = None
    value: Optional[float] = None  # the value as written (set aside)
    separator: Optional[str] = None  # grouping_ambiguous: "," ("1,250") or "." ("1.250"), as written
    message: Optional[str] = None  # the engine's refusal (set aside): analyte, value, bound
    message_zh: Optional[str] = None  # the same refusal in Chinese (bot.evidence.LabRefused)
    start: int
    end: int

    def written(self) -> str:
        """The value and unit as written ("50000 10^9/L"), never other note text."""
        return f"{number_text(self.value)} {self.unit or ''}".strip() if self.value is not None else ""

    def text(self):
        """The bilingual statement shown by every front end for a value set aside
        (``lab.set_aside`` in bot/data/messages.yml): the engine's message, and asks again."""
        from bot.concepts import catalogue
        from bot.texts import msg

        known = catalogue().analytes.get(self.analyte or "")
        return msg("lab.set_aside", error=self.message or "", error_zh=self.message_zh or self.message or "",
                   value=self.written(),
                   analyte=known.en if known else self.analyte,
                   analyte_zh=known.zh if known else self.analyte)


class Extraction(BaseModel):
    """Everything the NLU read from one note."""

    evidence: Evidence
    warnings: List[Warning_] = Field(default_factory=list)
    language: str = "en"
    mixed: bool = False

    @property
    def unparsed(self) -> List[Warning_]:
        return [w for w in self.warnings if w.reason != "unit_assumed"]

    @property
    def set_aside(self) -> List[Warning_]:
        """Values read from the note that the engine refuses (impossible, a unit two readings
        fit, a urine sample where the serum test is needed): not used, reported."""
        return [w for w in self.warnings if w.reason in SET_ASIDE_REASONS]


def set_aside_items(extraction: "Extraction") -> List[Dict[str, object]]:
    """The values set aside as impossible, as plain data for the chat (an entity): analyte,
    value and unit as written, the engine's message, the bilingual text and where the value is
    in the message (no other note text)."""
    out: List[Dict[str, object]] = []
    for warning in extraction.set_aside:
        text = warning.text()
        out.append({"analyte": warning.analyte, "value": warning.value, "unit": warning.unit,
                    "message": warning.message, "en": text.en, "zh": text.zh, "reason": warning.reason,
                    "start": warning.start, "end": warning.end})
    return out


def _with_message(warning: Warning_) -> Warning_:
    """A value whose unit cannot be read, or that needs a unit it was written without, gets the
    statement of why, in both languages (bot.evidence.unreadable_unit / unit_needed), like a
    value the engine refuses."""
    if warning.reason not in ("unknown_unit", "unit_needed", "unit_not_expected", "grouping_ambiguous",
                              "fluid_sample") or warning.value is None or warning.message:
        return warning
    from bot.evidence import fluid_sample, grouping_ambiguous, unit_needed, unit_not_for, unreadable_unit

    if warning.reason == "fluid_sample":
        text = fluid_sample(warning.analyte or "", warning.value, warning.unit or "")
    elif warning.reason == "grouping_ambiguous":
        text = grouping_ambiguous(warning.analyte or "", warning.value, warning.unit or "",
                                  warning.separator or ",")
    elif warning.reason == "unknown_unit":
        text = unreadable_unit(warning.analyte or "", warning.value, warning.unit or "")
    elif warning.reason == "unit_not_expected":
        text = unit_not_for(warning.analyte or "", warning.value, warning.unit or "")
    else:
        text = unit_needed(warning.analyte or "", warning.value)
    return warning.copy(update={"message": text.en, "message_zh": text.zh})


def _withheld(warning: dict) -> dict:
    """A number without a unit that the lab reader did not emit ("PLT 9000": no unit makes it a
    possible count; "Hb 22": g/L and g/dL both) and that no neighbour lent a unit to: set aside
    with why (``unit_needed``), never dropped without a word."""
    if warning.pop("withheld", False) and warning.get("reason") == "unit_missing":
        return dict(warning, reason="unit_needed")
    return warning


def _set_aside_implausible(labs: List[LabValue]) -> tuple:
    """Keep the labs the engine accepts; each one its check refuses becomes an ``implausible``
    warning with the engine's message, so one impossible value does not refuse the whole note.
    The check is the engine's own (bot.evidence.check_lab, as refuse_lab: its verdict without the
    checked model): the bounds live in thresholds.yml."""
    from bot.errors import EvidenceError
    from bot.evidence import refuse_lab
    from bot.thresholds import load_thresholds

    thresholds = load_thresholds()
    kept: List[LabValue] = []
    refused: List[Warning_] = []
    for lab in labs:
        try:
            refuse_lab(lab, thresholds)
        except EvidenceError as error:
            span = lab.provenance
            text = getattr(error, "text", None)
            refused.append(Warning_(kind="lab", analyte=lab.analyte,
                                    reason=getattr(error, "reason", "implausible"),
                                    unit=lab.unit, value=lab.value, message=str(error),
                                    message_zh=text.zh if text is not None else None,
                                    start=span.start or 0, end=span.end or 0))
            continue
        kept.append(lab)
    return kept, refused


@lru_cache(maxsize=4)
def _lab_rules(directory: Optional[str]):
    """The analytes whose sample type is kept, the reader of a sample word written after a value
    ("380 pg/mL (serum, ref <600)", "742 pg/mL in serum.": nlu.components.labs.SampleAfter, the
    one that reads it before a reference range too) and the families that share a unit."""
    from nlu.components.lab_samples import SampleAfter  # spaCy is imported on first use

    data = load_yaml("labs.yml", Path(directory) if directory else None)
    shared = [set(group) for group in (data.get("shared_unit") or [])]
    earlier = data.get("earlier_value") or {}
    dated = (re.compile(earlier["clause_break"]), re.compile(earlier["cue"]),
             re.compile(earlier["outcome"]) if earlier.get("outcome") else None) if earlier else None
    return set(data.get("sample_aware") or []), SampleAfter(data), shared, dated


# how far back the clause of a value is looked for (labs.yml ``earlier_value``)
_CLAUSE_REACH = 160


def _earlier_first(text: str, labs: List[dict], dated) -> List[dict]:
    """The values of one analyte in the order of time the note gives them (labs.yml
    ``earlier_value``), so the latest statement the engine reads is the note's own: a value its
    clause dates earlier ("外院曾查VEGF 1 180 pg/ml", "at diagnosis his platelets were 590")
    written after an undated value is put before the undated ones; a value its clause gives as the
    outcome of treatment ("At 12 months … serum VEGF was 486 ng/L", "4个疗程后…VEGF降至 720 ng/L")
    written after an undated value, in a narrative of the presentation, is put before the
    presentation's values, as a finding that resolved after treatment does not undo the one
    described at presentation. Values of other analytes keep their places."""
    if dated is None or len(labs) < 2:
        return labs
    breaks, cue, outcome = dated
    marks = []
    last_end: Dict[str, int] = {}
    for lab in labs:
        low = max(0, lab["start"] - _CLAUSE_REACH)
        opening = low
        for b in breaks.finditer(text, low, lab["start"]):
            opening = b.end()
        # a value of a series opening a clause of its own ("VEGF 860 pg/mL (ref <600); baseline 4,200
        # pg/mL") has its own time word
        own_clause = not lab.get("series") or opening >= last_end.get(lab["analyte"], len(text))
        last_end[lab["analyte"]] = lab["end"]
        if lab.get("earlier") or (own_clause and cue.search(text, opening, lab["end"])):
            # (the later value of a series in the first one's clause, "3,900 pg/mL at diagnosis and
            # is 640 pg/mL today", is not dated by the first value's own time word; one written
            # "down from 4,120" is the value before it: labs.py _series)
            marks.append("earlier")
        elif outcome is not None and not lab.get("series") and outcome.search(text, opening, lab["end"]):
            # (a series in one clause, "VEGF 3200 pg/ml，治疗后降至860 pg/ml", is a course read in its order)
            marks.append("outcome")
        else:
            marks.append("")
    out = list(labs)
    slots: Dict[str, List[int]] = {}
    for i, lab in enumerate(labs):
        slots.setdefault(lab["analyte"], []).append(i)
    for idx in slots.values():
        def after_undated(kind: str) -> bool:
            return any(marks[j] == kind and any(marks[k] == "" for k in idx if k < j) for j in idx)
        if after_undated("outcome"):
            order = [j for j in idx if marks[j] == "outcome"] + [j for j in idx if marks[j] != "outcome"]
            order = [j for j in order if marks[j] == "outcome"] + \
                [j for j in order if marks[j] == "earlier"] + [j for j in order if marks[j] == ""]
        elif after_undated("earlier"):
            order = [j for j in idx if marks[j] == "earlier"] + [j for j in idx if marks[j] != "earlier"]
        else:
            continue
        for slot, j in zip(idx, order):
            out[slot] = labs[j]
    return out


def _targets(doc):
    from nlu.components.target_list import targets  # spaCy is imported on first use

    return sorted(targets(doc), key=lambda s: (s.start, s.end))


_NUMBER_AT_END = re.compile(r"(\d+(?:\.\d+)?)\s*$")
# what may stand between the two values: a separator, or only spaces ("κ 19.6 λ 62.3 mg/L")
_UNIT_GAP = re.compile(r"^\s*(?:[,，;；/、]|and|和|及)?\s*$", re.I)


def _share_units(text: str, labs: List[dict], warnings: List[dict], groups) -> tuple:
    """"κ 9.4, λ 44.8 mg/L": a value without a unit takes the unit of the next value of the
    same family (``shared_unit`` in labs.yml) when only a separator stands between them. A name
    that counts only with a value in given units (``named_by_unit``: "kappa 19.6 lambda 62.3
    mg/L" without an FLC word) counts only when that unit is one of them; otherwise its number
    is nothing, not a value without a unit."""
    if not groups:
        return labs, [w for w in warnings if "required_units" not in w]
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
        required = w.get("required_units")
        if (nxt is None or nxt["analyte"] not in family or nxt["analyte"] == w["analyte"]
                or not nxt.get("unit") or not _UNIT_GAP.match(text[w["end"]:nxt["start"]])
                or (required is not None and nxt["unit"] not in required)):
            if required is None:
                kept.append(w)
            continue
        # a value already emitted without a unit (inside its unitless_range) takes the shared unit
        same = [lab for lab in labs if lab["analyte"] == w["analyte"] and lab["start"] == w["start"]]
        if same:
            if same[0].get("unit") is None:
                same[0]["unit"] = nxt["unit"]
                same[0]["sample"] = same[0].get("sample") or nxt.get("sample")
            elif required is None:
                kept.append(w)
            continue
        added.append({
            "analyte": w["analyte"], "value": float(number.group(1)), "unit": nxt["unit"],
            "sample": nxt.get("sample"), "reference_low": None, "reference_high": None,
            "flag": None, "start": w["start"], "end": w["end"],
        })
    # (a dated table's values stay in the order of their dates: ``order``, dated_table.py)
    return sorted(labs + added, key=lambda lab: lab.get("order", lab["start"])), kept


def _negative_only_of(test, targets, statuses, only: Optional[set], cleared: List[str]) -> bool:
    """Whether the sentence of a test read negative negates one of ``only`` (findings the test
    is not about: lytic lesions for bone imaging) and none of what the test would clear
    (implications.yml ``normal_test_only_of``)."""
    if not only:
        return False
    sent = test.sent
    negated = {t.label_ for t in targets if t is not test and t.sent == sent and statuses[t] == "absent"}
    return bool(negated & only) and not negated.intersection(cleared)


def _contradicted_since(findings: List[Finding], concept: str, status: str) -> bool:
    """Whether the latest finding of ``concept`` so far has another status than ``status``: a
    statement made again after a contrary one ("单中心型Castleman病…浅表淋巴结未触及…病理：Castleman病")
    is kept again, so the latest statement the engine reads is the note's latest."""
    for finding in reversed(findings):
        if finding.concept == concept:
            return finding.status.value != status
    return False


def _restated_after_past(findings: List[Finding], concept: str) -> bool:
    """Whether a historical finding was read after the latest finding of ``concept`` so far: a
    negative result stated again after a passage about the past ("免疫固定电泳：阴性 … 诊断时：IgA-λ型
    M蛋白 … 目前：血清及尿免疫固定电泳均阴性") is kept again, so the engine reads today's result as
    coming after the past finding (bot.criteria ``_superseded_by_negative_ife`` compares their order;
    a repeated negative is otherwise dropped, leaving only its first, earlier place)."""
    for finding in reversed(findings):
        if finding.concept == concept:
            return False
        if finding.status == FindingStatus.historical:
            return True
    return False


def _tested(ent, concept_tests: Dict[str, str], rules) -> bool:
    """A test, or a concept a test shows ("M蛋白": serum immunofixation)."""
    return ent.label_.startswith(TEST_PREFIX) or any(
        c in concept_tests for c in rules.expand.get(ent.label_, [ent.label_]))


def doc_to_extraction(doc, message_index: int = 0, rules_directory: Optional[str] = None,
                      language: Optional[str] = None, mixed: bool = False,
                      original: Optional[str] = None) -> Extraction:
    """Turn a processed doc into an Extraction; ``original`` is the note before
    :func:`nlu.normalize.normalize` (same length), used for the provenance text."""
    from nlu.components._text import doc_text, fast

    trusted = ModelBuilder(validate=not fast())
    doc_str = doc_text(doc)  # the normalised text, read once (spaCy rebuilds doc.text)
    text = original if original is not None else doc_str
    concept_tests = rules_concept_tests(rules_directory)
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
        if key in seen and not _contradicted_since(findings, concept, status) \
                and not (status == "absent" and _restated_after_past(findings, concept)):
            return
        seen.add(key)
        findings.append(trusted.finding(concept, FindingStatus(status), attributes,
                                        prov(start, end)))

    rules = implication_rules(rules_directory)
    cause_rules = causes(rules_directory)
    multiples = uln_multiples(rules_directory)
    soft: List[tuple] = []  # absent findings read from a normal test (see soft_absent)
    axes_normal: Dict[str, tuple] = {}  # endocrine axis concept -> span stated normal
    derived: List[tuple] = []  # (concept, start, end, siblings) absent because a test was normal
    excluded: List[tuple] = []  # (concept, start, end) absent because another finding excludes it
    implied_past: List[Finding] = []  # historical findings implied by a past diagnosis (see below)

    # plain views of the target spans in the fast path (nlu.target_view): same look-ups, cheaper
    targets = views(_targets(doc), doc_str) if fast() else _targets(doc)
    statuses = list_statuses(doc_str, targets, rules)
    doubtful_results(doc_str, targets, statuses, rules.monoclonal_doubt, rules.isotype)
    heading_answers(doc_str, targets, statuses, rules.heading_answer)
    # "Pleural effusion - heart failure ruled out" closing the note: the cause ruled out, not the effusion
    cause_ruled_out_at_note_end(doc_str, targets, statuses, rules.note_end_cause_ruled_out)
    # "POEMS综合征常表现为…，血清VEGF常明显升高，可见硬化性骨病变。": the sentence is the disease's
    general = stretches(doc_str, rules.general_sentence)
    normal_lists(doc_str, targets, statuses, rules.general_sentence, general)
    normal_lists(doc_str, targets, statuses, rules.conditional_clause)  # "如发现硬化灶，则…"
    normal_lists(doc_str, targets, statuses, rules.normal_list)  # "以下项目未见异常：A、B、C"
    normal_lists(doc_str, targets, statuses, rules.denied_list)  # "否认高血压，糖尿病等病史"
    # stretches not about the patient, found once: their findings here, an isotype in them below
    not_patients = (stretches(doc_str, rules.others_sentence), stretches(doc_str, rules.criteria_block))
    normal_lists(doc_str, targets, statuses, rules.others_sentence, not_patients[0])  # "found in 68% of patients"
    normal_lists(doc_str, targets, statuses, rules.criteria_block, not_patients[1])  # "主要标准(至少满足1条):\n- …"
    normal_lists(doc_str, targets, statuses, rules.threshold_clause)  # "以PLT>450为界": a cut-off, no value
    form_answers(doc_str, targets, statuses, rules.form_answer)  # "Hepatomegaly No / Edema Yes"
    label_headings(doc_str, targets, statuses, rules.label_heading)  # "Skin changes: Hyperpigmentation No"
    absent_needs(doc_str, targets, statuses, rules.absent_needs)  # "无Castleman病证据" without a biopsy
    before_treatment = past_headings(doc_str, targets, statuses, rules.past_heading)  # "治疗前情况：…"
    # "项目  既往值  本次值" over "血清IFE  IgA-λ（＋）  阴性": the latest column decides
    compared_past, compared_now, compared_earlier = compared_rows(
        doc_str, targets, statuses, compare_table(rules_directory))
    before_treatment |= compared_past
    immobility_in_context(doc_str, targets, statuses, rules.immobility)
    normal_scans(doc_str, targets, statuses, rules.normal_scan)
    own_values(doc_str, targets, statuses, rules.own_value)  # "TSH 7.9 (fT4 normal)"
    not_done_lists(doc_str, targets, statuses, rules.not_done_list,  # "Pending: sFLC, VEGF"
                   lambda ent: ent.label_.startswith(TEST_PREFIX) or any(
                       c in concept_tests for c in rules.expand.get(ent.label_, [ent.label_])))
    undone_lists(doc_str, targets, statuses, lambda ent: _tested(ent, concept_tests, rules),  # "M蛋白、VEGF均未查"
                 rules.undone_list)
    valued_tests(targets, statuses, doc._.poems_labs or [])  # "haven't done much, FLC ratio 3.1"
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
            elif status == "absent" and not span_value(ent, "poems_fixed_status") and forward_negation(
                    ent, [t.end for t in targets if t.end <= ent.start and not t.label_.startswith(TEST_PREFIX)]):
                add_test(key, "not_done", start, end)
            elif status == "absent":
                # the test was done and is normal: what it would show is absent
                for axis in rules.hormones(ent.text) if key == "endocrine_panel" else ():
                    axes_normal.setdefault(axis, (start, end))
                cleared = rules.cleared_by(key, ent.text)
                if _negative_only_of(ent, targets, statuses, rules.normal_test_only_of.get(key), cleared):
                    continue  # "Skeletal survey: no lytic lesions": nothing said of sclerotic ones
                # a whole scan (normal_test_whole) that shows one of its findings was not normal
                siblings = tuple(cleared) if key in rules.normal_test_whole else ()
                for concept in cleared:
                    if concept in rules.soft_absent:
                        soft.append((concept, start, end))
                    else:
                        derived.append((concept, start, end, siblings))
            continue
        if label.startswith(rules.absent_only):
            # denied ("淋巴结(-)"), or denied with a question mark ("淋巴结(-)？"): in doubt
            if status == "absent" or (status == "uncertain" and queried_negation(ent)):
                base = label[len(rules.absent_only):]
                for concept in rules.expand.get(base, [base]):
                    add_finding(concept, status, start, end)
            continue
        if label.startswith(rules.present_only):
            if status == "absent":
                continue  # "no temporal dispersion": the sign denied says nothing of what it shows
            label = label[len(rules.present_only):]
        if status in ("not_done", "pending"):
            for concept in rules.expand.get(label, [label]):
                key = concept_tests.get(concept)
                if key:
                    add_test(key, status, start, end)
            continue
        attributes = dict(span_value(ent, "poems_attributes") or {})
        if ent in compared_now:
            attributes = {}  # read from its row's latest column, not from the earlier cells
        if status == "historical" and (resolved(ent) or ent in before_treatment):
            attributes["resolved"] = "true"  # was present, is not now (or not said to be now)
        result = attributes.get("_result")
        if result == "negative" and status == "present":
            status = "absent"  # "IFE: IgG、IgA、IgM、κ、λ均阴性": its lanes listed, all negative
        if attributes.get("_doubt") and status == "present":
            status = "uncertain"  # "?faint lambda band on IFE": the result beside it is in doubt
        if label in ("serum_immunofixation", "urine_immunofixation") and status == "present":
            if result == "none":
                continue  # a mention without a result ("IFE was sent") says nothing
        if rules.bilateral and label == rules.bilateral[0] and status == "present":
            both = bilateral(doc_str, ent, rules.bilateral)
            if both:
                add_finding(rules.bilateral[1], "present", both[0], both[1])
        if rules.disc_oedema and label == rules.disc_oedema.source:
            disc = rules.disc_oedema.disc_start(doc_str, start, end)
            if disc is not None and status == "present" and rules.disc_oedema.said_normal(doc_str, disc, start):
                # "fundi show normal discs and oedema": not the normal disc's, nor said to be the legs'
                add_finding(label, "uncertain", start, end, attributes)
                continue
            if disc is not None:  # "视盘边界清，无水肿": the disc's oedema
                add_finding(rules.disc_oedema.concept, status, disc, ent.end_char, attributes)
                continue
        if status == "present" and label in cause_rules.concepts:
            cause = cause_rules.cause_of(doc_str, start, end)  # "ankle oedema on amlodipine"
            if cause:
                attributes["cause"] = cause
        if label in multiples.concepts:  # "VEGF >3x ULN": the multiple, for the engine to judge
            attributes.update(multiples.read(doc_str[start:end]))
        for concept in rules.expand.get(label, [label]):
            if concept.startswith(rules.present_only):  # a member said only when the label is present
                if status not in ("present", "historical"):
                    continue
                concept = concept[len(rules.present_only):]
            add_finding(concept, status, start, end, attributes)
            implied = rules.implies.get(concept)
            if implied and status in ("present", "historical"):
                count = len(findings)
                add_finding(implied, status, start, end)
                if status == "historical" and len(findings) > count:
                    implied_past.append(findings[-1])
            if status == "present":
                excluded.extend((c, start, end) for c in rules.implies_absent.get(concept, []))
        if status == "present" and attributes.get("heavy_chain") == "IgM":
            add_finding("igm_paraprotein", "present", start, end, attributes)

    for extra in doc._.poems_extra_findings or []:
        if any(a <= extra["start"] and extra["end"] <= b for a, b in general + not_patients[0]):
            # "CIDP typically responds to IVIG, whereas POEMS usually does not": the disease's, not the patient's
            continue
        add_finding(extra["concept"], extra["status"], extra["start"], extra["end"],
                    extra.get("attributes"))

    # hormone values flagged abnormal / outside their stated range (labs.yml ``hormones``)
    below_cutoff: List[tuple] = []
    sex = (doc._.poems_demographics or {}).get("sex")
    sex_dependent: List[Finding] = []  # of a patient whose sex the message does not give (Evidence)
    for hormone in doc._.poems_hormones or []:
        if hormone.get("sex") and hormone["sex"] != sex:
            # "estradiol 62 pg/mL (H)" shows a finding in a man only (labs.yml high_male), "testosterone
            # 5 nmol/L" only under the cut-off of a sex (sex_cutoff): of another sex nothing; with the
            # sex unknown, kept aside until the conversation gives it (Evidence.sex_dependent)
            if sex is None and hormone["status"] == "present":
                sex_dependent.append(trusted.finding(hormone["concept"], FindingStatus.present,
                                                     {"sex": hormone["sex"]},
                                                     prov(hormone["start"], hormone["end"])))
            continue
        if hormone["status"] == "present":
            start, end = hormone["start"], hormone["end"]
            if not _widen_to_value(findings, hormone["concept"], prov(start, end)):
                add_finding(hormone["concept"], "present", start, end)
        elif hormone["status"] == "absent":  # below a fixed cut-off (labs.yml ``high_above``)
            below_cutoff.append((hormone["concept"], hormone["start"], hormone["end"]))
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

    # "demyelinating polyneuropathy, diagnosed as CIDP 1 year ago": the past diagnosis does not
    # put a neuropathy the note states present into the past
    findings[:] = [f for f in findings if all(f is not p for p in implied_past)
                   or not any(g.concept == f.concept and g.status == FindingStatus.present
                              for g in findings)]

    for concept, start, end, siblings in derived:
        if not reported(concept) and not any(reported(c) for c in siblings):
            add_finding(concept, "absent", start, end)
    for concept, start, end in excluded:
        if not any(f.concept == concept and f.status != FindingStatus.absent for f in findings):
            add_finding(concept, "absent", start, end)
    for concept, start, end in below_cutoff:
        if not any(f.concept == concept for f in findings):
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
        # a sign the normal study outweighs ("腱反射减低" with a normal NCS): not a report
        signs = rules.soft_signs.get(concept)
        weak = [f for f in findings if signs is not None and f.concept == concept
                and f.status == FindingStatus.present and signs.search(f.provenance.text)]
        if any(f.concept in symptoms and f.status.value in ("present", "historical")
               and all(f is not w for w in weak) for f in findings):
            continue  # a normal study does not exclude what the note reports as present
        findings[:] = [f for f in findings if all(f is not w for w in weak)]
        add_finding(concept, "absent", start, end)

    stated = [t.start_char for t in targets if statuses[t] in ("present", "uncertain")
              and t.label_ != "ignore" and not t.label_.startswith((TEST_PREFIX, rules.absent_only))]
    for concept, (members, at_least, sentence_end, item_start) in rules.absent_by_members.items():
        span = members_absent_together(doc_str, findings, members, at_least, sentence_end, stated,
                                       item_start)
        if span and not any(f.concept in members | {concept} and f.status.value != "absent"
                            for f in findings):
            add_finding(concept, "absent", span[0], span[1])

    # "... LAD 无" closing the note: a negation ConText reads only before punctuation
    negate_at_note_end(doc_str, findings, rules.note_end_negation)

    if rules.doubt_within:
        findings[:] = restated_in_doubt(doc_str, findings, rules.doubt_within, rules.doubt_words,
                                        rules.doubt_after, rules.doubt_sentence_end)

    # an isotype written on its own ("MM, IgG-λ", "IgA-κ 42 g/L") is a monoclonal protein
    isotype = isotype_finding(doc_str, rules, lambda concept: any(
        f.concept == concept and f.status.value in rules.monoclonal_stated for f in findings))
    # never one in a sentence about other patients or in the syndrome's criteria ("Anti-MAG neuropathy
    # is associated with IgM kappa proteins"): implications.yml others_sentence, criteria_block
    if isotype and any(a <= isotype[1] and isotype[2] <= b for a, b in not_patients[0] + not_patients[1]):
        isotype = None
    if isotype:
        status, start, end, attributes = isotype
        if status == "present" and any(a <= start and end <= b for a, b in compared_earlier):
            # "项目  既往值  本次值" / "血清IFE  IgA-λ（＋）  阴性": of that time, the latest column decides
            status, attributes = "historical", dict(attributes, resolved="true")
        add_finding("m_protein", status, start, end, attributes)
        if attributes["heavy_chain"] == "IgM":
            add_finding("igm_paraprotein", status, start, end, attributes)

    labs: List[LabValue] = []
    sample_aware, sample_after, shared_unit, dated = _lab_rules(rules_directory)
    raw_labs = [dict(lab) for lab in doc._.poems_labs or []]
    raw_warnings = list(doc._.poems_warnings or [])
    raw_labs, raw_warnings = _share_units(doc_str, raw_labs, raw_warnings, shared_unit)
    raw_labs = _earlier_first(doc_str, raw_labs, dated)
    for lab in raw_labs:
        sample = lab.get("sample")
        if sample is None and lab["analyte"] in sample_aware:
            # the sample named in the value's own parenthesis or ending its clause: "380 pg/mL
            # (serum, ref <600)", "742 pg/mL in serum."
            word = sample_after.read(doc_str, lab["end"])
            if word is None or not word.settled:  # "1,020 pg/mL (ref < 500), plasma."
                word = sample_after.read_past_bracket(doc_str, lab["end"])
            if word is not None and word.settled:
                sample = word.sample
        labs.append(trusted.lab_value(
            lab["analyte"], lab["value"], lab["unit"], SampleType(sample) if sample else None,
            lab["reference_low"], lab["reference_high"], lab["flag"],
            prov(lab["start"], lab["end"]), lab.get("comparator")))
    warnings = [_with_message(Warning_(kind="lab", **_withheld(dict(w)))) for w in raw_warnings]
    labs, refused = _set_aside_implausible(labs)
    warnings += refused
    # "血小板 六百 ×10^9/L": a value in Chinese numerals, set aside and asked for in digits
    read = [(lab["start"], lab["end"]) for lab in raw_labs] + [(w["start"], w["end"]) for w in raw_warnings]
    warnings += [Warning_(**w) for w in numeral_values(doc_str, read, rules_directory)]

    demo = doc._.poems_demographics or {}
    if language is None:
        guess = detect_language(text)
        language, mixed = guess.language, guess.mixed
    evidence = trusted.evidence(findings, labs, not_done, demo.get("age"), demo.get("sex"),
                                language)
    if sex_dependent:
        evidence.sex_dependent = sex_dependent
    if not any(f.concept in cause_rules.concepts for f in findings):
        evidence.cause = cause_rules.bare_cause(doc_str)  # "it's the amlodipine": the oedema given before
    return trusted.extraction(Extraction, evidence, warnings, language, mixed)


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
    with _collector_paused(n_process == 1):
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


@contextlib.contextmanager
def _collector_paused(pause: bool = True):
    """The cyclic garbage collector off while a batch is read, back on afterwards (when it was
    on). Why: the batch keeps every Extraction it returns (~140 tracked objects a note), so the
    collector's automatic passes run ~90 times per 400 notes and walk them again and again while
    finding nothing to free (each doc's cycles are broken by :func:`_release`; refcounting frees
    the rest): ~2 of the ~4 % a Chinese note read in a batch cost more than ``extract`` in a loop
    that drops its results (the rest is keeping the results). The caller's own garbage is
    collected on the next pass after the batch. Not with ``n_process > 1``: forked workers
    would inherit the collector off and keep it off."""
    enabled = pause and gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
