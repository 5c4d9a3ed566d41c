"""Chinese and mixed-language wording found by dev file 31 (zh-454–465, mx-216–221).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import pytest

from nlu.errors import NoteError, validate_note

# --- note validation: column-aligning spaces are layout, not binary noise ------------------------

_TABLE_ROWS = [
    "神经　　　刺激点　潜伏期(ms)　波幅(mV)　传导速度(m/s)",
    "正中神经L　腕　　　7.8　　　　4.2",
    "　　　　　肘　　　14.9　　　　3.9　　　　19.8",
]


@pytest.mark.parametrize("space", ["\u3000", "\u00a0", "\u2002", "\u202f"])
def test_a_table_aligned_with_wide_or_no_break_spaces_is_text(space: str) -> None:
    """Ideographic and no-break spaces align report columns; str.isprintable() rejects them."""
    note = "\n".join(row.replace("\u3000", space) for row in _TABLE_ROWS) * 3
    assert validate_note(note) == note


@pytest.mark.parametrize("noise", ["\x01\x02\x03\x04", "\x07" * 12, "\x1b\x00"[:1] * 20])
def test_control_characters_are_still_binary(noise: str) -> None:
    """Look-alike: real control characters among the spaces still mark a binary paste."""
    note = "正中神经L\u3000腕\u3000" + noise * 5
    with pytest.raises(NoteError):
        validate_note(note)


# --- a line headed as the state before treatment, set against the state of now ---------------------

from nlu.extractor import extract  # noqa: E402


def _findings(text: str, concept: str) -> list:
    """(status, resolved) of every finding of ``concept`` read from ``text``."""
    return [(f.status.value, f.attributes.get("resolved") == "true")
            for f in extract(text).evidence.findings if f.concept == concept]


@pytest.mark.parametrize("text, concept", [
    ("随访记录\n治疗前情况：全身水肿，脾大（肋下4cm），皮肤色素沉着，双眼视乳头水肿。\n目前查体：双下肢无水肿，肝脾肋下未触及。",
     "papilledema"),
    ("随访记录\n治疗前情况：全身水肿，脾大（肋下4cm），皮肤色素沉着，双眼视乳头水肿。\n目前查体：双下肢无水肿，肝脾肋下未触及。",
     "splenomegaly"),
    ("治疗前：腹水，视乳头水肿，PLT 610×10^9/L。\n本次复查：精神好，行走正常。", "ascites"),
    ("移植前（2023-09）：脾大，视盘水肿。\n移植后6月：一般情况可。", "papilledema"),
    ("Baseline: ascites, bilateral papilledema, hyperpigmentation.\nNow (after C4): feels well.", "papilledema"),
    ("Pre-treatment: gross ascites and splenomegaly.\nCurrent: walking with a stick.", "splenomegaly"),
])
def test_findings_before_treatment_are_set_aside_when_now_is_stated(text: str, concept: str) -> None:
    """The pre-treatment list is past and not said to persist: historical, resolved."""
    read = _findings(text, concept)
    assert read and all(status == "historical" and gone for status, gone in read)


@pytest.mark.parametrize("text, concept", [
    # no line of now: the "Baseline:" work-up is what the diagnosis rests on
    ("出院小结：POEMS syndrome。\nBaseline：PET-CT 多发 osteosclerotic lesions；皮肤：色素沉着，多毛。\nPlan：C2 in two weeks.",
     "hyperpigmentation"),
    # "治疗前" inside a sentence is not a heading
    ("患者治疗前查体脾大，视乳头水肿。\n目前查体：一般情况可。", "papilledema"),
    # a finding of now under the now heading keeps its status
    ("治疗前情况：腹水。\n目前查体：视乳头水肿。", "papilledema"),
])
def test_lookalikes_of_a_pre_treatment_heading_stay_present(text: str, concept: str) -> None:
    read = _findings(text, concept)
    assert read and any(status == "present" for status, _ in read)


# --- Castleman disease absent only from a node's pathology ------------------------------------------

@pytest.mark.parametrize("text", [
    "血液科：VEGF轻度升高，未达2倍上限，无硬化性骨病，无Castleman病证据，诊断系统性AL型淀粉样变性。",
    "讨论意见：不考虑Castleman病，倾向AL型淀粉样变。",
    "MDT: no evidence of Castleman disease; AL amyloidosis is the diagnosis.",
    "Impression: IVIG-responsive CIDP. No Castleman disease.",
])
def test_castleman_negated_without_a_biopsy_says_nothing(text: str) -> None:
    """Not biopsied: the criterion stays unknown (no absent finding)."""
    assert ("absent", False) not in _findings(text, "castleman_disease")


@pytest.mark.parametrize("text", [
    "右腹股沟淋巴结活检：淋巴组织反应性增生，未见Castleman病样改变。",
    "左腋窝淋巴结切除，病理：滤泡反应性增生，无Castleman病改变。",
    "Node biopsy: reactive follicular hyperplasia, no Castleman features.",
    "Excision of the inguinal node showed reactive hyperplasia, negative for Castleman features.",
])
def test_castleman_negated_by_a_node_pathology_stays_absent(text: str) -> None:
    assert ("absent", False) in _findings(text, "castleman_disease")


# --- a skin sign explained at one site is the same lesion at that site elsewhere; 非POEMS相关 -------

@pytest.mark.parametrize("text", [
    "查体：双小腿皮肤干燥，胫前散在褐色色素沉着斑，双下肢无水肿。\n会诊意见：胫前色素沉着斑考虑糖尿病皮肤病，非POEMS相关皮肤改变。",
    "查体：胫前可见色素沉着斑数处。\n皮肤科：胫前色素沉着，符合糖尿病皮肤病。",
    "查体：颈后皮肤色素加深。\n皮肤科会诊：颈后色素加深，考虑黑棘皮病。",
])
def test_a_skin_sign_explained_at_its_site_says_nothing(text: str) -> None:
    """Described in the exam, explained in the opinion: no POEMS skin change either way."""
    for concept in ("hyperpigmentation", "skin_changes"):
        assert all(status not in ("present", "absent") for status, _ in _findings(text, concept)), concept


@pytest.mark.parametrize("text, concept, status", [
    # another site keeps its sign
    ("查体：手背皮肤色素沉着。\n会诊：胫前色素沉着斑考虑糖尿病皮肤病。", "hyperpigmentation", "present"),
    # no site written: the whole skin
    ("查体：全身皮肤色素沉着。\n会诊：胫前色素沉着斑考虑糖尿病皮肤病。", "hyperpigmentation", "present"),
    # put down to POEMS, not to another disease
    ("查体：胫前皮肤色素沉着，考虑POEMS综合征相关。", "hyperpigmentation", "present"),
    # a negation stays a negation
    ("查体：胫前无色素沉着。\n会诊：胫前色素沉着斑考虑糖尿病皮肤病。", "hyperpigmentation", "absent"),
])
def test_lookalikes_of_an_explained_skin_sign_keep_their_reading(text: str, concept: str, status: str) -> None:
    assert status in [s for s, _ in _findings(text, concept)]
