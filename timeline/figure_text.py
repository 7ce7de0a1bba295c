"""Words shown for an event: its date as written, its window, and escaped hover text."""

from __future__ import annotations

import html
from datetime import date

from timeline.figure_style import type_label
from timeline.model import Event, FuzzyDate

HOVER_WIDTH = 70
QUOTE_LIMIT = 280


def escape_markup(text: str) -> str:
    """Make article text inert in plotly's HTML-like labels: escape ``&``, ``<`` and ``>``."""
    return html.escape(text, quote=False)


def describe_window(start: date, end: date) -> str:
    """An inclusive day window as words: ``21–31 January 2019``, ``3 March 2019``."""
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"


def date_wording(when: FuzzyDate) -> str:
    """The date as written, with its window when it is wider than a day.

    ``late January (fuzzy: 21–31 January 2019)``; a plain day is its ISO form.
    """
    label = when.label()
    if not when.is_fuzzy:
        return label
    return f"{label} (fuzzy: {describe_window(when.start, when.end)})"


def first_quote(event: Event) -> str | None:
    """The first source quote of the event, if any."""
    return next((s.quote for s in event.sources if s.quote), None)


def first_url(event: Event) -> str | None:
    """The first source URL of the event, if any."""
    return next((s.url for s in event.sources if s.url), None)


def wrap_lines(text: str, width: int = HOVER_WIDTH) -> list[str]:
    """Greedy word wrap (faster than ``textwrap`` for the many short lines of a figure)."""
    if len(text) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*lines, current]


def _wrapped(text: str, width: int = HOVER_WIDTH) -> str:
    """Escaped text with ``<br>`` line breaks, so long hover lines stay readable."""
    if len(text) <= width:
        return escape_markup(text)
    return escape_markup("\n".join(wrap_lines(text, width))).replace("\n", "<br>")


def hover_text(event: Event, *, quote: bool = True) -> str:
    """The hover label: title, date as written, actors, type and status, quote; all escaped.

    ``quote=False`` leaves the quote out, for pages that show it on click.
    """
    title = _wrapped(event.title)
    when = escape_markup(date_wording(event.date)) if event.date else "undated"
    actors = _wrapped("; ".join(a.name for a in event.actors) or "(no actor)")
    kind = type_label(event.type)
    if event.subtype:
        kind += f" / {event.subtype.replace('_', ' ')}"
    kind += f" · {event.status}"
    lines = [f"<b>{title}</b>", when, actors, escape_markup(kind)]
    said = first_quote(event) if quote else None
    if said and len(said) > QUOTE_LIMIT:
        said = said[: QUOTE_LIMIT - 1].rstrip() + "…"
    if said:
        lines.append(f"“{_wrapped(said)}”")
    return "<br>".join(lines)
