"""Every dev-corpus note reaches triage with the trained model: its intent is a clinical one, or
nlu_fallback / a small-talk intent with the note's evidence (data/rules.yml and
data/rules_note_any_intent.yml route both to triage). An education, quiz or tool intent would
answer the note with something else and drop it, whatever the classifier in config.yml."""

import asyncio
import json
import logging
from pathlib import Path

import pytest
import yaml

from tests.servers import MODEL, require_model

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CLINICAL_INTENTS = {"referral_note", "inform_result", "correction", "cidp_screen"}
# intents whose action sends a message that holds a note and does not ask for what the intent
# means to triage (actions/smalltalk.py ActionRestart: Rasa's default rule runs it for restart)
FORWARDING_INTENTS = {"restart"}


def _routed_with_evidence() -> dict:
    """Intent -> the entities (poems_evidence and any others) a message of that intent needs to
    go to triage."""
    rules = yaml.safe_load((ROOT / "data" / "rules_note_any_intent.yml").read_text(encoding="utf-8"))
    routed = {step["intent"]: set(step["entities"]) for rule in rules["rules"] for step in rule["steps"]
              if "intent" in step and "poems_evidence" in (step.get("entities") or [])}
    return {**routed, "nlu_fallback": {"poems_evidence"}}  # action_fallback sends evidence to triage


def _education_intents() -> set:
    """Intents whose rule runs action_education: it sends a message that holds a note
    (``actions.common.holds_note``) to triage."""
    rules = yaml.safe_load((ROOT / "data" / "rules.yml").read_text(encoding="utf-8"))
    return {rule["steps"][0]["intent"] for rule in rules["rules"]
            if len(rule["steps"]) >= 2 and rule["steps"][1].get("action") == "action_education"}


def _evidence(parsed: dict):
    from bot.models import Evidence

    for entity in parsed.get("entities") or []:
        if entity["entity"] == "poems_evidence":
            return Evidence.parse_raw(entity["value"])
    return None


def test_every_dev_note_goes_to_triage():
    require_model()
    from rasa.core.agent import Agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    # Rasa's debug log of a parse carries the message text: health data, never printed
    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    agent = Agent.load(str(MODEL))
    notes = [json.loads(line) for line in (ROOT / "tests" / "corpus" / "dev.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    with_evidence = _routed_with_evidence()
    education = _education_intents()
    from actions.common import holds_note
    from bot.dialogue.answers import asks_restart

    async def parse_all():
        return [await agent.parse_message(note["text"]) for note in notes]

    dropped, clinical = [], 0
    for note, parsed in zip(notes, asyncio.run(parse_all())):
        intent = parsed["intent"]["name"]
        entities = {e["entity"] for e in parsed.get("entities") or []}
        if intent in CLINICAL_INTENTS:
            clinical += 1
        elif intent in education and holds_note(_evidence(parsed), note["text"]):
            continue
        elif intent in FORWARDING_INTENTS and not asks_restart(note["text"]) \
                and holds_note(_evidence(parsed), note["text"]):
            continue
        elif not (intent in with_evidence and with_evidence[intent] <= entities):
            dropped.append((note["id"], intent))  # ids only: note text is health data
    print(f"{clinical} of {len(notes)} dev notes with a clinical intent")
    assert not dropped
    # The rest reach triage by their evidence (above): a note written as a question ("老师，…符合
    # 诊断标准吗") can score as high for ask_criteria as for referral_note, and the fallback
    # classifier then calls it ambiguous. 944 of 948 had a clinical intent at e504666; 1 918 of 1 939
    # at 861c1f1, after dev files 88-98 brought dictated Chinese without punctuation, one-line
    # questions and Cantonese messages (each still reaches triage by its evidence, above).
    assert clinical >= 0.985 * len(notes)
