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
from typing import Any

import numpy as np
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from timeline.export.html_script import PAGE_SCRIPT, PAGE_STYLE
from timeline.export.tabular import json_for_html
from timeline.figure import build_figure
from timeline.figure_text import first_quote
from timeline.model import Event

DEFAULT_TITLE = "Timeline"


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


def _hoist_labels(spec: dict[str, Any]) -> dict[str, Any]:
    """Write each event's hover label once, in ``labels``, not once per lane it is drawn in."""
    labels: dict[str, str] = {}
    for trace in spec["data"]:
        rows = trace.get("customdata")
        if not isinstance(rows, list) or (trace.get("meta") or {}).get("shape") == "link":
            continue
        for row in rows:
            if row and row[0] is not None and len(row) > 1:
                labels[row[0]] = row[1]
                row[1] = None
    return {**spec, "labels": labels}


def figure_json(figure: go.Figure) -> str:
    """The figure as JSON that is safe inside a ``<script>`` element, hover labels once each.

    The page script puts each label back (``customdata[1]``) before drawing.
    """
    plain = json.loads(json.dumps(figure.to_plotly_json(), default=_plain, ensure_ascii=False))
    text = json.dumps(_hoist_labels(plain), ensure_ascii=False, separators=(",", ":"))
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


def _about(filters: Sequence[str], sources: Sequence[str], generated: datetime) -> str:
    stamp = generated.isoformat(timespec="seconds")
    files = ", ".join(html.escape(source) for source in sources) or "(not recorded)"
    applied = "; ".join(html.escape(line) for line in filters) or "none"
    return (
        f'<p class="about">Generated <time datetime="{stamp}">{html.escape(stamp)}</time>'
        f" from {files}.</p>\n"
        f'<p class="about" id="applied-filters">Filters: {applied}.</p>'
    )


def render_html(
    events: Sequence[Event],
    *,
    title: str | None,
    filters: Sequence[str],
    sources: Sequence[str],
    generated: datetime,
) -> bytes:
    """The whole page as UTF-8 bytes."""
    heading = title or DEFAULT_TITLE
    spec = figure_json(build_figure(events))
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
