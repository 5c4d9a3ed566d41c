"""``nlu.extract_many``: nlp.pipe batches in input order, the same Evidence as one note at a time,
and spaCy multiprocessing (``n_process=2``) with the custom components."""

import pytest

import nlu

TEXTS = [
    "49F. Demyelinating polyneuropathy on NCS. IFE: IgA-lambda. No ascites. VEGF 1450 pg/mL.",
    "患者男，61岁。肌电图：脱髓鞘。无腹水，脾大。血小板 520×10^9/L。免疫固定电泳：IgG λ型阳性。",
    "Splenomegaly on CT, lymph nodes not enlarged. PLT 512 x10^9/L (H). Bone survey pending.",
    "pt 52M, 外院dx CIDP, IVIG无效 x2. 皮肤色素沉着(+), 视乳头水肿 not checked.",
    "女性，45岁。κ轻链 25 mg/L，λ轻链 88 mg/L，比值 0.28。骨髓穿刺未做。",
    "56-year-old man. Serum free light chains: kappa 22.1 mg/L, lambda 61.3 mg/L. No papilloedema.",
]


def _dicts(extractions):
    return [e.dict() for e in extractions]


def test_batches_match_single_notes_in_order():
    single = _dicts(nlu.extract(t) for t in TEXTS)
    assert _dicts(nlu.extract_many(TEXTS, batch_size=2)) == single
    assert _dicts(nlu.extract_many(list(reversed(TEXTS)))) == list(reversed(single))


def test_empty_batch():
    assert nlu.extract_many([]) == []


def test_a_bad_note_raises_note_error():
    with pytest.raises(nlu.NoteError):
        nlu.extract_many(["No ascites.", "   "])


def test_two_processes_give_the_same_evidence():
    single = _dicts(nlu.extract(t) for t in TEXTS)
    assert _dicts(nlu.extract_many(TEXTS, n_process=2, batch_size=2)) == single
