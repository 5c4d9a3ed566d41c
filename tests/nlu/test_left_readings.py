"""Readings that were missing or wrong: the skin said to look fine, a spleen length with an
estimate word, a denial closed by a question mark, a dated lab table written newest row first, and
a clear chest film.

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import pytest

from conftest import lab_tuples, statuses


# --- the skin said to look fine ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Skin looks fine.",
    "skin looks normal",
    "skin is fine",
    "Her skin looks OK.",
    "On review the skin looked fine and the fundi were normal.",
    "皮肤看着没问题",
    "皮肤看起来正常。",
    "皮肤查了没啥事。",
    "家属说皮肤看着也没什么问题。",
])
def test_skin_said_to_look_fine_is_no_skin_change(text: str) -> None:
    assert statuses(text, "skin_changes") == ["absent"]


@pytest.mark.parametrize("text, concept, expected", [
    ("皮肤看着好黑。", "skin_changes", []),                    # 好 = very: a dark skin, not a fine one
    ("Chest clear. Heart sounds normal.", "skin_changes", []),
    ("Skin looks fine, hyperpigmentation of both shins.", "hyperpigmentation", ["present"]),
    ("皮肤看着没问题，脸黑了不少。", "hyperpigmentation", ["present"]),
    ("His skin looks darker than last year.", "skin_changes", []),
])
def test_skin_fine_look_alikes(text: str, concept: str, expected: list) -> None:
    assert statuses(text, concept) == expected


# --- a spleen length above 13 cm, estimated or measured ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Spleen approx. 15 cm.",
    "spleen 15 cm",
    "spleen length 15.2 cm",
    "Ultrasound: spleen ~14 cm.",
    "spleen measuring approximately 14.5 cm on CT",
    "spleen 13.5 cm",
    "脾长径约15 cm",
    "脾长约14.2cm。",
    "脾脏长径15.2cm，厚4.1cm。",
])
def test_spleen_longer_than_13_cm_is_splenomegaly(text: str) -> None:
    assert statuses(text, "splenomegaly") == ["present"]


@pytest.mark.parametrize("text", [
    "spleen 11 cm",
    "Spleen approx. 11 cm.",
    "spleen 12.9 cm",
    "spleen 13 cm",                 # the upper limit itself: not read either way
    "Liver approx. 15 cm.",         # a liver span, not a spleen
    "脾长径约11 cm。",
    "脾长径13cm。",
])
def test_spleen_up_to_13_cm_is_not_splenomegaly(text: str) -> None:
    assert "present" not in statuses(text, "splenomegaly")


def test_spleen_thickness_and_costal_margin_readings_unchanged() -> None:
    assert statuses("腹部B超：脾厚5.2cm。", "splenomegaly") == ["present"]
    assert statuses("spleen 3 cm below the costal margin", "splenomegaly") == ["present"]
    assert statuses("Ultrasound: spleen 13 cm, splenomegaly cannot be excluded.", "splenomegaly") == ["uncertain"]


# --- a denial closed by a question mark is a doubt ------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("淋巴结：(-)？", "lymphadenopathy"),
    ("淋巴结(-)?", "lymphadenopathy"),
    ("淋巴结（-）？", "lymphadenopathy"),
    ("浅表淋巴结未触及？", "lymphadenopathy"),
    ("lymph nodes (-)?", "lymphadenopathy"),
    ("LN: (-)?", "lymphadenopathy"),
    ("脾(-)?", "splenomegaly"),
    ("淋巴结肿大(+)?", "lymphadenopathy"),      # already read so: the same doubt
    ("肝脾未触及？", "hepatosplenomegaly"),
])
def test_denial_with_question_mark_is_uncertain(text: str, concept: str) -> None:
    assert statuses(text, concept) == ["uncertain"]


@pytest.mark.parametrize("text, concept, expected", [
    ("淋巴结(-)", "lymphadenopathy", ["absent"]),
    ("淋巴结：(-)。", "lymphadenopathy", ["absent"]),
    ("淋巴结(-)，脾大?", "lymphadenopathy", ["absent"]),   # the question is the spleen's
    ("淋巴结(-)，脾大?", "splenomegaly", ["uncertain"]),
    ("lymph nodes (-). VEGF?", "lymphadenopathy", ["absent"]),
    ("淋巴结？", "lymphadenopathy", []),                   # an organ asked about, nothing denied
    ("浅表淋巴结(-)？，脾大", "splenomegaly", ["present"]),
])
def test_denial_question_look_alikes(text: str, concept: str, expected: list) -> None:
    assert statuses(text, concept) == expected


# --- a dated table: the latest date is the current value, whatever the row order ------------------

_HEADER_ZH = "日期          PLT(×10^9/L)    Hb(g/L)\n"
_HEADER_EN = "Date          PLT (x10^9/L)    Hb (g/L)\n"


@pytest.mark.parametrize("header, old, new", [
    (_HEADER_ZH, "2024-01-10", "2025-01-20"),
    (_HEADER_ZH, "2024/3/5", "2024/11/5"),
    (_HEADER_ZH, "2024.3.5", "2024.4.1"),
    (_HEADER_ZH, "2024年12月1日", "2025年3月5日"),
    (_HEADER_ZH, "1月10日", "3月5日"),
    (_HEADER_ZH, "12月20日", "1月15日"),           # across New Year: a month, not eleven
    (_HEADER_EN, "05/01/2024", "25/03/2024"),      # day first (25 is no month)
    (_HEADER_EN, "01/05/2024", "03/25/2024"),      # month first (25 is no month)
    (_HEADER_EN, "2023-11-05", "2024-03-05"),
])
@pytest.mark.parametrize("newest_first", [False, True])
def test_dated_table_latest_value_last(header: str, old: str, new: str, newest_first: bool) -> None:
    rows = [f"{old}    568             171\n", f"{new}    312             146\n"]
    if newest_first:
        rows.reverse()
    text = "随访：\n" + header + "".join(rows) if header is _HEADER_ZH else "Follow-up:\n" + header + "".join(rows)
    assert [v for v, _, _ in lab_tuples(text, "platelets")] == [568.0, 312.0]
    assert [v for v, _, _ in lab_tuples(text, "hemoglobin")] == [171.0, 146.0]


def test_dated_table_three_rows_newest_first() -> None:
    text = ("日期          PLT(×10^9/L)    Hb(g/L)    血清VEGF(pg/mL，参考值0-142)\n"
            "2025-06-01    280             140        210\n"
            "2025-01-20    312             146        682\n"
            "2024-01-10    568             171        3860\n")
    assert [v for v, _, _ in lab_tuples(text, "vegf")] == [3860.0, 682.0, 210.0]


@pytest.mark.parametrize("first, second", [
    ("05/03/2024", "04/05/2024"),   # 5 March and 4 May, or 3 May and 5 April: cannot be told
    ("2024-03-05", "3月1日"),        # a year on one row only
])
def test_dated_table_undecidable_order_kept_as_written(first: str, second: str) -> None:
    text = _HEADER_EN + f"{first}    312             146\n{second}    568             171\n"
    assert [v for v, _, _ in lab_tuples(text, "platelets")] == [312.0, 568.0]


# --- a clear chest film: no pleural effusion (nothing said of ascites or oedema) -------------------

@pytest.mark.parametrize("text", [
    "chest X-ray was clear",
    "CXR clear",
    "CXR: no effusion",
    "CXR: normal.",
    "A normal CXR.",
    "X-ray chest: NAD.",
    "CT chest unremarkable.",
    "chest CT: no pleural effusion.",
    "no effusions on CXR",
    "CT chest: no consolidation or effusion.",
    "胸片未见异常",
    "胸片：未见积液。",
    "胸部CT：未见明显异常。",
    "X线胸片正常。",
])
def test_clear_chest_film_is_no_pleural_effusion(text: str) -> None:
    assert statuses(text, "pleural_effusion") == ["absent"]


@pytest.mark.parametrize("text", [
    "CXR: bilateral small effusions.",
    "small bilateral effusions on chest X-ray",
    "Chest X-ray showed a left effusion.",
    "CXR: clear, small right effusion.",                     # clear but for its effusion
    "CXR otherwise clear apart from a small left effusion.",
    "Chest X-ray normal apart from a small left effusion.",
    "CT chest normal except for bilateral effusions.",
])
def test_effusion_on_a_chest_film_is_pleural(text: str) -> None:
    assert statuses(text, "pleural_effusion") == ["present"]


@pytest.mark.parametrize("text, concept, expected", [
    ("CXR clear. Ascites on US. Pitting oedema.", "ascites", ["present"]),
    ("CXR clear. Ascites on US. Pitting oedema.", "peripheral_edema", ["present"]),
    ("胸片未见积液，腹水少量。", "ascites", ["present"]),
    ("Chest clear. No ascites.", "pleural_effusion", []),          # auscultation, not a film
    ("Chest clear on auscultation.", "pleural_effusion", []),
    ("CT: no effusion.", "pleural_effusion", []),                   # which CT is not said
    ("Echo: no effusion.", "pleural_effusion", []),
    ("胸部：未见异常。", "pleural_effusion", []),                     # the examination, not a film
    ("chest X-ray was not clear", "pleural_effusion", []),
    ("CXR clear?", "pleural_effusion", ["uncertain"]),
    ("CXR: clear lung fields, small effusion.", "pleural_effusion", []),
    ("Chest clear, small effusion on echo.", "pleural_effusion", []),
    ("CXR clear. Small pericardial effusion on echo.", "pleural_effusion", ["absent"]),
    ("CXR clear. Small pericardial effusion on echo.", "pericardial_effusion", ["present"]),
    ("CXR clear, no effusion.", "pleural_effusion", ["absent"]),
])
def test_clear_chest_film_look_alikes(text: str, concept: str, expected: list) -> None:
    assert statuses(text, concept) == expected


@pytest.mark.parametrize("text", [
    "Chest radiograph was negative for pleural effusion; there was no ascites or peripheral oedema.",
    "CXR negative for effusion.",
    "Chest X-ray negative for effusion.",
    "CXR unremarkable for effusion.",
    "CT chest negative for pleural effusions.",
])
def test_a_chest_film_negative_for_an_effusion_denies_it(text: str) -> None:
    """'negative for' is a denial, never the film's 'clear apart from' an effusion (which
    had read 'Chest radiograph was negative for pleural effusion' as an effusion present)."""
    assert "present" not in statuses(text, "pleural_effusion")
    assert "absent" in statuses(text, "pleural_effusion")


@pytest.mark.parametrize("text, expected", [
    ("眼底：水肿", ["present"]), ("眼底检查示双侧水肿", ["present"]), ("眼底查了，说有水肿", ["present"]),
    ("眼底：水肿？", ["uncertain"]),
])
def test_oedema_the_fundus_shows_is_papilloedema(text, expected):
    """The oedema a fundus examination shows is the optic disc's, not the legs': it had been read
    as peripheral oedema (volume overload) and the papilloedema missed."""
    assert statuses(text, "papilledema") == expected
    assert statuses(text, "peripheral_edema") == []


@pytest.mark.parametrize("text, concept, expected", [
    ("眼底检查，双下肢水肿", "peripheral_edema", ["present"]),
    ("眼底正常，双下肢水肿", "peripheral_edema", ["present"]),
    ("眼底正常，双下肢水肿", "papilledema", ["absent"]),
    ("眼底：未见水肿", "papilledema", ["absent"]),
])
def test_fundus_look_alikes(text, concept, expected):
    assert statuses(text, concept) == expected
