"""The fast pipeline gives exactly the Evidence of the straightforward one.

The reference pipeline is built and run in ``nlu.components._text.reference_mode()``: phrase
regexes without the first-character guard, ``doc.text`` rebuilt from the tokens, and ConText
scopes from medspaCy's own ``Token.sent`` walk. Same rule files, same extractor.
"""

import pytest

import nlu
from nlu.components._text import reference_mode
from nlu.extractor import doc_to_extraction
from nlu.language import detect_language, has_cjk
from nlu.normalize import normalize
from nlu.pipeline import build_pipeline

NOTES = [
    "49F. Progressive distal weakness. No hepatosplenomegaly, no ascites, no papilloedema. "
    "IFE: IgA-lambda. VEGF 1450 pg/mL (ref < 142). PLT 512 x10^9/L (H). Hb 17.2 g/dL.",
    "Dear Dr Smith, thank you for seeing this 56-year-old man with CIDP that did not respond to "
    "IVIG 2 g/kg or plasma exchange. Serum free light chains: kappa 22.1 mg/L, lambda 61.3 mg/L, "
    "ratio 0.36. Skin: hyperpigmentation, white nails; no hypertrichosis. ?papilloedema - "
    "fundoscopy not done. Bone survey pending. Previously treated for hypothyroidism.",
    "NCS: demyelinating polyneuropathy, uniform slowing,\nno conduction block.\n"
    "Splenomegaly on CT, lymph nodes not enlarged. Pleural effusion resolved. "
    "Urine IFE negative, serum IFE positive (IgG-K). sVEGF 980 pg/ml. Albumin 32 g/L.",
    "患者男，61岁。主诉：双下肢麻木、无力进行性加重9月。肌电图：脱髓鞘伴轴索损害，未见传导阻滞。"
    "丙球冲击治疗无效。查体：肝脾肋下未及 双下肢水肿(+) 皮肤色素沉着(+)，视乳头水肿未查。"
    "血小板 520×10^9/L↑，血红蛋白 172 g/L。血清免疫固定电泳：IgA λ型阳性，尿免疫固定电泳阴性。"
    "VEGF 1200 pg/ml（参考值 0-142）。骨扫描待回报。",
    "女性，45岁，四肢麻木1年。外院诊断CIDP，激素治疗后好转。无腹水、无胸腔积液，甲状腺功能减退病史。"
    "κ轻链 25 mg/L，λ轻链 88 mg/L，比值 0.28。骨髓穿刺未做，PET-CT示多发硬化性骨病变。",
    "pt 52M, 外院dx CIDP, IVIG无效 x2. EMG: demyelinating + axonal. 皮肤色素沉着(+), "
    "视乳头水肿 not checked. PLT 436 K/uL, VEGF pending. 脾大，肝不大。",
    # a general statement whose disease opens its match (subject_before): the match moves after the disease
    "淋巴结活检：Castleman病（浆细胞型）。讨论：Castleman病是一种罕见的淋巴增殖性疾病，多发性骨髓瘤可导致骨质破坏、"
    "贫血，POEMS综合征常表现为多发性周围神经病、脏器肿大。本例无周围神经病，双下肢无水肿。",
    # an OCR'd record: single spaces inside words of the lexicon are the token before's trailing space
    "入 院 记 录（扫描件识别）\n外院肌 电图：多发性周 围神经病。全身皮肤色 素沉着，双 下肢凹陷性水 肿，脾 肋下２ cm。"
    "肝脾肋下未及 双下肢水肿(+)",
    # a checklist judged after each name: the matches that look at the clause's end (lookahead_last) on both paths
    "表2：强制标准：多发性周围神经病——符合；主要标准：硬化性骨病——符合；Castleman病不符合（未活检）；VEGF——不符合（未达2倍上限）。"
    "次要标准：脏器肿大——不符合；皮肤改变——待查；血小板增多不符合。讨论意见：待M蛋白结果。",
]


def _generated(n):
    from benchmarks.notes import generate

    return [item["text"] for item in generate(n, seed=23, zh_share=0.5, target=1000)]


@pytest.fixture(scope="module")
def reference():
    with reference_mode():
        pipelines = {lang: build_pipeline(lang) for lang in ("en", "zh")}

    def run(text):
        guess = detect_language(text)
        with reference_mode():
            doc = pipelines["zh" if has_cjk(text) else "en"](normalize(text))
            return doc_to_extraction(doc, 0, None, guess.language, guess.mixed, original=text)

    return run


@pytest.mark.parametrize("text", NOTES + _generated(40))
def test_fast_path_gives_the_reference_evidence(reference, text):
    assert nlu.extract(text).dict() == reference(text).dict()


def test_batches_give_the_reference_evidence(reference):
    texts = NOTES + _generated(16)
    assert [e.dict() for e in nlu.extract_many(texts, batch_size=5)] == \
        [reference(t).dict() for t in texts]


def _context_view(doc):
    """Every modifier's span, category and final scope, and each target's modifiers."""
    graph = doc._.context_graph
    modifiers = [(m.modifier_span, m.category, m.scope_span, m.num_targets)
                 for m in graph.modifiers]
    targets = [(t.start, t.end, t.label_,
                [(m.modifier_span, m.category, m.scope_span) for m in t._.modifiers])
               for t in doc.spans["medspacy_spans"]] if "medspacy_spans" in doc.spans else []
    return modifiers, targets


@pytest.fixture(scope="module")
def reference_pipelines():
    with reference_mode():
        return {lang: build_pipeline(lang) for lang in ("en", "zh")}


@pytest.mark.parametrize("text", NOTES + _generated(24))
def test_context_graph_is_the_reference(reference_pipelines, text):
    """The ConText scopes and edges themselves, not only the evidence read from them."""
    from nlu.pipeline import get_pipeline

    lang = "zh" if has_cjk(text) else "en"
    fast_doc = get_pipeline(lang)(normalize(text))
    with reference_mode():
        reference_doc = reference_pipelines[lang](normalize(text))
    assert _context_view(fast_doc) == _context_view(reference_doc)


def _fields_set(model):
    """Each model's set fields and value types, recursively (``construct`` vs validation)."""
    from pydantic import BaseModel

    out = [type(model).__name__, sorted(model.__fields_set__)]
    for name in sorted(model.__fields__):
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        for item in items:
            out.append(_fields_set(item) if isinstance(item, BaseModel) else type(item).__name__)
    return out


@pytest.mark.parametrize("text", NOTES)
def test_models_are_the_validated_ones(reference, text):
    assert _fields_set(nlu.extract(text)) == _fields_set(reference(text))


def test_unchecked_values_are_still_validated():
    from pydantic import ValidationError

    from bot.models import FindingStatus
    from nlu.trusted_models import ModelBuilder

    trusted_models = ModelBuilder()
    prov = trusted_models.provenance(0, 0, 1, "x")
    with pytest.raises(ValidationError):
        trusted_models.finding("Not-An-Id", FindingStatus.present, {}, prov)
    with pytest.raises(ValidationError):
        trusted_models.evidence([], [], [], 130, None, "en")
    lab = trusted_models.lab_value("vegf", 12, None, None, None, None, None, prov)
    assert type(lab.value) is float  # an int is validated (and converted) as before


def test_tokenizer_is_the_reference():
    """Random mixes of Latin, Chinese, digits, punctuation and whitespace runs."""
    import random

    import spacy

    from nlu.tokenizer import MixedScriptTokenizer

    tokenizer = MixedScriptTokenizer(spacy.blank("en").vocab)
    rng = random.Random(5)
    alphabet = ["a", "B", " ", "  ", "\n", "中", "文", "1", "2.5", ",", "，", "(", "-", " \n",
                "\t", "x y", "\u3000"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 15)))
        fast_doc = tokenizer(text)
        with reference_mode():
            reference_doc = tokenizer(text)
        assert [(t.text, t.whitespace_) for t in fast_doc] == \
            [(t.text, t.whitespace_) for t in reference_doc], text


def test_cjk_test_is_the_regex():
    """The range comparison of ``_is_cjk`` answers as the CJK character class, for every
    character of the first three planes and the empty string."""
    from nlu.tokenizer import _CJK_RE, _is_cjk

    assert not _is_cjk("")
    assert [c for c in map(chr, range(0x30000))
            if _is_cjk(c) != (_CJK_RE.match(c) is not None)] == []
    assert _CJK_RE.pattern == "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


def test_dev_corpus_and_benchmark_notes_are_the_reference():
    """Every note of the dev corpus and of the throughput benchmark (English, Chinese, mixed):
    the same Evidence, and the same ConText scopes and edges and sentence starts. Both paths
    are built here from the same rule files (not the cached pipelines of earlier tests)."""
    import json
    from pathlib import Path

    from benchmarks.nlu_throughput import notes

    fast = {lang: build_pipeline(lang) for lang in ("en", "zh")}
    with reference_mode():
        slow = {lang: build_pipeline(lang) for lang in ("en", "zh")}
    dev = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"
    with open(dev, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    texts += notes(30, "en") + notes(30, "zh") + notes(30, "mixed")
    for text in texts:
        lang = "zh" if has_cjk(text) else "en"
        guess = detect_language(text)
        fast_doc = fast[lang](normalize(text))
        with reference_mode():
            reference_doc = slow[lang](normalize(text))
            expected = doc_to_extraction(reference_doc, 0, None, guess.language, guess.mixed,
                                         original=text).dict()
        got = doc_to_extraction(fast_doc, 0, None, guess.language, guess.mixed,
                                original=text).dict()
        assert got == expected, text[:60]
        assert _context_view(fast_doc) == _context_view(reference_doc), text[:60]
        assert [s.start for s in fast_doc.sents] == [s.start for s in reference_doc.sents]
