"""Fast record rebuilding and JSON output give exactly what pydantic's slow paths give."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import Actor, Event, FuzzyDate, Source
from timeline.store.records import events_to_json

EVENTS = [
    Event(title="Plain", type="meeting"),
    Event(
        title="Ünïcode “quotes” and \\ back\nslash",
        type="statement",
        date=FuzzyDate(start=date(2019, 2, 27), end=date(2019, 2, 28)),
        actors=[Actor(name="Kim Jong-un", kind="person", country="PRK")],
        sources=[Source(document="a.txt", start=3, end=9, quote="said\t\u2028")],
        confidence=0.15,
        tags=["a", "undated"],
        notes="",
    ),
    Event(title="Tiny confidence", type="visit", confidence=1e-05, location="Hanoi"),
]


@pytest.mark.parametrize("events", [[], EVENTS[:1], EVENTS])
def test_events_to_json_is_the_text_json_dumps_gives(events: list[Event]) -> None:
    expected = json.dumps([e.model_dump(mode="json") for e in events], ensure_ascii=False, indent=2)
    assert events_to_json(events) == expected


@given(st.floats(min_value=0, max_value=1))
def test_any_confidence_is_written_as_json_dumps_writes_it(confidence: float) -> None:
    events = [Event(title="t", type="meeting", confidence=confidence)]
    expected = json.dumps([e.model_dump(mode="json") for e in events], ensure_ascii=False, indent=2)
    assert events_to_json(events) == expected
