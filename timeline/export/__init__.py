"""Export events as a self-contained HTML page, JSON, CSV, iCalendar or TimelineJS JSON."""

from __future__ import annotations

from timeline.export.formats import (
    EXTENSIONS,
    FORMATS,
    ExportFilters,
    export_events,
    format_for_path,
)
from timeline.export.output import write_atomically

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "ExportFilters",
    "export_events",
    "format_for_path",
    "write_atomically",
]
