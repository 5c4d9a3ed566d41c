"""The albumin of a fluid other than serum ("腹水白蛋白 21 g/L", "胸水白蛋白", "ascitic fluid albumin", "Ascites
albumin", "pleural fluid albumin", "脑脊液白蛋白") is no serum albumin; the serum albumin beside it is read
(sentences written for the tests, not taken from the corpus). Rule: labs.yml albumin not_preceded_by."""
import pytest

from conftest import labs_of


@pytest.mark.parametrize("text,values", [
    ("腹水总蛋白36 g/L，腹水白蛋白21 g/L，SAAG 10.2 g/L。", []),
    ("腹水白蛋白21 g/L，血清白蛋白31 g/L。", [31]),
    ("胸水白蛋白 18 g/L，白蛋白 29 g/L。", [29]),
    ("ascitic fluid albumin 12 g/L, serum albumin 28 g/L.", [28]),
    ("Ascites albumin 9 g/L; SAAG 1.4.", []),
    ("Pleural fluid albumin 20 g/L; Alb 30 g/L.", [30]),
    ("Alb 32 g/L, ascitic alb 15 g/L.", [32]),
])
def test_a_fluid_albumin_is_no_serum_albumin(ex, text, values):
    assert [lab.value for lab in labs_of(ex(text), "albumin")] == values
