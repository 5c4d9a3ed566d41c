"""Clinical NLU for POEMS syndrome referral notes (English, Chinese, mixed).

Public API::

    nlu.extract(text, message_index=0) -> Extraction(evidence, warnings, language, mixed)
    nlu.extract_evidence(text, message_index=0) -> bot.models.Evidence
    nlu.extract_many(texts, n_process=1, batch_size=64) -> [Extraction]
    nlu.detect_language(text) -> LanguageGuess(language, mixed, zh_share)
    nlu.NoteError  (ValueError; the message never contains the note text)

The pipelines (spaCy blank en / zh + medspaCy TargetMatcher and ConText + POEMS components) are
built on first use and cached. Rules are data in ``nlu/rules/``.
"""

from nlu.errors import DEFAULT_MAX_CHARS, NoteError, validate_note
from nlu.language import LanguageGuess, detect_language

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Extraction",
    "LanguageGuess",
    "NoteError",
    "detect_language",
    "extract",
    "extract_evidence",
    "extract_many",
    "validate_note",
]


def __getattr__(name):  # lazy: importing nlu does not import spaCy
    if name in ("extract", "extract_evidence", "extract_many", "Extraction", "Warning_",
                "doc_to_extraction"):
        import importlib

        module = importlib.import_module("nlu.extractor")
        return getattr(module, name)
    raise AttributeError(name)
