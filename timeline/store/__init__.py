"""The event store: ``events/*.yaml`` files, validated, round-tripped and merged safely."""

from __future__ import annotations

from timeline.store.filters import chronological, filter_events
from timeline.store.loader import LoadedFile, Store, load_events, load_store
from timeline.store.merge import MergeReport, append_event, merge_events
from timeline.store.serialize import event_to_yaml_data
from timeline.store.yaml_store import MAX_FILE_BYTES, SCHEMA_MODELINE

__all__ = [
    "MAX_FILE_BYTES",
    "SCHEMA_MODELINE",
    "LoadedFile",
    "MergeReport",
    "Store",
    "append_event",
    "chronological",
    "event_to_yaml_data",
    "filter_events",
    "load_events",
    "load_store",
    "merge_events",
]
