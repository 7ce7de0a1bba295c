"""The detail panel of one event: every field of the record, quotes with the date words marked.

Everything is built from Dash components, whose text React escapes: a title like
``<img src=x onerror=...>`` shows as those characters, never as markup.
"""

from __future__ import annotations

import re
from typing import Any

from dash import html

from timeline.model import Event, FuzzyDate, Source

_SAFE_URL = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
_TRAILING_YEAR = re.compile(r"[,\s]+\d{4}$")


def date_phrases(words: str | None) -> list[str]:
    """What to look for in a quote: the date as written, then without a year the quote may omit."""
    if not words or not words.strip():
        return []
    phrases = [words.strip()]
    shorter = _TRAILING_YEAR.sub("", phrases[0])
    if shorter and shorter != phrases[0]:
        phrases.append(shorter)
    return phrases


def highlight(text: str, words: str | None) -> list[Any]:
    """The text as components, the date words (any case) wrapped in html.Mark where found."""
    phrases = [p for p in date_phrases(words) if p.casefold() in text.casefold()]
    if not phrases:
        return [text]
    pattern = re.compile(re.escape(phrases[0]), re.IGNORECASE)
    parts: list[Any] = []
    last = 0
    for found in pattern.finditer(text):
        if found.start() > last:
            parts.append(text[last : found.start()])
        parts.append(html.Mark(found.group(0)))
        last = found.end()
    if last < len(text):
        parts.append(text[last:])
    return parts


def safe_url(url: str | None) -> str | None:
    """The URL when it is a web or mail address; None for javascript: and the like."""
    return url if url and _SAFE_URL.match(url.strip()) else None


def date_parts(event: Event) -> tuple[str, str | None]:
    """The date as written, and the window of days it stands for when that reads differently."""
    when: FuzzyDate | None = event.date
    if when is None:
        return "undated", None
    window = (
        when.start.isoformat()
        if when.start == when.end
        else f"{when.start.isoformat()} – {when.end.isoformat()}"
    )
    label = when.label()
    return label, (None if label == window else window)


def date_words(event: Event) -> str:
    """How the date reads on one line: the words as written, and the window they stand for."""
    label, window = date_parts(event)
    return f"{label} ({window})" if window else label


def _date_value(event: Event) -> list[Any]:
    label, window = date_parts(event)
    return [label] if window is None else [label, html.Div(window, className="detail-sub")]


def _row(label: str, *value: Any) -> html.Div:
    return html.Div(className="detail-row", children=[html.Dt(label), html.Dd(list(value))])


def source_block(source: Source, event: Event) -> html.Div:
    """One source: the quote with the date words marked, where it was read, and a link."""
    children: list[Any] = []
    if source.quote:
        words = event.date.text if event.date is not None else None
        children.append(html.Blockquote(highlight(source.quote, words), className="detail-quote"))
    origin = [x for x in (source.publisher, source.published and source.published.isoformat()) if x]
    if source.document:
        origin.insert(0, source.document)
    if origin:
        children.append(html.Div(" · ".join(origin), className="detail-origin"))
    url = safe_url(source.url)
    if url:
        children.append(
            html.A("Open the source", href=url, target="_blank", rel="noopener noreferrer")
        )
    elif source.url:
        children.append(html.Div(source.url, className="detail-origin"))
    return html.Div(children, className="detail-source")


def detail_panel(event: Event | None) -> list[Any]:
    """The children of the detail panel for an event (or a hint when none is chosen)."""
    if event is None:
        return [
            html.P(
                "Click an event on the chart or in the undated list to read it here.",
                className="hint",
            )
        ]
    actors = [
        html.Li(
            " — ".join(x for x in (a.name, a.role, a.kind if a.kind != "unknown" else None) if x)
        )
        for a in event.actors
    ]
    kind = event.type + (f" / {event.subtype}" if event.subtype else "")
    rows = [
        _row("Date", *_date_value(event)),
        _row("Type", kind),
        _row("Status", event.status),
    ]
    if actors:
        rows.append(_row("Actors", html.Ul(actors)))
    if event.location:
        rows.append(_row("Location", event.location))
    rows.append(_row("Confidence", f"{event.confidence:.0%} · {event.origin}"))
    if event.tags:
        rows.append(_row("Tags", ", ".join(event.tags)))
    if event.notes:
        rows.append(_row("Notes", event.notes))
    rows.append(_row("Id", html.Code(event.id, className="detail-id")))
    return [
        html.H3(event.title, className="detail-title"),
        html.Dl(rows, className="detail-fields"),
        html.Div([source_block(s, event) for s in event.sources], className="detail-sources"),
    ]
