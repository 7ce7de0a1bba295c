"""The density view: counts of events per actor lane and time bin, for when too many match to draw.

With 100,000 matching events one marker each is unreadable and slow to send; a
heatmap with one row per lane (the lanes of ``build_figure``: busiest actors
first, the rest under "Others") and one column per time bin shows where the
events are. The dashboard switches back to ``build_figure`` once a zoom or
filters leave few enough events. Computed from an ``EventTable`` with numpy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
import plotly.graph_objects as go

from timeline.figure_lanes import NO_ACTOR, OTHERS
from timeline.figure_text import escape_markup
from timeline.model import Event
from timeline.store.columnar import BoolArray, EventTable, IntArray

#: above this many dated events the dashboard draws the density view instead of markers
DENSITY_THRESHOLD = 5000
#: at most this many time bins across the figure
MAX_BINS = 160
#: bin widths in days to choose from: a day, a week, a month, a quarter, a year, then decades
BIN_DAYS = (1, 7, 30, 91, 365, 730, 1825, 3650)
COLOUR_SCALE = "Blues"
DENSITY_NOTE = "{count} events: counts per lane and {width}; zoom in or filter to see each event"
_WIDTH_NAMES = {1: "day", 7: "week", 30: "month", 91: "quarter", 365: "year"}


def bin_days(first: int, last: int, max_bins: int = MAX_BINS) -> int:
    """The narrowest bin width (days) that covers ordinals ``first..last`` in ``max_bins`` bins."""
    span = last - first + 1
    for width in BIN_DAYS:
        if math.ceil(span / width) <= max_bins:
            return width
    return math.ceil(span / max_bins)


def density_lanes(
    table: EventTable, mask: BoolArray, max_lanes: int = 15
) -> tuple[list[str], IntArray, IntArray]:
    """Lanes as ``lanes_for`` names them, and (row, lane) pairs of the selected events."""
    rows, actors = table.lane_pairs(mask)
    counts = np.bincount(actors, minlength=len(table.actor_names))
    present = np.flatnonzero(counts)
    ranked = sorted(present.tolist(), key=lambda a: (-counts[a], table.actor_names[a]))
    if len(ranked) > max_lanes:
        kept, lanes = (
            ranked[: max_lanes - 1],
            [table.actor_names[a] for a in ranked[: max_lanes - 1]],
        )
        lanes.append(OTHERS)
    else:
        kept, lanes = ranked, [table.actor_names[a] for a in ranked]
    lane_of = np.full(len(table.actor_names), len(kept), dtype=np.int64)
    lane_of[np.asarray(kept, dtype=np.int64)] = np.arange(len(kept), dtype=np.int64)
    pairs = np.unique(rows * (len(lanes) + 1) + lane_of[actors])
    pair_rows, pair_lanes = pairs // (len(lanes) + 1), pairs % (len(lanes) + 1)
    lone = np.flatnonzero(mask & (np.diff(table.actor_ptr) == 0))
    if lone.size:
        lanes.append(NO_ACTOR)
        pair_rows = np.concatenate((pair_rows, lone))
        pair_lanes = np.concatenate((pair_lanes, np.full(lone.size, len(lanes) - 1)))
    return lanes, pair_rows, pair_lanes


def build_density_figure(
    events: EventTable | Sequence[Event],
    mask: BoolArray | None = None,
    *,
    title: str | None = None,
    max_lanes: int = 15,
    max_bins: int = MAX_BINS,
    height: int | None = None,
) -> go.Figure:
    """A heatmap of event counts per lane and time bin (of the rows in ``mask``, default all dated)."""
    table = events if isinstance(events, EventTable) else EventTable.from_events(events)
    chosen = table.dated if mask is None else (mask & table.dated)
    count = int(chosen.sum())
    if not count:
        figure = go.Figure()
        figure.update_layout(
            template="plotly_white",
            height=height or 380,
            xaxis={"visible": False},
            yaxis={"visible": False},
            annotations=[{"text": "No events match", "showarrow": False, "font": {"size": 16}}],
            meta={"view": "density", "events": 0, "lanes": []},
        )
        return figure
    lanes, rows, lane_ids = density_lanes(table, chosen, max_lanes)
    middle = (table.start[rows] + table.end[rows]) // 2
    first, last = int(table.start[chosen].min()), int(table.end[chosen].max())
    width = bin_days(first, last, max_bins)
    bins = (last - first) // width + 1
    cells = np.bincount(lane_ids * bins + (middle - first) // width, minlength=len(lanes) * bins)
    grid = cells.reshape(len(lanes), bins).astype(float)
    grid[grid == 0] = np.nan
    edges = [date.fromordinal(first + width * b).isoformat() for b in range(bins)]
    unit = _WIDTH_NAMES.get(width, f"{width} days")
    heatmap: dict[str, Any] = {
        "type": "heatmap",
        "x": edges,
        "y": [escape_markup(lane) for lane in lanes],
        "z": grid.tolist(),
        "colorscale": COLOUR_SCALE,
        "hoverongaps": False,
        "xperiod": width * 86_400_000,
        "xperiodalignment": "start",
        "colorbar": {"title": {"text": "events"}},
        "hovertemplate": f"%{{y}}<br>%{{x}} (a {unit})<br>%{{z}} events<extra></extra>",
    }
    note = DENSITY_NOTE.format(count=count, width=f"a {unit}" if width in _WIDTH_NAMES else unit)
    return go.Figure(
        data=[heatmap],
        layout={
            "title": {"text": escape_markup(title)} if title else None,
            "template": "plotly_white",
            "height": height or max(380, 170 + 34 * len(lanes)),
            "margin": {"l": 10, "r": 10, "t": 60 if title else 40, "b": 10},
            "dragmode": "zoom",
            "xaxis": {"type": "date", "showgrid": True},
            "yaxis": {
                "type": "category",
                "categoryorder": "array",
                "categoryarray": [escape_markup(lane) for lane in reversed(lanes)],
                "automargin": True,
                "fixedrange": True,
            },
            "annotations": [
                {
                    "text": note,
                    "xref": "paper",
                    "yref": "paper",
                    "x": 0,
                    "y": 1.02,
                    "xanchor": "left",
                    "yanchor": "bottom",
                    "showarrow": False,
                }
            ],
            "meta": {"view": "density", "events": count, "lanes": lanes, "bin_days": width},
        },
    )
