"""Merging extracted events: no duplicates, people's work untouched, atomic and locked writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.model import Event, FuzzyDate, Source
from timeline.store import append_event, event_to_yaml_data, load_store, merge_events
from timeline.store import atomic as atomic_module
from timeline.store.yaml_store import read_document

DATA = Path(__file__).parents[1] / "data" / "store"


def extracted(title: str, day: str = "2021-05-02", **fields: object) -> Event:
    return Event.model_validate(
        {
            "title": title,
            "type": "statement",
            "date": day,
            "origin": "extracted",
            "actors": ["Jane Doe"],
            "sources": [Source(document="a.txt", quote=f"{title}.", start=0, end=len(title) + 1)],
            **fields,
        }
    )


@pytest.fixture
def hand_file(tmp_path: Path) -> Path:
    copy = tmp_path / "hand.yaml"
    shutil.copyfile(DATA / "hand-formatted.yaml", copy)
    return copy


def test_merge_appends_new_events_and_keeps_comments(hand_file: Path) -> None:
    before = hand_file.read_text()
    report = merge_events(
        hand_file, [extracted("Doe warns"), extracted("Doe insists", "2021-05-03")]
    )
    after = hand_file.read_text()
    assert (len(report.added), len(report.updated), len(report.kept)) == (2, 0, 0)
    assert all(line in after.splitlines() for line in before.splitlines())
    ids = [event.id for event in load_store([hand_file]).events]
    assert ids[-2:] == ["2021-05-02-doe-warns", "2021-05-03-doe-insists"]


def test_merging_twice_never_duplicates(hand_file: Path) -> None:
    merge_events(hand_file, [extracted("Doe warns")])
    once = hand_file.read_bytes()
    report = merge_events(hand_file, [extracted("Doe warns")])
    assert (report.added, report.updated, report.kept) == ([], [], ["2021-05-02-doe-warns"])
    assert hand_file.read_bytes() == once


def test_unedited_extracted_events_are_updated_in_place(hand_file: Path) -> None:
    merge_events(hand_file, [extracted("Doe warns"), extracted("Doe insists", "2021-05-03")])
    report = merge_events(hand_file, [extracted("Doe warns", confidence=0.5)])
    assert report.updated == ["2021-05-02-doe-warns"]
    events = load_store([hand_file]).events
    assert [e.id for e in events][-2:] == ["2021-05-02-doe-warns", "2021-05-03-doe-insists"]
    assert events[-2].confidence == 0.5
    assert not events[-2].is_edited


def test_edited_extracted_events_are_left_alone(hand_file: Path) -> None:
    merge_events(hand_file, [extracted("Doe warns")])
    text = hand_file.read_text().replace("quote: Doe warns.", "quote: Doe warns sternly.")
    hand_file.write_text(text)
    assert load_store([hand_file]).events[-1].is_edited
    report = merge_events(hand_file, [extracted("Doe warns", confidence=0.5)])
    assert report.kept == ["2021-05-02-doe-warns"]
    assert hand_file.read_text() == text


def test_manual_events_are_never_changed(hand_file: Path) -> None:
    before = hand_file.read_bytes()
    replacement = Event(id="budget-vote", title="Overwritten", type="other", origin="extracted")
    report = merge_events(hand_file, [replacement])
    assert report.kept == ["budget-vote"]
    assert hand_file.read_bytes() == before


def test_merge_into_a_missing_file_creates_it(tmp_path: Path) -> None:
    path = tmp_path / "store.yaml"
    report = merge_events(path, [extracted("Doe warns")])
    assert report.added == ["2021-05-02-doe-warns"]
    lines = path.read_text().splitlines()
    assert lines[:2] == ["# yaml-language-server: $schema=schema.json", "events:"]
    (event,) = load_store([path]).events
    assert event.checksum == event.content_checksum()


def test_merge_refuses_an_invalid_file_and_leaves_it(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("events:\n  - title: x\n    type: party\n")
    with pytest.raises(InputError, match="bad.yaml:3:5: events"):
        merge_events(path, [extracted("Doe warns")])
    assert path.read_text() == "events:\n  - title: x\n    type: party\n"


def test_a_failed_write_leaves_the_old_file_and_no_temp(
    hand_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = hand_file.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_module.os, "replace", broken_replace)
    with pytest.raises(OSError):
        merge_events(hand_file, [extracted("Doe warns")])
    assert hand_file.read_bytes() == before
    assert sorted(p.name for p in hand_file.parent.iterdir()) == [".hand.yaml.lock", "hand.yaml"]


def test_append_event_keeps_the_file_and_refuses_duplicates(hand_file: Path) -> None:
    before = hand_file.read_text()
    manual = Event(title="Budget signed", type="agreement", date="2021-06-01", actors=["Jane Doe"])
    append_event(hand_file, manual)
    assert hand_file.read_text().startswith(before.rsplit("# trailing", 1)[0])
    assert load_store([hand_file]).events[-1] == manual
    with pytest.raises(InputError, match="already in this file"):
        append_event(hand_file, manual)


@pytest.mark.parametrize(
    "event",
    [
        Event(title="Day", type="meeting", date="2019-02-03"),
        Event(
            title="Window",
            type="meeting",
            date=FuzzyDate.from_value("2019-01", "END", "late January"),
        ),
        Event(title="Range", type="meeting", date={"start": "2019-02-27", "end": "2019-02-28"}),
        Event(title="Undated", type="other", status="uncertain", tags=["a", "b c"], notes="x: y"),
        Event(
            title="Rich actors",
            type="statement",
            subtype="interview",
            actors=[{"name": "Kim", "kind": "person", "aliases": ["Kim Jong-un"]}, "DPRK"],
            sources=["https://example.org/a", {"document": "a.txt", "published": "2019-02-19"}],
            confidence=0.25,
            origin="extracted",
        ),
    ],
    ids=lambda e: e.title,
)
def test_written_events_read_back_the_same(event: Event, tmp_path: Path) -> None:
    path = tmp_path / "one.yaml"
    merge_events(path, [event])
    (read,) = load_store([path]).events
    expected = (
        event if event.origin == "manual" else event.model_copy(update={"checksum": read.checksum})
    )
    assert read == expected
    assert not read.is_edited


def test_written_events_leave_out_defaults_but_keep_what_and_when() -> None:
    data = event_to_yaml_data(Event(title="Rumour", type="other"))
    assert dict(data) == {"id": "undated-rumour", "title": "Rumour", "type": "other", "date": None}


def test_documents_written_by_merge_still_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "one.yaml"
    merge_events(
        path, [extracted("Doe warns"), Event(title="Range", type="meeting", date="2019-02")]
    )
    text = path.read_text()
    document = read_document(path)
    from timeline.store.yaml_store import dump_document

    assert dump_document(document) == text
