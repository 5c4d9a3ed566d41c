"""Chat-sized renderings of evidence and assessments (en / zh) for the dialogue actions.

Unknown is always shown as unknown, a negated finding as "no X", a past one as "(in the past)".
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence

from bot.concepts import catalogue
from bot.criteria import CRITERIA_IDS, config
from bot.dialogue.answers import questions
from bot.dialogue.texts import lang_of, load, sep, t, test_name
from bot.engine import Assessment
from bot.evidence import bound_text, resolve
from bot.models import CriterionState, Evidence
from bot.number_text import number_text
from bot.planner import catalogue as test_catalogue, staging, tests_reported
from bot.report import labels
from bot.texts import msg

GROUP_ORDER = list(CRITERIA_IDS) + ["symptom", "other_feature", "differential", "test"]


def verdict_label(verdict: str, language: str) -> str:
    return labels(lang_of(language))["verdicts"][verdict]


def state_label(state: str, language: str) -> str:
    return labels(lang_of(language))["states"][state]


def criterion_label(cid: str, language: str) -> str:
    if cid == "verdict":
        return t("verdict_line", language, verdict="").rstrip(": :").strip()
    return config().criteria[cid].label(lang_of(language))


def _group_title(group: str, language: str) -> str:
    if group in config().criteria:
        return config().criteria[group].label(lang_of(language))
    key = {"other_feature": "group_other"}.get(group, f"group_{group}")
    return t(key, language)


def _finding_text(concept: str, status: str, attributes: Dict[str, str], language: str) -> str:
    cat = catalogue()
    label = cat.label(concept, lang_of(language))
    qual = " ".join(v for k, v in attributes.items() if k in ("heavy_chain", "light_chain", "pattern"))
    if qual:
        label = f"{label} {qual}"
    if attributes.get("cause") and status == "present":  # "peripheral oedema (put down to heart failure)"
        label = f"{label} ({t('causes.' + attributes['cause'], language)})"
    known = cat.concepts.get(concept)
    if status == "absent":  # "serum immunofixation negative" for a test result, not "no …"
        return (known and known.absent_label(lang_of(language))) or t("status.absent", language) + label
    if status in ("historical", "uncertain"):
        return label + t(f"status.{status}", language)
    return label


def understood(evidence: Evidence, language: str) -> str:
    """The findings grouped by the criterion they bear on, latest statement per concept."""
    lang = lang_of(language)
    cat = catalogue()
    facts = resolve(evidence)
    groups: Dict[str, List[str]] = {}
    latest: Dict[str, Any] = {}
    for finding in evidence.findings:  # the latest statement wins, incl. uncertain ones
        latest[finding.concept] = finding
    for concept, finding in latest.items():
        info = cat.concepts.get(concept)
        group = info.group if info else "other_feature"
        groups.setdefault(group, []).append(
            _finding_text(concept, finding.status.value, finding.attributes, lang))
    for analyte, lab in facts.labs.items():
        info = cat.analytes.get(analyte)
        group = {"vegf": "vegf_elevated", "flc_kappa": "monoclonal_plasma_cell_disorder",
                 "flc_lambda": "monoclonal_plasma_cell_disorder", "flc_ratio": "monoclonal_plasma_cell_disorder",
                 "m_protein": "monoclonal_plasma_cell_disorder",
                 "ihc_kappa_lambda_ratio": "monoclonal_plasma_cell_disorder",
                 "platelets": "thrombocytosis_polycythemia", "hemoglobin": "thrombocytosis_polycythemia",
                 "hematocrit": "thrombocytosis_polycythemia"}.get(analyte, "other_feature")
        written = bound_text(lab.written_value, lab.comparator)  # "VEGF >2000 pg/mL": a bound as written
        text = f"{info.label(lang) if info else analyte} {number_text(written)}" if isinstance(written, float) \
            else f"{info.label(lang) if info else analyte} {written}"
        if lab.written_unit:
            text += f" {lab.written_unit}"
        extra = []
        if lab.sample:
            extra.append(t(f"samples.{lab.sample.value}", lang))
        if lab.reference_high is not None:
            extra.append(t("understood_reference_high", lang, limit=number_text(lab.reference_high)))
        if extra:
            text += f" ({', '.join(extra)})"
        groups.setdefault(group, []).append(text)
    lines = [t("understood_title", lang)]
    for group in sorted(groups, key=lambda g: GROUP_ORDER.index(g) if g in GROUP_ORDER else 99):
        lines.append(f"• {_group_title(group, lang)}: {sep(lang).join(groups[group])}")
    who = []
    if evidence.age is not None:
        who.append(t("understood_age", lang, age=evidence.age))
    if evidence.sex:
        sexes = load("texts.yml")["sexes"]
        who.append(sexes[evidence.sex][lang] if evidence.sex in sexes else evidence.sex)
    if who:
        lines.append("• " + t("understood_demographics", lang, who=" ".join(who)))
    if evidence.not_done:
        tests = sep(lang).join(dict.fromkeys(test_name(n.test, lang) for n in evidence.not_done))
        lines.append("• " + t("understood_not_done", lang, tests=tests))
    if len(lines) == 1:
        return t("understood_none", lang)
    return "\n".join(lines)


def criteria_status(assessment: Assessment, language: str) -> str:
    lang = lang_of(language)
    kinds = labels(lang)["kinds"]
    lines = [t("criteria_title", lang)]
    for kind in ("mandatory", "other_major", "minor"):
        buckets: Dict[str, List[str]] = {"present": [], "absent": [], "unknown": []}
        for cid in CRITERIA_IDS:
            result = assessment.criteria[cid]
            if result.kind == kind:
                buckets[result.state.value].append(config().criteria[cid].label(lang))
        none = t("none", lang)
        lines.append("• " + t("criteria_line", lang, kind=kinds[kind],
                                met=sep(lang).join(buckets["present"]) or none,
                                absent=sep(lang).join(buckets["absent"]) or none,
                                unknown=sep(lang).join(buckets["unknown"]) or none))
    return "\n".join(lines)


def why_still_unknown(evidence: Evidence, assessment: Assessment, language: str) -> List[str]:
    """For an answer that changed no criterion ("TSH 8.2, FT4 low"): each criterion its findings
    bear on that is still unknown, with the engine's reasons beyond the findings themselves
    ("diabetes and/or hypothyroidism alone do not satisfy the endocrine criterion"), so the
    referrer sees why the finding did not count."""
    lang = lang_of(language)
    cat = catalogue()
    lines: List[str] = []
    for cid in dict.fromkeys(cat.concepts[f.concept].group for f in evidence.findings if f.concept in cat.concepts):
        result = assessment.criteria.get(cid)
        if result is None or result.state != CriterionState.unknown:
            continue
        reasons = [r.get(lang) for r in result.reasons if not r.key.startswith("finding.")]
        if reasons:
            lines.append(t("why_still_unknown", lang, criterion=criterion_label(cid, lang),
                           reasons="; ".join(reasons)))
    return lines


def points_against(assessment: Assessment, language: str) -> str:
    """The points against POEMS (bot/data/against.yml: a κ clone, a sustained response to IVIG,
    conduction block, ...) under their title, or "" when there are none: shown with the verdict,
    which they do not change, so that the referrer weighs them from the first reply on."""
    lang = lang_of(language)
    if not assessment.points_against:
        return ""
    lines = [t("summary_against", lang)]
    lines += [f"• {p.text(lang)} ({p.citation})" for p in assessment.points_against]
    return "\n".join(lines)


def verdict_line(assessment: Assessment, language: str) -> str:
    return t("verdict_line", language, verdict=verdict_label(assessment.verdict.value, language))


def next_line(assessment: Assessment, key: Optional[str], language: str,
              full: Optional[Assessment] = None) -> str:
    """The most useful next step. Tests the referrer reported not done that the plan ranks
    before the asked item (``full``: the assessment whose plan keeps them) are to be ordered:
    they come first, and the asked item follows as "meanwhile"; a question on the way to a
    planned test (questions.yml ``plan_test``) shows that test's reason."""
    if not key:
        return t("nothing_to_ask", language)
    lang = lang_of(language)
    planned = questions()["items"].get(key, {}).get("plan_test", key)
    why = next((m.why(lang) for m in assessment.missing_evidence if m.test == planned), "")
    line = t("next_question_line", language, test=test_name(key, language), why=why).rstrip(" —-")
    ranked = full.missing_evidence if full is not None else []
    position = next((i for i, m in enumerate(ranked) if m.test == planned), len(ranked))
    # (a test sent with its result awaited is not to be ordered again: MissingTest.pending)
    to_order = [m for m in ranked[:position] if m.not_done and not m.pending]
    if not to_order:
        return line
    tests = sep(lang).join(test_name(m.test, lang) for m in to_order)
    return "\n".join([t("order_first_line", language, tests=tests, why=to_order[0].why(lang)),
                      t("meanwhile_line", language, test=test_name(key, language))])


def aside(kind: str, assessment: Assessment, key: str, language: str) -> str:
    """The reply to a remark made instead of an answer (questions.yml ``asides``): what is still
    unknown and which tests settle it, why ``key`` is asked (the planner's reason), or thanks."""
    lang = lang_of(language)
    unknown = sep(lang).join(criterion_label(c, lang) for c in assessment.unknown)
    if kind == "missing":  # what is unknown, the tests that settle it, then the verdict's next step
        return "\n".join((_missing(assessment, unknown, lang), assessment.next_step().get(lang)))
    if kind == "why":
        why = next((m.why(lang) for m in assessment.missing_evidence if m.test == key), "")
        if why:
            return t("aside_why", lang, test=test_name(key, lang), why=why)
        return t("aside_why_general", lang, test=test_name(key, lang), criteria=unknown or "—")
    return t("aside_ack" if kind == "ack" else "aside_thanks", lang)


def _missing(assessment: Assessment, unknown: str, lang: str) -> str:
    if not assessment.unknown:
        return t("aside_missing_none", lang)
    unknown_ids = set(assessment.unknown)
    tests = sep(lang).join(dict.fromkeys(test_name(m.test, lang) for m in assessment.missing_evidence
                                         if unknown_ids.intersection(m.criteria)))
    # unlikely for want of an M-protein: the marrow, which settles no unknown criterion, may
    # still change the verdict (planner ``reopens``)
    reopening = sep(lang).join(dict.fromkeys(test_name(m.test, lang) for m in assessment.missing_evidence
                                             if not unknown_ids.intersection(m.criteria)))
    if not tests and reopening:
        return t("aside_missing_reopen", lang, criteria=unknown, tests=reopening)
    if not tests:  # the verdict is settled: no test is recommended for it
        later = staging(assessment)
        if later:  # met: the tests confirmation and staging still need
            return t("aside_missing_staging", lang, criteria=unknown,
                     tests=sep(lang).join(test_name(k, lang) for k in later))
        return t("aside_missing_no_tests", lang, criteria=unknown)
    return t("aside_missing", lang, criteria=unknown, tests=tests)


def risk_lines(result: Any, language: str) -> List[str]:
    """A PUMCH risk score (表3, bot.risk.RiskResult): the score and group, or the range still
    possible and what is missing; each point with its reason; the citation."""
    lang = lang_of(language)
    if result.group:
        os10 = t("risk_os10", lang, os10=result.os10) if result.os10 else ""
        # the group can be settled while the score is not ("4–5": high risk either way)
        score = str(result.score_min) if result.score_min == result.score_max \
            else f"{result.score_min}–{result.score_max}"
        head = t("risk_result", lang, score=score, group=t(f"risk_groups.{result.group}", lang), os10=os10)
    else:
        head = t("risk_partial", lang, low=result.score_min, high=result.score_max,
                 groups=sep(lang).join(t(f"risk_groups.{g}", lang) for g in result.possible_groups),
                 missing=sep(lang).join(test_name("risk_" + m, lang) for m in result.missing))
    return [head] + [f"• {r.get(lang)}" for r in result.reasons] + [f"({result.citation})"]


def patient_answer(kind: str, criteria: List[str], assessment: Assessment, language: str,
                   tests: Sequence[str] = ()) -> str:
    """The reply to a question about the current patient (bot/dialogue/patient_questions.py):
    what is still missing, the verdict with what it rests on and what is still unknown, whether
    to do the tests asked about, or each named criterion with its state, its reasons and the
    tests that would settle it while it is unknown."""
    if kind == "missing":
        return aside("missing", assessment, "", language)
    if kind == "tests":
        return test_answers(tests, assessment, language)
    lang = lang_of(language)
    if kind == "risk":  # the PUMCH score of this patient's facts, and what it is for
        return "\n".join(risk_lines(assessment.risk, lang) + [t("risk_patient_note", lang)])
    if kind == "verdict":  # the verdict, each group's states, what is unknown, the next step
        # (the "missing" aside ends with the next step)
        return "\n".join([verdict_line(assessment, lang), criteria_status(assessment, lang),
                          aside("missing", assessment, "", lang)])
    lines = []
    for cid in criteria:
        result = assessment.criteria[cid]
        reasons = "; ".join(r.zh if lang == "zh" else r.en for r in result.reasons) or "—"
        lines.append(t("criterion_question", lang, criterion=criterion_label(cid, lang),
                       state=state_label(result.state.value, lang), citation=result.citation,
                       reasons=reasons))
        tests = [test_name(m.test, lang) for m in assessment.missing_evidence if cid in m.criteria]
        later = [test_name(k, lang) for k in staging(assessment) if cid in test_catalogue()[k].settles]
        if tests and result.state == CriterionState.unknown:
            lines.append(t("criterion_question_tests", lang, tests=sep(lang).join(dict.fromkeys(tests))))
        elif later and result.state == CriterionState.unknown:  # met: for confirmation and staging
            lines.append(t("criterion_question_staging", lang, tests=sep(lang).join(later)))
        elif tests and result.state == CriterionState.absent:  # the marrow after negative serum tests
            lines.append(t("criterion_question_reopen", lang, tests=sep(lang).join(dict.fromkeys(tests))))
    return "\n".join(lines)


def test_answers(tests: Sequence[str], assessment: Assessment, language: str) -> str:
    """Whether to do each test asked about for this patient ("do we need a bone marrow biopsy?"),
    read from the plan, never a rule of its own: recommended (why, and the unknown criteria it
    settles), needed once the criteria are met only for confirmation and staging, already
    reported, or changing nothing the verdict rests on (the criteria it settles, with their
    states); then the verdict's next step."""
    lang = lang_of(language)
    evidence = assessment.evidence or Evidence()
    reported = tests_reported((f.concept for f in evidence.findings), (lab.analyte for lab in evidence.labs))
    later = staging(assessment)
    lines = []
    for key in tests:
        name = test_name(key, lang)
        info = test_catalogue().get(key)
        planned = next((m for m in assessment.missing_evidence if m.test == key), None)
        settles = list(info.settles) if info else []
        states = sep(lang).join(f"{criterion_label(c, lang)}: {state_label(assessment.criteria[c].state.value, lang)}"
                                for c in settles if c in assessment.criteria)
        if planned is not None:
            lines.append(t("test_question_recommended", lang, test=name, why=planned.why(lang),
                           criteria=sep(lang).join(criterion_label(c, lang) for c in planned.criteria)))
        elif key in later:
            unknown = [c for c in settles if c in assessment.unknown]
            lines.append(t("test_question_staging", lang, test=name,
                           criteria=sep(lang).join(criterion_label(c, lang) for c in unknown)))
        elif key in reported:
            lines.append(t("test_question_reported", lang, test=name, states=states or "—"))
        elif states:  # short of unlikely, the work-up of 表1 goes on with haematology
            kind = "test_question_no_change" if assessment.verdict.value == "unlikely" else "test_question_workup"
            lines.append(t(kind, lang, test=name, states=states, citation=info.citation if info else "表1"))
        else:
            lines.append(t("test_question_outside", lang, test=name))
    lines.append(assessment.next_step().get(lang))
    return "\n".join(lines)


def changes(changes_: List[Any], language: str) -> List[str]:
    out = []
    for change in changes_:
        if change.key == "verdict":
            out.append(t("verdict_changed", language, old=verdict_label(change.old, language),
                         new=verdict_label(change.new, language)))
        else:
            out.append(t("criterion_changed", language, criterion=criterion_label(change.key, language),
                         old=state_label(change.old, language), new=state_label(change.new, language)))
    return out


def details(details_: List[Any], language: str) -> List[str]:
    """The acknowledgement of each sample type, reference range or unit set on an earlier value
    (``TriageSession.apply_detail``)."""
    out = []
    for detail in details_:
        value = f"{number_text(detail.value)} {detail.unit}" if detail.unit else number_text(detail.value)
        analyte = catalogue().label(detail.analyte, lang_of(language))
        if detail.field == "sample":
            out.append(t("detail_sample", language, analyte=analyte, value=value,
                         sample=t(f"samples.{detail.new}", language)))
        elif detail.field == "unit" and detail.unit == detail.new:
            out.append(t("detail_unit_same", language, analyte=analyte, value=value))
        elif detail.field == "value":
            out.append(t("detail_value", language, analyte=analyte, value=value, new=detail.new))
        elif detail.field == "unit":
            out.append(t("detail_unit", language, analyte=analyte, value=number_text(detail.value), unit=detail.new,
                         old=detail.unit or t("unit_unwritten", language)))
        else:
            limit = f"{detail.new} {detail.unit}" if detail.unit else detail.new  # in the value's unit
            out.append(t("detail_reference", language, analyte=analyte, value=value, limit=limit))
    return out


def summary(data: Dict[str, Any], language: str, title_key: str = "summary_title") -> str:
    lang = lang_of(language)
    a: Assessment = data["assessment"]
    lines = [f"{t(title_key, lang)} — {verdict_line(a, lang)}"]
    if data["reasons"]:
        lines.append(t("summary_reasons", lang))
        lines += [f"• {r}" for r in data["reasons"]]
    unknown = [criterion_label(c, lang) for c in a.unknown]
    if unknown:
        lines.append(f"{labels(lang)['unknown']}: {sep(lang).join(unknown)}")
    if data["workup"]:
        lines.append(t("summary_workup", lang))
        evidence = getattr(a, "evidence", None)
        reasons = {n.test: n.reason for n in (evidence.not_done if evidence else [])}
        for test, why, not_done in data["workup"]:
            flag = t(f"summary_{reasons.get(test, 'not_done')}_flag", lang) if not_done else ""
            lines.append(f"• {test_name(test, lang)}{flag}: {why}")
    elif data.get("staging"):
        lines.append(t("summary_staging", lang, tests=sep(lang).join(test_name(k, lang) for k in data["staging"])))
    elif data["verdict"] in ("meets_criteria", "suspected"):
        lines.append(t("summary_workup_none", lang))
    if data["questions"]:
        lines.append(t("summary_questions", lang,
                       questions=sep(lang).join(labels(lang).get(q, q) for q in data["questions"])))
    against = points_against(a, lang)
    if against:
        lines.append(against)
    if a.differential:
        lines.append(t("summary_differential", lang))
        lines += [f"• {d.text(lang)} ({d.citation})" for d in a.differential]
    lines.append(data["assessment"].next_step().get(lang))
    lines.append(t("no_treatment", lang))
    return "\n".join(lines)


def disclaimer(language: str) -> str:
    return msg("disclaimer").get(lang_of(language))


def payload(assessment: Assessment, language: str) -> Dict[str, Any]:
    """The ``poems_assessment`` custom payload: Assessment.contract() plus its type."""
    contract = assessment.contract()
    contract["language"] = lang_of(language)
    return {"type": "poems_assessment", **contract}


def unknown_is_not_absent(assessment: Assessment) -> bool:
    """Sanity check used by tests: no criterion without evidence is shown as absent."""
    return all(r.state != CriterionState.absent or r.evidence or r.reasons for r in assessment.criteria.values())
