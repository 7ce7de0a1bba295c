"""JSON and CSV exports: exact round trips, flat columns, no formulas, optional BOM."""

from __future__ import annotations

import csv
import io
import json

import pytest

from timeline.export import export_events
from timeline.export.tabular import CSV_COLUMNS, render_csv, render_json, spreadsheet_safe
from timeline.model import Event

from .conftest import PAYLOADS


def test_json_round_trip_gives_the_same_events(sample_events: list[Event]) -> None:
    loaded = json.loads(render_json(sample_events))
    assert [Event.model_validate(item) for item in loaded] == sample_events


def test_json_keeps_hostile_text_as_data_and_inert(hostile_events: list[Event]) -> None:
    raw = render_json(hostile_events)
    assert b"<" not in raw and b">" not in raw
    loaded = [Event.model_validate(item) for item in json.loads(raw)]
    assert [e.title for e in loaded] == [e.title for e in hostile_events]


def test_export_json_is_chronological_with_undated_last(sample_events: list[Event]) -> None:
    ids = [item["id"] for item in json.loads(export_events(sample_events, "json"))]
    assert ids == ["late-jan", "day-one", "joint", "lonely", "summit", "undated"]


def test_csv_has_one_flat_row_per_event(sample_events: list[Event]) -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(sample_events).decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    by_id = {row["id"]: row for row in rows}
    assert len(rows) == len(sample_events)
    assert by_id["joint"]["actors"] == "Alpha; Beta"
    fuzzy = by_id["late-jan"]
    assert (fuzzy["start"], fuzzy["end"], fuzzy["precision"]) == (
        "2019-01-21",
        "2019-01-31",
        "month",
    )
    assert fuzzy["date_text"] == "late January"
    assert fuzzy["status"] == "scheduled"
    assert by_id["undated"]["start"] == ""
    assert by_id["day-one"]["url"] == "https://news.example.org/day-one"
    assert by_id["day-one"]["quote"] == "Quote about day-one."


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Kim meets Trump", "Kim meets Trump"),
        ("2019-02-03", "2019-02-03"),
    ],
)
def test_spreadsheet_safe(cell: str, expected: str) -> None:
    assert spreadsheet_safe(cell) == expected


def test_csv_cells_never_start_a_formula(hostile_events: list[Event]) -> None:
    rows = list(csv.reader(io.StringIO(render_csv(hostile_events).decode("utf-8"))))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    titles = [row[1] for row in rows[1:]]
    assert all(title.removeprefix("'") in PAYLOADS for title in titles)


def test_csv_bom_only_when_asked(sample_events: list[Event]) -> None:
    assert not render_csv(sample_events).startswith(b"\xef\xbb\xbf")
    with_bom = render_csv(sample_events, bom=True)
    assert with_bom.startswith(b"\xef\xbb\xbf")
    assert with_bom.decode("utf-8-sig").startswith("id,title,")
