"""Age and sex ("49F", "56-year-old man", "患者男，61岁", "男 47岁", "52M").

Patterns are data (``rules/demographics.yml``): regexes with named groups ``age`` and ``sex``.
Results go to ``doc._.poems_demographics`` = {"age", "sex", "age_span", "sex_span"}.
"""


import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from nlu.components import extensions  # noqa: F401
from nlu.components._text import doc_text
from nlu.components.start_chars import StartScan
from nlu.rules import load_yaml


class Demographics:
    def __init__(self, rules_dir: Optional[str] = None):
        data = load_yaml("demographics.yml", rules_dir)
        # each pattern's scan starts where a match can start (nlu/components/start_chars.py)
        self.patterns = [StartScan(re.compile(p, re.I if not p.startswith("(?-i)") else 0))
                         for p in data["patterns"]]
        self.sex_words = {str(k).lower(): v for k, v in data["sex_words"].items()}
        self.max_age = int(data.get("max_age", 120))
        self.window = int(data.get("window", 600))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)[: self.window]  # age and sex open a note
        result = {"age": None, "sex": None, "age_span": None, "sex_span": None}
        for pattern in self.patterns:
            if result["age"] is not None and result["sex"] is not None:
                break  # later patterns cannot change either
            for m in pattern.finditer(text):
                groups = m.groupdict()
                if result["age"] is None and groups.get("age"):
                    age = int(groups["age"])
                    if 0 <= age <= self.max_age:
                        result["age"] = age
                        result["age_span"] = m.span("age")
                if result["sex"] is None and groups.get("sex"):
                    sex = self.sex_words.get(groups["sex"].lower())
                    if sex:
                        result["sex"] = sex
                        result["sex_span"] = m.span("sex")
                if result["age"] is not None and result["sex"] is not None:
                    break
        doc._.poems_demographics = result
        return doc


@Language.factory("poems_demographics", default_config={"rules_dir": None})
def make_demographics(nlp: Language, name: str, rules_dir: Optional[str]):
    return Demographics(rules_dir)
