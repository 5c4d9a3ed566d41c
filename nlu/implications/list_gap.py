"""What may stand between two members of one list (read by the list passes: nlu/implications/
lists.py, negated_lists.py)."""

from __future__ import annotations

import re
from typing import Iterable, Pattern

# what may stand between two tests of one list: "Testosterone, TSH, AM cortisol and prolactin
# normal", "LH/FSH/oestradiol (postmenopausal) all normal", "性激素、甲功、皮质醇、PRL均正常"; an article
# or a possessive before a member keeps the list whole ("thyroid function, prolactin and a 9 am cortisol
# were all normal", "his TSH and his testosterone were normal")
_GAP_PARTS = (r"\s|[,，、/&+]|and|or|as well as|和|及|与|以及|或|[\(（][^\)）\n]{0,30}[\)）]"
              r"|(?<![A-Za-z])(?:a|an|the|his|her|their)(?![A-Za-z])")
LIST_GAP = re.compile(rf"^(?:{_GAP_PARTS})*$", re.I)


def list_gap(members: Iterable[str]) -> Pattern[str]:
    """``LIST_GAP`` that also lets through the list members that are no POEMS finding
    (implications.yml ``list_gap_members``: "Hb, WCC and platelets normal", "血红蛋白、白细胞、
    血小板均正常"), so the members around them stay one list."""
    words = sorted({str(w) for w in members}, key=len, reverse=True)
    if not words:
        return LIST_GAP
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^(?:{_GAP_PARTS}|(?<![A-Za-z])(?:{alternatives})(?![A-Za-z]))*$", re.I)
