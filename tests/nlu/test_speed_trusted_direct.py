"""The provenance and finding models the extractor builds directly are those of ``construct()``:
the same field values in the same order, the same set fields, the same dump."""

from bot.models import Finding, FindingStatus, Provenance, SourceKind
from nlu import trusted_models
from nlu.trusted_models import ModelBuilder


def _same(a, b):
    assert type(a) is type(b)
    assert list(a.__dict__.items()) == list(b.__dict__.items())
    assert a.__fields_set__ == b.__fields_set__
    assert a.json() == b.json() and a.dict() == b.dict() and a == b


def test_the_direct_models_are_constructs():
    assert trusted_models._DIRECT  # the models still have the fields it writes
    builder = ModelBuilder()
    prov = builder.provenance(2, 10, 14, "脾大明显")
    _same(prov, Provenance.construct(source=SourceKind.note, message_index=2, start=10, end=14,
                                     text="脾大明显"))
    _same(prov, Provenance(source=SourceKind.note, message_index=2, start=10, end=14,
                           text="脾大明显"))
    builder.finding("splenomegaly", FindingStatus.present, {}, prov)  # validated once
    for attributes in ({}, {"side": "left", "degree": "mild"}):
        made = builder.finding("splenomegaly", FindingStatus.absent, attributes, prov)
        _same(made, Finding.construct(concept="splenomegaly", status=FindingStatus.absent,
                                      attributes=attributes, provenance=prov))
        _same(made, Finding(concept="splenomegaly", status=FindingStatus.absent,
                            attributes=attributes, provenance=prov))


def test_values_of_another_type_are_still_validated():
    builder = ModelBuilder()
    prov = builder.provenance(0, "3", 5, "ab")  # a str start: validated, made an int
    assert prov.start == 3 and type(prov.start) is int


def test_the_extraction_is_the_validated_one():
    import nlu
    from nlu.extractor import Extraction

    made = nlu.extract("52M. No ascites. VEGF 1450 pg/mL. PLT 9000000 x10^9/L.")
    assert made.warnings  # a value set aside
    validated = Extraction(evidence=made.evidence, warnings=made.warnings,
                           language=made.language, mixed=made.mixed)
    assert made.json() == validated.json() and made == validated
    assert made.__fields_set__ == validated.__fields_set__
    assert ModelBuilder(validate=True).extraction(Extraction, made.evidence, made.warnings,
                                                  made.language, made.mixed) == made
