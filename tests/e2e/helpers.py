"""Small helpers for the dialogue end-to-end tests."""

import re
from typing import List

HAN = re.compile(r"[\u4e00-\u9fff]")
# Citations are Chinese in both languages (表2, 二(二)4): ignore them when checking the language.
CITATION = re.compile(r"表\d+|[一二三四五六](?:\([一二三四五六七八九十]+\)\d?)?")


def chinese(text: str) -> bool:
    """The text has Chinese prose (not only citations of the consensus)."""
    return HAN.search(CITATION.sub("", text)) is not None


def assessments(replies: List[dict]) -> List[dict]:
    """The poems_assessment payloads of one REST reply (custom messages)."""
    return [r["custom"] for r in replies if isinstance(r.get("custom"), dict)
            and r["custom"].get("type") == "poems_assessment"]


def customs(replies: List[dict], kind: str) -> List[dict]:
    return [r["custom"] for r in replies if isinstance(r.get("custom"), dict) and r["custom"].get("type") == kind]
