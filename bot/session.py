"""One triage conversation, without Rasa: the evidence gathered so far, what was asked, and what
a short free-text answer to a question adds (the answer's words are read by
bot/dialogue/answers.py, its numbers by bot/dialogue/numbers.py).

The dialogue actions keep a ``TriageSession`` as JSON in a slot and call it:

* ``apply_note(extracted)`` - merge what the NLU found in a pasted note (latest statement wins);
* ``correct(extracted)`` - the same merge, reported as a correction (what changed);
* ``next_question()`` - the item to ask next: the planner's top test (triage) or the next item of
  the CIDP non-responder screen, never one already answered, asked, or reported not done;
* ``apply_detail(text, extracted)`` - a message giving only the sample type or the reference range
  of a value given before ("plasma", "ref < 400"): set on the latest value that lacks it;
* ``apply_answer(item, text, extracted)`` - read an answer to ``item``: "not done" / "没做"
  (recorded as TestNotDone: unknown, advised later, never negative), a result the NLU found, one
  of the item's named outcomes, a number for the item's analyte, or a bare yes / no; a result
  for the asked item comes before a pending word, and a value that cannot be read safely (two
  values, a bare range, a unit that does not convert: bot/dialogue/numbers.py) is refused before
  anything changes, so the question is asked again;
* ``assess()`` and ``summary()`` - the engine's assessment and the closing summary.

The answer is never logged. The details set on values given before are bot/session_details.py
(a mixin), the helpers that read an answer beyond its words bot/session_answers.py, and what
reading an answer reports bot/session_outcomes.py.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import Any, Callable, Dict, List, Optional, Tuple

from pydantic import BaseModel, Field

from bot.concepts import group_members
from bot.criteria import CRITERIA_IDS
from bot.dialogue.answers import (after_name, aside, bare_yes_no, has_phrase, just_stop, late_unit, leads_with, matches, normalised, other_analytes, outcome_at, phrase_pattern,
                                  questions, reading, sample_named, taken_by, why_about,
                                  with_bounds, without_labs)
from bot.chinese_numbers import to_arabic
from bot.dialogue.numbers import (AnswerRefused, alternative_values, read_numbers, reference_in, refusal, stray_numbers,
                                  undated)
from bot.assessment_memo import ASSESSMENTS, snapshot
from bot.session_answers import (another_tests, reason_not_done_of, refused_text, sex_refusal, tests_named_instead,
                                 without_other_tests)
from bot.session_details import LabDetails
from bot.session_outcomes import AnswerOutcome, Change
from bot.engine import Assessment
from bot.models import (CriterionState, Evidence, Finding, FindingStatus, LabValue,
                        Provenance, SourceKind, TestNotDone, of_sex)
from bot.planner import staging, tests_reported

# an upper limit given alone, answering the question for it: "300", "< 300", "300 pg/mL"
_BARE_LIMIT = re.compile(r"(?:[<≤＜]\s*)?(\d+(?:\.\d+)?)\s*(?:pg/ml|ng/l)?\s*[.。]?")

MODES = ("triage", "cidp")


def item(key: str) -> Dict[str, Any]:
    return questions()["items"][key]


class TriageSession(LabDetails, BaseModel):
    """Evidence and question state of one conversation (JSON-serialisable)."""

    evidence: Evidence = Field(default_factory=Evidence)
    mode: str = "triage"
    asked: List[str] = Field(default_factory=list)
    current: Optional[str] = None
    failures: int = 0
    messages: int = 0
    assessed: bool = False  # an assessment has been shown (disclaimer once)
    # the PUMCH score was asked for and given with inputs missing: a later message that brings
    # one of them ("no pleural effusion, eGFR 75") gets the score again (actions.common.follow_risk)
    risk_open: bool = False
    # One action asks for the same assessment several times (states before and after, the next
    # question, the report), and the form's calls of one turn (validation, the slots it still
    # requires, the question) each load the session again: assessments are kept per exact
    # evidence, language and exclusions (bot.assessment_memo.AssessmentMemo, shared by the sessions of a process).

    # ------------------------------------------------------------------ persistence
    @classmethod
    def load(cls, raw: Any) -> "TriageSession":
        if isinstance(raw, str) and raw:
            return SESSIONS.load(raw)
        if isinstance(raw, dict):
            return cls.parse_obj(raw)
        return cls()

    def dump(self) -> str:
        text = self._json()
        SESSIONS.remember(text, self)
        return text

    def _json(self) -> str:
        """``self.json()``, its evidence part (most of it) from the assessment memo's evidence
        texts: a session is saved after its evidence was assessed, so that JSON is known."""
        if next(iter(self.__fields__)) != "evidence":  # pragma: no cover - the field order changed
            return self.json()
        rest = self.__config__.json_dumps(self.dict(exclude={"evidence"}), default=self.__json_encoder__)
        evidence = ASSESSMENTS.evidence_text(self.evidence)
        return '{"evidence": ' + evidence + (", " + rest[1:] if rest != "{}" else "}")

    def fresh_copy(self) -> "TriageSession":
        """A copy with its own lists and evidence, sharing the items (never changed in place:
        ``snapshot``): what a session may change is its own, at a fraction of a deep copy."""
        return self.copy(update={"evidence": snapshot(self.evidence), "asked": list(self.asked)})

    # ------------------------------------------------------------------ assessment
    def assess(self, language: Optional[str] = None, exclude_asked: bool = False) -> Assessment:
        exclude = tuple(self._excluded()) if exclude_asked else ()
        return ASSESSMENTS.get(self.evidence, language or None, exclude)

    def states(self) -> Dict[str, str]:
        a = self.assess()
        return {**{cid: a.criteria[cid].state.value for cid in CRITERIA_IDS}, "verdict": a.verdict.value}

    def _excluded(self) -> List[str]:
        out = set(self.asked) | {n.test for n in self.evidence.not_done}
        for key in self.asked:
            test = questions()["items"].get(key, {}).get("test")
            if test:
                out.add(test)
        return sorted(out)

    # ------------------------------------------------------------------ merging
    def _merge(self, extracted: Optional[Evidence], source: SourceKind) -> bool:
        """Append what ``extracted`` holds (provenance re-stamped); True when anything was added."""
        if extracted is None:
            return False
        index = self.messages
        added = False
        for finding in extracted.findings:
            prov = finding.provenance.copy(update={"source": source, "message_index": index})
            self.evidence.findings.append(finding.copy(update={"provenance": prov}))
            added = True
        for lab in extracted.labs:
            prov = lab.provenance.copy(update={"source": source, "message_index": index})
            self.evidence.labs.append(lab.copy(update={"provenance": prov}))
            added = True
        # a result that arrives for a test reported not done or pending replaces that report
        # ("VEGF pending", later "VEGF 3200 serum"): the summary never lists a test with a result
        # as not done
        arrived = tests_reported((f.concept for f in extracted.findings), (lab.analyte for lab in extracted.labs))
        arrived -= {n.test for n in extracted.not_done}
        if arrived:
            self.evidence.not_done = [n for n in self.evidence.not_done if n.test not in arrived]
        for item_ in extracted.not_done:
            self._set_not_done(item_)
            added = True
        if extracted.age is not None:
            self.evidence.age = extracted.age
            added = True
        if extracted.sex:
            self.evidence.sex = extracted.sex
            added = True
        if extracted.sex_dependent:  # "testosterone 5 nmol/L": kept aside until the sex is known
            self.evidence.sex_dependent = self.evidence.sex_dependent + [f.copy(update={
                "provenance": f.provenance.copy(update={"source": source, "message_index": index})})
                for f in extracted.sex_dependent]
        if self.evidence.sex and self.evidence.sex_dependent:
            count = len(self.evidence.findings)
            self.evidence.resolve_sex()
            added = added or len(self.evidence.findings) > count
        return added

    def _set_not_done(self, item_: TestNotDone) -> None:
        """Record a test not done or pending; a later statement of the same test replaces the
        earlier one ("VEGF pending", then "VEGF not done": not done, no longer awaited)."""
        self.evidence.not_done = [n for n in self.evidence.not_done if n.test != item_.test] + [item_]

    def _sexed(self, extracted: Evidence) -> Tuple[Evidence, Optional[str]]:
        """An answer's ``sex_dependent`` findings ("testosterone 5 nmol/L", under the men's cut-off)
        read for this patient's sex: as findings when they hold for it, else dropped. Also the
        refusal (questions.yml ``reading.refusals``) when some were of no use: "sex_unknown" (the
        patient's sex is not known) or "sex_no_cutoff" (none holds for this sex: a woman's value
        needs the laboratory's reference range)."""
        if not extracted.sex_dependent:
            return extracted, None
        sex = extracted.sex or self.evidence.sex
        if not sex:
            return extracted, "sex_unknown"
        found = of_sex(extracted.sex_dependent, sex)
        return (extracted.copy(update={"findings": list(extracted.findings) + found, "sex_dependent": []}),
                None if found else "sex_no_cutoff")

    def _hormone_not_read(self, norm: str, extracted: Evidence) -> Optional[str]:
        """The refusal for a value of a sex-cut-off hormone (questions.yml ``sex_cutoff_hormones``)
        the NLU read nothing from ("testosterone 15 nmol/L": not under the men's cut-off, or in a
        woman): the range is asked for rather than "could not read" (None when it read one)."""
        for analyte, concept in (reading().get("sex_cutoff_hormones") or {}).items():
            named = "|".join(phrase_pattern(w) for w in reading()["analyte_words"].get(analyte, []))
            if not named or not re.search(rf"(?:{named})[^0-9。；;，,\n]{{0,16}}\d", norm):
                continue
            if any(f.concept == concept for f in list(extracted.findings) + list(extracted.sex_dependent)):
                continue
            sex = extracted.sex or self.evidence.sex
            return "sex_unknown" if not sex else "not_read_for_men" if sex == "male" else "sex_no_cutoff"
        return None

    def _put_cause(self, extracted: Optional[Evidence], source: SourceKind) -> bool:
        """A message that gives a cause alone ("it's the amlodipine", "是氨氯地平引起的": the NLU's
        ``Evidence.cause``) puts it on the oedema or effusion given last, as the NLU does when one
        message names both ("ankle oedema on amlodipine"): that finding, when its latest statement
        is present, is stated again with the cause (a point against, never a changed status).
        True when a cause was put on one."""
        cause = getattr(extracted, "cause", None)
        if not cause:
            return False
        volume, seen = set(group_members("extravascular_volume_overload")), set()
        for finding in reversed(self.evidence.findings):
            if finding.concept not in volume or finding.concept in seen:
                continue
            seen.add(finding.concept)  # the latest statement of this concept
            if finding.status != FindingStatus.present:
                continue  # "no ascites" after the oedema: the oedema is still the one meant
            if finding.attributes.get("cause") == cause:
                return False
            self.evidence.findings.append(finding.copy(update={
                "attributes": {**finding.attributes, "cause": cause},
                "provenance": Provenance(source=source, message_index=self.messages)}))
            return True
        return False

    def _carried(self, extracted: Optional[Evidence], text: str) -> Optional[Evidence]:
        """A value given with the earlier value of its analyte that it replaces named in the same
        message ("更正：VEGF是860不是680", "VEGF was 860 not 680", "680 → 860") is that same
        measurement: it keeps the earlier value's unit, sample and reference range where it gives
        none (else the sample asked before is asked again and the range lost, 二(二)4)."""
        if extracted is None or not extracted.labs or not text:
            return extracted
        written = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", text.replace(",", ""))}
        labs = [self._same_measurement(lab, written) for lab in extracted.labs]
        if all(a is b for a, b in zip(labs, extracted.labs)):
            return extracted
        return extracted.copy(update={"labs": labs})

    def _same_measurement(self, lab: LabValue, written: set) -> LabValue:
        index = self._latest(lab.analyte)
        earlier = self.evidence.labs[index] if index is not None else None
        if earlier is None or earlier.value == lab.value or earlier.value not in written:
            return lab
        update: Dict[str, Any] = {}
        if lab.unit is None and earlier.unit is not None:
            update["unit"] = earlier.unit
        if lab.sample is None and earlier.sample is not None:
            update["sample"] = earlier.sample
        if lab.reference_high is None and lab.reference_low is None and (lab.unit in (None, earlier.unit)):
            update.update(reference_low=earlier.reference_low, reference_high=earlier.reference_high)
        return lab.copy(update=update) if update else lab

    def _diff(self, before: Dict[str, str]) -> List[Change]:
        after = self.states()
        return [Change(key=k, old=before[k], new=after[k]) for k in before if before[k] != after[k]]

    def apply_note(self, extracted: Optional[Evidence], text: str = "") -> List[Change]:
        """Merge a pasted note's evidence; returns what changed. A value named with the earlier
        value it replaces ("VEGF was 185 not 1850", "VEGF 1850 → 600") keeps that one's unit,
        sample and range where it gives none (``_carried``), whatever the message was taken for."""
        before = self.states()
        self.messages += 1
        self._merge(self._carried(extracted, text), SourceKind.note)
        self._put_cause(extracted, SourceKind.note)
        return self._diff(before)

    def start_cidp_screen(self) -> None:
        """A CIDP diagnosis means a polyneuropathy is established (表2 mandatory criterion); the
        screen then asks its items in order, from the start."""
        self.mode = "cidp"
        self.asked = []
        self.current = None
        if not any(f.concept in ("polyneuropathy", "demyelinating_neuropathy", "axonal_neuropathy")
                   for f in self.evidence.findings):
            self.evidence.findings.append(Finding(
                concept="polyneuropathy", status=FindingStatus.present,
                provenance=Provenance(source=SourceKind.derived, message_index=self.messages)))

    def correct(self, extracted: Optional[Evidence], text: str = "") -> Tuple[bool, List[Change]]:
        """A correction ("the oedema was in the past", "IFE was negative"): the newer statement
        replaces the older one for the same concept (a value named with the one it replaces
        keeps that one's unit, sample and range: ``_carried``). Returns (anything understood,
        changes)."""
        before = self.states()
        self.messages += 1
        understood = self._merge(self._carried(extracted, text), SourceKind.answer)
        understood = self._put_cause(extracted, SourceKind.answer) or understood
        return understood, self._diff(before)

    def other_patient(self, text: str, extracted: Optional[Evidence]) -> bool:
        """The message is about another patient than this session's: it begins by saying so
        (questions.yml ``new_patient``), or is a note (two findings or values at least) with an
        age or a sex other than this patient's ("70M, ..." after "62F, ..."; "she is 52, not 62"
        alone is a correction). Its findings must not be merged into this patient."""
        if self.messages == 0:
            return False
        norm = normalised(text or "")
        if any(norm.startswith(w.lower()) for w in questions().get("new_patient", [])):
            return True
        if extracted is None or len(extracted.findings) + len(extracted.labs) < 2:
            return False
        age, sex = self.evidence.age, self.evidence.sex
        return bool((age is not None and extracted.age is not None and abs(extracted.age - age) > 1)
                    or (sex and extracted.sex and extracted.sex != sex))

    # ------------------------------------------------------------------ questions
    def known(self, key: str) -> bool:
        """The item is answered: a finding (any status) or lab it covers exists, or its test is
        reported not done."""
        spec = item(key)
        known = spec.get("known", {})
        concepts = {f.concept for f in self.evidence.findings}
        analytes = {lab.analyte for lab in self.evidence.labs}
        if concepts & set(known.get("concepts", [])) or analytes & set(known.get("analytes", [])):
            return True
        test = spec.get("test")
        return bool(test) and test in {n.test for n in self.evidence.not_done} and key == test

    def next_question(self) -> Optional[str]:
        """The next item to ask, or None when nothing useful is left."""
        if self.mode == "cidp":
            skip_when_met: Dict[str, List[str]] = questions().get("cidp_skip_when_met", {})
            met: Optional[set] = None
            for key in questions()["cidp_screen"]:
                if key in self.asked or self.known(key):
                    continue
                if key in skip_when_met:
                    if met is None:  # assessed only when an item depends on it
                        met = {c for c, state in self.assess().states().items() if state == CriterionState.present}
                    if met.issuperset(skip_when_met[key]):
                        continue
                return key
            return None
        assessment = self.assess(exclude_asked=True)
        # A question about evidence already given (VEGF: serum or plasma?) comes before new tests.
        for question in assessment.questions:
            if question in questions()["items"] and question not in self.asked:
                return question
        for missing in assessment.missing_evidence:
            if missing.test in questions()["items"] and not self.known(missing.test):
                return self._first_of(missing.test)
        return None

    def _first_of(self, key: str) -> str:
        """The item to ask on the way to ``key``: its ``ask_first`` item (whether a node is
        enlarged, before what its biopsy showed) while that is neither answered nor asked."""
        first = item(key).get("ask_first")
        if first and first not in self.asked and not self.known(first):
            return first
        return key

    def ask(self, key: str) -> None:
        self.current = key
        self.failures = 0

    # ------------------------------------------------------------------ answers
    def _findings(self, specs: List[Dict[str, Any]]) -> List[Finding]:
        prov = Provenance(source=SourceKind.answer, message_index=self.messages)
        return [Finding(concept=s["concept"], status=FindingStatus(s.get("status", "present")),
                        attributes=dict(s.get("attributes", {})), provenance=prov) for s in specs]

    def _number(self, key: str, text: str, index: int) -> List[LabValue]:
        """The values the answer gives for the item's analyte (and the other analytes its
        ``number`` spec names); raises AnswerRefused / LabRefused when one cannot be read."""
        spec = item(key).get("number")
        if not spec:
            return []
        return read_numbers(text, spec, reading(), index)

    def _choices(self, spec: Dict[str, Any], norm: str, taken: Callable[[str], bool]) -> List[Finding]:
        """The findings of the item's named outcomes the answer states: not negated ("未见硬化",
        "无疼痛" name no outcome), not part of a finding or value the NLU read, and not in a clause
        with one of the choice's ``unless`` words ("κ/λ ratio normal" names no immunofixation band)."""
        found: List[Finding] = []
        for choice in spec.get("choices", []):
            unless = choice.get("unless", [])
            if any(outcome_at(norm, w, unless) and not taken(w.lower()) for w in choice["words"]):
                found += self._findings(choice["findings"])
        return found

    @staticmethod
    def _covers(spec: Dict[str, Any]) -> Tuple[set, set]:
        """The concepts and analytes an item's answer may state."""
        concepts = set(spec.get("known", {}).get("concepts", []))
        for group in ("positive", "negative"):
            concepts |= {s["concept"] for s in spec.get(group, [])}
        for choice in spec.get("choices", []):
            concepts |= {s["concept"] for s in choice["findings"]}
        concepts |= set(spec.get("states", []))
        analytes = set(spec.get("known", {}).get("analytes", []))
        if spec.get("number"):
            analytes.add(spec["number"]["analyte"])
        return concepts, analytes

    def _others(self, spec: Dict[str, Any], extracted: Evidence) -> Evidence:
        """What the NLU read in an answer about other tests than the item's."""
        concepts, analytes = self._covers(spec)
        return extracted.copy(update={"findings": [f for f in extracted.findings if f.concept not in concepts],
                                      "labs": [lab for lab in extracted.labs if lab.analyte not in analytes]})

    def _states_result(self, spec: Dict[str, Any], extracted: Evidence, text: str = "") -> bool:
        """The NLU read a finding or a value the item covers in the answer (a finding its clause
        gives as another test's result does not count: ``another_tests``)."""
        concepts, analytes = self._covers(spec)
        states = spec.get("states", [])
        return (any(f.concept in concepts and not (f.concept in states and another_tests(spec, f, text))
                    for f in extracted.findings)
                or any(lab.analyte in analytes for lab in extracted.labs))

    def _relevant(self, key: str, extracted: Evidence, text: str = "") -> bool:
        spec = item(key)
        return self._states_result(spec, extracted, text) \
            or any(n.test == spec.get("test") for n in extracted.not_done)

    def apply_answer(self, key: str, text: str, extracted: Optional[Evidence] = None) -> AnswerOutcome:
        """Read a free-text answer to the question ``key`` (see the module docstring).

        A result for the asked item (the NLU's, a named outcome or a number) comes before a
        "not done / pending" word, which then belongs to another test ("1850, FLC pending");
        whatever else the NLU read in the answer is kept on every path. A value that cannot be
        read safely raises (AnswerRefused, LabRefused) before anything changes."""
        before = self.states()
        spec = item(key)
        norm = normalised(text or "")
        extracted = self._carried(extracted or Evidence(), text or "")
        extracted, sex_refused = self._sexed(extracted)
        sex_refused = sex_refused or self._hormone_not_read(norm, extracted)
        either = alternative_values(undated(to_arabic(norm)), reading())
        if either:  # "1850 or 1580, can't remember": not sure which, neither is taken
            raise AnswerRefused(refusal(reading(), "two_values", values=either))
        if sex_refused and not (extracted.findings or extracted.labs or extracted.not_done or extracted.sex):
            # "testosterone 5 nmol/L" with the patient's sex unknown, or a woman's: the range is asked
            raise AnswerRefused(sex_refusal(sex_refused))
        # "阴性，下周复查", "normal - repeat pending": a result stated first is the answer
        not_done = matches(norm, "not_done") and not leads_with(norm, "results_first")
        # "IFE not done yet" answering the VEGF question: the not-done words belong to the test the
        # NLU read them with, not to the asked one (which stays unknown and is asked again)
        others_not_done = [n.test for n in extracted.not_done if n.test != spec.get("test")]
        if not_done and not others_not_done:
            # "VEGF 还在等结果" answering the light-chain question, the NLU reading no test with the
            # words: they are the named test's, never the asked one's
            named = tests_named_instead(spec, norm)
            if named:
                extracted = extracted.copy(update={"not_done": list(extracted.not_done) + [TestNotDone(
                    test=test, reason=reason_not_done_of(norm),
                    provenance=Provenance(source=SourceKind.answer, message_index=self.messages + 1))
                    for test in named]})
                others_not_done = named
        if not_done and others_not_done:
            not_done = False
        if not not_done and just_stop(norm, extracted):
            return AnswerOutcome(kind="stop", item=key)
        remark = None if not_done else aside(norm, extracted)
        if remark is not None:  # "what is still missing?", "why?", "thanks": answered, asked again
            return AnswerOutcome(kind=remark, item=why_about(extracted, key) if remark == "why" else key)
        if spec.get("reference_of"):  # "ref < 300" for the VEGF value given before
            unknown = not_done or any(word in norm for word in spec.get("unknown", []))
            return self._answer_reference(key, spec["reference_of"], norm, unknown, before)
        if late_unit(norm) is not None:  # "血小板单位是10^9/L": the unit of a value given before,
            # never a value of its own (the 9 of 10^9/L is no FLC ratio)
            late = self.apply_detail(text, extracted)
            return late.copy(update={"item": key}) if late is not None \
                else AnswerOutcome(kind="unrecognised", item=key)
        relevant = self._relevant(key, extracted, text or "")
        asked = (spec.get("number") or {}).get("analyte")
        choices = self._choices(spec, norm, taken_by(text or "", self._others(spec, extracted), labs=True))
        numbers: List[LabValue] = []
        number_refused: Dict[str, str] = {}
        if not choices and not any(lab.analyte == asked for lab in extracted.labs):
            # a number of another test the NLU read ("FLC ratio 0.12" answering the VEGF
            # question) is that test's value, never the asked one's
            blanked = normalised(without_labs(text or "", extracted))
            numbers, number_refused = self._asked_numbers(key, spec, blanked, text or "", extracted)
        if not (spec.get("sample_of") or relevant or choices or numbers or not_done):
            # "plasma" answering another question: the sample of the VEGF value given before
            late = self.apply_detail(text, extracted)
            if late is not None:
                return late.copy(update={"item": key})
        self.messages += 1
        kind = "unrecognised"
        # "plasma, reference < 100": the laboratory's range given with the sample is the value's
        referenced = bool(spec.get("sample_of")) and self._set_reference(spec["sample_of"], norm)
        if spec.get("sample_of") and self._set_sample(spec, norm):
            self._merge(extracted, SourceKind.answer)  # a value given with the sample is kept
            self.evidence.labs += numbers
            kind = "result"
        elif relevant or choices or numbers:
            said = {f.concept for f in extracted.findings}
            self._merge(self._with_sample(asked, with_bounds(text or "", extracted), norm), SourceKind.answer)
            self.evidence.findings += [f for f in choices if f.concept not in said]
            self.evidence.findings += self._stated(spec, extracted, said | {f.concept for f in choices},
                                                   text or "")
            self.evidence.labs += numbers
            # "VEGF 未查": the NLU read the asked test not done, and nothing of its result
            only_not_done = not (choices or numbers or self._states_result(spec, extracted, text or ""))
            kind = "not_done" if only_not_done else "result"
        elif not_done:
            self._merge(extracted, SourceKind.answer)  # other tests' results in the answer
            test = spec.get("test")
            if test and test not in {n.test for n in extracted.not_done}:
                self._set_not_done(TestNotDone(
                    test=test, reason=reason_not_done_of(norm),
                    provenance=Provenance(source=SourceKind.answer, message_index=self.messages)))
            kind = "not_done"
        elif spec.get("asks_value") and bare_yes_no(norm, extracted):
            kind = "bare_yes_no"  # "no" to "what was the VEGF?": not done, or normal? Asked.
        else:
            taken = taken_by(text or "", extracted)
            within = not stray_numbers(normalised(without_labs(text or "", extracted)))
            # a bare yes or no beside another item's finding ("yes, IVIG without any benefit"
            # answering the immunofixation question) may answer either: the asked item stays open
            # and so does a cause given alone ("是氨氯地平引起的": its 是 is no yes)
            bare = not self._others(spec, extracted).findings and not extracted.cause
            # the "no" of another test said not done ("骨CT没有做", "no bone CT", "骨CT做了吗？没有做"
            # answering the VEGF question) is that test's, never the asked one's
            rest = without_other_tests(text or "", extracted, spec.get("test"))
            if rest != (text or ""):
                norm = normalised(rest)
                taken = taken_by(rest, extracted)
                within = not stray_numbers(normalised(without_labs(rest, extracted)))
            found: List[Finding] = []
            # "CT normal", "PET-CT: negative": the asked test's own name, then the answer
            norm = after_name(norm, spec.get("names", []))
            if bare and any(has_phrase(norm, name) for name in spec.get("insensitive", [])):
                kind = "insensitive"  # "bone scan normal": it cannot settle the item; why is said
            elif bare and matches(norm, "negative", taken, within):
                found = self._findings(spec.get("negative", []))
            elif bare and matches(norm, "positive", taken, within):
                found = self._findings(spec.get("positive", []))
            # Anything else the NLU found in the answer is kept too.
            self._merge(extracted, SourceKind.answer)
            caused = self._put_cause(extracted, SourceKind.answer)  # "it's the amlodipine"
            if found:
                self.evidence.findings += found
                kind = "result"
            elif kind != "insensitive" and (
                    extracted.findings or extracted.labs or extracted.not_done or referenced or caused
                    or extracted.age is not None or extracted.sex):  # "年龄写错了，是57岁": kept, said
                kind = "other"
        if kind in ("result", "not_done"):
            if key not in self.asked:
                self.asked.append(key)
            self.current = None
            self.failures = 0
        elif kind == "unrecognised":
            self.failures += 1
        return AnswerOutcome(kind=kind, item=key, changes=self._diff(before),
                             others_not_done=others_not_done if kind != "unrecognised" else [],
                             number_refused=number_refused or refused_text(sex_refused))

    def _asked_numbers(self, key: str, spec: Dict[str, Any], blanked: str, text: str,
                       extracted: Evidence) -> Tuple[List[LabValue], Dict[str, str]]:
        """The asked test's values in an answer, and why none was taken (en / zh) when its number
        sits beside another test's name ("TSH 8.2 mIU/L, FT4 low" answering the light-chain
        question: TSH's, whatever its unit) while the answer has findings of its own, which are
        kept. With nothing else in the answer the refusal is raised (asked again)."""
        unreadable: Optional[AnswerRefused] = None
        numbers: List[LabValue] = []
        try:
            numbers = self._number(key, blanked, self.messages + 1)
        except AnswerRefused as error:  # a number, but not readable as the asked test's
            unreadable = error
        if not numbers and unreadable is None:
            return [], {}
        try:
            self._refuse_other_analyte(spec, blanked, text)
        except AnswerRefused as refused:
            if not (self._others(spec, extracted).findings or extracted.labs or extracted.not_done):
                raise  # nothing else in the answer: refused with why, asked again
            return [], {"en": refused.text.en, "zh": refused.text.zh}
        if unreadable is not None:
            raise unreadable
        return numbers, {}

    @staticmethod
    def _refuse_other_analyte(spec: Dict[str, Any], blanked: str, text: str) -> None:
        """A number read for the item from an answer that names another test and not the asked
        one ("sorry, the platelets were actually 532", "creatinine 120" answering the VEGF
        question) may be that test's value: refused (AnswerRefused), never kept as the asked one."""
        number = spec.get("number") or {}
        named = other_analytes(blanked, [number.get("analyte", "")] + list(number.get("others", {})))
        if not named:
            return
        from bot.concepts import catalogue

        asked = catalogue().analytes.get(number.get("analyte", ""))
        # each name as the referrer wrote it ("IgA", not "iga")
        written = [next((m.group(0) for m in re.finditer(re.escape(w), text, re.I)), w) for w in named]
        raise AnswerRefused(refusal(reading(), "other_analyte", names=", ".join(dict.fromkeys(written)),
                                    asked=asked.en if asked else number.get("analyte"),
                                    asked_zh=asked.zh if asked else number.get("analyte")))

    def _answer_reference(self, key: str, analyte: str, norm: str, unknown: bool,
                          before: Dict[str, Any]) -> AnswerOutcome:
        """The laboratory's range for the value of ``analyte`` given before: "ref < 300",
        "参考值0-142", or the upper limit alone ("300"), set on the value, which is read again
        against it (> 2 × ULN, 二(二)4); "not given" / "不知道": the cut-off reading stands and the
        question is not asked again. Anything else is not read (asked again)."""
        _, low, high = reference_in(norm)
        bare = _BARE_LIMIT.fullmatch(norm)
        if high is None and bare:
            high = float(bare.group(1))
        index = self._latest(analyte)
        if high is not None and index is not None and self.evidence.labs[index].reference_high is None:
            self.messages += 1
            self._put_reference(index, low, high)
            kind = "result"
        elif unknown or matches(norm, "negative"):
            kind = "not_done"
        else:
            self.failures += 1
            return AnswerOutcome(kind="unrecognised", item=key)
        if key not in self.asked:
            self.asked.append(key)
        self.current = None
        self.failures = 0
        return AnswerOutcome(kind=kind, item=key, changes=self._diff(before))

    def _stated(self, spec: Dict[str, Any], extracted: Evidence, said: set, text: str) -> List[Finding]:
        """The item's finding stated by an NLU finding of a concept the item lists in ``states``
        ("未见M蛋白", "no monoclonal band" answering the immunofixation question), same status;
        not one its clause gives as another test's result (``states_unless``: "SPEP no band" is
        the electrophoresis's, which misses small M-proteins, not the immunofixation's)."""
        own = [s["concept"] for s in spec.get("positive", [])]
        out: List[Finding] = []
        for finding in extracted.findings:
            if finding.concept in spec.get("states", []) and not another_tests(spec, finding, text):
                out += [finding.copy(update={"concept": c, "provenance": Provenance(
                    source=SourceKind.answer, message_index=self.messages)}) for c in own if c not in said]
                said = said | set(own)
        return out

    @staticmethod
    def _with_sample(analyte: Optional[str], extracted: Evidence, norm: str) -> Evidence:
        """``extracted`` with the sample type the answer names set on the asked VEGF values the
        NLU read without one ("VEGF 1850 (ref<600) plasma")."""
        sample = sample_named(norm) if analyte == "vegf" else None
        if sample is None or not any(lab.analyte == "vegf" and lab.sample is None for lab in extracted.labs):
            return extracted
        labs = [lab.copy(update={"sample": sample}) if lab.analyte == "vegf" and lab.sample is None else lab
                for lab in extracted.labs]
        return extracted.copy(update={"labs": labs})

    def reason_not_done(self, test: Optional[str]) -> Optional[str]:
        """Why ``test`` has no result ("not_done", "pending" or "unknown"), or None when it is not reported so."""
        return next((n.reason for n in self.evidence.not_done if n.test == test), None)

    def skip(self, key: str) -> None:
        """Stop asking ``key`` (after repeated unreadable answers); it stays unknown."""
        if key not in self.asked:
            self.asked.append(key)
        self.current = None
        self.failures = 0

    # ------------------------------------------------------------------ summary
    def summary(self, language: str = "en") -> Dict[str, Any]:
        """Verdict, reasons, work-up (all tests still useful, incl. those not done) and whether to
        refer to haematology; the differential and the points against are read from the
        assessment where they are shown (bot/dialogue/render.summary)."""
        a = self.assess(language=language)
        lang = "zh" if language == "zh" else "en"
        reasons: List[str] = []
        for cid in CRITERIA_IDS:
            result = a.criteria[cid]
            if result.state != CriterionState.unknown:
                reasons += [r.get(lang) for r in result.reasons]
        return {
            "assessment": a,
            "verdict": a.verdict.value,
            "reasons": reasons,
            "workup": [(m.test, m.why(lang), m.not_done) for m in a.missing_evidence],
            "staging": staging(a),
            "not_done": [n.test for n in self.evidence.not_done],
            "refer_haematology": a.verdict.value in ("suspected", "meets_criteria"),
            "questions": list(a.questions),
        }


class SessionMemo:
    """Sessions by the slot JSON they were read from or written as (least recently used first
    out), shared by the conversations of a process.

    The form's calls of one turn and the next turn's read the session slot the previous call
    wrote: each read parsed and validated the JSON again (~0.3 ms for two notes) and built new
    item objects, so the evidence's JSON for the assessment memo was computed again too. A JSON
    text gives one session, so a session read or written as that text is kept and each reader
    gets a ``fresh_copy`` (its own lists, the same items); the kept one is never handed out."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._kept: "OrderedDict[str, TriageSession]" = OrderedDict()
        self._lock = threading.Lock()

    def load(self, raw: str) -> TriageSession:
        with self._lock:
            kept = self._kept.get(raw)
            if kept is not None:
                self._kept.move_to_end(raw)
                return kept.fresh_copy()
        session = TriageSession.parse_raw(raw)  # a ValueError for a bad slot, as before
        self.remember(raw, session)
        return session

    def remember(self, raw: str, session: TriageSession) -> None:
        kept = session.fresh_copy()
        with self._lock:
            self._kept[raw] = kept
            self._kept.move_to_end(raw)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()


SESSIONS = SessionMemo()
