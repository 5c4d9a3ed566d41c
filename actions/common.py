"""Helpers every action uses: the user's language, the clinical extraction of the latest
message, the triage session kept in the ``evidence`` slot, and the assessment messages.

Referral text is health data: nothing here logs message text or evidence.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from typing import Any, Dict, List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import audit
from bot.dialogue import render
from bot.dialogue.answers import asked_topic, reads_as_question
from bot.dialogue.texts import lang_of, t
from bot.errors import EvidenceError
from bot.models import Evidence
from bot.session import TriageSession

logger = logging.getLogger(__name__)

EVIDENCE_ENTITY = "poems_evidence"
SET_ASIDE_ENTITY = "poems_set_aside"
# set by the NLU component on a message it read and found nothing in (nlu.rasa_component)
NOTHING_FOUND = "poems_nothing_found"
SESSION_SLOT = "evidence"
INTERVIEW_SLOT = "interview"
# Intents that stand for a pasted note or a result, whichever the classifier picked.
CLINICAL_INTENTS = {"referral_note", "inform_result", "correction", "cidp_screen"}


def language(tracker: Tracker) -> str:
    """The language of the latest message (the slot fills from the LanguageTagger entity)."""
    for entity in tracker.latest_message.get("entities", []) or []:
        if entity.get("entity") == "language" and entity.get("value") in ("en", "zh"):
            return entity["value"]
    return lang_of(tracker.get_slot("language"))


def user_text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def intent(tracker: Tracker) -> Tuple[str, float]:
    data = tracker.latest_message.get("intent") or {}
    return data.get("name") or "", float(data.get("confidence") or 0.0)


@functools.lru_cache(maxsize=1)
def _read(text: str):
    """The NLU's reading of a message that came without the component's entities; kept for the
    one message being handled, so that its evidence and its set-aside values (``extraction``,
    ``set_aside``) come from one reading (``extraction`` hands out a copy of the evidence, which
    the session may change). Read as message 0, as the NLU component reads every message: the
    session stamps the message's place in the conversation when it merges the evidence (and the
    action server is sent only the current turn's events: service.action_payload). Lazy
    import: most turns carry the entities."""
    from nlu import extract

    return extract(text, 0)


def nothing_found(tracker: Tracker) -> bool:
    """The NLU component read the latest message and found no evidence, set-aside value, age or
    sex in it: reading it here again would give an empty Evidence."""
    return tracker.latest_message.get(NOTHING_FOUND) is True


def extraction(tracker: Tracker) -> Tuple[Optional[Evidence], Optional[str]]:
    """The Evidence of the latest message: the ``poems_evidence`` entity of the NLU component
    when present, an empty one when the component found nothing (``nothing_found``), else the
    NLU called here. Returns (evidence or None, user-safe error or None)."""
    for entity in tracker.latest_message.get("entities", []) or []:
        if entity.get("entity") == EVIDENCE_ENTITY:
            value = entity.get("value")
            try:
                data = json.loads(value) if isinstance(value, str) else value
                return Evidence.parse_obj(data), None
            except (ValueError, TypeError):
                logger.warning("could not read the %s entity", EVIDENCE_ENTITY)
    text = user_text(tracker)
    if not text or text.startswith("/"):
        return None, None
    if nothing_found(tracker):
        return Evidence(), None
    try:
        return _read(text).evidence.copy(deep=True), None
    except ValueError as error:  # nlu.NoteError: its message never contains the note
        return None, str(error)
    except Exception as error:  # noqa: BLE001 - the NLU failing must not end the conversation
        logger.warning("NLU extraction failed (%s)", type(error).__name__)
        return None, None


def set_aside(tracker: Tracker) -> List[Dict[str, Any]]:
    """The values of the latest message set aside as impossible (``poems_set_aside`` entity of
    the NLU component; the NLU called here when the message carries no evidence entity):
    each ``{"analyte", "value", "unit", "message", "en", "zh"}``, no other note text."""
    entities = tracker.latest_message.get("entities", []) or []
    for entity in entities:
        if entity.get("entity") == SET_ASIDE_ENTITY:
            value = entity.get("value")
            try:
                data = json.loads(value) if isinstance(value, str) else value
                return [dict(item) for item in data or []]
            except (ValueError, TypeError):
                logger.warning("could not read the %s entity", SET_ASIDE_ENTITY)
                return []
    if any(e.get("entity") == EVIDENCE_ENTITY for e in entities) or nothing_found(tracker):
        return []
    text = user_text(tracker)
    if not text or text.startswith("/"):
        return []
    from nlu.extractor import set_aside_items

    try:
        return set_aside_items(_read(text))
    except Exception:  # noqa: BLE001 - extraction() already told the user when it failed
        return []


def set_aside_lines(tracker: Tracker, lang: str) -> List[str]:
    """The values set aside, in ``lang``, as one block: a title (texts.yml ``set_aside_title``)
    and one line each (messages.yml ``lab.set_aside``, shared with the report); empty when none."""
    items = set_aside(tracker)
    if not items:
        return []
    lines = [f"• {set_aside_message(item, lang)}" for item in items]
    return ["\n".join([t("set_aside_title", lang), *lines])]  # one block, title and its items


def set_aside_message(item: Dict[str, Any], lang: str) -> str:
    """Why one value was set aside, in ``lang`` (the item carries both languages; ``message``,
    English, only when it has no translation)."""
    return item.get("zh" if lang == "zh" else "en") or item.get("message") or ""


class Unreadable(Exception):
    """The latest message could not be read; the user has been told why."""


def readable_extraction(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> Optional[Evidence]:
    """The latest message's Evidence; when it cannot be read, tells the user why (never quoting
    the note) and raises Unreadable so the action ends without changing anything."""
    evidence, error = extraction(tracker)
    if error:
        dispatcher.utter_message(text=t("note_error", lang, error=error))
        raise Unreadable()
    return evidence


def has_clinical(evidence: Optional[Evidence]) -> bool:
    return bool(evidence and (evidence.findings or evidence.labs or evidence.not_done))


def consensus_question(evidence: Optional[Evidence], text: str) -> Optional[str]:
    """The consensus topic of a question that states nothing about a patient ("皮肤改变包括哪些？"
    reads the skin change in doubt, nothing else; "which skin changes count?"): None when the
    message is no question, names no topic, or states a finding, a value, a test not done, an age or
    a sex ("患者脾大，需要做哪些检查？" is a note with a question)."""
    if not reads_as_question(text):
        return None
    if evidence is not None and (stated_facts(evidence) or evidence.age is not None or evidence.sex is not None):
        return None
    return asked_topic(text)


def stated_facts(evidence: Evidence) -> int:
    """The facts a message states about a patient: findings not in doubt, lab values, tests not done."""
    return sum(f.status.value != "uncertain" for f in evidence.findings) + len(evidence.labs) + len(evidence.not_done)


def holds_note(evidence: Optional[Evidence], text: str = "", at_least: int = 2) -> bool:
    """Whether a message states facts about a patient (findings not in doubt, lab values, tests
    not done): two at least, three when it is shaped as a question ("POEMS和CIDP怎么区分" names
    CIDP, read as the diagnosis and a neuropathy). Such a message is a note, whatever intent it
    was given ("POEMS？患者IgG-λ型MGUS，无神经系统症状…" can read as a VEGF question); a question
    about the consensus names one finding or two, or in doubt ("does POEMS cause oedema?").
    ``at_least``: the facts a statement needs (one for a message given a small-talk intent)."""
    if not evidence:
        return False
    return stated_facts(evidence) >= (3 if reads_as_question(text) else at_least)


def load_session(tracker: Tracker) -> TriageSession:
    return session_from(tracker.get_slot(SESSION_SLOT))


def session_from(raw: Any) -> TriageSession:
    """The session kept in the evidence slot (a new one when the slot cannot be read)."""
    try:
        return TriageSession.load(raw)
    except ValueError:
        logger.warning("the evidence slot could not be read; starting a new session")
        return TriageSession()


def interview(tracker: Tracker) -> Dict[str, Any]:
    raw = tracker.get_slot(INTERVIEW_SLOT)
    if isinstance(raw, str) and raw:
        try:
            return json.loads(raw)
        except ValueError:
            return {}
    return dict(raw) if isinstance(raw, dict) else {}


def save(session: Optional[TriageSession] = None, state: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
    events = []
    if session is not None:
        events.append(SlotSet(SESSION_SLOT, session.dump()))
    if state is not None:
        events.append(SlotSet(INTERVIEW_SLOT, json.dumps(state, ensure_ascii=False)))
    return events


def follow_risk(dispatcher: CollectingDispatcher, session: TriageSession, evidence: Optional[Evidence],
                lang: str, asked: bool = False) -> None:
    """The patient's PUMCH score (表3) when the message asks for it (``asked``), or when the score
    was given with inputs missing and this message brings one of them ("no pleural effusion,
    eGFR 75" after "what is her risk group?"): said again with what it now knows. The session
    remembers whether inputs are still missing (``risk_open``)."""
    from bot.dialogue.interviews import risk_inputs

    if not asked and not (session.risk_open and set(risk_inputs(evidence)) - {"age"}):
        return
    assessment = session.assess(language=lang)
    dispatcher.utter_message(text=render.patient_answer("risk", [], assessment, lang))
    session.risk_open = bool(assessment.risk is not None and assessment.risk.missing)


def send_summary(dispatcher: CollectingDispatcher, tracker: Tracker, session: TriageSession, lang: str) -> None:
    """The closing summary of ``session`` (verdict, reasons, unknowns, work-up, next step) and
    its card; the disclaimer once per patient. Raises EvidenceError as ``session.summary``."""
    data = session.summary(lang)
    title = "cidp_summary_title" if session.mode == "cidp" else "summary_title"
    text = render.summary(data, lang, title_key=title)
    if not session.assessed:
        text += "\n" + render.disclaimer(lang)
        session.assessed = True
    dispatcher.utter_message(text=text)
    send_payload(dispatcher, tracker, data["assessment"], lang)


def send_payload(dispatcher: CollectingDispatcher, tracker: Tracker, assessment: Any, lang: str) -> None:
    """The ``poems_assessment`` payload, and its audit record (no referral text unless the
    operator configured it: bot.audit)."""
    payload = render.payload(assessment, lang)
    dispatcher.utter_message(json_message=payload)
    audit.record(tracker.sender_id, payload, text=tracker.latest_message.get("text"))


def send_assessment(dispatcher: CollectingDispatcher, tracker: Tracker, session: TriageSession, lang: str,
                    *, show_understood: bool = True, next_item: Optional[str] = None,
                    lead: Optional[List[str]] = None, understood_of: Optional[Evidence] = None) -> bool:
    """Understood findings, criteria status, verdict, next question, the disclaimer on the first
    assessment, and the poems_assessment payload. False when a value was impossible.
    ``understood_of``: the evidence whose findings are listed (default: the whole patient's)."""
    try:
        assessment = session.assess(language=lang, exclude_asked=True)
    except EvidenceError as error:
        dispatcher.utter_message(text=t("evidence_error", lang, error=str(error)))
        return False
    parts: List[str] = list(lead or [])
    if show_understood:
        parts.append(render.understood(understood_of or session.evidence, lang))
    parts.append(render.criteria_status(assessment, lang))
    parts.append(render.verdict_line(assessment, lang))
    against = render.points_against(assessment, lang)
    if against:
        parts.append(against)
    # the engine's whole missing-evidence list, tests reported not done included (the same
    # evidence as above, so it cannot fail where the first assessment did not)
    full = session.assess(language=lang) if next_item is not None else None
    parts.append(render.next_line(assessment, next_item, lang, full))
    if not session.assessed:
        parts.append(render.disclaimer(lang))
        session.assessed = True
    dispatcher.utter_message(text="\n\n".join(parts))
    if full is not None:  # otherwise the closing summary follows with the payload
        send_payload(dispatcher, tracker, full, lang)
    return True


def handoff_text(lang: str) -> str:
    contact = os.environ.get("POEMS_HANDOFF_CONTACT") or t("handoff_default", lang)
    return t("handoff", lang, contact=contact)
