"""Chinese wording from dev file 29: notes from Hong Kong and Taiwan in traditional characters
(周邊神經病變, 脾臟腫大, 水腫, 色素沉著, 血紅素), lymph nodes written "LN 肿大" in a Chinese
record, and the gonadal axis named 性腺 in a list of axes stated normal."""
import pytest

from conftest import criterion, labs_of, status_of
from nlu.normalize import normalize


@pytest.mark.parametrize("text, simplified", [
    ("周邊神經病變", "周边神经病变"),
    ("脾臟腫大（肋下約3公分）", "脾脏肿大(肋下约3公分)"),
    ("雙下肢凹陷性水腫", "双下肢凹陷性水肿"),
    ("全身皮膚色素沉著", "全身皮肤色素沉着"),
    ("皮膚乾燥，於外院診斷", "皮肤干燥,于外院诊断"),
    ("頸部淋巴結腫大", "颈部淋巴结肿大"),
])
def test_traditional_characters_become_simplified_with_the_same_length(text, simplified):
    assert normalize(text) == simplified
    assert len(normalize(text)) == len(text)


@pytest.mark.parametrize("text", [
    "VEGF显著升高", "著名的病例", "皮肤覆盖", "藉此", "双下肢水肿。脾大", "显著增高的血红蛋白", "Plain English, no change.",
])
def test_simplified_text_is_unchanged(text):
    assert normalize(text) == text


@pytest.mark.parametrize("text, concept, status", [
    ("雙下肢麻痺無力，神經傳導檢查顯示多發性周邊神經病變。", "polyneuropathy", "present"),
    ("腹部觸診脾臟腫大（肋下約3公分）。", "splenomegaly", "present"),
    ("雙下肢凹陷性水腫。", "peripheral_edema", "present"),
    ("全身皮膚色素沉著。", "hyperpigmentation", "present"),
    ("雙側視神經盤未見水腫。", "papilledema", "absent"),
    ("頸部及腋下未觸及腫大淋巴結。", "lymphadenopathy", "absent"),
    ("肝臟未觸及腫大。", "hepatomegaly", "absent"),
])
def test_traditional_notes_are_read(ex, text, concept, status):
    assert status_of(ex(text), concept) == status


@pytest.mark.parametrize("text, value, unit", [
    ("血紅素 15.1 g/dL", 15.1, "g/dL"),
    ("血紅素：142 g/L", 142, "g/L"),
    ("檢驗：血小板 482 ×10^9/L，血紅素 15.1 g/dL。", 15.1, "g/dL"),
])
def test_haemoglobin_written_as_xuehongsu(ex, text, value, unit):
    assert [(lab.value, lab.unit) for lab in labs_of(ex(text), "hemoglobin")] == [(value, unit)]


def test_heme_oxygenase_is_not_haemoglobin(ex):
    assert labs_of(ex("血红素加氧酶-1 表达增高。"), "hemoglobin") == []


@pytest.mark.parametrize("text, status", [
    ("肝脾 not palpable，左腹股沟 LN 肿大约 1.8 cm。", "present"),
    ("颈部 LN肿大，最大 2 cm。", "present"),
    ("腹膜后多发肿大 LN，最大短径 1.6 cm。", "present"),
    ("LNs 肿大（双侧腋窝）。", "present"),
    ("LN 肿大? 待超声。", "uncertain"),
    ("无 LN 肿大。", "absent"),
    ("LN 未触及肿大。", "absent"),
])
def test_lymph_nodes_abbreviated_in_a_chinese_record(ex, text, status):
    assert status_of(ex(text), "lymphadenopathy") == status


@pytest.mark.parametrize("text", [
    "性腺、肾上腺轴及泌乳素未见异常。",
    "性腺、肾上腺轴、泌乳素均正常。",
    "性腺轴、肾上腺轴及泌乳素未见异常。",
])
def test_gonadal_axis_named_xingxian_in_a_normal_list(ex, text):
    assert status_of(ex(text), "hypogonadism") == "absent"


def test_diabetes_and_hypothyroidism_with_the_other_axes_normal_is_no_endocrinopathy(ex):
    text = ("2型糖尿病12年。桥本甲状腺炎，甲状腺功能减退症。"
            "性腺、肾上腺轴及泌乳素未见异常。")
    assert criterion(ex(text), "endocrinopathy") == "absent"


@pytest.mark.parametrize("text, status", [
    ("性腺功能减退。", "present"),
    ("双侧肾上腺未见异常。", None),
    ("性腺未查。", None),
])
def test_lookalikes_of_the_gonadal_axis(ex, text, status):
    assert status_of(ex(text), "hypogonadism") == status
