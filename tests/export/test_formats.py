"""Choosing a format, filtering before export, and writing the file atomically."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from timeline.export import ExportFilters, export_events, format_for_path, write_atomically
from timeline.model import Event


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("out.html", "html"),
        ("OUT.HTM", "html"),
        ("a.json", "json"),
        ("a.csv", "csv"),
        ("cal.ics", "ics"),
        ("a.txt", None),
        ("noext", None),
    ],
)
def test_format_from_extension(name: str, expected: str | None) -> None:
    assert format_for_path(Path(name)) == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (ExportFilters(), {"day-one", "late-jan", "joint", "summit", "lonely", "undated"}),
        (ExportFilters(actors=("beta",)), {"late-jan", "joint"}),
        (ExportFilters(types=("agreement", "statement")), {"joint", "lonely"}),
        (ExportFilters(date_from=date(2019, 2, 11)), {"lonely", "summit"}),
        (ExportFilters(date_to=date(2019, 1, 25)), {"late-jan"}),
    ],
)
def test_filters_select_events(
    sample_events: list[Event], filters: ExportFilters, expected: set[str]
) -> None:
    assert {e.id for e in filters.apply(sample_events)} == expected


def test_filters_describe_themselves() -> None:
    filters = ExportFilters(actors=("A", "B"), types=("meeting",), date_from=date(2019, 1, 1))
    assert filters.describe() == ["actor: A, B", "type: meeting", "from: 2019-01-01"]
    assert ExportFilters().describe() == []


def test_unknown_format_is_refused(sample_events: list[Event]) -> None:
    with pytest.raises(ValueError, match="unknown export format 'pdf'"):
        export_events(sample_events, "pdf")


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    write_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")

    def broken(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.csv"]
