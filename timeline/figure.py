"""The timeline figure: events as a plotly figure, shared by the dashboard and the HTML export.

Lanes are actors (busiest first, the rest under "Others"); colour and symbol
are the event type; single days are points and wider dates are translucent
windows over every day they may stand for; scheduled or planned events are
open markers and hatched windows. Every drawn item carries the event id as the
first element of its ``customdata`` (then its hover label, HTML-escaped, then
the indices of its actors in ``layout.meta["actors"]`` as a comma-separated
string), so click handlers and
in-page filters can find the event. Traces are one per (type, style, shape),
never one per event, and switch to WebGL above ``GL_THRESHOLD`` drawn items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import numpy as np
import plotly.graph_objects as go

from timeline.figure_lanes import actor_names, lanes_for, lanes_of_event
from timeline.figure_style import (
    LINK_COLOUR,
    WINDOW_OPACITY,
    style_of,
    type_label,
    type_style,
)
from timeline.figure_text import escape_markup, hover_text
from timeline.model import Event
from timeline.taxonomy import TOP_LEVEL_TYPES

#: above this many drawn items (points and windows, one per lane) traces use WebGL.
GL_THRESHOLD = 1000
EMPTY_MESSAGE = "No events match"
DAY_MS = 86_400_000
#: customdata columns: event id, hover label, actor indices
CUSTOMDATA_WIDTH = 3
HOVER_TEMPLATE = "%{customdata[1]}<extra></extra>"
LEGEND_TITLE = "Type (open or hatched: not occurred)"


@dataclass
class _Series:
    """The arrays of one trace: items of one type, style and shape."""

    x: list[Any] = field(default_factory=list)
    y: list[str | None] = field(default_factory=list)
    base: list[str] = field(default_factory=list)
    customdata: list[tuple[str, ...] | None] = field(default_factory=list)


def _noon(day: date) -> str:
    return f"{day.isoformat()}T12:00"


def _midpoint(start: date, end: date) -> str:
    middle = datetime.combine(start, time()) + (end - start + timedelta(days=1)) / 2
    return middle.isoformat(timespec="minutes")


def build_figure(
    events: Sequence[Event],
    *,
    title: str | None = None,
    max_lanes: int = 15,
    height: int | None = None,
) -> go.Figure:
    """The timeline figure of ``events``; undated events are left out (list them beside it)."""
    dated = [event for event in events if event.date is not None]
    if not dated:
        return _empty_figure(title, height)
    lanes = lanes_for(dated, max_lanes)
    lane_rank = {name: rank for rank, name in enumerate(lanes)}
    names = [actor_names(event) for event in dated]
    actors = sorted({name for found in names for name in found})
    actor_index = {name: index for index, name in enumerate(actors)}
    placed = [
        sorted(lanes_of_event(event, lane_rank, found), key=lane_rank.__getitem__)
        for event, found in zip(dated, names, strict=True)
    ]
    use_gl = sum(map(len, placed)) > GL_THRESHOLD
    # plotly renders tick labels as HTML-like text: lanes are drawn under escaped names
    shown = {lane: escape_markup(lane) for lane in lanes}
    series: dict[tuple[str, str, str], _Series] = {}
    links = _Series()
    for event, found, event_lanes in zip(dated, names, placed, strict=True):
        when = event.date
        assert when is not None
        indices = ",".join(str(actor_index[name]) for name in found)
        row = (event.id, hover_text(event), indices)
        shape = "window" if when.is_fuzzy else "point"
        target = series.setdefault((event.type, style_of(event), shape), _Series())
        for lane in event_lanes:
            _add_item(target, shown[lane], row, when.start, when.end, shape, use_gl)
        if len(event_lanes) > 1:
            middle = _noon(when.start) if shape == "point" else _midpoint(when.start, when.end)
            links.x += [middle, middle, None]
            links.y += [shown[event_lanes[0]], shown[event_lanes[-1]], None]
            links.customdata += [(event.id,), (event.id,), None]
    traces = _link_traces(links, use_gl) + _item_traces(series, use_gl)
    return go.Figure(data=traces, layout=_layout(title, lanes, actors, height))


def _array(values: list[Any]) -> np.ndarray[Any, Any]:
    """An object array: plotly copies it in one step where it would walk a list item by item."""
    found = np.empty(len(values), dtype=object)
    found[:] = values
    return found


def _dates(values: list[Any]) -> np.ndarray[Any, Any]:
    """ISO dates and times as a datetime64 array (None becomes NaT, a gap in a line)."""
    return np.array(values, dtype="datetime64[m]")


def _rows(rows: list[tuple[str, ...] | None], width: int) -> np.ndarray[Any, Any]:
    """A 2-D object array of strings (None for gaps), cheap for plotly to copy."""
    found = np.empty((len(rows), width), dtype=object)
    for index, row in enumerate(rows):
        if row is not None:
            found[index] = row
    return found


def _add_item(
    found: _Series,
    lane: str,
    row: tuple[str, ...],
    start: date,
    end: date,
    shape: str,
    use_gl: bool,
) -> None:
    """Add one drawn item (a point, or a window) of an event in one lane."""
    if shape == "point":
        found.x.append(_noon(start))
        found.y.append(lane)
        found.customdata.append(row)
    elif use_gl:
        found.x += [start.isoformat(), (end + timedelta(days=1)).isoformat(), None]
        found.y += [lane, lane, None]
        found.customdata += [row, row, None]
    else:
        found.base.append(start.isoformat())
        found.x.append((end - start).days * DAY_MS + DAY_MS)
        found.y.append(lane)
        found.customdata.append(row)


def _item_traces(series: dict[tuple[str, str, str], _Series], use_gl: bool) -> list[dict[str, Any]]:
    """One trace per (type, style, shape), in taxonomy order; one legend entry per type."""
    order = {name: rank for rank, name in enumerate(TOP_LEVEL_TYPES)}
    traces: list[dict[str, Any]] = []
    legend_shown: set[str] = set()
    for key in sorted(series, key=lambda k: (order.get(k[0], len(order)), k[1], k[2])):
        kind, style, shape = key
        colour, symbol = type_style(kind)
        common: dict[str, Any] = {
            "name": type_label(kind),
            "legendgroup": kind,
            "showlegend": kind not in legend_shown,
            "customdata": _rows(series[key].customdata, CUSTOMDATA_WIDTH),
            "hovertemplate": HOVER_TEMPLATE,
            "meta": {"type": kind, "style": style, "shape": shape},
            "y": _array(series[key].y),
            "x": np.array(series[key].x)
            if shape == "window" and not use_gl
            else _dates(series[key].x),
        }
        legend_shown.add(kind)
        planned = style == "planned"
        if shape == "point":
            marker = {
                "color": colour,
                "symbol": f"{symbol}-open" if planned else symbol,
                "size": 11,
                "line": {"width": 2 if planned else 0.5, "color": colour},
            }
            kind_of_trace = "scattergl" if use_gl else "scatter"
            traces.append({"type": kind_of_trace, "mode": "markers", "marker": marker, **common})
        elif use_gl:
            line = {"color": colour, "width": 8, "dash": "dash" if planned else "solid"}
            traces.append(
                {"type": "scattergl", "mode": "lines", "line": line, "opacity": WINDOW_OPACITY}
                | common
            )
        else:
            marker = {
                "color": colour,
                "opacity": WINDOW_OPACITY,
                "line": {"color": colour, "width": 1.5 if planned else 0},
                "pattern": {"shape": "/" if planned else "", "fgcolor": colour, "solidity": 0.3},
            }
            traces.append(
                {
                    "type": "bar",
                    "orientation": "h",
                    "base": _dates(series[key].base),
                    "width": 0.6,
                    "marker": marker,
                    **common,
                }
            )
    return traces


def _link_traces(links: _Series, use_gl: bool) -> list[dict[str, Any]]:
    """Thin vertical lines joining the lanes of an event with several actors."""
    if not links.x:
        return []
    return [
        {
            "type": "scattergl" if use_gl else "scatter",
            "x": _dates(links.x),
            "y": _array(links.y),
            "customdata": _rows(links.customdata, 1),
            "mode": "lines",
            "line": {"color": LINK_COLOUR, "width": 1},
            "hoverinfo": "skip",
            "showlegend": False,
            "name": "same event",
            "meta": {"shape": "link"},
        }
    ]


def _layout(
    title: str | None, lanes: list[str], actors: list[str], height: int | None
) -> dict[str, Any]:
    """Axes (actor lanes, top first; dates with a range slider), legend and metadata."""
    return {
        "title": {"text": escape_markup(title)} if title else None,
        "template": "plotly_white",
        "height": height or max(380, 170 + 34 * len(lanes)),
        "barmode": "overlay",
        "hovermode": "closest",
        "dragmode": "zoom",
        "margin": {"l": 10, "r": 10, "t": 60 if title else 30, "b": 10},
        "xaxis": {
            "type": "date",
            "rangeslider": {"visible": True, "thickness": 0.08},
            "showgrid": True,
        },
        "yaxis": {
            "type": "category",
            "categoryorder": "array",
            "categoryarray": [escape_markup(lane) for lane in reversed(lanes)],
            "automargin": True,
            "fixedrange": True,
        },
        "legend": {"title": {"text": LEGEND_TITLE}, "itemsizing": "constant"},
        "meta": {"actors": actors, "lanes": lanes},
    }


def _empty_figure(title: str | None, height: int | None) -> go.Figure:
    """A valid figure that says nothing matched, with hidden axes."""
    figure = go.Figure()
    figure.update_layout(
        title={"text": escape_markup(title)} if title else None,
        template="plotly_white",
        height=height or 380,
        xaxis={"visible": False},
        yaxis={"visible": False},
        meta={"actors": [], "lanes": []},
        annotations=[
            {
                "text": EMPTY_MESSAGE,
                "showarrow": False,
                "xref": "paper",
                "yref": "paper",
                "x": 0.5,
                "y": 0.5,
                "font": {"size": 18},
            }
        ],
    )
    return figure
