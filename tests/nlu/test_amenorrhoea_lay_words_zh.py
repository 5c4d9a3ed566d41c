"""Amenorrhoea as a referrer types it in a message ("她月经停了半年", "半年没来月经了") reads amenorrhoea,
and a denial of it reads absent (never present)."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text", ["她月经停了半年", "月经没来已经5个月", "已经半年没来月经了", "患者月经一直没来，约8个月",
                                  "近1年月经未来潮", "女，38岁，月经已停半年，双下肢水肿"])
def test_lay_words_read_amenorrhoea(ex, text):
    assert status_of(ex(text), "amenorrhea") == "present"


@pytest.mark.parametrize("text", ["月经规律，无闭经", "否认月经不来", "月经正常来潮", "月经史：无月经异常"])
def test_regular_or_denied_menses_is_not_present(ex, text):
    assert status_of(ex(text), "amenorrhea") in (None, "absent")
