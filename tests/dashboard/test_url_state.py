"""Filter state <-> query string: a filtered view is a link that survives reload."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.url_state import (
    SHOW_SCHEDULED,
    SHOW_UNDATED,
    FilterState,
    from_controls,
    parse_query,
    to_query,
)
from timeline.taxonomy import TOP_LEVEL_TYPES


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("", FilterState()),
        (None, FilterState()),
        ("?actor=North+Korea", FilterState(actors=("North Korea",))),
        ("?actor=A&actor=B&actor=A", FilterState(actors=("A", "B"))),
        ("?type=meeting&type=nonsense", FilterState(types=("meeting",))),
        (
            "?from=2019-01-01&to=2019-03-01",
            FilterState(date_from=date(2019, 1, 1), date_to=date(2019, 3, 1)),
        ),
        ("?from=2019-02-30&to=soon", FilterState()),
        ("?q=+summit+", FilterState(text="summit")),
        ("?scheduled=0&undated=false", FilterState(show_scheduled=False, show_undated=False)),
        ("?scheduled=1&unknown=x", FilterState()),
        ("?q=%3Cb%3E", FilterState(text="<b>")),
    ],
)
def test_parse_query(search: str | None, expected: FilterState) -> None:
    assert parse_query(search) == expected


def test_query_matches_the_documented_example() -> None:
    state = FilterState(
        actors=("North Korea",), types=("meeting",), date_from=date(2019, 1, 1), text="summit"
    )
    assert to_query(state) == "?actor=North+Korea&type=meeting&from=2019-01-01&q=summit"


def test_default_view_has_no_query() -> None:
    assert to_query(FilterState()) == ""


states = st.builds(
    FilterState,
    actors=st.lists(st.text(min_size=1).map(str.strip).filter(bool), unique=True, max_size=3).map(
        tuple
    ),
    types=st.lists(st.sampled_from(TOP_LEVEL_TYPES), unique=True, max_size=3).map(tuple),
    date_from=st.none() | st.dates(),
    date_to=st.none() | st.dates(),
    text=st.text(max_size=20).map(str.strip),
    show_scheduled=st.booleans(),
    show_undated=st.booleans(),
)


@given(states)
def test_query_round_trip(state: FilterState) -> None:
    assert parse_query(to_query(state)) == state


@given(states)
def test_store_round_trip(state: FilterState) -> None:
    assert FilterState.from_dict(state.to_dict()) == state


@given(st.text())
def test_any_query_string_parses(search: str) -> None:
    assert isinstance(parse_query(search), FilterState)


def test_controls_read_the_date_picker_timestamps() -> None:
    state = from_controls(
        "Kim Jong-un", ["visit"], "2019-02-01T00:00:00", None, " hanoi ", [SHOW_UNDATED]
    )
    assert state == FilterState(
        actors=("Kim Jong-un",),
        types=("visit",),
        date_from=date(2019, 2, 1),
        text="hanoi",
        show_scheduled=False,
    )
    assert state.toggles == [SHOW_UNDATED]
    assert FilterState().toggles == [SHOW_SCHEDULED, SHOW_UNDATED]
