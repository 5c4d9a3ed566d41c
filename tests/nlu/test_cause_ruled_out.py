"""A cause ruled out after a finding is not the finding ruled out (sentences written for the tests).

`双下肢水肿已排除心源性` (no comma), `双下肢水肿，已除外心源性、肾源性`, `leg oedema, cardiac cause excluded`,
`pleural effusion - heart failure ruled out`: what is excluded is the cause; the oedema / effusion stays
present. 排除 reads forward, and back only when it closes its clause (`脾大已排除。`, `肝硬化基本排除了。`);
in English a subject named between a dash, colon or bracket and `ruled out` / `excluded` is what is
ruled out (a finding there is negated alone: `leg oedema (DVT excluded)`).
Look-alikes: the finding ruled out itself (`脾大已排除。`, `已排除脾大`, `leg oedema - ruled out`,
`papilloedema: excluded`, `leg oedema - clinically excluded`); doubts stay doubts (`脾大未排除。`,
`脾大待排除。`, `脾大不能排除。`).
Rules: context_zh.yml (排除 forward; back when closing its clause), context_en.yml (a subject between
a dash and ruled out)."""
import pytest

from conftest import status_of


@pytest.mark.parametrize("text, concept", [
    ("双下肢水肿已排除心源性。", "peripheral_edema"),
    ("双下肢水肿已排除心源性、肾源性", "peripheral_edema"),
    ("双下肢水肿，已除外心源性、肾源性。", "peripheral_edema"),
    ("胸腔积液已排除结核性。", "pleural_effusion"),
    ("腹水已经排除肝硬化所致。", "ascites"),
    ("Leg oedema, cardiac cause excluded.", "peripheral_edema"),
    ("Pleural effusion - heart failure ruled out.", "pleural_effusion"),
    ("Leg oedema – cardiac and renal causes excluded.", "peripheral_edema"),
    ("Ascites: cirrhosis was excluded.", "ascites"),
    ("Leg oedema (DVT excluded on Doppler).", "peripheral_edema"),
])
def test_a_cause_ruled_out_leaves_the_finding_present(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


def test_a_finding_named_as_the_excluded_cause_is_negated_alone(ex):
    e = ex("Leg oedema (DVT excluded on Doppler).")
    assert status_of(e, "thrombosis") == "absent"
    assert status_of(e, "peripheral_edema") == "present"


@pytest.mark.parametrize("text, concept, state", [
    ("脾大已排除。", "splenomegaly", "absent"),
    ("已排除脾大。", "splenomegaly", "absent"),
    ("脾大排除，腹水（+）", "splenomegaly", "absent"),
    ("已排除了糖尿病。", "diabetes", "absent"),
    ("脾大未排除。", "splenomegaly", "uncertain"),
    ("脾大待排除。", "splenomegaly", "uncertain"),
    ("脾大不能排除。", "splenomegaly", "uncertain"),
    ("Leg oedema - ruled out.", "peripheral_edema", "absent"),
    ("Leg oedema - clinically excluded.", "peripheral_edema", "absent"),
    ("Papilloedema: excluded.", "papilledema", "absent"),
    ("Exam: leg oedema ruled out.", "peripheral_edema", "absent"),
    ("Pleural effusion ruled out.", "pleural_effusion", "absent"),
    ("Fundi: exam excluded papilloedema.", "papilledema", "absent"),
    ("Ventilation-perfusion scintigraphy excluded chronic thromboembolic disease.", "thrombosis", "absent"),
])
def test_the_finding_itself_ruled_out_or_in_doubt(ex, text, concept, state):
    assert status_of(ex(text), concept) == state
