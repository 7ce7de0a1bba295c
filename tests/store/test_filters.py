"""Filtering events: actors by name or alias, types or subtypes, overlapping windows, text."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from timeline.store import chronological, filter_events

EVENTS = [
    Event(
        id="summit",
        title="Summit in Hanoi",
        type="meeting",
        subtype="summit",
        date={"start": "2019-02-27", "end": "2019-02-28"},
        actors=["Donald Trump", {"name": "Kim Jong-un", "aliases": ["Kim Jong Un"]}],
    ),
    Event(
        id="late-jan",
        title="Talks",
        type="meeting",
        date="2019-01",
        actors=["Russia"],
        tags=["six-party"],
    ),
    Event(
        id="address",
        title="New Year address",
        type="statement",
        date="2019-01-01",
        actors=["Kim Jong-un"],
    ),
    Event(id="rumour", title="Rumoured test", type="other", notes="Unconfirmed report"),
]


@pytest.mark.parametrize(
    ("criteria", "ids"),
    [
        ({}, ["summit", "late-jan", "address", "rumour"]),
        ({"actors": ["kim jong un"]}, ["summit"]),
        ({"actors": ["KIM JONG-UN", "russia"]}, ["summit", "late-jan", "address"]),
        ({"types": ["statement"]}, ["address"]),
        ({"types": ["summit"]}, ["summit"]),
        ({"date_from": date(2019, 1, 31)}, ["summit", "late-jan"]),
        ({"date_to": date(2019, 1, 1)}, ["late-jan", "address"]),
        ({"date_from": date(2019, 2, 28), "date_to": date(2019, 3, 1)}, ["summit"]),
        ({"date_from": date(2019, 3, 1)}, []),
        ({"text": "hanoi"}, ["summit"]),
        ({"text": "SIX-PARTY"}, ["late-jan"]),
        ({"text": "unconfirmed"}, ["rumour"]),
        ({"actors": ["Kim Jong-un"], "date_to": date(2019, 1, 31)}, ["address"]),
    ],
)
def test_filter_events(criteria: dict[str, object], ids: list[str]) -> None:
    assert [event.id for event in filter_events(EVENTS, **criteria)] == ids  # type: ignore[arg-type]


def test_chronological_puts_undated_last() -> None:
    assert [event.id for event in chronological(EVENTS)] == [
        "address",
        "late-jan",
        "summit",
        "rumour",
    ]
