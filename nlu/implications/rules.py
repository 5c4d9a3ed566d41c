"""``nlu/rules/implications.yml`` read once per rules directory into one object the passes share."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional

from nlu.implications.disc_oedema import DiscOedema
from nlu.implications.explained import Explained, explained_from
from nlu.implications.form_answers import FormAnswer
from nlu.implications.heading_answer import HeadingAnswer
from nlu.implications.immobility import ImmobilityContext
from nlu.implications.label_heading import LabelHeading
from nlu.implications.past_heading import PastHeading
from nlu.implications.monoclonal_doubt import MonoclonalDoubt
from nlu.implications.list_gap import list_gap
from nlu.implications.normal_list import NormalList
from nlu.implications.normal_scan import NormalScan
from nlu.implications.not_done_list import NotDoneList
from nlu.implications.own_value import OwnValue
from nlu.implications.ruled_out import RuledOut, rules_from
from nlu.implications.undone_rule import UndoneList
from nlu.rules import load_yaml


class ImplicationRules:
    """nlu/rules/implications.yml: expansions, implications and normal test results
    (``negated_before``: immunofixation.yml's words of an isotype named as not found)."""

    def __init__(self, data: dict, negated_before: Optional[str] = None):
        self.expand = {k: list(v) for k, v in (data.get("expand") or {}).items()}
        self.absent_only = str(data.get("absent_only_prefix") or "absent_only.")
        self.present_only = str(data.get("present_only_prefix") or "present_only.")
        self.implies = dict(data.get("implies") or {})
        self.implies_absent = {k: list(v) for k, v in (data.get("implies_absent") or {}).items()}
        self.normal_test = {k: list(v) for k, v in (data.get("normal_test") or {}).items()}
        self.normal_test_whole = set(data.get("normal_test_whole") or [])
        self.normal_test_only_of = {k: set(v) for k, v in (data.get("normal_test_only_of") or {}).items()}
        self.normal_test_named = {
            k: [(re.compile(item["name"]), list(item["concepts"])) for item in v or []]
            for k, v in (data.get("normal_test_named") or {}).items()}
        self.soft_absent = {k: set(v) for k, v in (data.get("soft_absent") or {}).items()}
        self.soft_signs = {k: re.compile(v) for k, v in (data.get("soft_absent_signs") or {}).items()}
        self.hormone_axis: Dict[str, str] = {}
        for concept, names in (data.get("normal_hormone") or {}).items():
            for name in names or []:
                self.hormone_axis[re.sub(r"\s+", " ", str(name).lower())] = concept
        self.hormone_shared = re.compile(data.get("normal_hormone_shared") or "(?!)")
        self.hormone_joined = re.compile(data.get("normal_hormone_joined") or "(?!)")
        self.screen_axes = int(data.get("endocrine_screen_axes") or 3)
        self.new_clause_words = {w.lower() for w in data.get("new_clause_words") or []}
        self.new_clause_after = re.compile(data.get("new_clause_after") or r"(?!)")
        # the same state closing a list item ("oedema present, clubbing": nlu.implications.status)
        self.new_clause_tail = re.compile(rf"(?<![A-Za-z])(?:{self.new_clause_after.pattern})\s*$")
        # "no lymphadenopathy, and a sclerotic lesion in T9 was noted": a new subject with its own verb
        subject = data.get("new_subject") or {}
        self.new_subject_before = re.compile(subject.get("before") or r"(?!)")
        self.new_subject_verb = re.compile(subject.get("verb") or r"(?!)")
        # "She has a small paraprotein and anti-MAG was negative": the negation has its own subject
        asserted = data.get("asserted_object") or {}
        self.asserted_before = re.compile(asserted.get("before") or r"(?!)")
        self.asserted_after = re.compile(asserted.get("after") or r"(?!)")
        self.queried_normal = re.compile(data.get("queried_normal") or r"(?!)")
        self.note_end_negation = re.compile(data.get("note_end_negation") or "(?!)")
        self.note_end_cause_ruled_out = re.compile(data.get("note_end_cause_ruled_out") or "(?!)")
        self.normal_before_test = re.compile(data.get("normal_before_test") or "(?!)")
        iso = data.get("isotype") or {}
        self.isotype = None
        self.heavy: Dict[str, str] = {}
        self.light: Dict[str, str] = {}
        self.monoclonal_mentions = list(iso.get("unless_reported") or [])
        self.monoclonal_stated = set(iso.get("unless_stated") or ["present", "historical"])
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
            negative_words = iso.get("negative_after_words")  # a regex: "IgA-κ无", "IgG-κ型M蛋白：未见"
            self.isotype_negative = re.compile(
                r"\s*(?:型)?\s*(?:" + alt(iso.get("negative_after") or ["negative"]) + ")"
                + (f"|(?:{negative_words})" if negative_words else ""), re.I)
            past = iso.get("past_parenthesis")
            self.isotype_past = re.compile(past, re.I) if past else None
            # an isotype named as not found: the immunofixation component's words (immunofixation.yml)
            self.isotype_negated_before = re.compile(negated_before) if negated_before else None

        self.implies_uncertain = {k: (v["concept"], set(v.get("with_any") or []))
                                  for k, v in (data.get("implies_if_uncertain") or {}).items()}
        self.list_members = set(data.get("list_members") or [])
        self.bracket_parts = {k: tuple(v) for k, v in (data.get("bracket_parts") or {}).items()}
        self.test_to_be_done = {str(w) for w in data.get("test_to_be_done") or []}
        self.ruled_out: List[RuledOut] = rules_from(data.get("ruled_out") or {})
        self.explained_by: List[Explained] = explained_from(data.get("explained_by") or {})
        self.explained_same_words = frozenset((data.get("explained_by") or {}).get("same_words") or [])
        self.other_means_none = {label: set(members) for label, members
                                 in (data.get("other_means_none") or {}).items()}
        self.list_parenthesis_within = int(data.get("list_parenthesis_within") or 30)
        self.list_gap = list_gap(data.get("list_gap_members") or [])
        stated = data.get("list_stated_normal") or {}
        self.list_stated_normal = re.compile(stated["phrase_end"]) if stated.get("phrase_end") else None
        self.list_own_result = re.compile(stated["own_result"]) if stated.get("own_result") else None
        self.list_own_grade = re.compile(stated["own_grade"]) if stated.get("own_grade") else None
        self.cause_after = re.compile(data["cause_after"]) if data.get("cause_after") else None
        self.named_alternative = re.compile(data["named_alternative"]) if data.get("named_alternative") else None
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
        graded = data.get("monoclonal_doubt") or {}
        self.monoclonal_doubt: Optional[MonoclonalDoubt] = MonoclonalDoubt(graded) if graded else None
        heading = data.get("heading_answer") or {}
        self.heading_answer: Optional[HeadingAnswer] = HeadingAnswer(heading) if heading else None
        form = data.get("form_answer") or {}
        self.form_answer: Optional[FormAnswer] = FormAnswer(form) if form else None
        label = data.get("label_heading") or {}
        self.label_heading: Optional[LabelHeading] = LabelHeading(label) if label else None
        self.absent_needs = {label: re.compile(pattern)
                             for label, pattern in (data.get("absent_needs") or {}).items()}
        past = data.get("past_heading") or {}
        self.past_heading: Optional[PastHeading] = PastHeading(past) if past else None
        normal_list = data.get("normal_list") or {}
        self.normal_list: Optional[NormalList] = NormalList(normal_list) if normal_list else None
        denied_list = data.get("denied_list") or {}
        self.denied_list: Optional[NormalList] = NormalList(denied_list) if denied_list else None
        others = data.get("others_sentence") or {}
        self.others_sentence: Optional[NormalList] = NormalList(others) if others else None
        general = data.get("general_sentence") or {}
        self.general_sentence: Optional[NormalList] = NormalList(general) if general else None
        conditional = data.get("conditional_clause") or {}
        self.conditional_clause: Optional[NormalList] = NormalList(conditional) if conditional else None
        threshold = data.get("threshold_clause") or {}
        self.threshold_clause: Optional[NormalList] = NormalList(threshold) if threshold else None
        block = data.get("criteria_block") or {}
        self.criteria_block: Optional[NormalList] = NormalList(block) if block else None
        immobility = data.get("immobility") or {}
        self.immobility: Optional[ImmobilityContext] = ImmobilityContext(immobility) if immobility else None
        scan = data.get("normal_scan") or {}
        self.normal_scan: Optional[NormalScan] = NormalScan(scan) if scan else None
        not_done = data.get("not_done_list") or {}
        self.not_done_list: Optional[NotDoneList] = NotDoneList(not_done) if not_done else None
        undone = data.get("undone_list") or {}
        self.undone_list: Optional[UndoneList] = UndoneList(undone) if undone else None
        own = data.get("own_value") or {}
        self.own_value: Optional[OwnValue] = OwnValue(own) if own else None
        disc = data.get("disc_oedema") or {}
        self.disc_oedema: Optional[DiscOedema] = DiscOedema(disc) if disc else None
        bil = data.get("bilateral_symptoms") or {}
        self.bilateral = None
        if bil:
            self.bilateral = (bil["from"], bil["concept"], re.compile(bil["symptom"]),
                              re.compile(bil["before"]), re.compile(bil["negation"]),
                              re.compile(bil["after"]))

    def cleared_by(self, test: str, mention: str) -> List[str]:
        """The concepts a normal ``test`` clears: by the words of its mention when a
        ``normal_test_named`` entry matches them, else its ``normal_test`` list."""
        name = mention.strip()
        for pattern, concepts in self.normal_test_named.get(test, []):
            if pattern.search(name):
                return concepts
        return self.normal_test.get(test, [])

    def hormone(self, text: str) -> Optional[str]:
        return self.hormone_axis.get(re.sub(r"\s+", " ", text.lower()).strip())

    def hormones(self, text: str) -> List[str]:
        """The axes a hormone or panel name tests: its own (``hormone``), or for names joined
        before one shared word ("thyroid and adrenal function") each name's with that word."""
        axis = self.hormone(text)
        if axis:
            return [axis]
        shared = self.hormone_shared.search(text.strip())
        if not shared:
            return []
        names = [n for n in self.hormone_joined.split(text.strip()[:shared.start()]) if n.strip()]
        axes = [self.hormone(f"{name} {shared.group(1)}") for name in names]
        return [a for a in axes if a] if len(names) > 1 and all(axes) else []


@lru_cache(maxsize=4)
def implication_rules(directory: Optional[str]) -> ImplicationRules:
    """The rules of ``directory`` (None: the project's ``nlu/rules/``); no file, no rules."""
    try:
        data = load_yaml("implications.yml", Path(directory) if directory else None)
    except FileNotFoundError:
        data = {}
    try:
        immunofixation = load_yaml("immunofixation.yml", Path(directory) if directory else None)
    except FileNotFoundError:
        immunofixation = {}
    return ImplicationRules(data, immunofixation.get("negated_before"))
