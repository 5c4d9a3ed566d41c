"""A multiple mononeuropathy (mononeuritis multiplex) the nerve study calls asymmetric is another
pattern than the symmetric, distal polyneuropathy of the criterion: the polyneuropathy is stated
absent ('呈多发性单神经病改变，非对称', 'axonal mononeuritis multiplex, asymmetric'), also against
the foot drop of the mononeuropathy. A multiple mononeuropathy not called asymmetric says nothing;
非 making an adjective of a neuropathy ('非长度依赖性周围神经病', '非对称性周围神经病') negates no
neuropathy (CIDP is not length-dependent either)."""

import pytest

from bot.engine import assess
from nlu import extract
from nlu.evaluate import _state
from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "肌电图：右侧腓总神经、左侧尺神经及左侧胫神经轴索性损害，呈多发性单神经病改变，非对称、非长度依赖，未见脱髓鞘证据。",
    "肌电图示非对称、非长度依赖性轴索损害，符合多发性单神经炎。",
    "肌电图：多发性单神经炎，不对称。",
    "EMG: asymmetric axonal multiple mononeuropathies (mononeuritis multiplex), not length-dependent.",
    "NCS: axonal mononeuritis multiplex, asymmetric.",
    "NCS: asymmetrical mononeuritis multiplex.",
])
def test_an_asymmetric_multiple_mononeuropathy_is_no_polyneuropathy(text):
    assert statuses(text, "polyneuropathy") == ["absent"]


@pytest.mark.parametrize("text", [
    "右足下垂，左手麻木。肌电图示非对称、非长度依赖性轴索损害，符合多发性单神经炎。",
    "Right foot drop and left ulnar numbness. NCS: axonal mononeuritis multiplex, asymmetric.",
])
def test_the_criterion_is_absent_against_the_mononeuropathy_symptoms(text):
    assert _state(assess(extract(text).evidence).criteria.get("polyneuropathy")) == "absent"


@pytest.mark.parametrize("text", ["肌电图：多发性单神经病改变。", "NCS: mononeuritis multiplex."])
def test_a_multiple_mononeuropathy_not_called_asymmetric_says_nothing(text):
    assert statuses(text, "polyneuropathy") == []


@pytest.mark.parametrize("text", [
    "肌电图：非长度依赖性周围神经病。", "肌电图：非对称性周围神经病。", "NCS: asymmetric sensorimotor polyneuropathy.",
])
def test_a_polyneuropathy_with_its_pattern_stays_present(text):
    assert statuses(text, "polyneuropathy") == ["present"]
