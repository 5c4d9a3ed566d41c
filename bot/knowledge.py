"""Guideline education content (bot/data/knowledge/topics.yml) for the dialogue and the CLI.

Every text is returned with its citation and the label saying it is education from the
consensus, never an order.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Dict, List

from pydantic import BaseModel

from bot.yaml_files import safe_load

DATA = Path(__file__).parent / "data" / "knowledge"


class TopicText(BaseModel):
    topic: str
    language: str
    title: str
    text: str
    citation: str
    label: str  # "education from the consensus, not an order"


class _Topic(BaseModel):
    citation: str
    title: Dict[str, str]
    en: str
    zh: str


class _Knowledge(BaseModel):
    label: Dict[str, str]
    topics: Dict[str, _Topic]


@lru_cache(maxsize=None)
def _load() -> _Knowledge:
    with open(DATA / "topics.yml", encoding="utf-8") as handle:
        return _Knowledge.parse_obj(safe_load(handle))


def list_topics() -> List[str]:
    """Topic ids, in a stable order."""
    return list(_load().topics)


def get_topic(topic: str, language: str = "en") -> TopicText:
    """A topic's text in ``language`` (en / zh; anything else gives en). KeyError names the topic."""
    data = _load()
    if topic not in data.topics:
        raise KeyError(f"unknown topic {topic!r}; known: {', '.join(data.topics)}")
    lang = "zh" if language == "zh" else "en"
    item = data.topics[topic]
    return TopicText(topic=topic, language=lang, title=item.title[lang],
                     text=(item.zh if lang == "zh" else item.en).strip(),
                     citation=item.citation, label=data.label[lang])
