"""``normalize`` skips a pattern when the note lacks the one character it matches at: the
result is that of running every pattern."""

import json
import random
from pathlib import Path

import nlu.normalize as N

_CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"
_PIECES = ["?", "？", "-", "−", "\n", " ", "\t", ":", "：", ",", ".", "。", "(", ")", "a", "HSM",
           "ab", "脾大", "腹水", "1", "Fundi", "¿", "\r", "（", "：", "\u3000", "\u00a0", "Ａ", "－", "\u2013", "\u2014", "Barré",
           "[x]", "[ ]", "☒", "☐", " Yes", "[1]", "O", "l", "〇", "冇", "仲係", "V E G F", "I V", "Ｖ Ｅ", "下列哪项", "A. ", "B. ", "A、"]


def _every_pattern(text: str) -> str:
    table = N._TABLE
    if N._CANTONESE_MARKERS.search(text):  # written Cantonese: a reading, not a pattern skipped for speed
        text = N._CANTONESE_WORDS_RE.sub(lambda m: N._CANTONESE_WORDS[m.group()], text)
        table = N._CANTONESE_TABLE
    out = text.translate(table)
    out = N._WORDS_RE.sub(lambda m: N._WORDS[m.group()], out)
    out = N._OCR_NUMBER.sub(N._ocr_digit, out)
    out = N._SPACED_LETTERS.sub(N._join_spaced_letters, out)
    out = N._blank_bibliography(out)
    out = N._blank_question_options(out)
    out = N._tick_boxes(out)
    out = N._blank_corrected(out)
    out = N._WORD_DASH.sub("-", out)
    out = N._QUERY_PREFIX.sub("¿", out)
    out = N._QUERY_SPACED.sub("¿", out)
    out = N._GLUED_MINUS.sub("⁻", out)
    out = N._LONE_MINUS.sub("⁻", out)
    out = N._front_minus(out)
    out = N._heading_dashes(out)
    out = N._SPLIT_WORD.sub(N._join_split_word, out)
    wrapped = out
    return N._WRAP.sub(lambda m: N._unwrap(m, wrapped), out)


def test_normalize_is_every_pattern_run():
    rng = random.Random(3)
    texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 30))) for _ in range(5000)]
    texts += [json.loads(line)["text"] for line in _CORPUS.read_text(encoding="utf-8").splitlines()
              if line.strip()]
    changed = 0
    for text in texts:
        expected = _every_pattern(text)
        assert N.normalize(text) == expected, text
        changed += expected != text.translate(N._TABLE)
    assert changed > 500  # the patterns do apply
