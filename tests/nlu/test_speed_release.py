"""A read Doc is freed when its Extraction is returned, not left to the cyclic collector.

Its span groups and user data tie a Doc into reference cycles; ``nlu.extractor`` drops them
once the Extraction is built, so reading notes leaves no Doc behind for a full collection.
"""

import gc

import pytest
from spacy.tokens import Doc

import nlu

NOTES = [
    "52M, CIDP refractory to IVIG. No ascites, no papilloedema. Splenomegaly on CT. "
    "VEGF 1450 pg/mL (ref < 142), PLT 512 x10^9/L.",
    "患者男，61岁。双下肢麻木无力9月。肝脾肋下未及，双下肢水肿(+)，皮肤色素沉着(+)。"
    "血小板 520×10^9/L↑。VEGF 1200 pg/ml。",
]


def _docs_alive() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, Doc))


@pytest.mark.parametrize("read", [lambda texts: [nlu.extract(t) for t in texts], nlu.extract_many],
                         ids=["extract", "extract_many"])
def test_no_doc_is_left_for_the_garbage_collector(read):
    read(NOTES)  # pipelines built, caches warm
    gc.collect()
    gc.disable()
    try:
        before = _docs_alive()
        extractions = read(NOTES * 3)
        after = _docs_alive()
    finally:
        gc.enable()
    assert len(extractions) == 6
    assert after == before


def test_the_extraction_does_not_depend_on_the_doc():
    first = nlu.extract(NOTES[0]).dict()
    gc.collect()
    assert nlu.extract(NOTES[0]).dict() == first
    assert any(f["concept"] == "splenomegaly" for f in first["evidence"]["findings"])


def test_a_batch_leaves_the_collector_as_it_found_it():
    """``extract_many`` pauses the automatic collector while it reads, and only then."""
    nlu.extract_many(NOTES)
    assert gc.isenabled()
    gc.disable()
    try:
        nlu.extract_many(NOTES)
        assert not gc.isenabled()
    finally:
        gc.enable()
