"""The vectorised filter selects exactly what ``filter_events`` selects."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Actor, Event, FuzzyDate
from timeline.store import filter_events
from timeline.store.columnar import EventTable

ACTORS = [
    Actor(name="North Korea", kind="country", aliases=["DPRK"]),
    Actor(name="Kim Jong-un", kind="person", aliases=["Kim"]),
    Actor(name="Donald Trump", kind="person", aliases=["Trump", "Kim"]),
    Actor(name="Straße Ministry", kind="organization"),
]
TYPES = [("meeting", None), ("meeting", "summit"), ("visit", None), ("statement", "speech")]
WORDS = ["summit", "Hanoi", "talks", "KIM", "ss", "a", "\x00", "missile test", "e\nt"]
days = st.dates(min_value=date(2018, 1, 1), max_value=date(2020, 12, 31))


@st.composite
def events(draw: st.DrawFn) -> Event:
    kind, subtype = draw(st.sampled_from(TYPES))
    start = draw(days)
    width = draw(st.integers(0, 60))
    when = draw(
        st.sampled_from(
            [None, FuzzyDate(start=start, end=start.fromordinal(start.toordinal() + width))]
        )
    )
    return Event(
        title=draw(st.sampled_from(["Summit in Hanoi", "Missile test", "Talks", "Straße"])),
        type=kind,
        subtype=subtype,
        date=when,
        actors=draw(st.lists(st.sampled_from(ACTORS), max_size=3)),
        location=draw(st.sampled_from([None, "Hanoi"])),
        tags=draw(st.lists(st.sampled_from(["nuclear", "talks"]), max_size=2)),
    )


filters = st.fixed_dictionaries(
    {},
    optional={
        "actors": st.lists(
            st.sampled_from(["north korea", "DPRK", "kim", "Trump", "nobody", "STRASSE MINISTRY"]),
            max_size=2,
        ),
        "types": st.lists(st.sampled_from(["meeting", "summit", "speech", "attack"]), max_size=2),
        "date_from": st.none() | days,
        "date_to": st.none() | days,
        "text": st.none() | st.sampled_from(WORDS) | st.text(max_size=3),
    },
)


@settings(max_examples=150, deadline=None)
@given(st.lists(events(), max_size=25), filters)
def test_same_selection_as_filter_events(found: list[Event], criteria: dict[str, object]) -> None:
    table = EventTable.from_events(found)
    expected = filter_events(found, **criteria)  # type: ignore[arg-type]
    assert table.take(table.filter(**criteria)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("criteria", "titles"),
    [
        ({}, ["A", "B", "C"]),
        ({"actors": ["dprk"]}, ["A"]),
        ({"types": ["summit"]}, ["A"]),
        ({"date_from": date(2019, 3, 1)}, ["B"]),
        ({"date_to": date(2019, 2, 28)}, ["A"]),
        ({"text": "  HANOI "}, ["A"]),
        ({"text": "b\nmeeting"}, []),
    ],
)
def test_filter_table(criteria: dict[str, object], titles: list[str]) -> None:
    found = [
        Event(
            title="A",
            type="meeting",
            subtype="summit",
            date=FuzzyDate(start=date(2019, 2, 27), end=date(2019, 2, 28)),
            actors=[ACTORS[0]],
            location="Hanoi",
        ),
        Event(
            title="B", type="visit", date=FuzzyDate(start=date(2019, 4, 1), end=date(2019, 4, 1))
        ),
        Event(title="C", type="statement"),
    ]
    table = EventTable.from_events(found)
    assert [e.title for e in table.take(table.filter(**criteria))] == titles  # type: ignore[arg-type]


def test_statuses_and_lane_pairs() -> None:
    found = [
        Event(
            title="A", type="meeting", status="planned", actors=[ACTORS[0], ACTORS[1], ACTORS[0]]
        ),
        Event(title="B", type="meeting"),
    ]
    table = EventTable.from_events(found)
    assert table.with_status(["planned", "scheduled"]).tolist() == [True, False]
    rows, actor_ids = table.lane_pairs(np.ones(2, dtype=bool))
    assert rows.tolist() == [0, 0]
    assert [table.actor_names[a] for a in actor_ids] == ["North Korea", "Kim Jong-un"]
