"""iCalendar export: all-day events over each window, fuzzy wording, no undated events."""

from __future__ import annotations

from datetime import date

import icalendar

from timeline.export.ics import render_ics
from timeline.model import Event

from .conftest import GENERATED


def vevents(events: list[Event]) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(render_ics(events, title="T", generated=GENERATED))
    return {str(found["uid"]): found for found in calendar.walk("VEVENT")}


def test_all_day_events_with_exclusive_end(sample_events: list[Event]) -> None:
    found = vevents(sample_events)
    expected = {
        "day-one": (date(2019, 2, 3), date(2019, 2, 4)),
        "late-jan": (date(2019, 1, 21), date(2019, 2, 1)),
        "summit": (date(2019, 2, 27), date(2019, 3, 1)),
    }
    for ident, (start, end) in expected.items():
        event = found[f"{ident}@timeline"]
        assert event["dtstart"].dt == start and event["dtend"].dt == end
        assert event["dtstart"].params.get("VALUE") == "DATE"


def test_undated_events_are_left_out(sample_events: list[Event]) -> None:
    assert "undated@timeline" not in vevents(sample_events)
    assert len(vevents(sample_events)) == len(sample_events) - 1


def test_fuzzy_dates_say_so_in_the_description(sample_events: list[Event]) -> None:
    description = str(vevents(sample_events)["late-jan@timeline"]["description"])
    assert "Date as written: late January (fuzzy: 21–31 January 2019)" in description
    assert str(vevents(sample_events)["late-jan@timeline"]["status"]) == "TENTATIVE"


def test_text_cannot_add_properties_or_events(hostile_events: list[Event]) -> None:
    event = hostile_events[0].model_copy(
        update={"title": "x\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@x"}
    )
    found = vevents([event])
    assert list(found) == [f"{event.id}@timeline"]
    assert str(found[f"{event.id}@timeline"]["summary"]).startswith("x")
