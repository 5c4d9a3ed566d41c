"""Education answers come from bot.knowledge and cite the consensus."""

import pytest

from tests.e2e.helpers import chinese
from tests.servers import texts

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("question, cite, in_chinese", [
    ("what are the diagnostic criteria for POEMS", "表2", False),
    ("why VEGF and which sample", "二(二)4", False),
    ("没有M峰怎么办", "二(二)1", True),
    ("POEMS和CIDP怎么区分", "二(三)", True),
    ("explain the risk score", "表3", False),
])
def test_education_cites(assistant, question, cite, in_chinese):
    reply = texts(assistant.say(f"edu-{cite}", question))
    assert cite in reply
    assert chinese(reply) == in_chinese
