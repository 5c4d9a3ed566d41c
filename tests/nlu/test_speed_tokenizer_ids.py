"""The tokenizer's fast path builds its Doc from the pieces' string ids: the same tokens,
lexemes and serialised Doc as from the strings (reference path)."""

import random

import spacy

from nlu import tokenizer as tokenizer_module
from nlu.components._text import reference_mode
from nlu.tokenizer import MixedScriptTokenizer

_ALPHABET = ["a", "B", " ", "  ", "\n", "中", "文", "脾", "1", "2.5", ",", "，", "(", "-", " \n",
             "\t", "x y", "\u3000", "VEGF", "pg/mL", "ß", "Ⅱ"]


def _same(fast_doc, reference_doc):
    assert fast_doc.to_bytes() == reference_doc.to_bytes()
    assert [(t.orth, t.lower, t.is_space, t.whitespace_) for t in fast_doc] == \
        [(t.orth, t.lower, t.is_space, t.whitespace_) for t in reference_doc]


def test_docs_from_ids_are_the_docs_from_strings():
    tokenizer = MixedScriptTokenizer(spacy.blank("en").vocab)
    rng = random.Random(7)
    for _ in range(1500):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(1, 20)))
        fast_doc = tokenizer(text)
        with reference_mode():
            reference_doc = tokenizer(text)
        _same(fast_doc, reference_doc)


def test_pieces_new_to_the_vocab_and_a_new_string_store(monkeypatch):
    tokenizer = MixedScriptTokenizer(spacy.blank("en").vocab)
    text = "患者 VEGF 1450 pg/mL, 脾大 zzqx-17"
    first = tokenizer(text)
    assert [t.text for t in first] == [t.text for t in tokenizer(text)]
    # another vocab under the same tokenizer: its ids are recomputed, not taken from the cache
    tokenizer.vocab = spacy.blank("zh").vocab
    again = tokenizer(text)
    with reference_mode():
        _same(again, tokenizer(text))
    assert again.vocab is tokenizer.vocab
    # a full cache is emptied and refilled
    monkeypatch.setattr(tokenizer_module, "_MAX_ORTHS", 2)
    with reference_mode():
        reference_doc = tokenizer(text + " qqq 1999")
    _same(tokenizer(text + " qqq 1999"), reference_doc)
    assert len(tokenizer._orths) <= len(reference_doc)


def test_latin_notes_give_the_pieces_of_the_mixed_script_pattern():
    """A note without CJK characters is cut with the shorter pattern: the same pieces."""
    alphabet = ["a", "Zz", " ", "  ", "\n", "\t", "\u3000", "\u00a0", "1", "2.5", "1,200", "3.",
                ",5", "_", "x_y", "é", "ß", "Ⅱ", "µ", "²", "٣", "-", "/", "(", "，", "。", "VEGF"]
    rng = random.Random(11)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        assert not tokenizer_module._CJK_RE.search(text)
        assert tokenizer_module._LATIN_PIECE_RE.findall(text) == tokenizer_module._PIECE_RE.findall(text)
