"""Small helpers to compile phrase lists from the rule files into regular expressions, and to
read a doc's text once.

Speed: Python's ``re`` tries every branch of a long alternation at every position of a note when
the branches start with a look-behind (word boundaries), which made the phrase scans the
largest cost of the pipeline. :func:`first_char_guard` puts a one-character look-ahead (the
characters any phrase can start with, under the same case rule) in front, so most positions fail
on one class test. The guard only filters positions where no branch can match: the matches are
the same. :func:`reference_mode` builds patterns without the guard (for the equivalence tests).
"""


import contextlib
import re
from typing import Dict, Iterable, List, Optional, Tuple

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

_FAST = True  # False only while building a reference pipeline (tests)


@contextlib.contextmanager
def reference_mode():
    """Build components without the speed-ups (the straightforward reference path)."""
    global _FAST
    saved = _FAST
    _FAST = False
    try:
        yield
    finally:
        _FAST = saved


def fast() -> bool:
    return _FAST


def doc_text(doc) -> str:
    """``doc.text`` without rebuilding it from the tokens each time (spaCy joins every token on
    each access): the tokenizer keeps the text in ``doc.user_data``."""
    text = doc.user_data.get("poems_text") if _FAST else None
    if text is None or not len(doc) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        return doc.text
    return text


def stretch_start(text: str, start: int, separator: "re.Pattern", reach: Optional[int] = None) -> int:
    """Where the stretch of ``text`` holding ``start`` opens: the end of the last ``separator``
    match before ``start`` (searched from ``start - reach`` when a reach is given), else the
    note's start (or ``start - reach``)."""
    lo = 0 if reach is None else max(0, start - reach)
    return max((m.end() for m in separator.finditer(text, lo, start)), default=lo)


def stretch_end(text: str, end: int, separator: "re.Pattern", reach: Optional[int] = None) -> int:
    """Where the stretch of ``text`` holding ``end`` closes: the start of the first ``separator``
    match from ``end``, else the note's end (or ``end + reach``)."""
    found = separator.search(text, end)
    if found:
        return found.start()
    return len(text) if reach is None else min(len(text), end + reach)


def stretch(text: str, start: int, end: int, separator: "re.Pattern",
            reach: Optional[int] = None) -> Tuple[int, int]:
    """The stretch of ``text`` around ``start:end`` bounded by ``separator`` matches (a sentence,
    a clause, a paragraph): :func:`stretch_start`, :func:`stretch_end`. With ``reach`` it opens
    at most that many characters before ``start``, and runs at most that far past ``end`` when
    no separator follows."""
    return stretch_start(text, start, separator, reach), stretch_end(text, end, separator, reach)


def _units(phrase: str) -> List[str]:
    """The regex of each character of a phrase (see :func:`phrase_body`)."""
    parts = []
    for ch in phrase:
        if ch == " ":
            parts.append(r"\s*")
        elif ch == "-":
            parts.append(r"[-‐–\s]?")
        else:
            parts.append(re.escape(ch))
    return parts


def phrase_body(phrase: str) -> str:
    """Regex for one phrase without word boundaries: spaces match any whitespace, hyphens match
    a hyphen, space or nothing."""
    return "".join(_units(phrase))


def trie_alternation(phrases: Iterable[str]) -> str:
    """The alternation of the phrases' bodies (:func:`phrase_body`) with common beginnings
    written once (a trie): the same set of strings, so a match starts at the same positions,
    but ``re`` tries one branch per distinct next character instead of one per phrase. Which
    of two matches at one position is taken may differ: only for scans that use positions."""
    return "(?:" + _trie(phrases, bounded=False) + ")"


def _trie(phrases: Iterable[str], bounded: bool) -> str:
    """The phrases' units (:func:`_units`) as a trie regex, children in the phrases' order;
    ``bounded``: a Latin letter or a digit that opens (ends) a phrase checks the word start
    (end) there, as :func:`phrase_regex` does."""
    end = ""  # a trie key no unit has (units are never empty)
    root: dict = {}
    for phrase in phrases:
        node = root
        for unit in _units(phrase):
            node = node.setdefault(unit, {})
        node[end] = _WORD_END if bounded and _LATIN_OR_DIGIT.match(phrase[-1:]) else ""

    def emit(node: dict, top: bool = False) -> str:
        alternatives = [(_WORD_START if bounded and top and _LATIN_OR_DIGIT.match(unit) else "")
                        + unit + emit(child) for unit, child in node.items() if unit != end]
        if end in node:  # go on first; stop here when nothing longer matches
            alternatives.append(node[end])
        if not alternatives:
            return ""
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return emit(root, top=True)


# a phrase that opens (ends) with one of these characters checks the word start (end) there
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_WORD_START = r"(?<![A-Za-z0-9])"
_WORD_END = r"(?![A-Za-z])"


def phrase_regex(phrase: str) -> str:
    """Regex for one phrase: Latin phrases get word boundaries (see :func:`phrase_body`)."""
    body = phrase_body(phrase)
    if _LATIN_OR_DIGIT.match(phrase[:1]):
        body = _WORD_START + body
    if _LATIN_OR_DIGIT.match(phrase[-1:]):
        body = body + _WORD_END
    return body


def alternation(phrases: Iterable[str]) -> str:
    items = sorted({str(p) for p in phrases if str(p)}, key=len, reverse=True)
    return "(?:" + "|".join(phrase_regex(p) for p in items) + ")"


def first_char_guard(phrases: Iterable[str]) -> str:
    """A zero-width look-ahead for the first characters of the phrases' regexes
    (:func:`phrase_regex`), case-insensitive (a superset for case-sensitive phrases), or "" when
    a phrase does not start with a literal character or in reference mode."""
    if not _FAST:
        return ""
    chars = set()
    for p in phrases:
        p = str(p)
        if not p:
            continue
        if p[0] in " -":
            return ""
        chars.add(p[0])
    if not chars:
        return ""
    cls = "".join(re.escape(c) for c in sorted(chars))
    return f"(?i:(?=[{cls}]))"


def compile_phrases(phrases: Iterable[str], case_sensitive: Iterable[str] = ()) -> "re.Pattern":
    phrases = [str(p) for p in phrases]
    sensitive = [str(p) for p in case_sensitive]
    guard = first_char_guard(phrases + sensitive)
    insensitive = alternation(phrases)
    if sensitive:
        return re.compile(f"{guard}(?:(?i:{insensitive})|{alternation(sensitive)})")
    return re.compile(guard + insensitive, re.I)


class FirstCharPhrases:
    """``compile_phrases(phrases, case_sensitive)`` whose ``match`` at a position tries only the
    phrases that can start with the character there.

    Why: ``match`` on a long phrase alternation walks every branch (each a look-behind and a first
    character) at each position tried; in a pipeline that has pushed the pattern out of the CPU
    caches, one try of the ~140 non-response phrases costs several microseconds, and the
    treatment scans try every position of their pre-scan hits. Same matches: a branch starts with
    its phrase's first character (a look-behind before it reads nothing), so at a position only
    the branches whose first character matches the one there can match, and the first of them in
    the pattern's order that matches is the whole pattern's match. The sub-patterns keep that
    order and the case rules; a character they were not built for is matched by the whole
    pattern (``pattern``)."""

    def __init__(self, phrases: Iterable[str], case_sensitive: Iterable[str] = ()):
        phrases = [str(p) for p in phrases]
        sensitive = [str(p) for p in case_sensitive]
        self._phrases, self._sensitive = phrases, sensitive
        self._pattern: Optional["re.Pattern"] = None
        self._by_char: Dict[str, Optional["re.Pattern"]] = {}
        guard = first_char_guard(phrases + sensitive)
        # the whole pattern opens with this look-ahead: where it fails, so does the pattern
        self._guard: Optional["re.Pattern"] = re.compile(guard) if guard else None
        if self._guard is None:
            self._pattern = compile_phrases(phrases, sensitive)
            return  # reference mode, or a phrase opening with a space or a hyphen: no split
        insensitive, sensitive = _by_length(phrases), _by_length(sensitive)
        firsts = {p[0] for p in insensitive + sensitive}
        for ch in {v for c in firsts for v in (c, c.lower(), c.upper()) if len(v) == 1}:
            own = [p for p in insensitive if re.fullmatch(re.escape(p[0]), ch, re.I)]
            exact = [p for p in sensitive if p[0] == ch]
            self._by_char[ch] = _sub_pattern(own, exact)

    @property
    def pattern(self) -> "re.Pattern":
        """The whole phrase pattern, compiled on first use. The split and the guard answer every
        position but one whose character only a Unicode case fold relates to a phrase's first
        character (the Kelvin sign, the long s), so a pipeline rarely needs it; compiling it is
        most of what these phrases cost at start-up (about 1 s for the ~2 800 non-response phrases)."""
        if self._pattern is None:
            self._pattern = compile_phrases(self._phrases, self._sensitive)
        return self._pattern

    def match(self, text: str, pos: int) -> Optional["re.Match"]:
        """``self.pattern.match(text, pos)``."""
        ch = text[pos:pos + 1]
        if ch not in self._by_char:
            if self._guard is not None and self._guard.match(text, pos) is None:
                return None
            return self.pattern.match(text, pos)
        sub = self._by_char[ch]
        return sub.match(text, pos) if sub is not None else None

    def finditer(self, text: str):
        return self.pattern.finditer(text)


def _by_length(phrases: List[str]) -> List[str]:
    """The phrases in :func:`alternation`'s order (the longest first), without empties."""
    return sorted({p for p in phrases if p}, key=len, reverse=True)


def bounded_trie(phrases: Iterable[str]) -> str:
    """:func:`alternation` of the phrases (their regexes, word boundaries included) with common
    beginnings written once (a trie): at a position it takes the match the longest-first
    alternation takes. ``re`` walks the trie depth first, going on before stopping, so of two
    phrases one of which begins the other the longer is tried first, as in the alternation; two
    phrases that are not one the other's beginning part at a character, and both can match only
    where their characters' regexes overlap (a space, a hyphen, a case), on the same span. A
    phrase that opens (ends) with a Latin letter or a digit checks the word start (end) there,
    as its own regex does. In reference mode: :func:`alternation` itself."""
    items = sorted({str(p) for p in phrases if str(p)}, key=len, reverse=True)
    return "(?:" + _trie(items, bounded=True) + ")" if _FAST else alternation(items)


def _sub_pattern(insensitive: List[str], sensitive: List[str]) -> Optional["re.Pattern"]:
    """The branches of :func:`compile_phrases` for these phrases, the case-insensitive ones
    first as there, each group as a trie (:func:`bounded_trie`: hundreds of phrases that share
    their first words are tried one branch per next character, not one per phrase), or None
    when there are none."""
    parts = []
    if insensitive:
        parts.append("(?i:" + bounded_trie(insensitive) + ")")
    if sensitive:
        parts.append(bounded_trie(sensitive))
    return re.compile("(?:" + "|".join(parts) + ")") if parts else None


def compile_alternation(phrases: Iterable[str], flags: int = re.I) -> "re.Pattern":
    """``re.compile(alternation(phrases), flags)`` with the first-character guard (as a trie:
    :func:`bounded_trie`)."""
    phrases = [str(p) for p in phrases]
    return re.compile(first_char_guard(phrases) + bounded_trie(phrases), flags)


def compile_prescan(phrases: Iterable[str]) -> "re.Pattern":
    """The phrases without word boundaries and case rules, for one scan of a whole note: a
    substring that :func:`compile_phrases` matches in any part of the note contains (or starts)
    a match of this pattern, so a part no match of it touches holds no phrase."""
    phrases = sorted({str(p) for p in phrases if str(p)}, key=len, reverse=True)
    if _FAST:  # the same strings as a trie (only the match positions are used)
        return re.compile(first_char_guard(phrases) + trie_alternation(phrases), re.I)
    return re.compile(first_char_guard(phrases) + "(?:" + "|".join(phrase_body(p) for p in phrases)
                      + ")", re.I)


def matches_at(regex: "re.Pattern", text: str, starts: List[int]) -> List["re.Match"]:
    """``list(regex.finditer(text))`` when every match of ``regex`` in ``text`` starts at one of
    ``starts`` (sorted), as the prescans guarantee: ``finditer`` takes the first position from
    where it stands at which ``regex.match`` succeeds (no anchors in the phrase regexes), and goes
    on from the match's end. An empty match falls back to ``finditer`` on the whole text."""
    out: List["re.Match"] = []
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = regex.match(text, p)
        if m is None:
            continue
        if m.end() == m.start():
            return list(regex.finditer(text))
        out.append(m)
        pos = m.end()
    return out
