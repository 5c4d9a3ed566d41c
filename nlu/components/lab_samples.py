"""The sample (serum / plasma) written after a lab value, read in one place for the lab reader
(``LabValues``) and for the extractor (a sample stated after the value alone).
"""

import re
from typing import NamedTuple, Optional

from nlu.components._text import alternation


class SampleWord(NamedTuple):
    """A sample word read after a value: the sample, where its word ends, and whether it is
    settled there (in the value's own bracket, or ending the value's clause)."""

    sample: str
    end: int
    settled: bool


# a bracket right after a value and its unit: "(ref < 500)", "（参考值 0-142，血浆）"
# (a flag may stand between the value and the bracket: "1560  pg/ml  ↑  (0-142)  血清", "1,560 pg/mL H (62-707) serum")
_DOUBT = re.compile(r"[?？¿]")
_AFTER_BRACKET = re.compile(r"[ \t]*(?:(?:[↑↓]+|[HL](?=[ \t]))[ \t]*)?[\(\[（【](?P<body>[^\(\)\[\]（）【】\n]{1,60})[\)\]）】]")


class SampleAfter:
    """The one reader of the sample (serum / plasma) written after a value, for both places it
    is written: after the value alone ("1850 pg/mL (plasma, EDTA)", "742 pg/mL in serum.",
    "380 pg/mL, serum"; read by nlu/extractor.py) and between the unit and the reference range
    ("296 pg/mL plasma (ref 31-86)", "3,120 pg/ml in serum (normal 62-707)"; read here). Words
    from labs.yml ``samples``, led by ``sample_after_lead`` ("in the", "from")."""

    def __init__(self, data: dict):
        samples = data.get("samples") or {}
        self.words = {w.lower(): s for s in ("serum", "plasma") for w in samples.get(s, [])}
        words = alternation(self.words)
        self.pattern = re.compile(
            r"\s*(?:[\(\[（【]\s*(?P<w>" + words + r")|(?:[,，;；\(\[（【]\s*)?"
            + data.get("sample_after_lead", "") + r"(?P<bare>" + words + r"))(?![A-Za-z])"
            # a sample in doubt names none ("（血浆？血清？报告未注明）", "(plasma or serum?)", "血浆/血清")
            + r"(?!\s*(?:[?？¿]|(?:or|或|还是|或者)\s*(?:" + words + r")|[/／]\s*(?:" + words + r")))",
            re.I) if self.words else None
        self.inside = re.compile(r"(?<![A-Za-z])(?:" + words + r")(?![A-Za-z])", re.I) if self.words else None
        # a bare word ends the value's clause when a bracket or punctuation follows it (not
        # "1850 pg/mL, serum IFE negative", where it names the next test's sample), or when it
        # ends its line, as the sample column of a report row ("1560  pg/ml  ↑  (0-142)  血清"), or a dictated
        # pause after the Chinese word ends it ("vegf 8.5纳克每毫升 血清 B超…", "3400皮克每毫升 血清的 IFE还是阴性")
        self.clause_end = re.compile(r"\s*(?:[\(\[（【,，;；.。)\]]|$)|[ \t]*\n|的|(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fffA-Za-z])")

    def read_past_bracket(self, text: str, pos: int) -> Optional[SampleWord]:
        """The sample named in or right after a bracket that follows the value ("1,020 pg/mL
        (ref < 500), plasma.", "1020 pg/mL (ref <500, plasma)"): one sample word inside the
        bracket, or a settled one after it; None when the bracket names both or neither."""
        bracket = _AFTER_BRACKET.match(text, pos)
        if bracket is None or self.pattern is None:
            return None
        inside = {self.words[w.lower()] for w in self.inside.findall(bracket.group("body"))}
        if inside and _DOUBT.search(bracket.group("body")):
            return None  # "（血浆？）": the sample in doubt is none
        if len(inside) == 1:
            return SampleWord(inside.pop(), bracket.end(), True)
        if inside:
            return None
        word = self.read(text, bracket.end())
        return word if word is not None and word.settled else None

    def read(self, text: str, pos: int) -> Optional[SampleWord]:
        """The sample word right after ``pos``; a bare one that does not end the clause is not
        settled: it is the value's only where a reference range follows it."""
        found = self.pattern.match(text, pos) if self.pattern is not None else None
        if found is None:
            return None
        word = found.group("w") or found.group("bare")
        settled = found.group("w") is not None or bool(self.clause_end.match(text, found.end()))
        return SampleWord(self.words[word.lower()], found.end(), settled)
