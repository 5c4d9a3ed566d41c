"""A lab value written in Chinese numerals after its test's name ("血小板 六百 ×10^9/L", "VEGF两千三"):
the note's offsets cannot hold its digits (normalisation keeps one character for one), so it is not
read as a value; it is set aside with what it reads as and asked for in digits, never dropped without
a word (labs.yml ``numeral_value``)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from bot.chinese_numbers import chinese_number, counts_no_value, numeral_pattern, vague_at
from bot.number_text import number_text
from nlu.rules import load_yaml


@lru_cache(maxsize=4)
def _rules(directory: Optional[str]) -> Optional[Tuple[Dict[str, "re.Pattern[str]"], str]]:
    data = (load_yaml("labs.yml", Path(directory) if directory else None) or {}).get("numeral_value")
    if not data:
        return None
    numeral = numeral_pattern()
    names = {analyte: re.compile(rf"(?:{pattern}){data['gap']}(?P<num>{numeral})") for analyte, pattern
             in data["names"].items()}
    return names, data["unit"]


def numeral_values(text: str, read: List[Tuple[int, int]], directory: Optional[str] = None) -> List[dict]:
    """Warnings (``Warning_`` fields, reason ``numeral_words``) for the values of ``text`` written in
    Chinese numerals after a test's name, where the lab reader read nothing (``read``: the spans of
    the values it read)."""
    rules = _rules(directory)
    if rules is None or not re.search(r"[一二两三四五六七八九十百千]", text):
        return []
    names, unit_pattern = rules
    out: List[dict] = []
    for analyte, pattern in names.items():
        for m in pattern.finditer(text):
            start, end = m.span("num")
            if any(a < end and start < b for a, b in read):
                continue
            try:
                value = chinese_number(m.group("num"))
            except ValueError:  # two values side by side ("两三千"): read as neither
                value = None
            if value is None or vague_at(text, start, end) or counts_no_value(text, end) \
                    or text[end:end + 1] in ("多", "余"):  # "血小板五百多": a bound the targets read
                continue
            unit = re.match(unit_pattern, text[end:])
            written = m.group("num") + (unit.group(0) if unit else "")
            shown = number_text(value) + (" " + unit.group(0).strip() if unit else "")
            out.append({"kind": "lab", "analyte": analyte, "reason": "numeral_words", "start": start,
                        "end": end + (unit.end() if unit else 0),
                        "message": f"{written.strip()} is written in Chinese numerals ({shown}?)",
                        "message_zh": f"{written.strip()}是中文数字(即{shown}?)"})
    return out
