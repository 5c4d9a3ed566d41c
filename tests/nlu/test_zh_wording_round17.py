"""Chinese and mixed-language wording found by dev file 31 (zh-454–465, mx-216–221).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import pytest

from nlu.errors import NoteError, validate_note

# --- note validation: column-aligning spaces are layout, not binary noise ------------------------

_TABLE_ROWS = [
    "神经　　　刺激点　潜伏期(ms)　波幅(mV)　传导速度(m/s)",
    "正中神经L　腕　　　7.8　　　　4.2",
    "　　　　　肘　　　14.9　　　　3.9　　　　19.8",
]


@pytest.mark.parametrize("space", ["\u3000", "\u00a0", "\u2002", "\u202f"])
def test_a_table_aligned_with_wide_or_no_break_spaces_is_text(space: str) -> None:
    """Ideographic and no-break spaces align report columns; str.isprintable() rejects them."""
    note = "\n".join(row.replace("\u3000", space) for row in _TABLE_ROWS) * 3
    assert validate_note(note) == note


@pytest.mark.parametrize("noise", ["\x01\x02\x03\x04", "\x07" * 12, "\x1b\x00"[:1] * 20])
def test_control_characters_are_still_binary(noise: str) -> None:
    """Look-alike: real control characters among the spaces still mark a binary paste."""
    note = "正中神经L\u3000腕\u3000" + noise * 5
    with pytest.raises(NoteError):
        validate_note(note)
