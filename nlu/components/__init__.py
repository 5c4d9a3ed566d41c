"""spaCy pipeline components of the POEMS NLU (one component per module).

Importing this package registers every factory with ``spacy.Language``.
"""

from nlu.components import (  # noqa: F401
    abbreviation_case,
    abbreviation_periods,
    context,
    demographics,
    extensions,
    glued_signs,
    immunofixation,
    labs,
    line_breaks,
    query_marks,
    treatment,
)
