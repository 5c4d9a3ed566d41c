import pytest

import nlu
from conftest import status_of


@pytest.mark.parametrize("text,age,sex", [
    ("49F. Progressive distal weakness", 49, "female"),
    ("Thank you for seeing this 56-year-old man", 56, "male"),
    ("患者男，61岁。主诉：双下肢麻木", 61, "male"),
    ("男 47岁 性功能减退1年", 47, "male"),
    ("pt 52M, 外院dx CIDP", 52, "male"),
    ("A 38-year-old woman with POEMS", 38, "female"),
    ("女性，45岁，四肢麻木", 45, "female"),
    # a letter's title and name
    ("Re: Mrs K. Owusu, 67, sensorimotor neuropathy", 67, "female"),
    ("I reviewed Mr Tan (72) in clinic today.", 72, "male"),
    ("Name: Miss R Evans\nAge: 29\nNeuropathy", 29, "female"),
    ("赵先生，49岁，四肢麻木半年", 49, "male"),
    ("请会诊：患者陈女士，因双下肢水肿入院", None, "female"),
    # the colleague addressed is not the patient
    ("Dear Mr Okafor,\nThank you for seeing this patient with numb feet.", None, None),
    ("Dear Ms Hale, many thanks for reviewing Mr Ruiz, who has CIDP.", None, "male"),
    ("MS, 41 lesions on MRI; numb feet", None, None),
])
def test_age_sex(ex, text, age, sex):
    e = ex(text).evidence
    assert (e.age, e.sex) == (age, sex)


def test_no_age_from_units(ex):
    e = ex("Walked 5 m. PLT 436×10^9/L").evidence
    assert e.age is None and e.sex is None


@pytest.mark.parametrize("text,language,mixed", [
    ("Thank you for seeing this man with neuropathy.", "en", False),
    ("患者男，61岁。主诉：双下肢麻木、无力进行性加重9月。外院查肌电图示周围神经损害。", "zh", False),
    ("pt 52M, 外院dx CIDP, IVIG无效 x2. EMG: demyelinating + axonal. 皮肤色素沉着(+), "
     "视乳头水肿 not checked. plz advise", "en", True),
])
def test_language(text, language, mixed):
    guess = nlu.detect_language(text)
    assert (guess.language, guess.mixed) == (language, mixed)
    assert nlu.extract(text).language == language


def test_mixed_note_spans(ex):
    text = "pt 52M, 外院dx CIDP, IVIG无效 x2. IFE: IgG-λ (+), sFLC ratio 0.21. 皮肤色素沉着(+)"
    e = ex(text)
    assert status_of(e, "hyperpigmentation") == "present"
    assert status_of(e, "cidp_diagnosis") == "present"
    f = [f for f in e.evidence.findings if f.concept == "serum_immunofixation"][0]
    assert f.attributes == {"heavy_chain": "IgG", "light_chain": "lambda"}
    assert e.evidence.language == "en"


def test_full_width_punctuation(ex):
    e = ex("查体：肝脾肋下未及，双下肢水肿（＋），ＰＬＴ ５１２×10^9/L")
    assert status_of(e, "peripheral_edema") == "present"
    assert status_of(e, "hepatosplenomegaly") == "absent"
    assert [lab.value for lab in e.evidence.labs if lab.analyte == "platelets"] == [512]


@pytest.mark.parametrize("bad", ["", "   \n\t ", "abc\x00def", "\x01\x02\x03\x04\x05\x06"])
def test_bad_input(bad):
    with pytest.raises(nlu.NoteError):
        nlu.extract(bad)


def test_oversized_and_message_is_safe():
    secret = "Zebra-4711 " * 3000
    with pytest.raises(nlu.NoteError) as info:
        nlu.extract(secret)
    assert "Zebra" not in str(info.value)
    assert isinstance(info.value, ValueError)
    with pytest.raises(nlu.NoteError):
        nlu.extract("HSM(-) " * 10, max_chars=20)


def test_extract_evidence_and_many():
    texts = ["No oedema.", "双下肢水肿(+)", "PLT 512×10^9/L"]
    many = nlu.extract_many(texts, batch_size=2)
    assert [m.evidence.json() for m in many] == [nlu.extract(t).evidence.json() for t in texts]
    ev = nlu.extract_evidence("肝脾肋下未及", message_index=3)
    assert ev.findings[0].provenance.message_index == 3


def test_concepts_are_in_catalogue(ex):
    from nlu.rules import concept_catalogue, load_yaml

    catalogue = set(concept_catalogue())
    for lang in ("en", "zh"):
        data = load_yaml(f"targets_{lang}.yml")
        assert set(data["concepts"]) <= catalogue
        # a fixed phrase names a concept, or a label that implications.yml explains
        # ("血、尿免疫固定电泳阴性": absent_only.serum_urine_ife, both samples negative)
        assert {item["concept"] for item in data.get("fixed") or []} <= catalogue | set(data.get("labels") or {})
