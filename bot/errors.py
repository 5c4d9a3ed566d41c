"""Errors the triage core raises for bad input.

Every message names the problem (the analyte, the value, the unit) and never echoes free text
from a note, so the CLI and the dialogue can show it to the user as it is.
"""

from __future__ import annotations


class EvidenceError(ValueError):
    """Evidence that cannot be true or cannot be read (impossible value, unknown unit)."""


class UnitError(EvidenceError):
    """A unit that pint cannot read or cannot convert to the unit the rule needs."""
