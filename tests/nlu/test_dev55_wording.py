"""Wording of Chinese follow-up calls, Hong Kong discharge summaries, case-discussion slides and
popular-science posts (sentences written for the tests, not taken from the corpus).
A symptom that came back ("双脚又开始麻", "两只脚又麻了", "双踝部又肿了", "双踝又开始肿") is present like one
that started; "双脚不麻了" stays unread.
A hormone stated below or above its range with 低于 / 高于 ("睾丸酮 5.2 nmol/L（低于参考值）", "皮质醇低于正常
下限", "泌乳素 52 ng/ml（高于参考值上限）"), and 睾丸酮, the Hong Kong name of testosterone, read as 睾酮;
"不低于参考值下限" is no low value.
A biopsy not done after the disease it would show ("Castleman病：未活检", "Castleman病未行活检", "Castleman病：
待活检") leaves the disease unknown, as "Castleman病：未查"; "淋巴结肿大，未活检" keeps the nodes.
The letters of POEMS heading the words of the acronym ("P多发性周围神经病、O脏器肿大、E内分泌异常、M单克隆蛋白、
S皮肤改变", "P：周围神经病，O：脏器肿大，E：内分泌病…") are the syndrome's name, not findings.
Rules: targets_zh.yml (两只脚都麻, 踝部肿胀, the hormone patterns, POEMS全称), context_zh.yml (NOT_DONE)."""
import pytest

from conftest import criterion, not_done, status_of


@pytest.mark.parametrize("text", [
    "近2月双脚又开始麻，较前加重。",
    "两只脚又麻了，走路不稳。",
    "停药后两条腿又开始发麻。",
    "双足再次开始麻，伴无力。",
])
def test_numbness_that_came_back_is_present(ex, text):
    assert status_of(ex(text), "symmetric_distal_sensory_symptoms") == "present"


@pytest.mark.parametrize("text", [
    "近3周双踝部又肿了，按下去有坑。",
    "双踝又开始肿，晚上明显。",
    "两踝部也有点肿。",
])
def test_ankle_swelling_that_came_back_is_present(ex, text):
    assert status_of(ex(text), "peripheral_edema") == "present"


def test_numbness_gone_is_not_read_present(ex):
    assert status_of(ex("双脚不麻了。"), "symmetric_distal_sensory_symptoms") != "present"


@pytest.mark.parametrize("text,concept", [
    ("睪丸酮 5.2 nmol/L（低於參考值）。", "hypogonadism"),
    ("睾酮 5.2 nmol/L（低于参考值）。", "hypogonadism"),
    ("睾丸酮 3.1 nmol/L，低于正常下限。", "hypogonadism"),
    ("血清睾酮低于正常范围（2.8 nmol/L）。", "hypogonadism"),
    ("睾丸酮偏低。", "hypogonadism"),
    ("皮质醇（8am）低于正常下限。", "adrenal_insufficiency"),
    ("泌乳素 52 ng/ml（高于参考值上限）。", "hyperprolactinemia"),
])
def test_a_hormone_below_or_above_its_range(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text", [
    "睾酮 18.2 nmol/L，不低于参考值下限。",
    "睾丸酮正常。",
    "睾酮较前低于参考值。",
])
def test_a_hormone_not_below_its_range(ex, text):
    assert status_of(ex(text), "hypogonadism") != "present"


@pytest.mark.parametrize("text", [
    "• Castleman病：未活检",
    "Castleman病未行活检。",
    "Castleman病：待活检",
    "Castleman病：淋巴结未做活检",
    "Castleman disease：暂未活检",
])
def test_a_biopsy_not_done_leaves_castleman_unknown(ex, text):
    e = ex(text)
    assert status_of(e, "castleman_disease") is None
    assert criterion(e, "castleman") == "unknown"
    assert "lymph_node_biopsy" in not_done(e)


def test_enlarged_nodes_not_biopsied_stay_enlarged(ex):
    e = ex("颈部淋巴结肿大，未活检。")
    assert status_of(e, "lymphadenopathy") == "present"


def test_castleman_on_biopsy_with_another_biopsy_not_done(ex):
    e = ex("淋巴结活检：Castleman病（透明血管型）。骨髓未活检。")
    assert criterion(e, "castleman") == "present"


@pytest.mark.parametrize("text", [
    "科普一下：POEMS是一种少见的浆细胞病，P多发性周围神经病、O脏器肿大、E内分泌异常、M单克隆蛋白、S皮肤改变。",
    "POEMS分别代表P：周围神经病，O：脏器肿大，E：内分泌病，M：M蛋白，S：皮肤改变。",
    "POEMS即P-多发性神经病、O-器官肿大、E-内分泌异常、M-单克隆浆细胞、S-皮肤病变。",
])
def test_the_acronym_with_its_letters_is_no_finding(ex, text):
    e = ex(text)
    for concept in ("polyneuropathy", "organomegaly", "endocrinopathy", "skin_changes"):
        assert status_of(e, concept) is None, concept


def test_findings_after_the_acronym_are_read(ex):
    e = ex("POEMS即P多发性周围神经病、O脏器肿大、E内分泌异常、M单克隆蛋白、S皮肤改变。本例查体：脾肋下3 cm，皮肤色素沉着。")
    assert criterion(e, "organomegaly") == "present"
    assert criterion(e, "skin_changes") == "present"
