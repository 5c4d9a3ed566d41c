"""Quiz answers scored against the engine's verdict for each vignette (bot.dialogue.quiz)."""

import pytest

from bot.dialogue import quiz

CASES = range(len(quiz.vignettes()))


def _met(index: int) -> bool:
    return quiz.expected(index).verdict.value == "meets_criteria"


@pytest.mark.parametrize("answer", [
    "met", "符合", "met: neuropathy, M-protein, sclerotic bone lesion and oedema",
    "符合吧，有神经病变、M蛋白、硬化性骨病和水肿",
])
def test_a_met_case_answered_met_scores_full_even_with_its_reasons(answer):
    met = [i for i in CASES if _met(i)]
    assert met, "the quiz has no case that meets the criteria"
    for index in met:
        result = quiz.score(index, quiz.parse(answer))
        assert (result.points, result.max_points) == (2, 2), (index, answer)


@pytest.mark.parametrize("answer", ["not met", "不符合，缺M蛋白"])
def test_a_met_case_answered_not_met_scores_nothing(answer):
    for index in (i for i in CASES if _met(i)):
        assert quiz.score(index, quiz.parse(answer)).points == 0


def test_a_case_not_met_scores_full_only_with_the_missing_groups_named():
    words = {"polyneuropathy": "neuropathy", "monoclonal_plasma_cell_disorder": "M-protein",
             "other_major": "other major", "minor": "minor"}
    cases = [i for i in CASES if not _met(i)]
    assert cases, "the quiz has no case that does not meet the criteria"
    for index in cases:
        missing = quiz.score(index, quiz.parse("not met")).missing_groups
        named = "not met, missing " + " and ".join(words[g] for g in missing)
        assert quiz.score(index, quiz.parse(named)).points == 2, (index, named)
        assert quiz.score(index, quiz.parse("not met")).points == 1
        assert quiz.score(index, quiz.parse("met")).points == 0


@pytest.mark.parametrize("text", ["meets criteria; missing nothing", "met, nothing missing", "yes, met; nothing is missing",
                                  "met - nothing missing", "nothing missing", "符合诊断标准，不缺", "满足，无缺失", "都满足，什么都不缺"])
def test_saying_nothing_is_missing_claims_met(text):
    """Before, the "missing" / 缺 of "nothing missing" read as a claim of "not met"."""
    answer = quiz.parse(text)
    assert answer.met is True and answer.groups == []


def test_not_met_with_a_group_still_reads_not_met():
    assert quiz.parse("not met, missing VEGF or bone lesions").met is False


def test_a_note_names_a_patient_an_answer_does_not():
    import nlu
    from bot.dialogue.quiz import names_a_patient

    assert names_a_patient(nlu.extract_evidence("Pt 62M with CIDP not responding to IVIG."))
    assert names_a_patient(nlu.extract_evidence("IFE IgA lambda, PLT 512, oedema"))
    assert not names_a_patient(nlu.extract_evidence("met: neuropathy, IgA lambda, sclerotic lesions"))
    assert not names_a_patient(nlu.extract_evidence("58M"))  # an age alone states no finding
    assert not names_a_patient(None)
