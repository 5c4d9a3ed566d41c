"""Offset-preserving normalisation: every change replaces one character by one character, so a
span of the normalised text is the same span of the original note.

* full-width ASCII forms (ＩＦＥ, （, ：, ，, ５００) -> ASCII; ideographic space -> space;
* traditional Chinese characters -> simplified ones (周邊神經病變 -> 周边神经病变; the table is
  data, ``nlu/rules/zh_traditional.yml``), so notes from Hong Kong and Taiwan meet the
  simplified lexicons; pinyin slips -> the word meant (麻目 -> 麻木, 水种 -> 水肿; whole words,
  ``nlu/rules/zh_typos.yml``); written Cantonese -> Mandarin (冇 -> 无, 摸唔到 -> 摸不到, 仲係 -> 还是;
  ``nlu/rules/zh_cantonese.yml``);
* OCR's letters for digits in a number ("２O４O", "３l２", "８〇") -> the digits;
* minus and dash look-alikes in "(−)" -> "-"; an en or em dash inside a word ("Guillain–Barré") -> "-";
* a word split by a hyphen at a line break ("demyeli-\\nnating") -> the word, then spaces, when
  the joined word is one of the English lexicons' (a compound keeps its hyphen);
* a single line break inside a hard-wrapped English sentence ("LH not\\nraised") -> space;
* carriage returns -> space;
* a value corrected at once ("platelets 4500? no 450", "PLT 4500，不对，是450") -> spaces, with the
  words correcting it (document.yml ``corrected_value``), so the corrected value is the one read;
* a case report's reference list (its heading and every line after it) -> spaces;
* a question mark glued to the front of a word (?papilloedema), or standing alone before one
  ("? 视乳头水肿", "Fundi: ? papilloedema") -> an inverted one (a forward query), except on a
  letter-spaced line ("水 肿 ？请 结 合 临 床", see nlu/tokenizer.py), where it queries the words before;
* a minus glued to the end of a word (HSM-, LAD-), or standing alone after a finding or a field
  and closing it ("Ascites: -", "edema -, LAD -", "腹水: -") -> a superscript minus (a
  telegraphic negative).
"""

from __future__ import annotations

import re
from typing import Dict, Optional

from nlu.prefilter import PrefilteredPattern
from nlu.rules import load_yaml, rules_dir
from nlu.tokenizer import letter_spaced_lines


def _char_pairs(lines) -> Dict[int, int]:
    """A translation table from lines of two-character pairs ("冇无 唔不"), one character for one,
    so the mapping keeps the note's length."""
    table: Dict[int, int] = {}
    for line in lines:
        for pair in line.split():
            written, meant = pair
            table[ord(written)] = ord(meant)
    return table


def _traditional_table(data: dict) -> Dict[int, int]:
    """Traditional -> simplified characters from ``zh_traditional.yml``."""
    return _char_pairs([data.get("also") or "", data.get("variants") or ""] + list(data.get("characters") or []))


def _words_pattern(words: Dict[str, str]) -> "re.Pattern[str]":
    """One alternation of the words, the longest first (a word inside a longer one yields to it)."""
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _traditional_words(data: dict) -> Dict[str, str]:
    """Words whose traditional spelling is mapped only as a whole word (沉著 -> 沉着; 著 alone
    stays, as in 显著), each a pair ``traditional simplified`` of the same length; the same form
    serves the pinyin slips of ``zh_typos.yml`` (麻目 -> 麻木)."""
    words: Dict[str, str] = {}
    for item in (data.get("words") or "").split(","):
        if item.strip():
            traditional, simplified = item.split()
            assert len(traditional) == len(simplified)
            words[traditional] = simplified
    return words


_TRADITIONAL = load_yaml("zh_traditional.yml")
_TABLE = _traditional_table(_TRADITIONAL)
_CANTONESE = load_yaml("zh_cantonese.yml")
_CANTONESE_MARKERS = re.compile("[%s]%s" % (_CANTONESE["markers"], "".join(
    "|" + re.escape(word) for word in (_CANTONESE.get("marker_words") or "").split())))
_CANTONESE_WORDS = _traditional_words(_CANTONESE)
_CANTONESE_WORDS_RE = _words_pattern(_CANTONESE_WORDS)
_WORDS = {**_traditional_words(_TRADITIONAL), **_traditional_words(load_yaml("zh_typos.yml"))}
_WORDS_RE = _words_pattern(_WORDS)
_TABLE.update({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})
_TABLE.update({0x3000: 0x20, 0x2212: 0x2D, 0x2010: 0x2D, 0x2011: 0x2D, 0xFE63: 0x2D,
               0x0D: 0x20, 0x00A0: 0x20, 0x2009: 0x20, 0x202F: 0x20})
_CANTONESE_TABLE = {**_TABLE, **_char_pairs([_CANTONESE["characters"]])}


_BIBLIOGRAPHY = re.compile(load_yaml("document.yml")["bibliography"])
_NOT_LINE_BREAK = re.compile(r"[^\n]")


_TICK = load_yaml("document.yml")["tick_box"]
_BOX = re.compile("(?P<ticked>%s)|(?P<unticked>%s)" % (_TICK["ticked"], _TICK["unticked"]))
_BOX_CHARS = re.compile(r"[\[☐☒☑■□]")
_NEXT_QUESTION = re.compile(_TICK["next_question"])


def _box_groups(line: str, boxes: list) -> list:
    """The questions of one line, each as (question start, [(box, option end)]): a line may hold
    several questions one after another ("Edema: [x] yes [ ] no. Ascites: [ ] yes [x] no."); the words
    between two boxes that end with a question and its colon after a full stop, a semicolon, a comma or
    two spaces ("no. Ascites:") close one question's last option and start the next question
    (``nlu/rules/document.yml`` tick_box next_question). Without that break the line is one question."""
    groups = [(0, [])]
    for i, box in enumerate(boxes):
        end = boxes[i + 1].start() if i + 1 < len(boxes) else len(line)
        split = _NEXT_QUESTION.match(line, box.end(), end) if i + 1 < len(boxes) else None
        if split:
            groups[-1][1].append((box, split.end("option")))
            groups.append((split.start("question"), []))
        else:
            groups[-1][1].append((box, end))
    return groups


def _tick_boxes(text: str) -> str:
    """A line of a form answered by ticking one of its boxes -> the question and the ticked
    answer ("Peripheral oedema  [x] Yes  [ ] No" -> "Peripheral oedema: Yes."): each empty box and
    the words of its option, and the ticked box's mark, become spaces; a colon after the question
    and a full stop after the answer each take the place of a space. A question whose boxes are all
    empty is blanked; a line with one box is left alone (``nlu/rules/document.yml`` tick_box).
    Several questions on one line are each answered on their own (:func:`_box_groups`)."""
    out = None
    offset = 0
    for line in text.split("\n"):
        boxes = list(_BOX.finditer(line)) if _BOX_CHARS.search(line) else []
        if len(boxes) >= 2:
            if out is None:
                out = list(text)
            groups = _box_groups(line, boxes)
            for g, (q_start, group) in enumerate(groups):
                group_end = group[-1][1]
                if g + 1 < len(groups) and line[group_end] in ",，":
                    out[offset + group_end] = "."  # "no, Ascites:" -> "no. Ascites:": the next question
                if not any(box.group("ticked") for box, _ in group):
                    out[offset + q_start:offset + group_end] = _NOT_LINE_BREAK.sub(" ", line[q_start:group_end])
                    continue
                for box, end in group:
                    if box.group("unticked"):
                        out[offset + box.start():offset + end] = " " * (end - box.start())
                        continue
                    out[offset + box.start():offset + box.end()] = " " * (box.end() - box.start())
                    answer_end = box.end() + len(line[box.end():end].rstrip())
                    if answer_end < len(line) and line[answer_end - 1] not in ".。;；" \
                            and line[answer_end] in " \t,，":
                        out[offset + answer_end] = "."
                question = line[q_start:group[0][0].start()].rstrip()
                if question and question[-1] not in ":：" and q_start + len(question) < group[0][0].start():
                    out[offset + q_start + len(question)] = ":"
        offset += len(line) + 1
    return text if out is None else "".join(out)


_OPTIONS = re.compile(load_yaml("document.yml")["answer_options"])
_UNANSWERED = re.compile(r"[ \t]*:?[ \t]*(?=\n|$)")


def _answer_options(text: str) -> str:
    """A form question's bracket of answers ("Papilledema (Y/N): N") -> spaces, so the question
    reads "Papilledema      : N"; a question with nothing after its colon on its line is blanked
    whole, unanswered (``nlu/rules/document.yml`` answer_options)."""
    out = None
    for match in _OPTIONS.finditer(text):
        if out is None:
            out = list(text)
        start, end = match.start(), match.end()
        if _UNANSWERED.match(text, end):
            start = text.rfind("\n", 0, start) + 1
            end = text.find("\n", end)
            end = len(text) if end < 0 else end
        out[start:end] = _NOT_LINE_BREAK.sub(" ", text[start:end])
    return text if out is None else "".join(out)


def _lexicon_words() -> frozenset:
    """Every word of four letters or more in the English lexicons and rule files: the words a
    hyphenated line break may split ("poly-\\nneuropathy") that the NLU reads."""
    words = set()
    for name in _LEXICON_FILES:
        raw = (rules_dir() / name).read_text(encoding="utf-8")
        words.update(w.lower() for w in _WORD.findall(raw))
    return frozenset(words)


# a word split at the end of a line by a hyphen, in text copied from a PDF ("demyeli-\nnating",
# "optic disc swell-\ning"): the fragment before the hyphen and the lower-case one after the break
_SPLIT_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z]*[a-z])-[ \t]*\n[ \t]*([a-z]+)")
_WORD = re.compile(r"[A-Za-z]{4,}")
_LEXICON_FILES = ("targets_en.yml", "context_en.yml", "tests.yml", "labs.yml", "treatment.yml",
                  "immunofixation.yml")
_LEXICON_WORDS = _lexicon_words()


def _joined(word: str, written: str) -> str:
    """``word`` padded with spaces to the length of ``written`` (spans stay the original's) when the
    lexicons know it; ``written`` unchanged otherwise."""
    if word.lower() not in _LEXICON_WORDS:
        return written
    return word + " " * (len(written) - len(word))


# a word typed or recognised letter by letter ("V E G F（血 清）２１５０", "I V I G"; full-width letters are
# ASCII by now): capital letters each followed by one space, four or more
_SPACED_LETTERS = re.compile(r"(?<![A-Za-z0-9])[A-Z](?: [A-Z]){3,}(?![A-Za-z0-9])")


def _join_spaced_letters(match: "re.Match") -> str:
    """"V E G F" -> "VEGF" and its spaces after it, when the joined word is one of the lexicons'
    (other capitals spaced out, "A B C D", stay as written)."""
    return _joined(match.group().replace(" ", ""), match.group())


def _join_split_word(match: "re.Match") -> str:
    """"swell-\\ning" -> "swelling" and spaces in place of the hyphen and the break, when the
    joined word is one of the lexicons' ("IVIG-\\nrefractory", "lenalidomide-\\ndexamethasone"
    keep their hyphen: a compound, not a split word)."""
    return _joined(match.group(1) + match.group(2), match.group())


def _blank_bibliography(text: str) -> str:
    """A case report's reference list (its heading to the end of the note) -> spaces: the titles of
    cited papers are not findings of the patient (``nlu/rules/document.yml``)."""
    m = _BIBLIOGRAPHY.search(text)
    if m is None:
        return text
    return text[:m.start()] + _NOT_LINE_BREAK.sub(" ", text[m.start():])


_QUESTION_OPTIONS = load_yaml("document.yml")["question_options"]
_QUESTION = re.compile(_QUESTION_OPTIONS["question"])
_ANSWER_KEY = re.compile(_QUESTION_OPTIONS["answer"])
_OPTION_MARK = {
    letter: re.compile(_QUESTION_OPTIONS["option"].replace("{letter}", f"[{letter}{letter.lower()}]"))
    for letter in "ABCDEFGH"}
_OPTION_INLINE = {letter: re.compile(r"(?<=[ \t])" + mark.pattern) for letter, mark in _OPTION_MARK.items()}
_OPTION_GAP = re.compile(r"[ \t]*\n?[ \t]*")


def _next_option(text: str, last: int, letter: str) -> Optional[int]:
    """Where option ``letter``'s mark starts after the option at ``last``: later on its line after a
    space, or at the next line's start (None)."""
    line_end = text.find("\n", last)
    line_end = len(text) if line_end < 0 else line_end
    inline = _OPTION_INLINE[letter].search(text, last + 1, line_end)
    if inline is not None:
        return inline.start()
    if line_end == len(text):
        return None
    start = _OPTION_GAP.match(text, line_end).end()
    return start if _OPTION_MARK[letter].match(text, start) else None


def _blank_question_options(text: str) -> str:
    """The lettered options of a multiple-choice question (A and B at least, in order) and its answer
    key -> spaces: diagnoses to choose from, not the patient's (``nlu/rules/document.yml``
    question_options). The options run to the end of the last one's line."""
    out = None
    for question in _QUESTION.finditer(text):
        start = _OPTION_GAP.match(text, question.end()).end()
        if not _OPTION_MARK["A"].match(text, start):
            continue
        last = start
        for letter in "BCDEFGH":
            found = _next_option(text, last, letter)
            if found is None:
                break
            last = found
        if last == start:
            continue
        end = text.find("\n", last)
        end = len(text) if end < 0 else end
        key = _ANSWER_KEY.match(text, end + 1) if end < len(text) else None
        if key is not None:
            end = key.end()
        if out is None:
            out = list(text)
        out[start:end] = _NOT_LINE_BREAK.sub(" ", text[start:end])
    return text if out is None else "".join(out)


def _translate(text: str) -> str:
    """``text.translate(_TABLE)``; a note in written Cantonese (``zh_cantonese.yml``) first has its
    Cantonese words and characters put into Mandarin."""
    if text.isascii():
        return text.replace("\r", " ") if "\r" in text else text
    if _CANTONESE_MARKERS.search(text):
        text = _CANTONESE_WORDS_RE.sub(lambda match: _CANTONESE_WORDS[match.group()], text)
        return text.translate(_CANTONESE_TABLE)
    # one C loop over the characters: ~3 times faster on a Chinese note than one ``sub`` with a
    # Python call per mapped character (~146 -> ~51 us per ~1 000-character note)
    return text.translate(_TABLE)


# a number read by OCR with letters for digits ("２O４O", "３l２", "l２６", "８〇" in a scanned report): a run of
# digits and look-alikes standing alone (no letter glued before or after it) that holds a digit; O, o and
# 〇 stand for 0 anywhere in it, l and I for 1 before a digit only ("2l" may be litres)
_OCR_DIGIT_HINT = re.compile(r"[0-9]\.?[OolI〇]|[OolI〇]\.?[0-9]")
_OCR_NUMBER = re.compile(r"(?<![A-Za-z0-9.])[0-9OolI〇][0-9OolI〇.]*(?![A-Za-z0-9])")
_OCR_ONE = re.compile(r"[lI](?=[0-9OolI〇.]*[0-9])")


def _ocr_digit(match: "re.Match") -> str:
    run = match.group()
    digits = sum(c.isdigit() for c in run)
    if not digits or run.strip("0123456789.") == "" or (run[0] in "Oo" and digits < 2):
        return run  # no look-alike, or "O2" (oxygen)
    run = _OCR_ONE.sub("1", run)
    if "l" in run or "I" in run:  # a look-alike of 1 after the last digit: not a number
        return match.group()
    return run.replace("O", "0").replace("o", "0").replace("〇", "0")


def _ocr_digits(text: str) -> str:
    """Numbers with OCR's look-alike letters for digits -> the digits (``_OCR_NUMBER``)."""
    if not _OCR_DIGIT_HINT.search(text):
        return text
    return _OCR_NUMBER.sub(_ocr_digit, text)


# a line break between a line that does not end a sentence and a line that goes on in
# lower-case Latin letters (a hard wrap)
_WRAP = re.compile(r"(?<=[A-Za-z0-9,)\-/])[ \t]*\n(?=[ \t]*[a-z(])")
# a gap between the columns of a table row (a tab or three spaces): a break between two such rows
# ("Free lambda     13.9      5.7-26.3 mg/L" / "kappa/lambda    1.12      0.26-1.65") ends a row,
# it is no hard wrap
_COLUMN_GAP = re.compile(r"\t|   ")


def _unwrap(match: "re.Match", text: str) -> str:
    """Spaces for a hard wrap; the break kept between two rows of a table."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    end = len(text) if end < 0 else end
    if _COLUMN_GAP.search(text, start, match.start()) and _COLUMN_GAP.search(text, match.end(), end):
        return match.group()
    return " " * len(match.group())


# "?papilloedema" (a question mark glued to the next word) -> "¿papilloedema": a forward
# uncertainty trigger, not the end of a sentence; also right after a full stop with no space
# ("US done.?splenomegaly", "腹部B超。?脾大"), where the mark opens the next sentence
_CORRECTION = load_yaml("document.yml")["corrected_value"]
_CORRECTION_CUE = PrefilteredPattern(_CORRECTION["cue"])
_CORRECTED = re.compile(_CORRECTION["pattern"])
_CORRECTED_WORD = re.compile(_CORRECTION["word"])


def _blank(match: "re.Match") -> str:
    return " " * len(match.group(0))


def _blank_corrected(text: str) -> str:
    """"platelets 4500? no 450" -> "platelets            450", "脾脏大不对是肝大" -> "      肝大": the value
    or the finding corrected at once and the words correcting it become spaces (document.yml
    ``corrected_value``)."""
    return _CORRECTED_WORD.sub(_blank, _CORRECTED.sub(_blank, text))


# (also inside quotation marks: 'The "?disc swelling" on his screening')
_QUERY_PREFIX = re.compile(r"(?:(?<=^)|(?<=[\s(:;,/.。!！\"“'‘「]))[?？](?=[A-Za-z\u4e00-\u9fff])")
# "? 视乳头水肿", "Fundi: ? papilloedema": a question mark opening a line or an item (after a
# colon, a bracket or punctuation), then one space and a word, queries that word; after a word
# ("脾大? 待查", "视盘水肿 ? 待眼科会诊") it stays a backward query of that word
_QUERY_SPACED = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[(:;,/.。!！])|(?<=[(:;,/.。!！] ))[?？](?=[ \t][A-Za-z\u4e00-\u9fff])")


# "HSM-, LAD-" (a minus glued to the end of a word, then a space, punctuation or the end) ->
# "HSM⁻": a telegraphic negative, read by the ConText rule for "⁻"; a hyphen inside a word
# ("IgA-lambda", "low-normal") or a dash between spaces is left alone
_GLUED_MINUS = re.compile(r"(?<=[A-Za-z]{2})-(?=[ \t,;.)]|$)")
# "Ascites: -", "edema -, LAD -", "腹水: -": a minus standing alone after a word or a field
# colon that closes the item (punctuation, a line break or the end follows); "Splenomegaly - mild"
# (a dash between words) and ranges ("10 - 20") are left alone
_LONE_MINUS = re.compile(r"(?:(?<=[A-Za-z\u4e00-\u9fff:][ \t])|(?<=:))-(?=[ \t]*(?:[,;.)\n]|$))")


# "Guillain–Barré", "IgA—lambda": an en or em dash between two letters joins a word as a hyphen
# does (a dash between spaces, or in a range "31–86", is left alone)
_WORD_DASH = re.compile(r"(?<=[A-Za-z\u00C0-\u024F])[\u2013\u2014](?=[A-Za-z\u00C0-\u024F])")
_DASHES = re.compile("[\u2013\u2014]")
_QUERY_MARKS = re.compile("[?？]")
_MINUS = re.compile("-")
# "ROS: +wt loss, -fever, -diarrhea", "+NS -diarrhoea": a minus glued to the front of a word, in a
# list of signs, -> "¬diarrhea": a forward negative, read by the ConText rule for "¬". It counts
# after a list's separator or colon ("PMH: -DM", "ROS: …, -diarrhea"), or after a space where
# the line holds another signed item ("-fever -diarrhea"); a minus opening a line is a bullet,
# one inside a word a hyphen ("anti-MAG"), one between spaces a dash; "-ve" is a negative already
_FRONT_MINUS = re.compile(r"(?:(?<=[,;:(/])|(?<=[,;:(/][ \t])|(?<=[^\s,;:(/][ \t]))-(?=[A-Za-z])(?![Vv][Ee]\b)")
_AFTER_SPACE_ONLY = re.compile(r"(?<=[^\s,;:(/][ \t])-")
_SIGNED_ITEM = re.compile(r"(?:^|(?<=[\s,;:(/]))[-+](?=[A-Za-z])", re.M)


def _front_minus(text: str) -> str:
    """Each minus of ``_FRONT_MINUS`` -> "¬"; one after a space only where its line holds
    another signed item (a list of signs, not "CT -sclerotic lesion")."""
    out = None
    for mark in _MINUS.finditer(text):
        pos = mark.start()
        if not _FRONT_MINUS.match(text, pos):
            continue
        if _AFTER_SPACE_ONLY.match(text, pos):
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            line = text[start:len(text) if end < 0 else end]
            if len(_SIGNED_ITEM.findall(line)) < 2:
                continue
        if out is None:
            out = list(text)
        out[pos] = "¬"
    return text if out is None else "".join(out)


# "Skin – NAD.", "Gynaecomastia - not looked for.", "Abdo — soft, no HSM": a spaced dash after a heading of one
# to five words opening its line or sentence is the heading's colon, as UK and Australian notes write one system a line
# -> "Skin : NAD." (one character for one; a dash inside a line, after a number or in a range is left alone, and so is
# one before a heading of its own: "Polyneuropathy - neg: no M-spike")
_HEADING_DASH = re.compile(r"(?<=[ \t])[-\u2013\u2014](?=[ \t]+\S)(?![ \t]+[^\s:：]{1,20}[:：])")
_DASH_HEADING = re.compile(r"[ \t]*(?:[-•*·][ \t]+)?[A-Za-z][A-Za-z/&'()]*(?:[ \t]+[A-Za-z/&'()]+){0,4}[ \t]+")


def _heading_dashes(text: str) -> str:
    """Each dash of ``_HEADING_DASH`` whose line or sentence before it is a heading -> ":"."""
    out = None
    for mark in _HEADING_DASH.finditer(text):
        pos = mark.start()
        start = text.rfind("\n", 0, pos) + 1
        # or opening its sentence ("Bloods: …. SPEP and IFE – no band."; not a list's number, "6. Endocrinopathy - …")
        sentence = text.rfind(". ", start, pos)
        if sentence > start and text[sentence - 1].isdigit():
            continue
        if _DASH_HEADING.fullmatch(text, sentence + 2 if sentence >= 0 else start, pos):
            if out is None:
                out = list(text)
            out[pos] = ":"
    return text if out is None else "".join(out)


def _sub_at(pattern: "re.Pattern", marks: "re.Pattern", replacement: str, text: str) -> str:
    """``pattern.sub(replacement, text)`` for a pattern whose every match is one character
    that ``marks`` matches: the pattern is tried only where such a character stands (its
    look-behinds and look-aheads still read the whole text), so a note is not tested at
    every position."""
    out = None
    for mark in marks.finditer(text):
        pos = mark.start()
        if pattern.match(text, pos):
            if out is None:
                out = list(text)
            out[pos] = replacement
    return text if out is None else "".join(out)


def _keep_spaced_queries(before: str, after: str) -> str:
    """``after``, with the question marks of letter-spaced lines as in ``before``: on a report
    copied with a space after every character ("视 乳 头 水 肿 ？请 结 合 临 床") the space before
    the mark separates nothing, so the mark queries the words before it, not the word after it."""
    spaced = letter_spaced_lines(before)
    if not spaced:
        return after
    out = list(after)
    for start, end in spaced:
        out[start:end] = before[start:end]
    return "".join(out)


def _traditional_words_sub(text: str) -> str:
    """The ``words`` of ``zh_traditional.yml`` (沉著 -> 沉着) and of ``zh_typos.yml`` (麻目 -> 麻木,
    水种 -> 水肿); a note of plain ASCII has none."""
    if text.isascii() or not _WORDS:
        return text
    return _WORDS_RE.sub(lambda match: _WORDS[match.group()], text)


def normalize(text: str) -> str:
    out = _translate(text)
    out = _traditional_words_sub(out)
    out = _ocr_digits(out)
    if " " in out:
        out = _SPACED_LETTERS.sub(_join_spaced_letters, out)
    out = _blank_bibliography(out)
    if "?" in out or "A." in out or "A、" in out or "A)" in out:  # the options of an English or Chinese question
        out = _blank_question_options(out)
    if _BOX_CHARS.search(out):
        out = _tick_boxes(out)
    if "/" in out:
        out = _answer_options(out)
    if _CORRECTION_CUE.search(out):
        out = _blank_corrected(out)
    if "\u2013" in out or "\u2014" in out:
        out = _sub_at(_WORD_DASH, _DASHES, "-", out)
    # each pattern below matches only at its one character: it is tried only where that
    # character stands (the look-behinds in front make a scan cost a test at every position)
    if "?" in out or "？" in out:
        queried = _sub_at(_QUERY_PREFIX, _QUERY_MARKS, "¿", out)
        queried = _sub_at(_QUERY_SPACED, _QUERY_MARKS, "¿", queried)
        out = _keep_spaced_queries(out, queried) if queried is not out else out
    if "-" in out:
        out = _sub_at(_GLUED_MINUS, _MINUS, "⁻", out)
        out = _sub_at(_LONE_MINUS, _MINUS, "⁻", out)
        out = _front_minus(out)
    if "-" in out or "\u2013" in out or "\u2014" in out:
        out = _heading_dashes(out)
    if "\n" in out:
        if "-" in out:
            out = _SPLIT_WORD.sub(_join_split_word, out)
        wrapped = out
        out = _WRAP.sub(lambda m: _unwrap(m, wrapped), out)
    assert len(out) == len(text)
    return out
