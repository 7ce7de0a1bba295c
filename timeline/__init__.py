"""timeline: turn news articles into an interactive, trustworthy event timeline.

The public API, imported lazily so that ``import timeline`` stays cheap::

    from timeline import extract_events, find_dates, load_events, Event

(``timeline.extract`` is the extraction package; its ``extract`` function is
published here as ``extract_events``.)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "find_dates": "timeline.temporal",
    "parse_date_phrase": "timeline.temporal",
    "Timex": "timeline.temporal",
    "extract_events": "timeline.extract",
    "read_documents": "timeline.documents",
    "Document": "timeline.documents",
    "load_events": "timeline.store",
    "load_store": "timeline.store",
    "merge_events": "timeline.store",
    "filter_events": "timeline.store",
    "build_figure": "timeline.figure",
    "export_events": "timeline.export",
    "Event": "timeline.model",
    "FuzzyDate": "timeline.model",
    "Actor": "timeline.model",
    "Source": "timeline.model",
    "EventFile": "timeline.model",
    "InputError": "timeline.errors",
    "Problem": "timeline.errors",
}

_ORIGINAL_NAMES = {"extract_events": "extract"}

__all__ = [
    "Actor",
    "Document",
    "Event",
    "EventFile",
    "FuzzyDate",
    "InputError",
    "Problem",
    "Source",
    "Timex",
    "build_figure",
    "export_events",
    "extract_events",
    "filter_events",
    "find_dates",
    "load_events",
    "load_store",
    "merge_events",
    "parse_date_phrase",
    "read_documents",
]

if TYPE_CHECKING:
    from timeline.documents import Document, read_documents
    from timeline.errors import InputError, Problem
    from timeline.export import export_events
    from timeline.extract import extract as extract_events
    from timeline.figure import build_figure
    from timeline.model import Actor, Event, EventFile, FuzzyDate, Source
    from timeline.store import filter_events, load_events, load_store, merge_events
    from timeline.temporal import Timex, find_dates, parse_date_phrase


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    return getattr(importlib.import_module(module), _ORIGINAL_NAMES.get(name, name))
