"""A self-contained HTML page of the timeline: plotly.js inlined, one JSON blob, no network.

The page holds the same figure as the dashboard (``build_figure``), its title,
the filters applied, when and from which files it was made, the undated events,
and an actor filter that works from ``file://``. The figure data is written once,
as JSON whose ``<``, ``>`` and ``&`` are unicode escapes, so article text can never
close the script element; a Content-Security-Policy with a nonce refuses any
script that is not ours and any network access.
"""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Sequence
from datetime import date, datetime
from os import PathLike
from pathlib import Path
from typing import Any

import numpy as np
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from timeline.export.html_script import PAGE_SCRIPT, PAGE_STYLE
from timeline.export.tabular import json_for_html
from timeline.figure import build_figure
from timeline.figure_lanes import actor_names
from timeline.figure_text import first_quote
from timeline.model import Event

DEFAULT_TITLE = "Timeline"
#: up to this many source files are named in the header line; more go in a fold-out list
SOURCES_INLINE = 6


def _plain(value: Any) -> Any:
    """JSON for numpy arrays and dates, as plain lists (no typed-array blobs) for the script."""
    if isinstance(value, np.ndarray):
        if np.issubdtype(value.dtype, np.datetime64):
            text = np.datetime_as_string(value, unit="m").tolist()
            return [None if item == "NaT" else item for item in text]
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _hoist_labels(spec: dict[str, Any], events: Sequence[Event]) -> dict[str, Any]:
    """Write each event's hover label and actors once, by event id, not once per drawn item.

    ``labels`` maps an event id to its hover label (taken out of every trace's
    ``hovertext``) and ``actors_of`` to the indices of its actors in
    ``layout.meta["actors"]``, for the page's actor filter.
    """
    labels: dict[str, str] = {}
    for trace in spec["data"]:
        texts = trace.pop("hovertext", None)
        if isinstance(texts, list):
            for event_id, text in zip(trace.get("customdata") or [], texts, strict=False):
                if event_id is not None and text is not None:
                    labels[event_id] = text
    names = (spec["layout"].get("meta") or {}).get("actors") or []
    index = {name: position for position, name in enumerate(names)}
    actors_of = {
        event.id: [index[name] for name in actor_names(event) if name in index]
        for event in events
        if event.id in labels
    }
    return {**spec, "labels": labels, "actors_of": actors_of}


def figure_json(figure: go.Figure, events: Sequence[Event] = ()) -> str:
    """The figure of ``events`` as JSON that is safe inside a ``<script>`` element.

    Hover labels and actors are written once per event; the page script puts each
    label back in ``hovertext`` (found by the event id in ``customdata``) before drawing.
    """
    plain = json.loads(json.dumps(figure.to_plotly_json(), default=_plain, ensure_ascii=False))
    text = json.dumps(_hoist_labels(plain, events), ensure_ascii=False, separators=(",", ":"))
    return json_for_html(text)


def _security_policy(nonce: str) -> str:
    # plotly's WebGL traces compile shaders with Function(), hence 'unsafe-eval'
    return (
        "default-src 'none'; "
        f"script-src 'nonce-{nonce}' 'unsafe-eval'; "
        "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; worker-src blob:"
    )


def _undated_item(event: Event) -> str:
    actors = "; ".join(actor.name for actor in event.actors) or "(no actor)"
    parts = [
        f"<strong>{html.escape(event.title)}</strong>",
        html.escape(actors),
        html.escape(f"{event.type.replace('_', ' ')} · {event.status}"),
    ]
    quote = first_quote(event)
    if quote:
        parts.append(f'<span class="quote">“{html.escape(quote)}”</span>')
    return f'<li data-id="{html.escape(event.id)}">' + " — ".join(parts) + "</li>"


def source_names(sources: Sequence[str | PathLike[str]]) -> list[str]:
    """The event files a page was made from, as paths with forward slashes, each once."""
    return list(dict.fromkeys(Path(source).as_posix() for source in sources))


def _about(
    filters: Sequence[str], sources: Sequence[str | PathLike[str]], generated: datetime
) -> str:
    stamp = generated.isoformat(timespec="seconds")
    names = [f"<code>{html.escape(name)}</code>" for name in source_names(sources)]
    if not names:
        files = "event files that were not recorded"
    elif len(names) <= SOURCES_INLINE:
        files = ", ".join(names)
    else:
        items = "".join(f"<li>{name}</li>" for name in names)
        files = f"<details><summary>{len(names)} event files</summary><ul>{items}</ul></details>"
    applied = "; ".join(html.escape(line) for line in filters) or "none"
    return (
        f'<div class="about" id="generated">Generated <time datetime="{stamp}">'
        f"{html.escape(stamp)}</time> from {files}</div>\n"
        f'<p class="about" id="applied-filters">Filters: {applied}.</p>'
    )


def render_html(
    events: Sequence[Event],
    *,
    title: str | None,
    filters: Sequence[str],
    sources: Sequence[str | PathLike[str]],
    generated: datetime,
) -> bytes:
    """The whole page as UTF-8 bytes."""
    heading = title or DEFAULT_TITLE
    spec = figure_json(build_figure(events), events)
    nonce = hashlib.sha256(spec.encode("utf-8")).hexdigest()[:24]
    plotly_js = get_plotlyjs().replace("</script", "<\\/script")
    undated = [event for event in events if event.date is None]
    dated_count = len(events) - len(undated)
    undated_list = "\n".join(_undated_item(event) for event in undated)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_security_policy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(heading)}</title>
<style>{PAGE_STYLE}</style>
<script nonce="{nonce}">{plotly_js}</script>
</head>
<body>
<header>
<h1>{html.escape(heading)}</h1>
{_about(filters, sources, generated)}
</header>
<main>
<div class="controls">
<label for="actor-filter">Actor</label>
<select id="actor-filter"><option value="">All actors</option></select>
<span id="shown-count">{dated_count} dated events</span>
</div>
<div id="timeline" data-events="{dated_count}"></div>
<section id="undated">
<h2>Undated events ({len(undated)})</h2>
<ul>
{undated_list}
</ul>
</section>
</main>
<script type="application/json" id="timeline-figure">{spec}</script>
<script nonce="{nonce}">{PAGE_SCRIPT}</script>
</body>
</html>
"""
    return page.encode("utf-8")
