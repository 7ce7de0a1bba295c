"""Which export formats exist, how a file name names one, and ``export_events`` to make one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from os import PathLike
from pathlib import Path

from timeline.model import Event
from timeline.store import chronological, filter_events

FORMATS = ("html", "json", "csv", "ics", "timelinejs")
EXTENSIONS = {".html": "html", ".htm": "html", ".json": "json", ".csv": "csv", ".ics": "ics"}


@dataclass(frozen=True)
class ExportFilters:
    """The filters of an export: applied to the events and shown in the HTML page."""

    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None

    def apply(self, events: Sequence[Event]) -> list[Event]:
        """The events that pass every filter, in their original order."""
        return filter_events(events, self.actors, self.types, self.date_from, self.date_to)

    def describe(self) -> list[str]:
        """One line per filter that is set, for people: ``actor: Ana Costa, North Korea``."""
        lines = []
        if self.actors:
            lines.append("actor: " + ", ".join(self.actors))
        if self.types:
            lines.append("type: " + ", ".join(self.types))
        if self.date_from:
            lines.append(f"from: {self.date_from.isoformat()}")
        if self.date_to:
            lines.append(f"to: {self.date_to.isoformat()}")
        return lines


def format_for_path(path: Path) -> str | None:
    """The format a file name asks for by its extension, or None when it names none."""
    return EXTENSIONS.get(path.suffix.lower())


def export_events(
    events: Sequence[Event],
    fmt: str,
    *,
    title: str | None = None,
    filters: ExportFilters | None = None,
    sources: Sequence[str | PathLike[str]] = (),
    generated: datetime | None = None,
    bom: bool = False,
) -> bytes:
    """The events, filtered and in date order, as the bytes of a file in format ``fmt``.

    ``sources`` lists the event files the events were read from (paths, shown as given)
    and ``generated`` when the export was made (default: now, UTC); the HTML page shows
    both, iCalendar stamps the time.
    ``bom`` starts a CSV with a UTF-8 byte order mark, for Excel.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    filters = filters or ExportFilters()
    selected = chronological(filters.apply(events))
    when = generated or datetime.now(UTC)
    if fmt == "html":
        from timeline.export.html import render_html

        return render_html(
            selected,
            title=title,
            filters=filters.describe(),
            sources=sources,
            generated=when,
        )
    if fmt == "json":
        from timeline.export.tabular import render_json

        return render_json(selected)
    if fmt == "csv":
        from timeline.export.tabular import render_csv

        return render_csv(selected, bom=bom)
    if fmt == "ics":
        from timeline.export.ics import render_ics

        return render_ics(selected, title=title, generated=when)
    from timeline.export.timelinejs import render_timelinejs

    return render_timelinejs(selected, title=title)
