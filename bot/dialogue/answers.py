"""How a short free-text answer to a question is read (bot/session.py asks; the words are data:
``answers`` and ``reading`` in bot/data/dialogue/questions.yml; the numbers: bot/dialogue/numbers.py).

A bare yes / no counts only as the whole answer or its first words and never when it belongs to a
finding the NLU read; an outcome word counts only where no negation word stands before it in its
clause; a sample type counts only when one is named. The answer is never logged.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from bot.chinese_numbers import has_numeral
from bot.dialogue.numbers import bound_after, reference_in, serum_or_plasma
from bot.dialogue.texts import load
from bot.models import Evidence, SampleType


def questions() -> Dict[str, Any]:
    return load("questions.yml")


_LATIN = re.compile(r"[a-z]")


def normalised(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split()).strip(" .!,;:。！，；：")


def without_labs(text: str, extracted: Evidence) -> str:
    """``text`` with the spans of the lab values the NLU read in it blanked out."""
    spans = [(lab.provenance.start, lab.provenance.end) for lab in extracted.labs
             if lab.provenance is not None and lab.provenance.start is not None
             and lab.provenance.end is not None]
    return blank_spans(text, spans)


def blank_spans(text: str, spans: List[Tuple[Optional[int], Optional[int]]]) -> str:
    """``text`` with these character spans blanked out (same length, so positions stay valid);
    spans without both ends are left alone."""
    for start, end in sorted((s, e) for s, e in spans if s is not None and e is not None):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def phrase_pattern(phrase: str) -> str:
    """The regex of one phrase in lower case: word-bounded when Latin ("to" is not in "total"),
    plain for Chinese and symbols."""
    escaped = re.escape(phrase.lower())
    return r"(?<![a-z])" + escaped + r"(?![a-z])" if _LATIN.search(phrase.lower()) else escaped


def has_phrase(text: str, phrase: str) -> bool:
    """Word-bounded for Latin phrases, plain containment for Chinese / symbols."""
    phrase = phrase.lower()
    if _LATIN.search(phrase):
        return re.search(phrase_pattern(phrase), text) is not None
    return phrase in text


_CLAUSE_END = re.compile(r"[,;，；。.!！?？:：—]|\s[-–]\s")


def matches(text: str, kind: str, taken: Optional[Callable[[str], bool]] = None, within: bool = True) -> bool:
    """Whether ``text`` is a ``kind`` answer (questions.yml ``answers``). A bare yes / no is the
    whole answer or its first words ("no, nothing", "阴性。"), unless ``taken`` says the word is
    part of a finding the NLU read ("no lymph nodes" answering the biopsy question says no
    nodes, not no Castleman disease). Without ``within`` a Chinese word counts only at the start
    (an answer holding a number nothing read: "VEGF更正：是860不是680" answering the bone question
    says nothing of bones)."""
    words = questions()["answers"][kind]
    if kind in ("negative", "positive"):
        for word in words:
            w = word.lower()
            if taken is not None and taken(w):
                continue
            if text == w or text.startswith(w + " ") and _goes_on(w, text[len(w) + 1:]) \
                    or _CLAUSE_END.match(text, len(w)) and text.startswith(w) \
                    or (within and not _LATIN.search(w) and len(w) > 1 and w in text) \
                    or (not _LATIN.search(w) and text.startswith(w)):
                return True
        return False
    return any(has_phrase(text, w) for w in words)


def after_name(text: str, names: Iterable[str]) -> str:
    """``text`` without the asked test's own name opening it ("ct normal" -> "normal", "pet-ct:
    negative" -> "negative"); unchanged when no name opens it or nothing follows the name."""
    for name in sorted(names, key=len, reverse=True):
        name = name.lower()
        if text.startswith(name):
            rest = text[len(name):]
            if _LATIN.search(name[-1:]) and rest[:1].isascii() and rest[:1].isalnum():
                continue  # "ctx", "pet scan" read by their own name
            rest = rest.lstrip(" :：,，-–")
            if rest:
                return rest
    return text


def _goes_on(word: str, rest: str) -> bool:
    """The words after a bare ``word`` ("no abnormality") go on with the answer; after an open
    word (questions.yml ``answers.open_words``: "no", "yes") anything else names what the word is
    about instead ("no PH"), never the asked test's result."""
    answers = questions()["answers"]
    if word not in answers.get("open_words", []):
        return True
    first = re.split(r"[\s,;，；。.!！?？:：]+", rest.strip(), maxsplit=1)[0]
    return not first or first in answers.get("goes_on", {}).get(word, [])


def late_correction(text: str, reading_: Dict[str, Any]) -> Optional[Tuple[float, float]]:
    """(new, old) of a message that only corrects a value given before, naming no test: "sorry, 680
    not 860", "680, not 860", "是680不是860", "不是860，是680" (questions.yml ``reading.rejected_after``);
    None for anything else."""
    num = r"(\d+(?:\.\d+)?)"
    rejected = "|".join(phrase_pattern(w) for w in reading_.get("rejected_after", []))
    fillers = r"(?:sorry|oops|my\s+mistake|correction|i\s+mean|it\s+was|抱歉|不好意思|更正|是|应该是|应为)"
    lead = rf"^(?:{fillers}[\s,，:：]*)*"
    end = r"[\s.。!！]*"
    m = re.fullmatch(rf"{lead}{num}[\s,，]*(?:{rejected})\s*{num}{end}", text)  # "680 not 860"
    if m:
        return float(m.group(1)), float(m.group(2))
    m = re.fullmatch(rf"{lead}(?:{rejected})\s*{num}[\s,，]*(?:{fillers}[\s,，]*)*{num}{end}", text)  # "不是860，是680"
    if m:
        return float(m.group(2)), float(m.group(1))
    return None


def bare_yes_no(text: str, extracted: Evidence) -> bool:
    """The whole answer is a yes or a no and nothing was read in it: to a question that asks
    for a value it says neither the value nor that the test was not done."""
    return text in questions()["answers"]["bare_yes_no"] and not (
        extracted.findings or extracted.labs or extracted.not_done)


def just_stop(text: str, extracted: Evidence) -> bool:
    """The answer asks to stop and says nothing else: "done", "no more questions"; never "done,
    negative", "that's all, VEGF 1850" (the result would be lost)."""
    if len(text) > 24 or not matches(text, "stop") or extracted.findings or extracted.labs or extracted.not_done:
        return False
    rest = text
    for word in questions()["answers"]["stop"]:
        rest = re.sub(phrase_pattern(word), " ", rest)
    rest = normalised(rest)
    return not (re.search(r"\d", rest) or (rest and (matches(rest, "negative") or matches(rest, "positive"))))


def asks_restart(text: str) -> bool:
    """Whether the message says it wants to start over or to go to another patient (questions.yml
    ``restart``, ``new_patient``)."""
    norm = normalised(text or "")
    return any(has_phrase(norm, w) for w in questions().get("restart", []) + questions().get("new_patient", []))


def strip_words(text: str, words: List[str]) -> str:
    """``text`` without ``words`` (word-bounded when Latin), longest first."""
    for word in sorted({w.lower() for w in words}, key=len, reverse=True):
        text = re.sub(phrase_pattern(word), " ", text)
    return text


# the remarks ``aside`` tells apart (questions.yml ``asides``): answered, the question stays open
ASIDE_KINDS = ("missing", "why", "thanks", "ack")


def aside(text: str, extracted: Evidence) -> Optional[str]:
    """The kind of remark (questions.yml ``asides``: missing / why / thanks) an answer is when it
    says nothing else ("what is still missing?", "为什么要查这个？", "ok, thanks"); None for a
    result with a remark ("negative, thanks") or anything the NLU read a finding or value in.
    "为什么要查VEGF？" / "why do you need VEGF?" is a why: the NLU reads a test someone wants as
    not done, and a question naming it says nothing else (``why_about`` names the test)."""
    if len(text) > 40 or extracted.findings or extracted.labs or re.search(r"\d", text):
        return None
    named = [n.provenance.text or "" for n in extracted.not_done]
    if named and not is_question(text):
        return None
    kinds: Dict[str, List[str]] = questions().get("asides", {})
    said = [kind for kind, words in kinds.items() if any(has_phrase(text, w) for w in words)]
    if not said or (named and said[0] != "why"):
        return None
    words = [w for ws in kinds.values() for w in ws] + list(questions().get("aside_fillers", []))
    rest = strip_words(text, words)
    for name in named:
        rest = re.sub(re.escape(name), " ", rest, flags=re.IGNORECASE)
    if re.sub(r"[\W_]+", "", rest):
        return None
    return said[0]


def idle_remark(text: str) -> Optional[str]:
    """What a message nothing was read in says when no question is open: an acknowledgement or
    thanks ("ok", "👍", "谢谢"), or a bare "not done" / "pending" that names no test; None otherwise."""
    norm = normalised(text or "")
    remark = aside(norm, Evidence())
    if remark in ("ack", "thanks"):
        return remark
    if len(norm) <= 24 and matches(norm, "not_done") and not strip_words(
            norm, questions()["answers"]["not_done"] + list(questions().get("aside_fillers", []))).strip(" ,.，。!！"):
        return "not_done"
    return None


def why_about(extracted: Evidence, asked: str) -> str:
    """The test a why is about: the one it names ("why VEGF?" asked about bone imaging), when
    there is a question about it, else the asked one."""
    items = questions()["items"]
    return next((n.test for n in extracted.not_done if n.test in items), asked)


def is_question(text: str) -> bool:
    """A question by its shape (education.yml ``question``): its first word or its end."""
    shape = load("education.yml").get("question", {})
    norm = normalised(text or "")
    stripped = (text or "").strip()
    first = norm.split(" ", 1)[0] if norm else ""
    return any(stripped.endswith(w) for w in shape.get("ends", [])) or any(
        (first == w.lower()) if _LATIN.search(w) else norm.startswith(w) for w in shape.get("starts", []))


def reads_as_question(text: str) -> bool:
    """``is_question``, or a Chinese message with an asking word anywhere (education.yml
    ``question.inside``: "POEMS和CIDP怎么区分")."""
    inside = load("education.yml").get("question", {}).get("inside", [])
    return is_question(text) or any(w in (text or "") for w in inside)


def drop_words() -> List[str]:
    """Words a question about POEMS may add or leave out without changing it ("syndrome",
    "综合征": education.yml ``question.drop_words``)."""
    return list(load("education.yml").get("question", {}).get("drop_words", []))


def _whole(text: str) -> str:
    """The question without the ``drop_words``, spaces and punctuation, for ``whole`` matching."""
    dropped = "|".join(re.escape(w.lower()) for w in drop_words()) or "(?!)"
    return re.sub(r"[\W_]+", "", re.sub(dropped, "", text.lower()))


def any_intent_topic(text: str) -> Optional[str]:
    """The topic education.yml ``any_intent`` gives this question whatever it was classified as
    ("what does POEMS stand for?": the overview): one of its ``words``, or one of its ``whole``
    questions as the whole message; None otherwise."""
    lowered = (text or "").lower()
    for topic, words in (load("education.yml").get("any_intent") or {}).items():
        if any(has_phrase(lowered, word) for word in words.get("words", [])) or \
                _whole(lowered) in {_whole(question) for question in words.get("whole", [])}:
            return topic
    return None


def asked_topic(text: str) -> Optional[str]:
    """The consensus topic of a question typed where an answer or a note was expected
    ("POEMS需要做骨髓吗？", "what dose of lenalidomide should I give?", "what is POEMS?"):
    education.yml ``question`` says it is one, ``any_intent`` or the longest of its ``keywords``
    found names the topic; None when it is no question or names none."""
    if not is_question(text):
        return None
    general = any_intent_topic(text)
    if general:
        return general
    data = load("education.yml")
    norm = normalised(text or "")
    found = [(len(w), topic) for topic, words in (data.get("keywords") or {}).items()
             for w in words if has_phrase(norm, w)]
    return max(found)[1] if found else None


def leads_with(text: str, kind: str) -> bool:
    """The answer's first clause is one of the ``kind`` words (questions.yml ``answers``)."""
    first = _CLAUSE_END.split(text, 1)[0].strip()
    return any(first == w.lower() or first.startswith(w.lower() + " ") for w in questions()["answers"][kind])


def taken_by(text: str, extracted: Evidence, labs: bool = False) -> Callable[[str], bool]:
    """Whether a word belongs to a finding (``labs``: or a value) the NLU read in ``text``: every
    place it is written lies inside that span or just before it ("no lymph nodes", "没有淋巴结肿大";
    the λ of "FLC κ/λ 0.12")."""
    spans = [(x.provenance.start, x.provenance.end) for x in [*extracted.findings, *(extracted.labs if labs else [])]
             if x.provenance is not None and x.provenance.start is not None and x.provenance.end is not None]
    lower = text.lower()

    def taken(word: str) -> bool:
        if not spans:
            return False
        pattern = (r"(?<![a-z])" + re.escape(word) + r"(?![a-z])") if _LATIN.search(word) else re.escape(word)
        places = [(m.start(), m.end()) for m in re.finditer(pattern, lower)]
        return bool(places) and all(
            any(start <= at < end or (stop <= start and not lower[stop:start].strip()) for start, end in spans)
            for at, stop in places)

    return taken


def with_bounds(text: str, extracted: Evidence) -> Evidence:
    """``extracted`` with the bound written after a value the NLU read without one ("PLT
    450以上", "VEGF 2000 or more"): the value is a bound (LabValue.comparator), never the value."""
    labs = []
    for lab in extracted.labs:
        end = lab.provenance.end if lab.provenance is not None else None
        sign = bound_after(text[end:].lower(), reading()) if end is not None and lab.comparator is None else None
        labs.append(lab.copy(update={"comparator": sign}) if sign else lab)
    if all(a is b for a, b in zip(labs, extracted.labs)):
        return extracted
    return extracted.copy(update={"labs": labs})


def reading() -> Dict[str, Any]:
    return questions()["reading"]


def negated(text: str, start: int) -> bool:
    """A negation word (questions.yml ``reading.negations``) before ``start`` in its clause:
    "未见硬化", "not sclerotic", "无疼痛"."""
    clause = _CLAUSE_END.split(text[:start])[-1]
    return any(has_phrase(clause, w) if _LATIN.search(w) else w in clause
               for w in reading()["negations"])


def outcome_at(text: str, phrase: str, unless: List[str] = ()) -> bool:
    """``phrase`` occurs in ``text`` at least once not negated, in a clause without an
    ``unless`` word."""
    phrase = phrase.lower()
    if _LATIN.search(phrase):
        starts = [m.start() for m in re.finditer(r"(?<![a-z])" + re.escape(phrase) + r"(?![a-z])", text)]
    else:
        starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
    return any(not negated(text, at) and not in_clause(text, at, unless) for at in starts)


def in_clause(text: str, at: int, words: List[str]) -> bool:
    """One of ``words`` is in the clause of ``text`` around position ``at``."""
    if not words:
        return False
    clause = _CLAUSE_END.split(text[:at])[-1] + _CLAUSE_END.split(text[at:], 1)[0]
    return any(has_phrase(clause, w) if _LATIN.search(w) else w.lower() in clause for w in words)


def sample_named(text: str) -> Optional[SampleType]:
    """The one sample type (serum / plasma) an answer names, None when none or both."""
    serum, plasma = serum_or_plasma(text)
    if plasma == serum:
        return None
    return SampleType.plasma if plasma else SampleType.serum


def samples_named(text: str, samples: Dict[str, List[str]]) -> List[str]:
    """The sample types (an item's ``samples`` words) that ``text`` (``normalised``) names."""
    return [sample for sample, words in samples.items() if any(outcome_at(text, w) for w in words)]


def late_unit(text: str) -> Optional[Tuple[Optional[str], str]]:
    """(analyte or None, unit) of a message (``normalised``) that gives only the unit of a value
    ("血小板单位是10^9/L", "the platelets were x10^9/L", "VEGF in ng/ml", "unit: g/dL"): an
    analyte name of ``reading.analyte_words`` or none, ``reading.unit_words`` and one unit the
    unit reader knows (bot.units); None for anything else."""
    from bot.units import UnitError, known_spelling

    spec = reading()
    names = spec.get("analyte_words") or {}
    named = [a for a, words in names.items() if any(has_phrase(text, w) for w in words)]
    if len(named) > 1:
        return None
    rest = strip_words(text, [w for ws in names.values() for w in ws] + list(spec.get("unit_words") or []))
    unit = re.sub(r"\s+", "", rest).strip(".,;:，。；：")
    if not unit or not re.search(r"[a-zµμ]", unit):
        return None
    try:
        spelled = known_spelling(unit)
    except UnitError:
        return None
    return (named[0] if named else None), spelled


def other_analytes(text: str, allowed: Iterable[str]) -> List[str]:
    """The words of ``reading.analyte_words`` naming a test other than the ``allowed`` analytes
    in a clause of the message (``normalised``, the values the NLU read blanked) that holds a
    number and names no allowed one, in the order written: "sorry, the platelets were actually
    532" answering the VEGF question gives no VEGF value; "1850, M-protein pending" does."""
    names = reading().get("analyte_words") or {}
    allowed = set(allowed)
    own = [w for a in allowed for w in names.get(a, [])]
    others = [w for a, words in names.items() if a not in allowed for w in words]
    found: List[Tuple[int, str]] = []
    at = 0
    for clause in _NUMBER_CLAUSE.split(text):
        # a number in digits or in Chinese numerals ("血小板四百五十多", bot/chinese_numbers.py)
        if (re.search(r"\d", clause) or has_numeral(clause)) and not any(has_phrase(clause, w) for w in own):
            found += [(at + clause.find(w.lower()), w) for w in others if has_phrase(clause, w)]
        at += len(clause) + 1
    return [w for _, w in sorted(found)]


# what ends the clause of a number in an answer (other_analytes)
_NUMBER_CLAUSE = re.compile(r"[,;，；。\n]")


def late_detail(text: str, samples: Dict[str, List[str]]) -> Optional[Tuple[Optional[str], Optional[float],
                                                                           Optional[float]]]:
    """(sample, reference low, reference high) of a message (``normalised``) that gives only the
    sample type and / or the reference range of a value ("plasma", "it was serum", "ref < 400",
    "参考值 0-142", "血浆, 参考上限 150"): every other word is one of ``reading.detail_words``.
    None when it says anything else, names both samples, or gives neither."""
    rest, low, high = reference_in(text)
    named = samples_named(rest, samples)
    if len(named) > 1:
        return None
    words = [w for ws in samples.values() for w in ws] + list(reading().get("detail_words", []))
    if re.sub(r"[\W_]+", "", strip_words(rest, words)) or (not named and high is None):
        return None
    return (named[0] if named else None), low, high
