"""Each target literal names one thing. The zh pipeline loads the English and the Chinese
lexicons; a literal listed under two targets (two concepts, a concept and ``ignore``, a test and
``ignore``, a concept and a fixed status) matches the same tokens twice, and which one is kept
then depends on the order the rules were added in: adding any rule elsewhere flipped 'lymph node
biopsy' from a test not done to ignored, and '面色潮红' from plethora to flushing."""

from collections import defaultdict

from nlu.rules import load_yaml, phrase_variants


def _labels_by_literal():
    found = defaultdict(set)
    for lang in ("en", "zh"):
        data = load_yaml(f"targets_{lang}.yml")

        def add(phrase, label):
            for variant in phrase_variants(str(phrase)):
                found[variant.lower()].add(label)

        for section in ("concepts", "labels"):
            for label, phrases in (data.get(section) or {}).items():
                for phrase in phrases or []:
                    add(phrase, label)
        for phrase in data.get("ignore") or []:
            add(phrase, "ignore")
        for key, phrases in (data.get("tests") or {}).items():
            for phrase in phrases or []:
                add(phrase, "test." + key)
        for item in data.get("fixed") or []:
            for phrase in item.get("phrases") or [item.get("phrase")]:
                add(phrase, f"{item['concept']} ({item['status']})")
    return found


def test_no_literal_names_two_targets():
    clashes = {literal: sorted(labels) for literal, labels in _labels_by_literal().items()
               if len(labels) > 1}
    assert clashes == {}


def test_the_check_sees_every_section():
    found = _labels_by_literal()
    assert "test.lymph_node_biopsy" in found["lymph node biopsy"]
    assert "ignore" in found["livedo reticularis"]
    assert found["refractory cidp"] == {"refractory_cidp"}
