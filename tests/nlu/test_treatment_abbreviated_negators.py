"""Non-response written with the chart's abbreviations ('w/o improvement') or 'with no' / 'little
or no': never read as a response to IVIG / steroids (二(三)1: a non-responder should be worked up
for POEMS)."""

import pytest

from nlu import extract_evidence


def treatment(text: str):
    return [(f.concept, f.status.value) for f in extract_evidence(text).findings if f.concept.startswith("treatment")]


@pytest.mark.parametrize("text", ["s/p IVIG x 4 cycles and pulse steroids w/o improvement",
                                  "treated with IVIG w/o response", "IVIG x 4 cycles w/o benefit",
                                  "IVIG w/o any clinical benefit", "IVIG with no benefit",
                                  "IVIG with little or no improvement", "PLEX with little to no effect"])
def test_abbreviated_and_other_negators_of_an_outcome(text):
    assert treatment(text) == [("treatment_nonresponse", "present")]


@pytest.mark.parametrize("text", ["IVIG with improvement", "good response to IVIG", "IVIG w/ improvement"])
def test_a_response_stays_a_response(text):
    assert treatment(text) == [("treatment_response", "present")]


@pytest.mark.parametrize("text", ["IVIG, never improved", "steroids: hardly any improvement",
                                  "IVIG did not lead to improvement", "after IVIG there was minimal improvement",
                                  "IVIG没什么改善", "丙球治疗后未改善", "丙球治疗，症状不见好转", "丙球，一点没好转",
                                  "激素冲击后未能缓解"])
def test_a_response_word_negated_before_it_is_no_response(text):
    assert treatment(text) == [("treatment_nonresponse", "present")]


@pytest.mark.parametrize("text", ["丙球治疗后双下肢无力好转", "丙球治疗后不断好转", "激素治疗后无明显诱因好转",
                                  "no side effects; IVIG improved his strength", "not only did IVIG help, he improved"])
def test_a_cue_that_is_another_word_or_in_another_clause_leaves_the_response(text):
    assert treatment(text) == [("treatment_response", "present")]


@pytest.mark.parametrize("text", ["打了两次丙球，没什么效果", "丙球没效果", "激素治疗没啥效果", "丙球治疗没多大改善",
                                  "丙球用了，没有什么效果", "丙球治疗效果不好", "丙球效果有限"])
def test_spoken_chinese_non_response(text):
    assert treatment(text) == [("treatment_nonresponse", "present")]


@pytest.mark.parametrize("text", ["丙球治疗效果明显", "丙球效果很好", "激素疗效好"])
def test_spoken_chinese_response(text):
    assert treatment(text) == [("treatment_response", "present")]


@pytest.mark.parametrize("text", ["the IVIG infusions didn't help at all", "IVIg (2 g/kg, three courses) made no difference",
                                  "steroids did not work", "IVIG was of no help", "plasma exchange did nothing"])
def test_plain_words_of_non_response(text):
    assert treatment(text) == [("treatment_nonresponse", "present")]


@pytest.mark.parametrize("text", ["IVIG helped a lot", "IVIG made a difference within a week"])
def test_plain_words_of_response(text):
    assert treatment(text) == [("treatment_response", "present")]


@pytest.mark.parametrize("text", ["known IgG-kappa multiple myeloma on bortezomib, now painful length-dependent sensory neuropathy",
                                  "IgG-lambda MGUS and a slowly progressive, length-dependent neuropathy",
                                  "insulin-dependent diabetes; IgG 12 g/L"])
def test_dependent_of_something_else_is_no_response(text):
    assert treatment(text) == []


@pytest.mark.parametrize("text", ["IVIG-dependent CIDP", "CIDP, dependent on IVIG every 3 weeks", "steroid-dependent CIDP",
                                  "丙球依赖"])
def test_dependent_on_the_treatment_is_a_response(text):
    assert treatment(text) == [("treatment_response", "present")]


@pytest.mark.parametrize("text", ["IgG kappa MGUS; neuropathy improved with physiotherapy", "IgG λ型M蛋白，症状无改善",
                                  "IgG-λ, refractory anaemia", "IgG 15.2 g/L, pain improved", "IgG: 15.2 g/L, improved"])
def test_igg_as_an_isotype_or_a_level_is_no_treatment(text):
    assert treatment(text) == []


@pytest.mark.parametrize("text", ["IgG 0.4 g/kg x5 days with no improvement", "IgG x5 days, no improvement"])
def test_igg_as_the_treatment(text):
    assert treatment(text) == [("treatment_nonresponse", "present")]
