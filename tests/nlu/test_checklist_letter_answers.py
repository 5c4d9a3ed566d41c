"""Checklist rows answered with one letter, a bracket of answer options or "unknown" (sentences
written for the tests, not taken from the corpus): a capital "N" after a finding's row is its "No"
(`Papilledema: N (dilated fundus exam normal)`, `Hepatomegaly N / Splenomegaly N`, `Papilloedema - N`);
"N/A", "N?" and "Y" are not; a bracket of options before the colon (`(Y/N)`, `[Y/N]`, `(yes/no)`,
`(present/absent)`, `(有/无)`) states nothing, and a question left unanswered after it is no finding;
a row answered `unknown` / `Unk` / `NK` / `not recorded` is unknown, never present.
Rules: context_en.yml (a heading answered no), implications.yml heading_answer and form_answer,
document.yml answer_options (nlu/normalize.py)."""
import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text,concept", [
    ("Papilledema: N (dilated fundus exam 2026-11-03 normal)", "papilledema"),
    ("Papilledema: N", "papilledema"),
    ("- Papilloedema: N\n- Splenomegaly: Y (16 cm)", "papilledema"),
    ("Ascites: N. Pleural effusion: N. Peripheral edema: N.", "ascites"),
    ("Ascites: N. Pleural effusion: N. Peripheral edema: N.", "pleural_effusion"),
    ("Ascites: N. Pleural effusion: N. Peripheral edema: N.", "peripheral_edema"),
    ("Hepatomegaly N / Splenomegaly N / Lymphadenopathy N", "hepatomegaly"),
    ("Hepatomegaly N / Splenomegaly N / Lymphadenopathy N", "lymphadenopathy"),
    ("Papilloedema - N", "papilledema"),
    ("Papilledema? N", "papilledema"),
    ("Skin changes: N", "skin_changes"),
    ("Sclerotic bone lesions: N - CT normal", "sclerotic_bone_lesion"),
    ("Elevated VEGF: N - plasma VEGF 60 pg/mL (lab ULN 115)", "vegf_elevated"),
    ("Monoclonal plasma cell disorder: N - serum and urine IFE negative, FLC ratio 1.1", "m_protein"),
    # the bracket of options before the colon is no answer; the letter after it is
    ("Papilledema (Y/N): N", "papilledema"),
    ("Papilledema [Y/N]: N", "papilledema"),
    ("Ascites (yes/no): no", "ascites"),
    ("Edema (present/absent): absent", "peripheral_edema"),
    ("Lymphadenopathy (Y/N/NA): N\nAge: 52", "lymphadenopathy"),
    ("水肿（有/无）：无", "peripheral_edema"),
])
def test_row_answered_n_is_absent(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text,concept", [
    ("Papilledema: Y", "papilledema"),
    ("Papilledema (Y/N): Y", "papilledema"),
    ("Edema [Y/N]: Y (2+ to the knees)", "peripheral_edema"),
    ("Ascites (yes/no): yes", "ascites"),
    ("Stage: N\nPapilledema: Y - Frisen grade 2", "papilledema"),
    # an initial or a name is no answer
    ("Patient: N.M., 54 y/o. Papilledema present bilaterally.", "papilledema"),
    ("Seen with Dr N. Papilloedema noted on fundoscopy.", "papilledema"),
    ("Edema present. BP: N", "peripheral_edema"),
    # a trace answered with (+/-) stays as it was read
    ("双下肢水肿(+)", "peripheral_edema"),
])
def test_yes_and_look_alikes_stay_present(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text,concept", [
    # not assessed, not done, not known, or not answered: never absent, never present
    ("Papilledema: N/A", "papilledema"),
    ("Papilledema: N/A - not examined", "papilledema"),
    ("Papilledema (Y/N): N/A", "papilledema"),
    ("Papilledema: unknown", "papilledema"),
    ("Papilledema: Unknown", "papilledema"),
    ("Castleman disease: Unk", "castleman_disease"),
    ("Ascites - NK (not known)", "ascites"),
    ("Skin changes: not recorded", "skin_changes"),
    ("Papilledema (Y/N):\nAscites (Y/N):", "papilledema"),
    ("Papilledema (Y/N):\nAscites (Y/N):", "ascites"),
    ("Papilledema (Y/N): unknown", "papilledema"),
])
def test_unanswered_or_unknown_row_is_no_finding(ex, text, concept):
    assert status_of(ex(text), concept) in (None, "not_done")


def test_doubtful_letter_stays_in_doubt(ex):
    assert status_of(ex("Papilledema: N?"), "papilledema") == "uncertain"
    assert status_of(ex("Papilledema: ?"), "papilledema") == "uncertain"


def test_unknown_cause_is_no_answer(ex):
    # "of unknown cause", "unknown origin": words of the finding's cause, not a row's answer
    assert status_of(ex("Neuropathy of unknown cause."), "polyneuropathy") == "present"
    assert status_of(ex("Ascites: unknown origin, tapped 2 L."), "ascites") == "present"


def test_checklist_of_minor_criteria(ex):
    text = ("5. At least one minor criterion: Y\n"
            "   - Organomegaly: N (CT: liver, spleen and lymph nodes normal size)\n"
            "   - Extravascular volume overload: Y (bilateral leg edema 2+)\n"
            "   - Endocrinopathy: not assessed (hormone panel pending)\n"
            "   - Skin changes: Y (hyperpigmentation, hemangiomas)\n"
            "   - Papilledema: N (dilated fundus exam 2026-11-03 normal)\n"
            "   - Thrombocytosis/polycythemia: N (Plt 310 K/uL, Hgb 14.8 g/dL)\n"
            "Exclusion criteria (all must be N)\n"
            "1. Prior ASCT: N\n")
    e = ex(text)
    assert criterion(e, "papilledema") == "absent"
    assert criterion(e, "organomegaly") == "absent"
    assert criterion(e, "extravascular_volume_overload") == "present"
    assert criterion(e, "skin_changes") == "present"
    assert criterion(e, "endocrinopathy") == "unknown"
    assert criterion(e, "thrombocytosis_polycythemia") == "absent"
