"""``poems-triage assess FILE|-`` and ``assess --evidence FILE.json``."""

from __future__ import annotations

import argparse
import sys
from typing import List, Tuple

from pydantic import ValidationError

from bot.commands.io import print_json, read_json, read_text, validation_message
from bot.errors import EvidenceError
from bot.models import Evidence


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("note", nargs="?", help="referral note file, or - for stdin")
    parser.add_argument("--evidence", metavar="FILE.json", help="findings as JSON (the Evidence model) instead of a note")
    parser.add_argument("--json", action="store_true", help="print Assessment.contract() as JSON (same as --format json)")
    parser.add_argument(
        "--format",
        choices=["text", "json", "fhir"],
        default="text",
        help="text: readable report; json: Assessment.contract(); fhir: a FHIR R4B Bundle for hospital systems",
    )
    parser.add_argument("--lang", choices=["en", "zh"], help="report language (default: the note's)")


def load_evidence(args: argparse.Namespace) -> Evidence:
    return load(args)[0]


def load(args: argparse.Namespace) -> Tuple[Evidence, List]:
    """The evidence, and the values read from the note that were set aside as impossible
    (``Text`` each). Values in --evidence JSON are explicit: an impossible one is refused."""
    if args.evidence and args.note:
        raise EvidenceError("give either a note or --evidence, not both")
    if args.evidence:
        data = read_json(args.evidence, "evidence")
        if not isinstance(data, dict):
            raise EvidenceError("evidence JSON must be an object (the Evidence model)")
        try:
            return Evidence.parse_obj(data), []
        except ValidationError as exc:
            raise EvidenceError(validation_message(exc, "evidence")) from None
    if not args.note:
        raise EvidenceError("give a note file (or - for stdin) or --evidence FILE.json")
    text = read_text(args.note, "note")
    if not text.strip():
        raise EvidenceError("the note is empty")
    from nlu import extract  # lazy: --evidence and --help need no spaCy pipelines

    try:
        extraction = extract(text)
    except ValueError as exc:  # nlu.NoteError: a message safe to show
        raise EvidenceError(str(exc) or "the note could not be read") from None
    return extraction.evidence, [w.text() for w in extraction.set_aside]


def run(args: argparse.Namespace) -> int:
    from bot.engine import assess
    from bot.report import render

    evidence, set_aside = load(args)
    assessment = assess(evidence)
    if args.lang:
        assessment.language = args.lang
    output = "json" if args.json else args.format
    lang = args.lang or assessment.language
    if output != "text":  # stdout stays one JSON document; the set-aside values go beside it
        for item in set_aside:
            print(item.get(lang), file=sys.stderr)
    if output == "fhir":
        from bot.fhir import bundle_for

        print_json(bundle_for(assessment, evidence))
    elif output == "json":
        print_json(assessment.contract())
    else:
        print(render(assessment, lang, set_aside))
    return 0
