"""Taiwanese neurology terms, read through the character conversion: CIDP written 慢性發炎性脫髓鞘多發性神經病變 or
慢性發炎性去髓鞘多發性神經病變 is a CIDP diagnosis; 軸突 (mainland 轴索) names axonal damage and 去髓鞘 (mainland 脱髓鞘)
demyelination in a nerve conduction report."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text", [
    "曾於他院診斷慢性發炎性脫髓鞘多發性神經病變，打過免疫球蛋白兩次。",
    "診斷慢性發炎性去髓鞘多發性神經病變（CIDP）。",
    "兩年前診斷為慢性發炎性脫髓鞘性多發性神經病變。",
])
def test_the_taiwanese_name_of_cidp(ex, text):
    assert status_of(ex(text), "cidp_diagnosis") in ("present", "historical")


@pytest.mark.parametrize("text, concept", [
    ("神經傳導檢查：多發性末梢神經病變，脫髓鞘合併軸突病變。", "axonal_neuropathy"),
    ("神經傳導：對稱性軸突型感覺運動多發性神經病變。", "axonal_neuropathy"),
    ("神經傳導檢查：長度依賴性感覺運動軸突性多發性神經病變。", "axonal_neuropathy"),
    ("神經傳導：以去髓鞘為主的多發性神經病變。", "demyelinating_neuropathy"),
])
def test_axon_and_demyelination_words(ex, text, concept):
    assert status_of(ex(text), concept) == "present"
