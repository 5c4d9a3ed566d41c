"""A tokenizer for English, Chinese and mixed notes.

* Chinese (CJK) characters are one token each, like spaCy's ``char`` segmenter for Chinese, so
  phrase patterns such as 脾大 match inside 无脾大.
* Latin letters, digits (with decimal points and thousands separators) and each punctuation
  mark are separate tokens, so "HSM(-)" is ``HSM ( - )`` and "49F." is ``49 F .``.
* Whitespace next to a CJK character, line breaks and runs of spaces are kept as tokens: in
  telegraphic Chinese a space separates clauses ("肝脾肋下未及 双下肢水肿(-)") and the context
  rules use those tokens as scope terminators.
* ... except on a letter-spaced line, a report copied from a PDF with a space after every
  character ("脾 脏 ：厚 约 5 . 6 cm ，肋 下 3 . 2 cm"): there a single space separates nothing, so
  it is the trailing space of the token before it, and "脾 脏" is read as 脾脏.
* ... and except a single space that an OCR'd scan left inside a word of the Chinese lexicon
  ("多发性周 围神经病", "色 素沉着", "凹陷性水 肿"): the characters on its two sides, joined, make a
  word of ``targets_zh.yml`` of at least three characters, so it too is the trailing space of the
  token before it. A space between two clauses makes no such word ("未及 双下肢水肿": 及双… is none;
  two-character words are left out, as "腹水 肿瘤" would make 水肿). A Greek light-chain letter written inside
  a Chinese word ("游离κ轻 链", ``ocr_word_marks`` of ``targets_zh.yml``) is part of the word, not its end.

``doc.text`` is always identical to the input, so token offsets index the original note.
"""

from __future__ import annotations

import re
from typing import Dict, List

from spacy.tokens import Doc
from spacy.vocab import Vocab

_CJK_RANGES = (("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"))
_CJK_CHARS = "".join(f"{low}-{high}" for low, high in _CJK_RANGES)
_TOKEN_RE = re.compile(
    r"(?P<space>\s+)"
    rf"|(?P<cjk>[{_CJK_CHARS}])"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    rf"|(?P<word>(?:(?![{_CJK_CHARS}])[^\W\d_])+)"
    r"|(?P<other>.)",
    re.S,
)
_MAX_ORTHS = 50_000  # distinct pieces remembered by a tokenizer (see MixedScriptTokenizer._doc)
_CJK_RE = re.compile(rf"[{_CJK_CHARS}]")
# the same alternatives without groups, for findall; the CJK character first (no other
# alternative matches at one, and it matches no whitespace), as most pieces of a Chinese note are
_PIECE_RE = re.compile(
    rf"[{_CJK_CHARS}]"
    r"|\s+"
    r"|\d+(?:[.,]\d+)*"
    rf"|(?:(?![{_CJK_CHARS}])[^\W\d_])+"
    r"|.",
    re.S,
)
# the same for a text without CJK characters: the CJK alternative never matches there and the
# word's look-ahead always passes, so the pieces are the same, found with fewer steps each
_LATIN_PIECE_RE = re.compile(r"\s+|\d+(?:[.,]\d+)*|[^\W\d_]+|.", re.S)


def _fast() -> bool:
    from nlu.components._text import fast

    return fast()


def _index(items: List[str], value: str, start: int) -> int:
    """``items.index(value, start)``, or -1."""
    try:
        return items.index(value, start)
    except ValueError:
        return -1


def _is_cjk(ch: str) -> bool:
    """Whether a single character (or "") is CJK; compared with the ranges instead of a regex
    match, as this runs once or twice per space of a note."""
    return (_A0 <= ch <= _A1) or (_B0 <= ch <= _B1) or (_C0 <= ch <= _C1)


(_A0, _A1), (_B0, _B1), (_C0, _C1) = _CJK_RANGES

# a CJK character followed by one space and then no other whitespace: the mark of a letter-spaced line
_SPACED_CJK = re.compile(rf"[{_CJK_CHARS}] (?=\S)")
_LINE = re.compile(r"[^\n]+")
_MIN_SPACED = 6  # CJK characters a line needs to be taken as letter-spaced
_SPACED_SHARE = 0.7  # share of its CJK characters followed by one space


_OCR_SPACE = re.compile(rf"(?<=[{_CJK_CHARS}]) (?=[{_CJK_CHARS}])")
_OCR_MIN_WORD = 3
_ocr_lexicon = None
_ocr_marks = None


def _lexicon():
    """(the CJK-only words of ``targets_zh.yml`` of at least ``_OCR_MIN_WORD`` characters, the
    longest one's length), read once."""
    global _ocr_lexicon
    if _ocr_lexicon is None:
        from nlu.rules import load_yaml

        words = set()

        def walk(node):
            if isinstance(node, str):
                if is_cjk_word(ocr_word(node)):
                    words.add(ocr_word(node))
            elif isinstance(node, dict):
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(load_yaml("targets_zh.yml"))
        _ocr_lexicon = (frozenset(words), max(map(len, words), default=0))
    return _ocr_lexicon


def _marks() -> frozenset:
    """The non-CJK characters written inside Chinese words ("游离κ轻链"), read once from
    ``targets_zh.yml`` ``ocr_word_marks``."""
    global _ocr_marks
    if _ocr_marks is None:
        from nlu.rules import load_yaml

        _ocr_marks = frozenset(str(m) for m in load_yaml("targets_zh.yml").get("ocr_word_marks") or [])
    return _ocr_marks


def _in_word(ch: str) -> bool:
    """Whether ``ch`` can be part of a Chinese word: a CJK character or a mark of ``_marks``."""
    return _is_cjk(ch) or (ch != "" and ch in _marks())


def ocr_word(phrase: str) -> str:
    """``phrase`` as an OCR gap would join it: the spaces around a mark dropped ("游离 κ 轻链" ->
    游离κ轻链), so a lexicon phrase written with them can be bridged too."""
    return "".join(phrase.split()) if any(ch in _marks() for ch in phrase) else phrase


def is_cjk_word(word: str) -> bool:
    """Whether ``word`` is a Chinese word long enough to be joined across an OCR space: CJK
    characters (at least ``_OCR_MIN_WORD``) and marks written inside words only."""
    return (all(_in_word(ch) for ch in word)
            and sum(1 for ch in word if _is_cjk(ch)) >= _OCR_MIN_WORD)


def _cjk_run(text: str, pos: int, step: int, limit: int) -> str:
    """Up to ``limit`` characters of Chinese words (``_in_word``) from ``pos`` on in direction
    ``step``, over single spaces between two of them (an OCR'd word may be broken twice), in reading order."""
    out = []
    n = len(text)
    while 0 <= pos < n and len(out) < limit:
        ch = text[pos]
        if _in_word(ch):
            out.append(ch)
        elif not (ch == " " and 0 <= pos + step < n and _in_word(text[pos + step]) and out):
            break
        pos += step
    return "".join(reversed(out)) if step < 0 else "".join(out)


def _broken_words(text: str, words: frozenset, longest: int) -> List[tuple]:
    """(space position, word start, word end) for each single space between two CJK characters
    that lies inside one of ``words`` (the longest such word around it), in the note's offsets."""
    out = []
    for match in _OCR_SPACE.finditer(text):
        p = match.start()
        left = _cjk_run(text, p - 1, -1, longest - 1)
        right = _cjk_run(text, p + 1, 1, longest - 1)
        best = None
        for i in range(1, len(left) + 1):
            for j in range(max(1, _OCR_MIN_WORD - i), min(len(right), longest - i) + 1):
                if left[-i:] + right[:j] in words and (best is None or i + j > best[0] + best[1]):
                    best = (i, j)
        if best is None:
            continue
        start, end = _cjk_span(text, p, -1, best[0]), _cjk_span(text, p, 1, best[1])
        out.append((p, start, end))
    return out


def _cjk_span(text: str, p: int, step: int, count: int) -> int:
    """The offset ``count`` word characters away from the space at ``p`` (over single spaces):
    the word's start (step -1) or its end (step 1)."""
    pos, seen = p, 0
    while seen < count:
        pos += step
        if _in_word(text[pos]):
            seen += 1
    return pos if step < 0 else pos + 1


def ocr_broken_spaces(text: str) -> frozenset:
    """Positions of the single spaces between two CJK characters that lie inside a word of the
    Chinese lexicon (see the module docstring)."""
    if " " not in text or not _OCR_SPACE.search(text):
        return frozenset()
    words, longest = _lexicon()
    return frozenset(p for p, _, _ in _broken_words(text, words, longest))


def close_ocr_gaps(text: str, words: frozenset) -> str:
    """``text`` with each word of ``words`` (CJK, three characters or more) that an OCR'd scan
    broke with single spaces ("血 管内皮生长 因子") written whole, its spaces moved before it
    ("  血管内皮生长因子"): same length, every other character in place, for readers that match
    names in the text (lab values). The word's span then starts a space or two late."""
    if " " not in text or not words or not _OCR_SPACE.search(text):
        return text
    longest = max(map(len, words))
    spans = sorted({(start, end) for _, start, end in _broken_words(text, words, longest)})
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        if start < last:
            continue
        piece = text[start:end]
        joined = piece.replace(" ", "")
        out += [text[last:start], " " * (len(piece) - len(joined)), joined]
        last = end
    out.append(text[last:])
    closed = "".join(out)
    return closed if len(closed) == len(text) else text


def letter_spaced_lines(text: str) -> List[tuple]:
    """(start, end) of each line spaced out character by character ("超 声 所 见 ："): at least
    ``_MIN_SPACED`` CJK characters, ``_SPACED_SHARE`` of them followed by a single space. A
    telegraphic line whose spaces separate clauses ("肝脾肋下未及 双下肢水肿(-)") has few."""
    if not _SPACED_CJK.search(text):
        return []
    ranges = []
    for line in _LINE.finditer(text):
        spaced = len(_SPACED_CJK.findall(line.group()))
        if spaced < _MIN_SPACED:
            continue
        cjk = len(_CJK_RE.findall(line.group()))
        if spaced >= _SPACED_SHARE * cjk:
            ranges.append(line.span())
    return ranges


def _in_ranges(pos: int, ranges: List[tuple]) -> bool:
    return any(start <= pos < end for start, end in ranges)


class _Orths(dict):
    """piece -> its string id in one string store, added on first use."""

    def __init__(self, strings):
        super().__init__()
        self._strings = strings

    def __missing__(self, piece: str) -> int:
        value = self[piece] = self._strings.add(piece)
        return value


class MixedScriptTokenizer:
    """Callable spaCy tokenizer: ``MixedScriptTokenizer(nlp.vocab)(text) -> Doc``."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._orths: Dict[str, int] = _Orths(vocab.strings)  # piece -> its string id
        self._strings = None

    def _doc(self, text: str, words: List[str], spaces: List[bool]) -> Doc:
        """``Doc(vocab, words=words, spaces=spaces)`` from the pieces' string ids: ``Doc``
        then finds each lexeme by id instead of hashing every piece again (a Chinese note is
        ~900 pieces of a few hundred distinct strings). Same lexemes, same Doc."""
        strings = self.vocab.strings
        orths = self._orths
        if self._strings is not strings or len(orths) > _MAX_ORTHS:
            # another string store, or a long run of new numbers and words
            orths = self._orths = _Orths(strings)
            self._strings = strings
        ids = list(map(orths.__getitem__, words))  # a dict look-up in C per piece
        doc = Doc(self.vocab, words=ids, spaces=spaces)
        doc.user_data["poems_text"] = text  # see nlu.components._text.doc_text
        return doc

    def __call__(self, text: str) -> Doc:
        spaced = letter_spaced_lines(text)
        broken = ocr_broken_spaces(text)
        if _fast() and not spaced and not broken:
            return self._fast(text)
        words: List[str] = []
        spaces: List[bool] = []
        for match in _TOKEN_RE.finditer(text):
            kind = match.lastgroup
            piece = match.group()
            if kind == "space":
                start, end = match.span()
                prev_ch = text[start - 1] if start > 0 else ""
                next_ch = text[end] if end < len(text) else ""
                attachable = (
                    piece == " "
                    and words
                    and not spaces[-1]
                    and ((not _is_cjk(prev_ch) and not _is_cjk(next_ch))
                         or (spaced and _in_ranges(start, spaced))
                         or start in broken)
                )
                if attachable:
                    spaces[-1] = True
                    continue
                # a whitespace token must not follow a token that already owns a space
                words.append(piece)
                spaces.append(False)
                continue
            words.append(piece)
            spaces.append(False)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["poems_text"] = text  # see nlu.components._text.doc_text
        return doc

    def _fast(self, text: str) -> Doc:
        """The same tokens as the match loop, from ``findall`` (no match objects): a piece is a
        whitespace run exactly when its first character is whitespace (``\\s+`` is tried first).
        Only single-space pieces can attach to the word before, and such a piece never follows
        another whitespace piece (a run is one piece), so the word before has no space yet: the
        pieces between two attached spaces are taken as they are."""
        if not _CJK_RE.search(text):
            return self._latin(text, _LATIN_PIECE_RE.findall(text))
        pieces = _PIECE_RE.findall(text)
        words: List[str] = []
        spaces: List[bool] = []
        last = len(pieces) - 1
        start = 0
        k = _index(pieces, " ", 1)
        while k >= 0:
            next_ch = pieces[k + 1][0] if k < last else ""
            if not _is_cjk(pieces[k - 1][-1]) and not _is_cjk(next_ch):
                words += pieces[start:k]
                spaces += [False] * (k - start)
                spaces[-1] = True
                start = k + 1
            k = _index(pieces, " ", k + 1)
        words += pieces[start:]
        spaces += [False] * (len(pieces) - start)
        return self._doc(text, words, spaces)

    def _latin(self, text: str, pieces: List[str]) -> Doc:
        """:meth:`_fast` for a text without CJK characters: every single-space piece after the
        first piece attaches to the piece before it (no CJK neighbour), so the words are the
        other pieces and a word owns a space when a single-space piece follows it."""
        words = pieces[:1] + [p for p in pieces[1:] if p != " "]
        following = pieces[1:] + [""]
        spaces = [following[0] == " "] if pieces else []
        spaces += [nxt == " " for p, nxt in zip(pieces[1:], following[1:]) if p != " "]
        return self._doc(text, words, spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # spaCy serialisation hooks: the tokenizer has no state besides the vocab
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "MixedScriptTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "MixedScriptTokenizer":
        return self
