"""The start class of a regex (nlu.components.start_chars) holds the first character of every
match, so a scan started at its first hit finds the matches of ``finditer``; and the unit forms
tried at a character are those that can match there."""

import random
import re

from nlu.components._text import reference_mode
from nlu.components.start_chars import StartScan, start_class

_CHARS = ["a", "A", "k", "K", "\u212a", "s", "S", "\u017f", "i", "I", "\u0130", "\u0131", "µ",
          "μ", "M", "F", "H", "b", "/", " ", "\t", "\n", "-", ".", ",", "(", "（", "1", "9", "0",
          "男", "女", "岁", "血", "清", ":", "："]

_PATTERNS = [
    r"(?<![\w.])(?P<age>\d{1,3})\s?(?:-?\s?(?:years?|y)\s?-?\s?(?:old|o)?|岁)?\s?-?(?P<sex>(?-i:M|F)|male|女)",
    r"(?<![A-Za-z])(?P<sex>male|female|man|woman)\s*[,，]?\s*(?P<age>\d{1,3})",
    r"(?<![A-Za-z])(?:(?:Hb|Hgb|HB)\s*/\s*(?:Hct|HCT)|H\s*/\s*H)(?![A-Za-z])",
    r"(?im)^[ \t]*(?:(?P<urine>urine|尿液)|(?P<serum>serum|血清))[^\n:：]{0,24}[:：]",
    r"(?:(?:标本|specimen(?:\s+type)?)\s*[:：]\s*|[\(（]\s*(?=(?:血清|serum)\s*[\)）]))(?P<w>血清|serum)",
    r"(?i)浆细胞|plasma[ -]?cells?|CD138|IHC|kappa",
    r"\bsex\s*[:：]?\s*(?P<sex>male|(?-i:M|F)|男)",
    r"[x×X\*✕]?\s*10\s*⁹\s*/\s*l",
    r"(?:cells\s*)?/\s*cu\.?\s*mm(?![a-z0-9³^])",
    r"(?i:(?=[ks]))(?:(?<![A-Za-z0-9])kappa(?![A-Za-z])|(?<![A-Za-z0-9])s\s*flc)",
    r"gm?s?\s*/\s*l(?![a-z])",
    r"μg|µg|\u212a",
]


def _texts(rng, n=300):
    return ["".join(rng.choice(_CHARS) for _ in range(rng.randrange(0, 40))) for _ in range(n)]


def test_start_class_holds_every_match_start():
    rng = random.Random(41)
    texts = _texts(rng)
    for source in _PATTERNS:
        for flags in (0, re.I):
            regex = re.compile(source, flags)
            starts = start_class(regex)
            assert starts is not None, source
            for text in texts:
                for p in range(len(text)):
                    if regex.match(text, p):
                        assert starts.match(text, p), (source, flags, text, p)


def test_start_scan_finds_the_matches_of_finditer():
    rng = random.Random(43)
    texts = _texts(rng, 600)
    for source in _PATTERNS:
        for flags in (0, re.I):
            regex = re.compile(source, flags)
            scan = StartScan(regex)
            for text in texts:
                expected = [(m.span(), m.groups()) for m in regex.finditer(text)]
                assert [(m.span(), m.groups()) for m in scan.finditer(text)] == expected


def test_no_class_when_the_start_cannot_be_read():
    for source in (r".x", r"[^a]b", r"a?", r"(?=a).", r"(?i)[a-z]x", r"x*", r"(a)?\1"):
        assert start_class(re.compile(source)) is None, source
    with reference_mode():
        assert StartScan(re.compile("ab")).starts is None


def test_unit_forms_tried_at_a_character_keep_the_unit_read():
    from nlu.components.labs import LabValues

    labs = LabValues()
    rng = random.Random(47)
    units = ["pg/ml", "x10^9/L", "×10⁹/l", "g/dl", "mg/L", "万/μl", "cells/cu mm", "%", "％",
             "mmol/l", "G/L", "k/µl", "lakhs/cumm", "ml/min/1.73m2", "IU"]
    for _ in range(400):
        text = rng.choice(units) + rng.choice(["", " ", "x", "/", "a", "1"]) + rng.choice(units)
        for pos in range(len(text) + 1):
            best = (None, pos)
            for canonical, pattern in labs.unit_forms:  # the loop without the character filter
                m = pattern.match(text, pos)
                if m and (m.end() > best[1] or (m.end() == best[1] and canonical in ("g/L",)
                                                and best[0] not in ("g/L",))):
                    if m.end() < len(text) and re.match(r"[A-Za-z]", text[m.end()]) \
                            and re.match(r"[A-Za-z]", text[m.end() - 1]):
                        continue
                    best = (canonical, m.end())
            assert labs._unit_at(text, pos, ("g/L",)) == best, (text, pos)


def test_start_scan_hops_find_the_matches_of_finditer():
    """Long texts where the start characters are sparse (the hops), dense (the hops hand over
    to ``finditer``) or both, scanned from and to a position."""
    rng = random.Random(53)
    filler = ["。", "—", "z", "q", "患", "者", "\n"]
    texts = []
    for _ in range(300):
        density = rng.choice([0.02, 0.1, 0.5, 1.0])
        texts.append("".join(rng.choice(_CHARS) if rng.random() < density else rng.choice(filler)
                             for _ in range(rng.randrange(0, 400))))
    for source in _PATTERNS:
        for flags in (0, re.I):
            regex = re.compile(source, flags)
            scan = StartScan(regex)
            assert scan.starts is not None, source
            for text in texts:
                pos = rng.randrange(0, len(text) + 1)
                end = rng.randrange(pos, len(text) + 1)
                for a, b in ((0, None), (pos, end)):
                    expected = [(m.span(), m.groups()) for m in regex.finditer(text, a, len(text) if b is None else b)]
                    assert [(m.span(), m.groups()) for m in scan.finditer(text, a, b)] == expected, (source, text, a, b)
