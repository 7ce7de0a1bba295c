"""Event extraction: sentences, triggers, actors and dates to ``Event`` records.

``extract(text, published=...)`` is the one-call API; ``extract_document`` is the
pure per-document step that parallel runners ship to workers.
"""

from __future__ import annotations

from timeline.extract.actor_dictionary import ActorDictionary, default_dictionary, load_dictionary
from timeline.extract.merge import merge_events
from timeline.extract.pipeline import ExtractionResult, extract, extract_document, extract_files

__all__ = [
    "ActorDictionary",
    "ExtractionResult",
    "default_dictionary",
    "extract",
    "extract_document",
    "extract_files",
    "load_dictionary",
    "merge_events",
]
