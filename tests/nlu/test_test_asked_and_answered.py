"""A test asked about and answered in the same message, as referrers write in messaging ("骨CT做了吗？
没有做", "Bone CT done? No.", "Fundoscopy done? yes, normal", "VEGF查了吗？查了，1800 pg/ml"): the
answer decides whether the test was done and what it showed. Rules: implications.yml
form_answer.test_asked and heading_answer.checked_answer; labs.yml filler."""

import pytest

from nlu import extract_evidence


def read(text: str):
    evidence = extract_evidence(text)
    return ([(f.concept, f.status.value) for f in evidence.findings],
            [(t.test, t.reason) for t in evidence.not_done],
            [(lab.analyte, lab.value) for lab in evidence.labs])


@pytest.mark.parametrize("text, test", [
    ("骨CT做了吗？没有做", "bone_imaging"),
    ("淋巴结活检做了吗？没有", "lymph_node_biopsy"),
    ("VEGF查了吗？没查", "serum_vegf"),
    ("有没有做骨CT？没有", "bone_imaging"),
    ("FLC有没有查？还没有查", "serum_free_light_chains"),
    ("did they do a bone CT? no", "bone_imaging"),
    ("Bone CT done? No.", "bone_imaging"),
    ("any FLC? not done", "serum_free_light_chains"),
    ("Was a skeletal survey performed? No", "bone_imaging"),
    ("VEGF? not done yet", "serum_vegf"),
])
def test_asked_and_answered_not_done(text, test):
    findings, not_done, labs = read(text)
    assert (test, "not_done") in not_done
    assert findings == [] and labs == []


def test_a_bare_no_after_a_test_name_alone_is_left_alone():
    """"VEGF? no" could deny a result as well as the test: nothing is read from it."""
    assert read("VEGF? no") == ([], [], [])


@pytest.mark.parametrize("text, concept", [
    ("Fundoscopy, normal", "papilledema"),
    ("眼底，正常", "papilledema"),
    ("眼底查了，正常", "papilledema"),
    ("Fundoscopy done? yes, normal", "papilledema"),
    ("Bone CT, normal", "sclerotic_bone_lesion"),
    ("IFE做了吗？做了，阴性", "serum_immunofixation"),
    ("M protein checked? yes, negative", "m_protein"),
])
def test_checked_and_normal(text, concept):
    findings, not_done, _ = read(text)
    assert (concept, "absent") in findings
    assert not_done == []


@pytest.mark.parametrize("text", ["Fundoscopy, normal ECG", "眼底，正常心电图"])
def test_normal_naming_something_else_is_no_answer(text):
    assert ("papilledema", "absent") not in read(text)[0]


@pytest.mark.parametrize("text", ["VEGF查了吗？查了，1800 pg/ml", "VEGF done, 1800 pg/ml",
                                  "VEGF done? yes, 1800 pg/ml", "VEGF checked: 1800 pg/ml"])
def test_a_value_after_the_check(text):
    assert read(text)[2] == [("vegf", 1800.0)]


def test_a_check_answered_no_keeps_a_later_number_away():
    findings, not_done, labs = read("VEGF done? no, 1800 was the BNP")
    assert ("serum_vegf", "not_done") in not_done
    assert labs == []


@pytest.mark.parametrize("text", ["VEGF送了，还没回来", "VEGF送了还没出结果", "VEGF结果还没出来", "VEGF已送，还没出结果",
                                  "FLC送检了，尚未回报"])
def test_a_result_not_back_yet_in_chat_words_is_pending(text):
    _, not_done, labs = read(text)
    assert [reason for _, reason in not_done] == ["pending"] and labs == []


def test_a_value_before_the_comma_stays_the_tests():
    _, not_done, labs = read("VEGF 1200 pg/ml，还没出来的是FLC")
    assert labs == [("vegf", 1200.0)] and ("serum_vegf", "pending") not in not_done


@pytest.mark.parametrize("text, status", [("男乳发育", "present"), ("男乳(+)", "present"), ("无男乳发育", "absent"),
                                          ("男乳(-)", "absent"), ("PE：HSM(+)，皮肤偏黑，男乳发育。", "present")])
def test_the_short_chinese_word_for_gynaecomastia(text, status):
    """"男乳发育" (short for 男性乳房发育), as messaging-group notes write it."""
    assert ("gynecomastia", status) in read(text)[0]


@pytest.mark.parametrize("text, concept", [
    ("睾酮3.2nmol/L（正常值8.4～28.7）", "hypogonadism"), ("睾酮3.2nmol/L↓", "hypogonadism"),
    ("TSH12.5mIU/L", "hypothyroidism"), ("泌乳素45ng/ml↑", "hyperprolactinemia"),
])
def test_a_hormone_value_glued_to_its_name(text, concept):
    """Chinese notes glue the value to the name ("睾酮3.2nmol/L"); a name ending in a digit (T4)
    still needs its own end ("T45" is no T4)."""
    assert (concept, "present") in read(text)[0]


def test_a_name_ending_in_a_digit_is_not_read_inside_a_longer_code():
    assert read("T45") == ([], [], [])
