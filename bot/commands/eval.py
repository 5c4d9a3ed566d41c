"""``poems-triage eval``: the NLU team's evaluation (``nlu.evaluate.main(argv)``), lazily imported."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import List


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="arguments for nlu.evaluate")


def run_argv(argv: List[str]) -> int:
    try:
        module = importlib.import_module("nlu.evaluate")
        entry = getattr(module, "main")
    except (ImportError, AttributeError):
        print("poems-triage: error: the evaluation (nlu.evaluate) is not available yet", file=sys.stderr)
        return 2
    result = entry(argv)
    return int(result or 0)


def run(args: argparse.Namespace) -> int:
    return run_argv(list(args.rest or []))
