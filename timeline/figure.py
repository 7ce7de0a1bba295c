"""The timeline figure: events as a plotly figure, shared by the dashboard and the HTML export.

Lanes are actors (busiest first, the rest under "Others"); colour and symbol
are the event type; single days are points and wider dates are translucent
windows over every day they may stand for; scheduled or planned events are
open markers and hatched windows. Every drawn item carries its event id as its
``customdata`` (a plain string, None in the gaps between WebGL windows), so click
handlers and in-page filters can find the event, and its HTML-escaped hover
label as its ``hovertext``; nothing else is sent per item. Traces are one per
(type, style, shape), never one per event, and switch to WebGL above
``GL_THRESHOLD`` drawn items. The initial x range frames the events dated to a
day, week or month (``focus_range``); wider windows run off its edges and the
range slider below shows everything.
"""

from __future__ import annotations

import math
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
HOVER_TEMPLATE = "%{hovertext}<extra></extra>"
#: added to every hover label when the quotes are left out (the dashboard's detail panel has them)
CLICK_HINT = "<br><i>Click for the quote and sources</i>"
LEGEND_TITLE = "<b>Type</b><br><span style='font-size:11px'>open or hatched:<br>not occurred</span>"
#: precisions narrow enough to frame the initial view; wider dates run off its edges
FOCUS_PRECISIONS = frozenset({"time", "day", "week", "month"})
#: the initial view holds at least this share of those dates (a few far-off ones may lie outside)
FOCUS_SHARE = 0.8
#: lane labels longer than this are shortened with an ellipsis (the hover has the full name)
LANE_LABEL_WIDTH = 28
FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"


@dataclass
class _Series:
    """The arrays of one trace: items of one type, style and shape."""

    x: list[Any] = field(default_factory=list)
    y: list[str | None] = field(default_factory=list)
    base: list[str] = field(default_factory=list)
    customdata: list[str | None] = field(default_factory=list)
    hovertext: list[str | None] = field(default_factory=list)


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
    quotes: bool = True,
) -> go.Figure:
    """The timeline figure of ``events``; undated events are left out (list them beside it).

    ``quotes=False`` leaves the source quote out of the hover labels (a third of the
    bytes sent) and says to click instead, for a page with a detail panel.
    """
    dated = [event for event in events if event.date is not None]
    if not dated:
        return _empty_figure(title, height)
    lanes = lanes_for(dated, max_lanes)
    lane_rank = {name: rank for rank, name in enumerate(lanes)}
    names = [actor_names(event) for event in dated]
    actors = sorted({name for found in names for name in found})
    placed = [
        sorted(lanes_of_event(event, lane_rank, found), key=lane_rank.__getitem__)
        for event, found in zip(dated, names, strict=True)
    ]
    use_gl = sum(map(len, placed)) > GL_THRESHOLD
    # plotly renders tick labels as HTML-like text: lanes are drawn under escaped names
    shown = {lane: escape_markup(lane) for lane in lanes}
    series: dict[tuple[str, str, str], _Series] = {}
    links = _Series()
    for event, event_lanes in zip(dated, placed, strict=True):
        when = event.date
        assert when is not None
        label = hover_text(event, quote=quotes)
        shape = "window" if when.is_fuzzy else "point"
        target = series.setdefault((event.type, style_of(event), shape), _Series())
        for lane in event_lanes:
            _add_item(target, shown[lane], event.id, label, when.start, when.end, shape, use_gl)
        if len(event_lanes) > 1:
            middle = _noon(when.start) if shape == "point" else _midpoint(when.start, when.end)
            links.x += [middle, middle, None]
            links.y += [shown[event_lanes[0]], shown[event_lanes[-1]], None]
            links.customdata += [event.id, event.id, None]
    template = (
        HOVER_TEMPLATE if quotes else HOVER_TEMPLATE.replace("<extra>", CLICK_HINT + "<extra>")
    )
    traces = _link_traces(links, use_gl) + _item_traces(series, use_gl, template)
    layout = _layout(title, lanes, actors, height, focus_range(dated))
    return go.Figure(data=traces, layout=layout)


def focus_range(events: Sequence[Event]) -> tuple[str, str] | None:
    """The initial x range: where the bulk of the events dated to a month or finer lie.

    One year-long bar, or one event far from the rest, would otherwise squeeze every
    other day into a few pixels: the range is the shortest span holding ``FOCUS_SHARE``
    of those windows when that is under half of their whole span, else all of them,
    plus a margin. Falls back to every window when none is that narrow; None when
    nothing is dated. The range slider still shows everything.
    """
    windows = [event.date for event in events if event.date is not None]
    focus = [when for when in windows if when.precision in FOCUS_PRECISIONS] or windows
    if not focus:
        return None
    starts = np.array(sorted(when.start.toordinal() for when in focus))
    ends = np.array(sorted(when.end.toordinal() for when in focus))
    low, high = int(starts[0]), int(ends[-1])
    kept = math.ceil(len(focus) * FOCUS_SHARE)
    if kept < len(focus):
        # the k consecutive starts spanning the fewest days, and the matching ends
        spans = ends[kept - 1 :] - starts[: len(starts) - kept + 1]
        best = int(np.argmin(spans))
        start, end = int(starts[best]), int(ends[best + kept - 1])
        if (end - start) * 2 < high - low:
            low, high = start, end
    low_day, high_day = date.fromordinal(low), date.fromordinal(high) + timedelta(days=1)
    margin = max((high_day - low_day) * 0.04, timedelta(days=3))
    first = datetime.combine(low_day, time()) - margin
    last = datetime.combine(high_day, time()) + margin
    return first.isoformat(timespec="minutes"), last.isoformat(timespec="minutes")


def _array(values: list[Any]) -> np.ndarray[Any, Any]:
    """An object array: plotly copies it in one step where it would walk a list item by item."""
    found = np.empty(len(values), dtype=object)
    found[:] = values
    return found


def _dates(values: list[Any]) -> np.ndarray[Any, Any]:
    """ISO dates and times as a datetime64 array (None becomes NaT, a gap in a line)."""
    return np.array(values, dtype="datetime64[m]")


def _add_item(
    found: _Series,
    lane: str,
    event_id: str,
    label: str,
    start: date,
    end: date,
    shape: str,
    use_gl: bool,
) -> None:
    """Add one drawn item (a point, or a window) of an event in one lane."""
    if shape == "point":
        found.x.append(_noon(start))
        found.y.append(lane)
        found.customdata.append(event_id)
        found.hovertext.append(label)
    elif use_gl:
        found.x += [start.isoformat(), (end + timedelta(days=1)).isoformat(), None]
        found.y += [lane, lane, None]
        found.customdata += [event_id, event_id, None]
        found.hovertext += [label, label, None]
    else:
        found.base.append(start.isoformat())
        found.x.append((end - start).days * DAY_MS + DAY_MS)
        found.y.append(lane)
        found.customdata.append(event_id)
        found.hovertext.append(label)


def _item_traces(
    series: dict[tuple[str, str, str], _Series], use_gl: bool, template: str
) -> list[dict[str, Any]]:
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
            "customdata": _array(series[key].customdata),
            "hovertext": _array(series[key].hovertext),
            "hovertemplate": template,
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
            "customdata": _array(links.customdata),
            "mode": "lines",
            "line": {"color": LINK_COLOUR, "width": 1},
            "hoverinfo": "skip",
            "showlegend": False,
            "name": "same event",
            "meta": {"shape": "link"},
        }
    ]


def lane_label(lane: str, width: int = LANE_LABEL_WIDTH) -> str:
    """A lane name short enough to leave the chart its width: ``International Atomic En…``."""
    return lane if len(lane) <= width else lane[: width - 1].rstrip() + "…"


def _layout(
    title: str | None,
    lanes: list[str],
    actors: list[str],
    height: int | None,
    x_range: tuple[str, str] | None,
) -> dict[str, Any]:
    """Axes (actor lanes, top first; dates with a range slider), legend and metadata.

    The legend runs in one row above the chart, so the lanes keep the page's width.
    """
    categories = [escape_markup(lane) for lane in reversed(lanes)]
    xaxis: dict[str, Any] = {
        "type": "date",
        "showgrid": True,
        "gridcolor": "#e6e8eb",
        "tickfont": {"size": 12, "color": "#444"},
        "rangeslider": {
            "visible": True,
            "thickness": 0.1,
            # one blank lane above and below, so the overview's markers stay inside it
            "yaxis": {"rangemode": "fixed", "range": [-1, len(lanes)]},
            "bgcolor": "#f6f7f9",
            "bordercolor": "#d0d4da",
            "borderwidth": 1,
        },
    }
    if x_range is not None:
        xaxis["range"] = list(x_range)
    return {
        "title": {"text": escape_markup(title), "x": 0, "xanchor": "left"} if title else None,
        "template": "plotly_white",
        "font": {"family": FONT, "color": "#222"},
        "height": height or max(380, 190 + 34 * len(lanes)),
        "barmode": "overlay",
        "hovermode": "closest",
        "hoverlabel": {"align": "left", "bgcolor": "white", "font": {"size": 13}},
        "dragmode": "zoom",
        # the mode bar stands upright in the right margin, clear of the legend row
        "modebar": {"orientation": "v"},
        "margin": {"l": 10, "r": 40, "t": 70 if title else 20, "b": 10},
        "xaxis": xaxis,
        "yaxis": {
            "type": "category",
            "categoryorder": "array",
            "categoryarray": categories,
            "tickvals": categories,
            "ticktext": [escape_markup(lane_label(lane)) for lane in reversed(lanes)],
            "tickfont": {"size": 13, "color": "#222"},
            "ticks": "outside",
            "ticklen": 6,
            "tickcolor": "rgba(0,0,0,0)",
            "gridcolor": "#eef0f2",
            "automargin": True,
            "fixedrange": True,
        },
        "legend": {
            "title": {"text": LEGEND_TITLE, "side": "left"},
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1.01,
            "yanchor": "bottom",
            # "normal", not plotly's "grouped" for legend groups: grouped rows never wrap
            "traceorder": "normal",
            "itemsizing": "constant",
            "font": {"size": 12},
        },
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
