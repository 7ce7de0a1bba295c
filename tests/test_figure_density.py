"""The density view: the figure's lanes, one count per event and lane, bins that fit the span."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from timeline.figure_density import MAX_BINS, bin_days, build_density_figure
from timeline.figure_lanes import NO_ACTOR, OTHERS, lanes_for, lanes_of_event
from timeline.model import Event, FuzzyDate
from timeline.store.columnar import EventTable

NAMES = ["North Korea", "United States", "China", "Japan", "Russia", "Kim Jong-un"]


def make(n: int) -> list[Event]:
    found = []
    for i in range(n):
        start = date(2018, 1, 1) + timedelta(days=(i * 37) % 700)
        actors = [NAMES[i % len(NAMES)], NAMES[(i * 5) % len(NAMES)]] if i % 7 else []
        found.append(
            Event(
                title=f"Event {i}",
                type="meeting",
                date=None
                if i % 11 == 0
                else FuzzyDate(start=start, end=start + timedelta(days=i % 5)),
                actors=actors,
            )
        )
    return found


@pytest.mark.parametrize(
    ("span_days", "width"),
    [
        (1, 1),
        (MAX_BINS, 1),
        (MAX_BINS + 1, 7),
        (700, 7),
        (4000, 30),
        (20000, 365),
        (10**6, -(-(10**6) // MAX_BINS)),
    ],
)
def test_bin_width_fits_the_span(span_days: int, width: int) -> None:
    assert bin_days(0, span_days - 1) == width


@pytest.mark.parametrize("max_lanes", [2, 4, 15])
def test_lanes_and_counts_match_the_event_figure(max_lanes: int) -> None:
    events = make(300)
    dated = [e for e in events if e.date is not None]
    figure = build_density_figure(events, max_lanes=max_lanes)
    lanes = lanes_for(dated, max_lanes)
    assert figure.layout.meta["lanes"] == lanes
    assert figure.layout.meta["events"] == len(dated)
    z = np.nan_to_num(np.asarray(figure.data[0].z, dtype=float))
    expected = {lane: 0 for lane in lanes}
    for event in dated:
        for lane in lanes_of_event(event, lanes):
            expected[lane] += 1
    assert dict(zip(figure.data[0].y, z.sum(axis=1).astype(int).tolist(), strict=True)) == expected
    assert (OTHERS in lanes) == (max_lanes < len(NAMES)) and NO_ACTOR in lanes


def test_mask_selects_the_events_counted() -> None:
    events = make(200)
    table = EventTable.from_events(events)
    mask = table.mask(actors=["China"])
    figure = build_density_figure(table, mask)
    assert figure.layout.meta["events"] == int((mask & table.dated).sum())
    assert figure.layout.meta["lanes"][0] == "China"


def test_nothing_to_count_gives_an_empty_figure() -> None:
    figure = build_density_figure([Event(title="Undated", type="other")])
    assert figure.layout.meta["events"] == 0 and not figure.data
