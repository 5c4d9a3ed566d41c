"""The project's YAML data files (rules, lexicons, thresholds, texts), read with libyaml's C
parser when PyYAML has it: the same data as PyYAML's Python SafeLoader (tests/unit/
test_yaml_files.py compares both on every data file) in about an eighth of the time. Each
process that reads notes (command line, action server, screening worker) parses a few MB of
rule YAML at start-up, which the Python parser made most of its start-up time."""

from __future__ import annotations

from typing import IO, Any, Union

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: Union[str, bytes, IO]) -> Any:
    """``yaml.safe_load`` with the C parser when available."""
    return yaml.load(stream, Loader=LOADER)  # noqa: S506 - a safe loader (CSafeLoader / SafeLoader)
