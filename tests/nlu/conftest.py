import pytest

import nlu


@pytest.fixture(scope="session")
def ex():
    def run(text):
        extraction = nlu.extract(text)
        for f in extraction.evidence.findings:
            p = f.provenance
            assert text[p.start:p.end] == p.text
        for lab in extraction.evidence.labs:
            p = lab.provenance
            assert text[p.start:p.end] == p.text
        for t in extraction.evidence.not_done:
            p = t.provenance
            assert text[p.start:p.end] == p.text
        return extraction

    return run


def status_of(extraction, concept):
    states = [f.status.value for f in extraction.evidence.findings if f.concept == concept]
    return states[0] if states else None


def spans_of(extraction, concept):
    """The matched words of every finding of ``concept``."""
    return [f.provenance.text for f in extraction.evidence.findings if f.concept == concept]


def labs_of(extraction, analyte):
    return [lab for lab in extraction.evidence.labs if lab.analyte == analyte]


def not_done(extraction):
    return {t.test: t.reason for t in extraction.evidence.not_done}


def criterion(extraction, name):
    """The engine's state of criterion ``name`` (表2) for what the NLU read."""
    from bot.engine import assess

    return assess(extraction.evidence).criteria[name].state.value


def statuses(text, concept):
    """Status of every finding of ``concept`` read from ``text``, in reading order."""
    return [f.status.value for f in nlu.extract(text).evidence.findings if f.concept == concept]


def status_by_concept(text):
    """Each concept read from ``text`` with its status (the last finding of a concept wins)."""
    return {f.concept: f.status.value for f in nlu.extract(text).evidence.findings}


def first_lab(text, analyte):
    """The first value of ``analyte`` read from ``text``."""
    return labs_of(nlu.extract(text), analyte)[0]


def lab_tuples(text, analyte):
    """(value, unit, sample) of every value of ``analyte`` read from ``text``."""
    return [(lab.value, lab.unit, lab.sample.value if lab.sample else None)
            for lab in nlu.extract(text).evidence.labs if lab.analyte == analyte]
