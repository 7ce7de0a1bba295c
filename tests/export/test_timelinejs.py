"""TimelineJS export: valid per the documented fields, precision-true dates, escaped text."""

from __future__ import annotations

import json
from typing import Any

import pytest

from timeline.export.timelinejs import check_timelinejs, render_timelinejs
from timeline.model import Event

from .conftest import PAYLOADS, event_data


def document(events: list[Event]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(render_timelinejs(events, title="Korea <2019>"))
    return loaded


def test_file_passes_the_format_check(sample_events: list[Event]) -> None:
    found = document(sample_events)
    assert check_timelinejs(found) == []
    assert [slide["unique_id"] for slide in found["events"]] == [
        e.id for e in sample_events if e.date is not None
    ]
    assert found["title"]["text"]["headline"] == "Korea &lt;2019&gt;"


@pytest.mark.parametrize(
    ("when", "start", "end", "display"),
    [
        ("2019-02-03", {"year": 2019, "month": 2, "day": 3}, None, None),
        (
            {"value": "2019-01", "mod": "END", "text": "late January"},
            {"year": 2019, "month": 1},
            None,
            "late January 2019",
        ),
        ({"value": "2019"}, {"year": 2019}, None, "2019"),
        (
            {"start": "2019-02-27", "end": "2019-02-28"},
            {"year": 2019, "month": 2, "day": 27},
            {"year": 2019, "month": 2, "day": 28},
            "2019-02-27 – 2019-02-28",
        ),
        ({"value": "2019-Q1"}, {"year": 2019, "month": 1}, {"year": 2019, "month": 3}, "2019-Q1"),
    ],
)
def test_dates_carry_only_what_the_precision_allows(
    when: Any, start: dict[str, int], end: dict[str, int] | None, display: str | None
) -> None:
    (slide,) = document([Event.model_validate(event_data("e", date=when))])["events"]
    assert slide["start_date"] == start
    assert slide.get("end_date") == end
    assert slide.get("display_date") == display


def test_group_is_the_primary_actor(sample_events: list[Event]) -> None:
    groups = {s["unique_id"]: s.get("group") for s in document(sample_events)["events"]}
    assert groups["joint"] == "Alpha" and groups["lonely"] is None


def test_text_fields_are_escaped(hostile_events: list[Event]) -> None:
    found = document(hostile_events)
    assert check_timelinejs(found) == []
    for slide in found["events"]:
        assert "<script" not in slide["text"]["headline"]
        assert "<img" not in slide["text"]["text"] and "<script" not in slide["text"]["text"]
        assert "<" not in slide.get("group", "")
    headlines = [slide["text"]["headline"] for slide in found["events"]]
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in headlines
    assert len(headlines) == len(PAYLOADS)


@pytest.mark.parametrize(
    ("broken", "problem"),
    [
        ({}, "events: required list of slides"),
        ({"events": [{"text": {"headline": "x"}}]}, "events[0].start_date: required"),
        (
            {"events": [{"start_date": {"year": "2019"}, "text": {"headline": "x"}}]},
            "events[0].start_date.year: required integer",
        ),
        (
            {"events": [{"start_date": {"year": 2019, "week": 3}, "text": {"text": "x"}}]},
            "events[0].start_date.week: not a TimelineJS date field",
        ),
        (
            {"events": [{"start_date": {"year": 2019, "day": 3}, "text": {"text": "x"}}]},
            "events[0].start_date.day: given without a month",
        ),
        ({"events": [{"start_date": {"year": 2019}}]}, "events[0].text: must be an object"),
    ],
)
def test_check_finds_problems(broken: dict[str, Any], problem: str) -> None:
    assert any(found.startswith(problem) for found in check_timelinejs(broken))
