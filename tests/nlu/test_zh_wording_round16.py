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


@pytest.mark.parametrize("text, simplified", [
    ("雙下肢麻痺無力", "双下肢麻痹无力"),
    ("睪固酮偏低", "睾固酮偏低"),
    ("衞生署", "卫生署"),
])
def test_taiwanese_and_hong_kong_variant_characters(text, simplified):
    assert normalize(text) == simplified


@pytest.mark.parametrize("text", ["什么时候开始", "VEGF显著升高"])
def test_variants_that_simplified_notes_use_stay(text):
    assert normalize(text) == text


@pytest.mark.parametrize("text, concept, status", [
    # Taiwanese and Hong Kong medical words (after the characters are mapped)
    ("雙眼視乳突水腫。", "papilledema", "present"),
    ("視乳突充血、邊界模糊，水腫。", "papilledema", "present"),
    ("視乳突 edema", "papilledema", "present"),
    ("雙側視乳突未見水腫。", "papilledema", "absent"),
    ("視乳突邊界清，無水腫。", "papilledema", "absent"),
    ("雙下肢水腫，視乳突正常。", "papilledema", "absent"),
    ("頸部淋巴腺腫大。", "lymphadenopathy", "present"),
    ("淋巴腺未觸及腫大。", "lymphadenopathy", "absent"),
    ("全身皮膚色素沉澱。", "hyperpigmentation", "present"),
    ("睪固酮 4.2 nmol/L（偏低）。", "hypogonadism", "present"),
    ("泌乳激素 38 ng/mL（偏高）。", "hyperprolactinemia", "present"),
    ("紅血球增多症。", "polycythemia", "present"),
    ("男性女乳症。", "gynecomastia", "present"),
    ("睪固酮、泌乳激素、皮質醇均正常。", "hypogonadism", "absent"),
    ("睪固酮、泌乳激素、皮質醇均正常。", "hyperprolactinemia", "absent"),
])
def test_taiwanese_and_hong_kong_medical_words(ex, text, concept, status):
    assert status_of(ex(text), concept) == status


@pytest.mark.parametrize("text, concept, status", [
    # look-alikes: a leg oedema beside a normal disc, a testosterone that is not low
    ("雙下肢水腫，視乳突正常。", "peripheral_edema", "present"),
    ("睪固酮正常。", "hypogonadism", "absent"),
    ("睪固酮 14.2 nmol/L（參考值 8.4~28.7）", "hypogonadism", "absent"),
    ("睪固酮 4.1 nmol/L（參考值 8.4~28.7）", "hypogonadism", "present"),
    ("泌乳激素較前降低。", "hyperprolactinemia", None),
])
def test_taiwanese_words_lookalikes(ex, text, concept, status):
    assert status_of(ex(text), concept) == status
