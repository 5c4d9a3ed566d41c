"""Chinese messages dictated by voice input: spoken units ("10的9次方每升"), a value or a finding taken back at once
("哦不对是…"), a finding answered 没有 after it and a list closed by a pause instead of a comma, hedges after the
finding ("好像是有", "应该是吧"), "皮肤都正常", sclerotic lesions spoken with 的, light chains spoken as 卡帕 / 兰姆达,
the letters VGF, 经典 recognised for 神经, a sample said after a pause, and "除X外" before the rest of an exam."""

import pytest

from conftest import criterion, labs_of, status_of


@pytest.mark.parametrize("text, value", [
    ("血小板 512 10的9次方每升", 512),
    ("血小板612乘以10的9次方每升", 612),
    ("血小板 498 十的九次方每升", 498),
])
def test_a_spoken_count_unit_is_ten_to_the_ninth_per_litre(ex, text, value):
    [lab] = labs_of(ex(text), "platelets")
    assert (lab.value, lab.unit) == (value, "10^9/L")


def test_a_value_taken_back_at_once_gives_the_corrected_one(ex):
    reading = ex("血小板是610哦不对是310 10的9次方每升 血红蛋白132克每升")
    assert [lab.value for lab in labs_of(reading, "platelets")] == [310]
    assert criterion(reading, "thrombocytosis_polycythemia") == "absent"


def test_a_value_corrected_twice_over(ex):
    [lab] = labs_of(ex("血清vegf查了2300，不对不对，是320皮克每毫升"), "vegf")
    assert (lab.value, lab.unit) == (320, "pg/mL")


def test_a_finding_taken_back_at_once_is_not_read(ex):
    reading = ex("CT说脾大 不对 是肝大 肋下两指")
    assert status_of(reading, "hepatomegaly") == "present"
    assert status_of(reading, "splenomegaly") is None


def test_asymmetric_is_no_correction(ex):
    assert status_of(ex("双下肢水肿不对称，左侧明显"), "peripheral_edema") == "present"


@pytest.mark.parametrize("text, concept", [
    ("腹水没有，胸水少量", "ascites"),
    ("双下肢水肿没有 胸片正常", "peripheral_edema"),
])
def test_a_finding_answered_no_after_it(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


def test_the_answer_no_stops_at_its_own_finding(ex):
    reading = ex("腹水没有，胸水少量")
    assert status_of(reading, "pleural_effusion") == "present"


def test_no_before_an_english_word_still_reads_forward(ex):
    assert status_of(ex("双下肢没有 edema。"), "peripheral_edema") == "absent"


def test_a_list_answered_no_ends_at_the_pause(ex):
    reading = ex("心包积液胸水都没有 血小板520 10的9次方每升")
    assert status_of(reading, "pericardial_effusion") == "absent"
    assert status_of(reading, "pleural_effusion") == "absent"
    assert criterion(reading, "thrombocytosis_polycythemia") == "present"


def test_a_list_answered_no_does_not_reach_back_across_a_pause(ex):
    reading = ex("双下肢水肿 胸水腹水都没有 PLT 320")
    assert status_of(reading, "peripheral_edema") == "present"
    assert status_of(reading, "ascites") == "absent"


def test_also_no_before_an_english_term_reads_forward(ex):
    reading = ex("VEGF 不高、也没有 sclerotic lesion，不像 POEMS")
    assert criterion(reading, "sclerotic_bone_lesions") == "absent"


@pytest.mark.parametrize("text", ["肝脾淋巴结都没有大", "肝脾、淋巴结也没肿大"])
def test_the_three_organs_said_not_enlarged_together(ex, text):
    assert criterion(ex(text), "organomegaly") == "absent"


@pytest.mark.parametrize("text", ["跟腱反射没有 袜套样针刺觉减退", "双下肢腱反射都引不出"])
def test_reflexes_said_absent_in_plain_words(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text, concept", [
    ("IFE好像是有条带，我也说不准", "serum_immunofixation"),
    ("肝大 应该是吧 没量", "hepatomegaly"),
    ("腹水好像没有吧", "ascites"),
])
def test_a_hedge_after_the_finding_puts_it_in_doubt(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


def test_a_hedge_after_a_comma_leaves_the_earlier_clause(ex):
    reading = ex("脾大，好像有点水肿")
    assert status_of(reading, "splenomegaly") == "present"
    assert status_of(reading, "peripheral_edema") == "uncertain"


@pytest.mark.parametrize("text", ["皮肤都正常", "皮肤也基本正常"])
def test_the_skin_said_normal_with_an_adverb(ex, text):
    assert criterion(ex(text), "skin_changes") == "absent"


def test_the_finding_excepted_before_the_rest_of_the_exam_stays_present(ex):
    reading = ex("眼底：双侧视盘水肿。除视盘水肿外神经系统查体未见异常。")
    assert criterion(reading, "papilledema") == "present"


@pytest.mark.parametrize("text, state", [
    ("髂骨上有个成骨性的病灶", "present"),
    ("骨盆CT没看到溶骨或者硬化的病灶。", "absent"),
    ("PET-CT骨头上没看到硬化，也没有溶骨", "absent"),
])
def test_sclerotic_lesions_in_spoken_words(ex, text, state):
    assert criterion(ex(text), "sclerotic_bone_lesions") == state


def test_light_chains_spoken_as_their_sounds(ex):
    reading = ex("游离轻链 卡帕15毫克每升 兰姆达140毫克每升")
    assert [(lab.value, lab.unit) for lab in labs_of(reading, "flc_kappa")] == [(15, "mg/L")]
    assert [(lab.value, lab.unit) for lab in labs_of(reading, "flc_lambda")] == [(140, "mg/L")]


def test_vegf_recognised_as_vgf(ex):
    [lab] = labs_of(ex("血浆VGF 260皮克每毫升"), "vegf")
    assert (lab.value, lab.sample.value) == (260, "plasma")


def test_nerve_recognised_as_classic(ex):
    assert criterion(ex("经典传导：四肢运动经典传导速度减慢，多发性周围经典病"), "polyneuropathy") == "present"


@pytest.mark.parametrize("text, value", [
    ("vegf结果回来了 2650皮克每毫升 血清的 IFE阴性", 2650),
    ("vegf 3.1纳克每毫升 血清 骨CT没做", 3.1),
])
def test_a_sample_said_after_a_pause(ex, text, value):
    [lab] = labs_of(ex(text), "vegf")
    assert (lab.value, lab.sample.value if lab.sample else None) == (value, "serum")


def test_an_english_sample_before_the_next_test_is_not_taken(ex):
    [lab] = labs_of(ex("VEGF 1850 pg/mL serum IFE negative"), "vegf")
    assert lab.sample is None
