"""Events as data: the JSON contract (an array of ``Event.model_dump``) and a flat CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from timeline.figure_text import first_quote, first_url
from timeline.model import Event

CSV_COLUMNS = (
    "id",
    "title",
    "type",
    "start",
    "end",
    "precision",
    "date_text",
    "actors",
    "location",
    "status",
    "url",
    "quote",
)
#: a cell starting with one of these is a formula to a spreadsheet (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
ACTOR_SEPARATOR = "; "


def json_for_html(text: str) -> str:
    """JSON text made safe to embed anywhere in HTML: ``<``, ``>``, ``&`` as unicode escapes."""
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_json(events: Sequence[Event]) -> bytes:
    """The JSON contract of the extraction issue: an array of ``event.model_dump(mode="json")``.

    Markup characters are written as unicode escapes, so the file stays inert even when
    pasted into a web page; ``json.loads`` reads back the same strings.
    """
    text = json.dumps([e.model_dump(mode="json") for e in events], indent=2, ensure_ascii=False)
    return (json_for_html(text) + "\n").encode("utf-8")


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet shows as text: formula-looking cells get a leading ``'``."""
    return f"'{cell}" if cell.startswith(FORMULA_PREFIXES) else cell


def csv_row(event: Event) -> list[str]:
    """One flat row of ``CSV_COLUMNS`` for an event (empty cells where it has no value)."""
    when = event.date
    cells = [
        event.id,
        event.title,
        event.type,
        when.start.isoformat() if when else "",
        when.end.isoformat() if when else "",
        when.precision if when else "",
        (when.text or "") if when else "",
        ACTOR_SEPARATOR.join(actor.name for actor in event.actors),
        event.location or "",
        event.status,
        first_url(event) or "",
        first_quote(event) or "",
    ]
    return [spreadsheet_safe(cell) for cell in cells]


def render_csv(events: Sequence[Event], *, bom: bool = False) -> bytes:
    """One row per event under a header row; UTF-8, with a byte order mark for Excel if asked."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_row(event) for event in events)
    return ("\ufeff" if bom else "").encode("utf-8") + buffer.getvalue().encode("utf-8")
