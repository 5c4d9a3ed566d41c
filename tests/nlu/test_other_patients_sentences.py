"""A sentence about other patients or the literature, as case reports write them in their abstract,
introduction or discussion, is not this patient's (implications.yml ``others_sentence``): before,
"skin changes are seen in 68% of patients with plethora and acrocyanosis", "Crow reported two
patients with osteosclerotic plasmacytoma and ankle oedema" and "… are also cited" read plethora,
acrocyanosis, a sclerotic lesion and oedema as the patient's."""

import pytest

from bot.engine import assess
from nlu import extract


def present(text):
    return {f.concept for f in extract(text).evidence.findings if f.status.value == "present"}


@pytest.mark.parametrize("text, concept", [
    ("Skin changes are seen in 68% of patients with diffuse hyperpigmentation, plethora and acrocyanosis.", "plethora"),
    ("Multiple angiomas have been observed in 24-44% of patients.", "hemangioma"),
    ("In 1956, Crow reported two patients with osteosclerotic plasmacytoma, lymphadenopathy and edema of the ankles.",
     "sclerotic_bone_lesion"),
    ("In 1956, Crow reported two patients with osteosclerotic plasmacytoma, lymphadenopathy and edema of the ankles.",
     "peripheral_edema"),
    ("Scheinker observed the case of a 39-year-old man with plasmacytoma and hyperpigmentation.", "hyperpigmentation"),
    ("Leukonychia, hypertrichosis and skin thickening are also cited.", "hypertrichosis"),
    ("The most common findings are hyperpigmentation, hypertrichosis and hemangiomas.", "hypertrichosis"),
    ("Lambda light chain restriction is found in more than 95% of patients with POEMS syndrome.", "clonal_plasma_cells_ihc"),
    ("50%~90%的患者有皮肤改变，以色素沉着最常见。", "hyperpigmentation"),
    ("文献报道该病可伴视乳头水肿。", "papilledema"),
    ("POEMS syndrome should be considered when polyneuropathy, ascites and swollen lymph nodes occur along with "
     "adrenal insufficiency.", "polyneuropathy"),
    ("POEMS should be considered in patients with polyneuropathy and a lambda M-protein.", "m_protein"),
    ("Castleman disease is a variant of POEMS syndrome that occurs without a clonal plasma cell disorder.",
     "castleman_disease"),
])
def test_a_finding_of_other_patients_is_not_the_patients(text, concept):
    assert concept not in present(text)


def test_the_case_described_before_the_literature_keeps_its_findings():
    text = ("We report a woman with sensorimotor polyneuropathy, diffuse hyperpigmentation and ankle oedema. "
            "Skin changes are seen in 68% of patients with plethora and acrocyanosis. "
            "In 1956, Crow reported two patients with osteosclerotic plasmacytoma.")
    found = present(text)
    assert {"hyperpigmentation", "peripheral_edema"} <= found and not {"plethora", "acrocyanosis"} & found
    assert assess(extract(text).evidence).criteria["sclerotic_bone_lesions"].state.value == "unknown"


@pytest.mark.parametrize("text, concept", [
    ("Bone marrow: 8% plasma cells, lambda light chain restriction.", "clonal_plasma_cells_ihc"),
    ("骨髓：浆细胞占35%，κ轻链限制性。", "clonal_plasma_cells_ihc"),
    ("Hct 55%, splenomegaly.", "splenomegaly"),
])
def test_a_percentage_of_something_else_is_no_cue(text, concept):
    assert concept in present(text)


def test_a_denial_in_a_sentence_about_the_syndrome_is_not_the_patients_either():
    findings = extract("Castleman disease is a variant of POEMS syndrome that occurs without evidence of a clonal "
                       "plasma cell disorder.").evidence.findings
    assert not [f for f in findings if f.concept in ("m_protein", "castleman_disease")]


def test_myeloma_protein_is_an_m_protein_not_myeloma():
    found = present("Serum electrophoresis was positive for myeloma protein.")
    assert "m_protein" in found and "multiple_myeloma" not in found


INTRO = ("POEMS综合征多发于50~60岁的男性，临床表现除命名中的五大特征外，还包括：组织水肿、视乳头水肿、胸腔积液、"
         "腹水、血小板增多症、骨硬化性骨髓瘤、Castleman病、红细胞增多症、杵状指等特征。POEMS综合征的首发症状表现为"
         "多发性周围神经病，大部分表现为慢性脱髓鞘性周围神经病。几乎所有病例都合并浆细胞增生性疾病。病例多合并内分泌"
         "功能紊乱、心力衰竭和恶病质。")


def test_a_chinese_introduction_about_the_syndrome_reads_no_finding():
    """The opening paragraph of a Chinese case report had met the criteria by itself."""
    assert present(INTRO) == set()
    assert all(v.value == "unknown" for v in assess(extract(INTRO).evidence).states().values())


@pytest.mark.parametrize("text, concepts", [
    ("POEMS综合征是一种罕见的浆细胞病，本例患者表现为多发性周围神经病、脾大。", {"polyneuropathy", "splenomegaly"}),
    ("本例POEMS综合征表现为多发性周围神经病、脾大。", {"polyneuropathy", "splenomegaly"}),
    ("POEMS综合征患者，男，52岁，四肢麻木，脾大。", {"splenomegaly"}),
    ("POEMS syndrome typically presents with a polyneuropathy, and our patient had splenomegaly and papilledema.",
     {"splenomegaly", "papilledema"}),
])
def test_the_patient_named_after_a_general_clause_keeps_the_findings(text, concepts):
    assert concepts <= present(text)


@pytest.mark.parametrize("text, concept", [
    ("POEMS syndrome typically presents with a demyelinating polyneuropathy.", "polyneuropathy"),
    ("Patients with POEMS may have papilledema and ascites.", "papilledema"),
    ("大部分患者表现为慢性脱髓鞘性周围神经病。", "polyneuropathy"),
])
def test_what_the_syndrome_typically_does_is_not_the_patients(text, concept):
    assert concept not in present(text)


@pytest.mark.parametrize("text, concepts", [
    ("Anti-MAG neuropathy is associated with IgM kappa proteins, not IgA lambda.",
     {"anti_mag", "m_protein", "igm_paraprotein", "polyneuropathy"}),
    ("Amyloidosis is associated with hepatomegaly and macroglossia, and with autonomic neuropathy.",
     {"hepatomegaly", "polyneuropathy", "amyloidosis"}),
    ("Castleman's disease is characterised by lymphadenopathy.", {"castleman_disease", "lymphadenopathy"}),
])
def test_what_another_disease_is_associated_with_is_not_the_patients(text, concepts):
    """ "Anti-MAG neuropathy is associated with IgM kappa proteins" had read anti-MAG neuropathy, a
    polyneuropathy and an IgM-κ M-protein as the patient's."""
    assert not present(text) & concepts


def test_the_patients_own_isotype_beside_it_stays():
    text = "IFE: IgM kappa. His neuropathy is associated with an IgM kappa paraprotein."
    assert {"igm_paraprotein", "polyneuropathy"} <= present(text)
