"""Response or non-response to the standard CIDP/GBS treatments (IVIG, steroids, plasma
exchange): a differential clue (二(三)1: patients not responding should be worked up for POEMS).

A treatment phrase and a response phrase in the same sentence give a ``treatment_nonresponse``
or ``treatment_response`` finding spanning both. Phrases live in ``rules/treatment.yml``.
"""


import re
from bisect import bisect_left, bisect_right
from typing import Iterable, List, Optional, Tuple

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from nlu.components import extensions  # noqa: F401
from nlu.components._text import FirstCharPhrases, compile_prescan, doc_text, fast, matches_at
from nlu.rules import load_yaml, nonresponse_phrases

_MAX_GAP = 80  # characters between the treatment and the response phrase


class TreatmentResponse:
    def __init__(self, rules_dir: Optional[str] = None):
        data = load_yaml("treatment.yml", rules_dir)
        # (phrase patterns whose match tries only the phrases that start with the character)
        self.treatments = FirstCharPhrases(data["treatments"], data.get("treatments_case_sensitive", []))
        self.prescan = compile_prescan(list(data["treatments"])
                                       + list(data.get("treatments_case_sensitive", [])))
        nonresponse = nonresponse_phrases(rules_dir)
        self.nonresponse = FirstCharPhrases(nonresponse)
        self.response = FirstCharPhrases(data["response"])
        # the same phrases as tries without boundaries (fast path: where a phrase can start)
        self.nonresponse_prescan = compile_prescan(nonresponse)
        self.response_prescan = compile_prescan(data["response"])
        self.negated_before = negated_response_cue(data.get("response_negated_by"))
        spec = data.get("response_not_sustained")
        self.not_sustained = NotSustained(spec) if spec else None
        self.not_treatment = {name: re.compile(regex) for name, regex
                              in (data.get("not_treatment_when_followed_by") or {}).items()}
        regimen = data.get("plasma_cell_regimen") or {}
        self.regimen = re.compile(regimen["drugs"]) if regimen else None
        self.regimen_joiner = re.compile(regimen.get("joined_by", "(?!)"))

    def __call__(self, doc: Doc) -> Doc:
        found: List[dict] = list(doc._.poems_extra_findings or [])
        text = doc_text(doc)
        # one scan of the note first: a sentence that no pre-scan match touches names no
        # treatment (see compile_prescan), so only the others are read phrase by phrase
        hits = [m.span() for m in self.prescan.finditer(text)] if fast() else None
        # every position inside a hit: a treatment phrase can only start at one of them (a
        # phrase body starting elsewhere would have been a hit of its own)
        candidates = sorted({p for a, b in hits for p in range(a, max(b, a + 1))}) \
            if hits else []
        for s_start, s_end in _sentences(doc, hits):
            chunk = text[s_start:s_end]
            if hits is None:
                treatments = [m.span() for m in self.treatments.finditer(chunk)]
            else:
                inside = candidates[bisect_left(candidates, s_start):
                                    bisect_left(candidates, s_end)]
                starts = [p - s_start for p in inside]
                treatments = [m.span() for m in matches_at(self.treatments, chunk, starts)]
            if self.not_treatment:  # "IgG-κ", "IgG 15.2 g/L": an isotype or a level, not IVIG
                treatments = [t for t in treatments if not self._not_a_treatment(chunk, t)]
            if not treatments:
                continue
            regimen = self._regimen(chunk, treatments)
            outcomes = []
            taken = []
            for span in self._spans(self.nonresponse, self.nonresponse_prescan, chunk, hits):
                outcomes.append(("treatment_nonresponse", span))
                taken.append(span)
            for m_start, m_end in self._spans(self.response, self.response_prescan, chunk, hits):
                if any(a < m_end and m_start < b for a, b in taken):
                    continue
                cue = self.negated_before.search(chunk, 0, m_start) if self.negated_before else None
                if cue is not None:  # "never improved", "未改善": no response
                    outcomes.append(("treatment_nonresponse", (cue.start(), m_end)))
                    continue
                lapse = self.not_sustained.end(chunk, m_end) if self.not_sustained else None
                if lapse is not None:  # "短暂好转，随后再次加重": not a sustained response
                    outcomes.append(("treatment_nonresponse", (m_start, lapse)))
                    continue
                outcomes.append(("treatment_response", (m_start, m_end)))
            for concept, (o_start, o_end) in outcomes:
                best = min(
                    treatments + regimen,
                    key=lambda t: min(abs(t[0] - o_end), abs(o_start - t[1])),
                )
                gap = max(best[0] - o_end, o_start - best[1], 0)
                if gap > _MAX_GAP or best in regimen:
                    continue  # too far, or the outcome of a plasma-cell regimen (not a CIDP clue)
                start = s_start + min(best[0], o_start)
                end = s_start + max(best[1], o_end)
                found.append(
                    {"concept": concept, "status": "present", "start": start, "end": end,
                     "attributes": {}}
                )
        doc._.poems_extra_findings = found
        return doc


    def _regimen(self, chunk: str, treatments: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
        """The drugs of a plasma-cell regimen in the sentence (treatment.yml ``plasma_cell_regimen``),
        with the treatments joined to them ("来那度胺联合地塞米松", "lenalidomide plus dexamethasone":
        ``joined_by``): an outcome nearest to them is the regimen's, neither
        a response nor a non-response of CIDP treatment (二(三)1)."""
        if self.regimen is None:
            return []
        drugs = [m.span() for m in self.regimen.finditer(chunk)]
        if not drugs:
            return []
        beside = [t for t in treatments if any(
            self.regimen_joiner.fullmatch(chunk, d[1], t[0]) if d[1] <= t[0]
            else self.regimen_joiner.fullmatch(chunk, t[1], d[0]) for d in drugs)]
        return drugs + beside

    def _not_a_treatment(self, chunk: str, span: Tuple[int, int]) -> bool:
        """The treatment name at ``span`` is followed by what makes it another thing
        (``not_treatment_when_followed_by`` in treatment.yml)."""
        after = self.not_treatment.get(chunk[span[0]:span[1]])
        return after is not None and after.match(chunk, span[1]) is not None

    @staticmethod
    def _spans(regex: FirstCharPhrases, prescan: "re.Pattern", chunk: str,
               hits) -> List[Tuple[int, int]]:
        """``[m.span() for m in regex.finditer(chunk)]``; in the fast path (``hits`` is not
        None) ``regex`` is tried only at the positions inside the prescan's hits in ``chunk``."""
        if hits is None:
            return [m.span() for m in regex.finditer(chunk)]
        starts = [p for m in prescan.finditer(chunk)
                  for p in range(m.start(), max(m.end(), m.start() + 1))]
        return [m.span() for m in matches_at(regex, chunk, starts)] if starts else []


def negated_response_cue(spec: Optional[dict]) -> Optional["re.Pattern"]:
    """The regex that finds, in the text before a response word, a negating cue of
    ``response_negated_by`` (treatment.yml) that reaches it: the cue, then at most ``within``
    characters without clause punctuation up to the response word (the end of the searched
    text). Latin cues are whole words; a Chinese cue is not one when ``not_before`` follows it."""
    if not spec:
        return None
    if not all(isinstance(c, str) for c in spec["cues"]):
        raise ValueError("treatment.yml response_negated_by: quote every cue (a bare no is false)")
    cues = sorted(spec["cues"], key=len, reverse=True)
    blocked = "|".join(re.escape(w) for w in sorted(spec.get("not_before") or [], key=len, reverse=True))
    parts = []
    for cue in cues:
        if cue[0].isascii():
            parts.append(rf"(?<![A-Za-z']){re.escape(cue)}(?![A-Za-z'])")
        else:
            parts.append(re.escape(cue) + (rf"(?!{blocked})" if blocked else ""))
    within = int(spec.get("within", 20))
    return re.compile(rf"(?:{'|'.join(parts)})[^,;.:!?，。；：、！？\n]{{0,{within}}}$", re.I)


class NotSustained:
    """``response_not_sustained`` (treatment.yml): :meth:`end` finds, right after a response
    word, a ``worsening`` phrase at most ``within`` characters later in the same sentence, when
    no ``dependence`` word (a taper, a stop, the next dose) stands anywhere in the rest of that
    sentence ("then worsened after IVIG was stopped" is dependence too; the "stopped" of a worsening
    phrase, "then stopped working", is not). Latin words whole."""

    _SENTENCE_END = re.compile(r"[.;!?。；！？\n]")

    def __init__(self, spec: dict):
        for key in ("worsening", "dependence"):
            if not all(isinstance(w, str) for w in spec[key]):
                raise ValueError(f"treatment.yml response_not_sustained {key}: quote every word")
        within = int(spec.get("within", 40))
        self._worsening = re.compile(
            rf"[^.;!?。；！？\n]{{0,{within}}}?(?:{_alternation(spec['worsening'])})", re.I)
        self._dependence = re.compile(_alternation(spec["dependence"]), re.I)
        self._worsening_phrase = re.compile(_alternation(spec["worsening"]), re.I)

    def end(self, chunk: str, pos: int) -> Optional[int]:
        """Where the worsening phrase after ``pos`` ends, or None."""
        found = self._worsening.match(chunk, pos)
        if found is None:
            return None
        stop = self._SENTENCE_END.search(chunk, found.end())
        rest = chunk[pos:stop.start() if stop else len(chunk)]
        # a stop word inside a worsening phrase ("then stopped working") stops the effect, not the
        # treatment: the phrases are blanked before the dependence words are looked for
        rest = self._worsening_phrase.sub(lambda m: " " * len(m.group()), rest)
        if self._dependence.search(rest):
            return None
        return found.end()


def _alternation(words: List[str]) -> str:
    """The words as one alternation, longest first; Latin words whole."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(rf"(?<![A-Za-z]){escaped}(?![A-Za-z])" if word[0].isascii() else escaped)
    return "|".join(parts)


def built_phrases(specs: List[dict]) -> List[str]:
    """Every "negator qualifier outcome" phrase of each spec (an empty qualifier: none), spaced
    only between Latin words ("without any objective benefit", "无任何改善")."""
    def join(*parts: str) -> str:
        out = ""
        for part in (p for p in parts if p):
            out += (" " if out and out[-1].isascii() and part[0].isascii() else "") + part
        return out

    for spec in specs:  # a bare no in YAML is the boolean false: quoted words only
        if not all(isinstance(w, str) for key in ("negators", "qualifiers", "outcomes") for w in spec[key]):
            raise ValueError("treatment.yml nonresponse_built: quote every word (a bare no is false)")
    return list(dict.fromkeys(join(n, q, o) for spec in specs for n in spec["negators"]
                              for q in spec["qualifiers"] for o in spec["outcomes"]))


def _sentences(doc: Doc, hits: Optional[List[Tuple[int, int]]]) -> Iterable[Tuple[int, int]]:
    """(start_char, end_char) of the sentences of ``doc.sents``, in order; with ``hits`` (the
    fast path) only those a hit touches (``a < end and max(b, a + 1) > start``), read from the
    token arrays instead of a ``Span`` per sentence: a sentence runs from a token whose
    ``SENT_START`` is 1 (or the first) to the next such token, from the first token's ``idx`` to
    the end of its last token (``Span.start_char`` / ``end_char``)."""
    if hits is None:
        return [(sent.start_char, sent.end_char) for sent in doc.sents]
    if not hits:
        return []
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START") or not len(doc):
        return [(sent.start_char, sent.end_char) for sent in doc.sents
                if any(a < sent.end_char and max(b, a + 1) > sent.start_char for a, b in hits)]
    arr = doc.to_array([SENT_START, IDX, LENGTH])
    firsts = [0] + (numpy.flatnonzero(arr[1:, 0] == 1) + 1).tolist()
    lasts = [k - 1 for k in firsts[1:]] + [len(doc) - 1]
    idx, length = arr[:, 1], arr[:, 2]
    starts = idx[firsts].tolist()
    ends = (idx[lasts] + length[lasts]).tolist()
    touched = set()
    for a, b in hits:
        b = max(b, a + 1)
        for k in range(bisect_right(ends, a), bisect_left(starts, b)):
            if a < ends[k] and b > starts[k]:
                touched.add(k)
    return [(starts[k], ends[k]) for k in sorted(touched)]


@Language.factory("poems_treatment_response", default_config={"rules_dir": None})
def make_treatment_response(nlp: Language, name: str, rules_dir: Optional[str]):
    return TreatmentResponse(rules_dir)
