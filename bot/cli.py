"""The ``poems-triage`` command line.

Subcommands are built from a small table (``COMMANDS``): each entry names a module that
provides ``add_arguments(parser)`` and ``run(args) -> int``. Optional entries (``screen``, whose
module ``bot.screening.cli`` belongs to batch screening) are registered only once their module
exists, so the batch team adds the command without editing this file.

Exit codes: 0 success, 2 bad input (one line on stderr naming the problem, never a traceback,
never the note's text), 1 an unexpected internal error.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from typing import List, Optional, Tuple

from bot import __version__
from bot.errors import EvidenceError

# (name, module, help, optional)
COMMANDS: List[Tuple[str, str, str, bool]] = [
    ("assess", "bot.commands.assess", "assess a referral note or JSON evidence against the criteria (表2)", False),
    ("risk", "bot.commands.risk", "PUMCH risk score (表3)", False),
    ("response", "bot.commands.response", "response assessment (表5)", False),
    ("topics", "bot.commands.topics", "show education topics from the consensus", False),
    ("eval", "bot.commands.eval", "NLU and verdict accuracy on the annotated corpus (nlu.evaluate)", False),
    ("screen", "bot.screening.cli", "batch screening of many notes", True),
]


class UsageError(Exception):
    """Bad command-line input: exit 2 with the message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit 2 with usage; keep one line
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="poems-triage",
        description="Decision support for recognising POEMS syndrome. It does not diagnose or prescribe.",
    )
    parser.add_argument("--version", action="version", version=f"poems-triage {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name, module, help_text, optional in COMMANDS:
        if optional:
            try:
                if importlib.util.find_spec(module) is None:
                    continue
            except ImportError:
                continue
        mod = importlib.import_module(module)
        command = sub.add_parser(name, help=help_text, description=help_text)
        mod.add_arguments(command)
        command.set_defaults(_module=mod)
    return parser


def run() -> int:
    """The ``poems-triage`` program: the command line in a process of its own, which never
    loads Rasa, so spaCy starts without TensorFlow (nlu.no_tensorflow)."""
    from nlu.no_tensorflow import block_tensorflow

    block_tensorflow()
    return main()


def main(argv: Optional[List[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # `eval` hands its arguments on untouched to nlu.evaluate.main.
    if argv and argv[0] == "eval":
        return importlib.import_module("bot.commands.eval").run_argv(argv[1:])
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(f"poems-triage: error: {exc}", file=sys.stderr)
        return 2
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    try:
        return int(args._module.run(args) or 0)
    except (EvidenceError, UsageError) as exc:
        print(f"poems-triage: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # never a traceback for the user; name the type only
        print(f"poems-triage: internal error ({type(exc).__name__}); please report it", file=sys.stderr)
        return 1
