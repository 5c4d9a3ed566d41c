"""How lab values are written: numbers and digit groups (lakh, spaces, decimal commas), ranges,
table columns and the ends of a clause or a list -- the notation ``LabValues`` reads values in.

Why a module of its own: these patterns are the grammar of a number in a note, shared by the lab,
hormone and ratio readers; ``labs.py`` keeps what is read, this module how it is written.
"""

import re
from typing import Callable, Optional, Tuple

from nlu.components._text import stretch

# digit groups ("2,380", "4 410", "1 480.6"; Indian lakh grouping with commas, "5,02,000",
# "12,34,567"); a full stop after the last group ends the sentence
_LAKH = r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d]|,\d)(?:\.\d+)?"
NUM = rf"(?:{_LAKH}|\d{{1,3}}(?:[, \u2009\u202f']\d{{3}})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)"

# "450-500", "1850 ~ 2000": a number that opens a range
# a minus glued to a value that follows a space or a colon ("VEGF -20 pg/ml", "PLT: −50"): a
# negative value, read so that the engine refuses it with why (never a value read without its
# sign, never dropped without a word); "VEGF-20" (no space) is not read as one
MINUS = re.compile(r"(?<=[\s:：=])[-−](?=\d)")
RANGE_ON = re.compile(r"[ \t]*(?:[-–~～—‒−至到]|to\b)[ \t]*\d")
_DIGIT = re.compile(r"\d")


def number_start(text: str, start: int, end: int) -> int:
    """Where the first number of ``text[start:end]`` starts (``end`` without one)."""
    m = _DIGIT.search(text, start, end)
    return m.start() if m else end


# "2019-2021": two years
_YEARS = re.compile(r"(?:19|20)\d\d-(?:19|20)\d\d")
# the gap between two columns of a lab table row: a tab or two spaces at least, or a bar
COLUMN_GAP = re.compile(r"[ ]*\t[ \t]*|[ ]{2,}|[ \t]*\|[ \t]*")
# "Hemoglobin (g/dl) | 13.5–17.5 | 14.1": the bar between two columns of a table
BAR_GAP = re.compile(r"[ \t]*\|[ \t]*")
# a number of a reference range written before the value: digit groups only with commas
# ("150-400 612": the space before the value does not join 400 and 612; "1,50,000-4,50,000" in
# lakh grouping)
REF_NUM = rf"(?:{_LAKH}|\d{{1,3}}(?:,\d{{3}})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)"
# the reference range in the last column of a table row, after the value, unit and flag columns
# (an arrow flag may close the row after it: "pg/ml  1 420  0-160  ↑"); a report sheet copied with
# single spaces or with a letter flag closes its row the same way ("血管内皮生长因子(VEGF) 620 pg/ml
# 0-142 ↑", "血小板计数(PLT)\t421\t10^9/L\t125-350\tH", or by its upper limit: "VEGF (serum)\t1,980\tpg/mL\t<600\tH"):
# the range must end the row, so prose after a
# unit ("g/L 2-3周后复查") is not a range. After a value whose unit column came first ("VEGF  pg/ml  1420
# 0-160"), a single space is no column (the number may be a digit group taken apart).
# a specimen field closing a report row after its range and flag ("4120  ng/L  0-142  偏高   标本类型：血清",
# "3620  0-142  ↑  (标本：血清)"): the row's sample (labs.yml sample_after_lead), not the end of the range
SPECIMEN_FIELD = (r"[ \t]*[\(（]?[ \t]*(?:标本|样本|(?i:specimen|sample))(?:[ \t]*(?:类型|种类|(?i:type)))?[ \t]*[:：]"
                  r"[ \t]*[^\n|:：()（）]{1,12}?[ \t]*[\)）]?[ \t]*")
COLUMN_RANGE = re.compile(
    rf"(?P<gap>[ ]*\t[ \t]*|[ ]+|[ \t]*\|[ \t]*)(?:(?P<lo>{REF_NUM})[ \t]*(?:[-–~～—]{{1,2}}|to)[ \t]*"
    rf"(?P<hi>{REF_NUM})|[<＜≤][ \t]*(?P<lt>{REF_NUM}))(?:[ \t]*[\(（][^\(（\)）\n\d]{{1,15}}[\)）])?[ \t]*(?=(?P<flag>(?:\t[ \t]*|[ ]+)(?:[↑↓]+|[HL](?![A-Za-z])|偏?高|偏?低)[ \t]*)?"
    rf"(?:{SPECIMEN_FIELD})?(?:\||\n|$))")
# "Testosterone, total (ng/dl) | 240–950 | 162": a hormone's table row, a qualifier and the unit
# after the name, then the reference range and the value in columns between bars
HORMONE_ROW = re.compile(
    rf"[ \t]*(?:,[ \t]*(?:total|free|serum|plasma|morning|AM)\b)?[ \t]*(?:[\(（][^\)）\n|]{{1,14}}[\)）])?"
    rf"[ \t]*\|[ \t]*(?:(?P<lo>{REF_NUM})[ \t]*[-–~～—][ \t]*(?P<hi>{REF_NUM})|[<＜≤][ \t]*(?P<lt>{REF_NUM})"
    rf"|[>＞≥][ \t]*(?P<gt>{REF_NUM}))[ \t]*\|[ \t]*(?P<num>{NUM})(?![\d.])", re.I)
# "睾酮 3.8 nmol/L 8.4-28.7", "TSH\t12.5\tmIU/L\t0.27-4.2", "| 3.8 | nmol/L | 8.4-28.7 |": a hormone's
# reference range as the bare column after its value and unit (one space is enough after a unit)
HORMONE_COLUMN_RANGE = re.compile(
    rf"(?:(?P<gap>[ ]*\t[ \t]*|[ ]{{2,}}|[ \t]*\|[ \t]*)|[ ])(?P<lo>{REF_NUM})[ \t]*(?:[-–~～—]{{1,2}}|to)[ \t]*"
    rf"(?P<hi>{REF_NUM})")
# a digit group joined by a space ("1 850"), which a range column right after it takes apart
SPACED_GROUP = re.compile(r"\d[ \u2009\u202f]\d")
# the end of a table row (or of its cell) after a reference range column
ROW_END = re.compile(r"[ \t]*(?:\||\n|$)")
# "Haemoglobin 171 H 130-170 g/L", "eGFR 58 L >90 mL/min/1.73m2": a laboratory-system row pasted
# flat (Test Result Flag Reference Units): a bare reference range between the value and its unit
FLAT_ROW_RANGE = re.compile(
    rf"[ \t]+(?:(?P<lo>{REF_NUM})[ \t]*(?:[-–~～—]{{1,2}}|to)[ \t]*(?P<hi>{REF_NUM})"
    rf"|(?P<cmp>[<>≤≥＜＞])[ \t]*(?P<lim>{REF_NUM}))[ \t]+")


# the small patterns read at a position of the note, compiled once (``re.match(str, ...)``
# looks its pattern up in re's cache at each call, and the slices copied the rest of the note)
_GROUPING = re.compile(r"[,\s\u2009\u202f']")
LATIN_LETTER = re.compile(r"[A-Za-z]")
SPACES = re.compile(r"\s*")
SPACES_BARS = re.compile(r"[\s|]*")
BLANKS = re.compile(r"[ \t]*")
# the blanks after a flag, and a pipe table's cell border among them ("86.4 ↑ | mg/L")
CELL_GAP = re.compile(r"[ \t]*(?:\|[ \t]*)?")

# a bare reference range and the blanks before its unit, in a "Ref Range & Units" column written
# before the value (LabValues._range_unit_column); the value after the column gap
RANGE_THEN_UNIT = re.compile(
    rf"[ \t]*(?:(?P<lo>{REF_NUM})[ \t]*[-–~—][ \t]*(?P<hi>{REF_NUM})|(?:<=|≤|<|＜)[ \t]*(?P<lt>{REF_NUM}))[ \t]*")
RANGE_COLUMN_VALUE = re.compile(r"[<>≤≥＜＞]?[ \t]*\d[\d,.]*(?![\d/:\-])")
CLOSING = re.compile(r"[ \t]*[\)）]")


# "0,6" in a reference range ("N<0,6", "ULN 0,5"): a decimal comma (a digit group has three digits);
# "0,125": a decimal in every notation (no number is written with a thousands group after a zero)
_DECIMAL_NUMBER = re.compile(r"\d+,\d{1,2}|0,\d+")
LIMIT_NUM = rf"(?:\d+,\d{{1,2}}(?![\d,])|{NUM})"


def to_float(raw: str) -> float:
    if _DECIMAL_NUMBER.fullmatch(raw):
        return float(raw.replace(",", "."))
    return float(_GROUPING.sub("", raw))


# "612.000/µL": a count per µL written with a full stop between digit groups
DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# "1850（pg/ml）": the unit in brackets after the number
BRACKETED_UNIT = re.compile(r"[ \t]*[\(（][ \t]*")


def is_dated_range(match: Optional["re.Match"]) -> bool:
    """A bracketed "range" that is a date or a span of years after a value ("VEGF 4860 pg/ml
    （2023-01-05）", "PLT 612 (2024-03)", "(2019-2021)"): a range can never run backwards. One
    named a reference ("ref 500-100") stays one, and the value is set aside as reversed."""
    if match is None or not match.group("lo") or match.group("kw"):
        return False
    return range_bounds(match.group("lo"), match.group("hi")) is None


def range_bounds(lo: str, hi: str) -> Optional[Tuple[float, float]]:
    """(low, high) of a range written ``lo``-``hi``, or None when it runs backwards or is a span
    of years ("2019-2021", "PLT (2023-05) 612"): a date, not a range."""
    low, high = to_float(lo), to_float(hi)
    if low > high or _YEARS.fullmatch(f"{lo}-{hi}"):
        return None
    return low, high


def reference_bounds(match: "re.Match") -> Tuple[Optional[float], Optional[float]]:
    """(low, high) of a reference-range match: "a-b", "<b", ">a" or an upper limit of normal."""
    if match.group("lo"):
        return to_float(match.group("lo")), to_float(match.group("hi"))
    if match.group("lt"):
        return None, to_float(match.group("lt"))
    if match.group("gt"):
        return to_float(match.group("gt")), None
    if match.group("uln"):
        return None, to_float(match.group("uln"))
    return None, None



# "5.2 x 10^5/uL": a power-of-ten unit that none of the analyte's units matched. It is read as
# an unknown unit (value withheld, warning), never as a bare number in the unitless range.
# "18,5 g/dl": a comma followed by one or two digits (a decimal comma; "2,380" is a group)
_DECIMAL_COMMA = re.compile(r",(\d{1,2})(?!\d)")
# "ratio 1,9, albumin ...": a decimal comma; "1,2,3": a list of numbers goes on after it
LIST_GOES_ON = re.compile(r"[ \t]*[,，、][ \t]*\d")


def decimal_comma(text: str, n, num_end: int, accept: Callable[[int], bool]) -> Optional[Tuple[float, int]]:
    """The number ``n`` (ending at ``num_end``) continued by a decimal comma ("18,5", "6,1"), as
    (value, end), when the number has no point or comma of its own and ``accept(end)`` allows what
    follows the decimals (the lab reader: one of the analyte's units, or a unitless analyte not in
    a list; the hormone reader: not a list of numbers, "1,2,3"); else None."""
    decimal = _DECIMAL_COMMA.match(text, num_end)
    if not decimal or "." in n.group("num") or "," in n.group("num") or not accept(decimal.end()):
        return None
    return float(f"{n.group('num')}.{decimal.group(1)}"), decimal.end()


# a number written with a decimal comma ("Hb 10,2 mmol/l", "VEGF 1,25 ng/ml"): where one is followed by a
# unit, the note writes its numbers in the European notation (a citation "[1,2]" has no unit after it)
DECIMAL_WRITTEN = re.compile(r"(?<![\d,.])\d{1,4},\d{1,2}(?![\d,])")
# "1,250": one comma before one group of three digits, which is 1250 in the English notation and 1.25
# in the European one ("0,125" is a decimal in both; "1,250,000" and "1,25,000" are groups in both)
ONE_GROUP = re.compile(r"(?<![\d,.])([1-9]\d{0,2}),(\d{3})(?![\d,.])")
# "1.250" in such a note: the dot may be a digit group (1250, as "PLT 398.000/mm³") or the English
# decimal point (1.25); read 1.25 it is set aside as "1,250" is ("0.125" and "1.2500" are decimals)
ONE_DOT_GROUP = re.compile(r"(?<![\d,.])([1-9]\d{0,2})\.(\d{3})(?![\d,.])")
# "Hb 182 / PLT 512", "Hb 18.1/Hct 54": a slash between two values of a lab list, not a unit
LIST_SLASH = re.compile(r"\s+/\s|\s*/\s*[A-Z][A-Za-z]{1,}[ \t:]*\d")
SCIENTIFIC_UNIT = re.compile(r"\s*[x×X*✕]\s*10\s*(?:\^|\*\*|\*|e|E)?\s*[\(（]?\s*\d+\s*[\)）]?\s*/\s*\S+")
# what follows a number without being its unit: "x2" (times), "and", "or"; "x10E11/L" is a power
# of ten, a unit (read, or set aside as written: "PLT 5.1x10E13/L" is never 5.1)
NOT_A_UNIT = re.compile(r"\s*(?:x(?!10[ \t]*(?:\^|\*\*|e|[⁰¹²³⁴⁵⁶⁷⁸⁹]))\d|and\b|or\b)", re.I)

# the unit as written, up to the punctuation or Chinese text that follows it
PLAIN_WORD = re.compile(r"[a-z]{3,}")
VALUE_NEXT = re.compile(r"[ \t]*[:：=]?[ \t]*[<>≤≥]?[ \t]*\d")
WRITTEN_UNIT = re.compile(r"[^,，;；。、)）\u4e00-\u9fff]*")
_SENTENCE_END = re.compile(r"[。；;！!？?\n]|\.(?:\s|$)")
# the end of the clause a value is stated in (a range named in words is looked for up to it)
CLAUSE_END = re.compile(r"[。；;！!？?\n]|\.(?:\s|$)|[,，](?![^\(（]*[\)）])")
# the end of a list of lab values (a semicolon goes on with the list)
LIST_END = re.compile(r"[。！!？?\n]|\.(?:\s|$)")


def in_sentence(text: str, start: int, end: int, pattern: "re.Pattern") -> bool:
    """Whether ``pattern`` occurs in the sentence around ``text[start:end]`` (at most 200
    characters either side when no sentence end bounds it)."""
    opening, closing = stretch(text, start, end, _SENTENCE_END, reach=200)
    return bool(pattern.search(text, opening, closing))
