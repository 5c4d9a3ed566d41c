"""A test not done told with the writer's verb ("I haven't done FLC", "VEGF hasn't been
sent", "还没送VEGF") is a test not done: never an absent result, never nothing."""
import pytest

import nlu
from tests.nlu.conftest import not_done, statuses


@pytest.mark.parametrize("text, test", [
    ("IFE negative but I haven't done free light chains", "serum_free_light_chains"),
    ("haven't done FLC yet", "serum_free_light_chains"),
    ("we didn't do FLC", "serum_free_light_chains"),
    ("didn’t check VEGF", "serum_vegf"),
    ("we have not sent a VEGF", "serum_vegf"),
    ("she hasn't had a VEGF", "serum_vegf"),
    ("we have not done a skeletal survey", "bone_imaging"),
    ("FLC hasn't been done", "serum_free_light_chains"),
    ("VEGF hasn't been checked", "serum_vegf"),
    ("FLC haven't been sent", "serum_free_light_chains"),
    ("VEGF was not requested", "serum_vegf"),
    ("VEGF has not been checked", "serum_vegf"),
    ("have yet to do bone CT", "bone_imaging"),
    ("还没查游离轻链", "serum_free_light_chains"),
    ("没做VEGF", "serum_vegf"),
    ("还没送VEGF", "serum_vegf"),
    ("尚未行骨CT", "bone_imaging"),
])
def test_test_not_done(text, test):
    assert not_done(nlu.extract(text)).get(test) == "not_done"


def test_the_whole_list_after_the_verb():
    done = not_done(nlu.extract("We have not done nerve conduction studies or any paraprotein screen."))
    assert done.get("nerve_conduction_study") == "not_done"
    assert done.get("serum_immunofixation") == "not_done"


@pytest.mark.parametrize("text", ["haven't found any M-protein", "we haven't seen any M-protein",
                                  "has not found an M-protein"])
def test_looked_for_and_not_found_is_absent(text):
    assert statuses(text, "m_protein") == ["absent"]
    assert not not_done(nlu.extract(text))


@pytest.mark.parametrize("text, concept", [("she didn't have ascites", "ascites"),
                                           ("he doesn't have papilloedema", "papilledema")])
def test_did_not_have_contracted_is_absent(text, concept):
    assert statuses(text, concept) == ["absent"]


def test_look_alikes_unchanged():
    assert statuses("no response to IVIG", "treatment_nonresponse") == ["present"]
    done = nlu.extract("FLC done: ratio 0.3")
    assert not not_done(done)
    assert [lab.value for lab in done.evidence.labs if lab.analyte == "flc_ratio"] == [0.3]
    assert not_done(nlu.extract("VEGF requested")).get("serum_vegf") == "pending"


@pytest.mark.parametrize("text, concept", [("没有发现M蛋白", "m_protein"), ("没发现M蛋白", "m_protein"),
                                           ("没有发现水肿", "peripheral_edema")])
def test_zh_not_found_is_absent(text, concept):
    assert statuses(text, concept) == ["absent"]


def test_zh_not_found_ends_at_but():
    assert statuses("没有发现M蛋白，但有双下肢水肿", "peripheral_edema") == ["present"]
