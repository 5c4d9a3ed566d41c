"""The Rasa tokenizer gives the intent classifier a long message's head and tail only (DIET's cost
grows with every token of a pasted note); the kept tokens keep their true offsets, short messages
and other attributes are untouched."""

from pathlib import Path
from typing import List

import yaml
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.rasa_tokenizer import MixedScriptTokenizer

ROOT = Path(__file__).resolve().parents[2]


def _tokenizer(head, tail) -> MixedScriptTokenizer:
    config = {**MixedScriptTokenizer.get_default_config(), "head_tokens": head, "tail_tokens": tail}
    return MixedScriptTokenizer(config)


def _texts(tokens: List[Token]) -> List[str]:
    return [t.text for t in tokens]


def _offsets_true(text: str, tokens: List[Token]) -> bool:
    return all(text[t.start:t.end] == t.text for t in tokens)


def test_long_english_message_keeps_head_and_tail_with_true_offsets():
    text = "Referral: 52 year old man, numb feet for a year, VEGF 6780 pg/ml. What next?"
    full = _tokenizer(None, None).tokenize(Message(data={TEXT: text}), TEXT)
    capped = _tokenizer(3, 2).tokenize(Message(data={TEXT: text}), TEXT)
    assert _texts(capped) == _texts(full[:3]) + _texts(full[-2:]) == [
        "Referral", "52", "year", "What", "next"]
    assert _offsets_true(text, capped)
    assert [t.start for t in capped] == [t.start for t in full[:3] + full[-2:]]


def test_long_chinese_message_keeps_the_question_at_the_end():
    text = "患者男，52岁。双足麻木1年，血清VEGF 6 780 pg/ml。请问下一步查什么？"
    capped = _tokenizer(4, 6).tokenize(Message(data={TEXT: text}), TEXT)
    assert "".join(_texts(capped)) == "患者男52" + "下一步查什么"
    assert _offsets_true(text, capped)


def test_short_message_other_attributes_and_no_cap_untouched():
    text = "hello, what is POEMS?"
    full = _tokenizer(None, None).tokenize(Message(data={TEXT: text}), TEXT)
    assert _texts(_tokenizer(3, 2).tokenize(Message(data={TEXT: text}), TEXT)) == _texts(full)
    assert _texts(_tokenizer(2, 2).tokenize(Message(data={TEXT: text}), TEXT)) == _texts(full)
    long_intent = "referral_note_with_a_long_made_up_name"
    whole = _tokenizer(None, None).tokenize(Message(data={INTENT: long_intent}), INTENT)
    tokens = _tokenizer(1, 0).tokenize(Message(data={INTENT: long_intent}), INTENT)
    assert len(whole) > 1 and _texts(tokens) == _texts(whole)
    head_only = _tokenizer(2, 0).tokenize(Message(data={TEXT: text}), TEXT)
    assert _texts(head_only) == _texts(full[:2])


def test_configured_cap_keeps_every_training_example_whole():
    """The classifier is trained on whole examples, so the cap must not cut any of them."""
    pipeline = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    config = next(c for c in pipeline if c["name"].endswith("MixedScriptTokenizer"))
    tokenizer = _tokenizer(None, None)
    longest = 0
    for path in sorted((ROOT / "data").glob("nlu*.yml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
            for line in (item.get("examples") or "").splitlines():
                example = line.strip().removeprefix("- ")
                if example:
                    tokens = tokenizer.tokenize(Message(data={TEXT: example}), TEXT)
                    longest = max(longest, len(tokens))
    assert config["head_tokens"] + config["tail_tokens"] >= longest
