"""The sample named before an Epic "Ref Range & Units" column that opens with its comparator
(sentences written for the tests): `VEGF, PLASMA   <115 pg/mL   312 (H)` and `VEGF, PLASMA   <=115
pg/mL   312 (H)` are a plasma VEGF of 312 with an upper limit of 115 (the plasma had been lost, and
with `<=` the whole row); `VEGF, SERUM<TAB><115 pg/mL<TAB>980 (H)` is serum.
Look-alikes: a range column with both limits (`0-115 pg/mL`) as before; a sample before a value
written with its comparator (`VEGF plasma <31 pg/mL`) is that value's sample.
Rules: labs.yml filler (the sample word before a comparator and a number)."""
import pytest

from conftest import labs_of


@pytest.mark.parametrize("text, value, sample", [
    ("VEGF, PLASMA   <115 pg/mL   312 (H)", 312.0, "plasma"),
    ("VEGF, PLASMA   <=115 pg/mL   312 (H)", 312.0, "plasma"),
    ("VEGF, PLASMA   ≤115 pg/mL   312 (H)", 312.0, "plasma"),
    ("VEGF, SERUM\t<115 pg/mL\t980 (H)", 980.0, "serum"),
    ("VEGF, PLASMA   0-115 pg/mL   312 (H)", 312.0, "plasma"),
])
def test_the_sample_before_a_range_column_is_the_values(ex, text, value, sample):
    labs = labs_of(ex(text), "vegf")
    assert len(labs) == 1
    assert labs[0].value == value and labs[0].sample.value == sample
    assert labs[0].reference_high == 115.0


def test_a_sample_before_a_value_with_its_comparator(ex):
    labs = labs_of(ex("VEGF plasma <31 pg/mL."), "vegf")
    assert [(l.value, l.sample.value, l.comparator) for l in labs] == [(31.0, "plasma", "<")]
