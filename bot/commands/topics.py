"""``poems-triage topics [TOPIC]``: education content from the consensus."""

from __future__ import annotations

import argparse

from bot.commands.io import print_json
from bot.errors import EvidenceError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("topic", nargs="?", help="topic id (omit to list them)")
    parser.add_argument("--lang", choices=["en", "zh"], default="en")
    parser.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from bot.knowledge import get_topic, list_topics

    if not args.topic:
        for topic in list_topics():
            print(topic)
        return 0
    try:
        item = get_topic(args.topic, args.lang)
    except KeyError:
        raise EvidenceError(f"unknown topic {args.topic!r}; run 'poems-triage topics' for the list") from None
    if args.json:
        print_json(item.dict())
    else:
        print(f"{item.title} ({item.citation})\n\n{item.text}\n\n{item.label}")
    return 0
