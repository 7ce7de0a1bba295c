"""Events as Knight Lab TimelineJS JSON, and a check of that format's documented fields.

TimelineJS renders ``headline`` and ``text`` as HTML, so every article-derived
string is escaped there; dates carry only the fields their precision allows.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from timeline.export.tabular import json_for_html
from timeline.figure_text import first_quote, first_url
from timeline.model import Event

#: date fields per precision: a month-precise date must not claim a day.
PRECISION_FIELDS = {
    "time": ("year", "month", "day"),
    "day": ("year", "month", "day"),
    "week": ("year", "month", "day"),
    "month": ("year", "month"),
    "quarter": ("year", "month"),
    "season": ("year", "month"),
    "half": ("year", "month"),
    "year": ("year",),
    "decade": ("year",),
    "century": ("year",),
}
DATE_INT_FIELDS = ("year", "month", "day", "hour", "minute", "second", "millisecond")
DATE_FIELDS = (*DATE_INT_FIELDS, "display_date", "format")
EVENT_FIELDS = (
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
)
_YEAR = re.compile(r"\b\d{4}\b")


def date_fields(day: date, precision: str) -> dict[str, int]:
    """A TimelineJS date object with only the fields ``precision`` allows."""
    values = {"year": day.year, "month": day.month, "day": day.day}
    return {name: values[name] for name in PRECISION_FIELDS[precision]}


def display_date(event: Event) -> str | None:
    """The wording of a fuzzy date with its year, e.g. ``late January 2019``; None for a day."""
    when = event.date
    if when is None or not when.is_fuzzy:
        return None
    label = when.label()
    if not _YEAR.search(label) and when.start.year == when.end.year:
        label = f"{label} {when.start.year}"
    return label


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def slide_text(event: Event) -> str:
    """The slide body, as escaped HTML: actors, type and status, quote, source link."""
    parts = []
    if event.actors:
        actors = "; ".join(actor.name for actor in event.actors)
        parts.append(f"<p>{_escape(actors)}</p>")
    parts.append(f"<p>{_escape(event.type.replace('_', ' '))} · {_escape(event.status)}</p>")
    if quote := first_quote(event):
        parts.append(f"<blockquote>{_escape(quote)}</blockquote>")
    url = first_url(event)
    if url and url.startswith(("http://", "https://")):
        parts.append(f'<p><a href="{_escape(url)}">source</a></p>')
    return "".join(parts)


def slide_of(event: Event) -> dict[str, Any]:
    """The TimelineJS slide of a dated event."""
    when = event.date
    assert when is not None
    slide: dict[str, Any] = {
        "start_date": date_fields(when.start, when.precision),
        "text": {"headline": _escape(event.title), "text": slide_text(event)},
        "unique_id": event.id,
    }
    end = date_fields(when.end, when.precision)
    if end != slide["start_date"]:
        slide["end_date"] = end
    if wording := display_date(event):
        slide["display_date"] = _escape(wording)
    if event.actors:
        slide["group"] = _escape(event.actors[0].name)
    return slide


def timelinejs_document(events: Sequence[Event], *, title: str | None = None) -> dict[str, Any]:
    """The TimelineJS document: a title slide and one slide per dated event."""
    slides = [slide_of(event) for event in events if event.date is not None]
    document: dict[str, Any] = {"events": slides}
    if title:
        count = f"{len(slides)} events"
        document["title"] = {"text": {"headline": _escape(title), "text": f"<p>{count}</p>"}}
    return document


def render_timelinejs(events: Sequence[Event], *, title: str | None = None) -> bytes:
    """The TimelineJS JSON file of the dated events."""
    text = json.dumps(timelinejs_document(events, title=title), indent=2, ensure_ascii=False)
    return (json_for_html(text) + "\n").encode("utf-8")


def _date_problems(where: str, value: Any) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where}: not an object"]
    problems = [
        f"{where}.{key}: not a TimelineJS date field" for key in value if key not in DATE_FIELDS
    ]
    if not isinstance(value.get("year"), int) or isinstance(value.get("year"), bool):
        problems.append(f"{where}.year: required integer")
    for key in DATE_INT_FIELDS:
        if key in value and (not isinstance(value[key], int) or isinstance(value[key], bool)):
            problems.append(f"{where}.{key}: must be an integer")
    if "day" in value and "month" not in value:
        problems.append(f"{where}.day: given without a month")
    return problems


def check_timelinejs(document: Any) -> list[str]:
    """Problems with a TimelineJS document per Knight Lab's JSON format; empty when valid."""
    if not isinstance(document, dict) or not isinstance(document.get("events"), list):
        return ["events: required list of slides"]
    problems: list[str] = []
    if "title" in document and not isinstance(document["title"].get("text"), dict):
        problems.append("title.text: must be an object with headline and text")
    seen: set[str] = set()
    for index, slide in enumerate(document["events"]):
        where = f"events[{index}]"
        if not isinstance(slide, dict):
            problems.append(f"{where}: not an object")
            continue
        problems += [
            f"{where}.{key}: not a TimelineJS slide field"
            for key in slide
            if key not in EVENT_FIELDS
        ]
        if "start_date" not in slide:
            problems.append(f"{where}.start_date: required")
        for key in ("start_date", "end_date"):
            if key in slide:
                problems += _date_problems(f"{where}.{key}", slide[key])
        text = slide.get("text")
        if not isinstance(text, dict) or not ({"headline", "text"} & set(text)):
            problems.append(f"{where}.text: must be an object with headline and/or text")
        unique = slide.get("unique_id")
        if unique is not None:
            if unique in seen:
                problems.append(f"{where}.unique_id: {unique!r} is used twice")
            seen.add(unique)
    return problems
