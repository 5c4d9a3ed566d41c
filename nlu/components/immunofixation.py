"""Isotype of a monoclonal protein (heavy chain, light chain) next to an immunofixation,
M-protein or paraprotein mention: "IFE: IgA-λ", "免疫固定电泳：IgG λ型阳性", "IgM-kappa
paraprotein". Writes ``span._.poems_attributes`` on the target spans; the patterns are in
``rules/immunofixation.yml``.
"""


import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from nlu.components import extensions  # noqa: F401
from nlu.components._text import alternation, compile_phrases, doc_text, first_char_guard
from nlu.components.target_list import targets
from nlu.implications.categories import NEGATED
from nlu.rules import load_yaml


def _targets(doc):
    return sorted(targets(doc), key=lambda s: (s.start, s.end))


class Immunofixation:
    def __init__(self, rules_dir: Optional[str] = None):
        data = load_yaml("immunofixation.yml", rules_dir)
        self.labels = set(data["applies_to"])
        self.window_after = int(data.get("window_after", 40))
        self.window_before = int(data.get("window_before", 25))
        self.stop = re.compile(data["stop"])
        # the words after the mention may run past a comma the words before it stop at
        # ("免疫固定电泳阳性，拉姆达轻链": the light chain after the comma is the test's)
        self.stop_after = re.compile(data.get("stop_after") or data["stop"])
        heavy = []
        self.heavy_map = {}
        for name, aliases in data["heavy_chains"].items():
            for alias in aliases:
                self.heavy_map[alias.lower()] = name
                heavy.append(alias)
        light = []
        self.light_map = {}
        for name, aliases in data["light_chains"].items():
            for alias in aliases:
                self.light_map[alias.lower()] = name
                light.append(alias)
        single = []
        for name, aliases in data.get("light_chains_after_heavy", {}).items():
            for alias in aliases:
                self.light_map[alias.lower()] = name
                single.append(alias)
        heavy_re = alternation(heavy)
        light_re = alternation(light)
        single_re = alternation(single) if single else "(?!)"
        sep = r"[\s\-‐–_/·]*"
        self.isotype = re.compile(
            rf"(?P<heavy>{heavy_re})(?:{sep}(?P<light>{light_re}|{single_re}))?"
            rf"|(?P<light_only>{light_re})",
            re.I,
        )
        self.positive = compile_phrases(data["positive"])
        self.doubt = re.compile(data["doubt"], re.I) if data.get("doubt") else None
        negated = data.get("negated_before")
        self.negated_before = re.compile(negated) if negated else None
        lane = rf"(?:{heavy_re}|{light_re})"
        lanes = data.get("lanes_negative")
        self.lanes_negative = re.compile(lanes.replace("{lane}", lane), re.I) if lanes else None
        # each lane with its own result ("IgG(-) IgA(+) IgM(-) κ(-) λ(+)"): see lane_results
        spec = data.get("lane_results")
        self.lane_lead = self.lane_result = self.lane_sep = self.others_negative = None
        if spec:
            self.lane_lead = re.compile(spec["lead"], re.I)
            self.lane_result = re.compile(
                rf"(?P<lane>{lane})(?:(?P<pos>{spec['positive']})|(?P<neg>{spec['negative']}))", re.I)
            self.lane_sep = re.compile(spec["separator"], re.I)
            self.others_negative = re.compile(spec["others_negative"])

    def _scan(self, text: str):
        heavy = light = None
        for m in self.isotype.finditer(text):
            if m.group("heavy"):
                heavy = heavy or self.heavy_map.get(m.group("heavy").lower())
                if m.group("light"):
                    light = light or self.light_map.get(m.group("light").lower())
            elif m.group("light_only"):
                light = light or self.light_map.get(m.group("light_only").lower())
        return heavy, light

    def _positive_word(self, window: str) -> bool:
        """A result word of a positive test in ``window`` that no negation stands right before
        ("SPEP/IFE — 冇 band", "IFE 无 band": the band denied is no positive result)."""
        m = self.positive.search(window)
        if m is None:
            return False
        return self.negated_before is None or not self.negated_before.search(window, 0, m.start())

    def _all_negated(self, window: str) -> bool:
        """Every isotype in ``window`` is named as not found ("no IgG lambda", "未检出IgA-λ")."""
        if self.negated_before is None:
            return False
        found = list(self.isotype.finditer(window))
        return bool(found) and all(self.negated_before.search(window, 0, m.start()) for m in found)

    def _lanes(self, text: str, pos: int, end: int):
        """The lanes listed after ``pos`` each with its result: (positive lane names, number of
        negative lanes, where the list ends), or None when no lane result follows the test."""
        if self.lane_result is None:
            return None
        at = self.lane_lead.match(text, pos, end).end()
        positive, negative, last = [], 0, None
        while True:
            m = self.lane_result.match(text, at, end)
            if m is None:
                break
            if m.group("pos") is not None:
                positive.append(m.group("lane").lower())
            else:
                negative += 1
            last = m.end()
            at = self.lane_sep.match(text, last, end).end()
        if last is None:
            return None
        others = self.others_negative.match(text, at, end)
        if others:
            last = others.end()
            negative += 1
        return positive, negative, last

    def _lane_result(self, doc: Doc, ent, text: str) -> bool:
        """Read the lanes' results after ``ent`` into its attributes; the "(-)" of a negative lane
        next to a positive one no longer negates the test. False when no lane list follows."""
        lanes = self._lanes(text, ent.end_char, ent.sent.end_char)
        if lanes is None:
            return False
        positive, negative, end = lanes
        if positive:
            heavy = next((self.heavy_map[n] for n in positive if n in self.heavy_map), None)
            light = next((self.light_map[n] for n in positive if n in self.light_map), None)
            attrs = {"heavy_chain": heavy} if heavy else {}
            if light:
                attrs["light_chain"] = light
            attrs["_result"] = "isotype"
            ent._.poems_attributes = attrs
            ent._.modifiers = tuple(
                m for m in (ent._.modifiers or ())
                if not (m.category == NEGATED
                        and ent.end_char <= doc[m.modifier_span[0]].idx < end))
            return True
        if negative >= 2:  # the lanes tested, all negative
            ent._.poems_attributes = {"_result": "negative"}
            return True
        return False

    def doubted(self, window: str) -> bool:
        """The result beside the test is written in doubt ("?faint lambda band on IFE", "IFE: ?faint
        IgG lambda band", "血清IFE：可疑λ条带"): ConText's query mark covers the next few words only
        and so misses the test itself. A mark glued to the word that ends the window belongs to
        the next finding ("IFE IgA lambda ?POEMS"), not to this result."""
        if self.doubt is None:
            return False
        window = re.sub(r"[?？¿][^\s?？¿]*\s*$", "", window)
        return bool(self.doubt.search(window))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        targets = _targets(doc)  # sorted once for both lists
        ents = [e for e in targets if e.label_ in self.labels]
        all_starts = sorted(e.start_char for e in targets)
        band_starts = {e.start_char for e in targets if e.label_ == "m_spike"}
        for ent in ents:
            # the window after the mention, up to a clause stop or the next finding
            limit = min(len(text), ent.end_char + self.window_after, ent.sent.end_char)
            nxt = [s for s in all_starts if s >= ent.end_char]
            if nxt and nxt[0] in band_starts and not text[ent.end_char:nxt[0]].strip(" \t:：-–"):
                nxt = nxt[1:]  # "IFE: weak λ band": the band right after the heading is its result
            if nxt:
                limit = min(limit, nxt[0])
            after = text[ent.end_char:limit]
            stop = self.stop_after.search(after)
            if stop:
                after = after[: stop.start()]
            low = max(ent.sent.start_char, ent.start_char - self.window_before)
            before = text[low:ent.start_char]
            stop_before = list(self.stop.finditer(before))
            if stop_before:
                before = before[stop_before[-1].end():]
            if self._lane_result(doc, ent, text):
                continue
            if self.lanes_negative is not None and self.lanes_negative.match(
                    text, ent.end_char, ent.sent.end_char):
                ent._.poems_attributes = {"_result": "negative"}  # the lanes tested, all negative
                continue
            if self._all_negated(after):
                ent._.poems_attributes = {"_result": "negative"}  # "IFE: no IgG lambda paraprotein"
                continue
            heavy, light = self._scan(ent.text + " " + after)
            window = after
            if not (heavy or light):
                heavy, light = self._scan(before)
                window = before
            attrs = {}
            if heavy:
                attrs["heavy_chain"] = heavy
            if light:
                attrs["light_chain"] = light
            result = "isotype" if attrs else ("positive" if self._positive_word(after) else "none")
            attrs["_result"] = result
            if result != "none" and self.doubted(window if heavy or light else after):
                attrs["_doubt"] = "true"
            ent._.poems_attributes = attrs
        return doc


@Language.factory("poems_immunofixation", default_config={"rules_dir": None})
def make_immunofixation(nlp: Language, name: str, rules_dir: Optional[str]):
    return Immunofixation(rules_dir)
