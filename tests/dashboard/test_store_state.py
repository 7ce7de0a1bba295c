"""The in-memory store: reload only on change, last good events kept, writes only inside the folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dashboard.state import StoreState, TargetError, actor_counts
from timeline.model import Event
from timeline.store import load_events

NEW_EVENT = """\
  - title: Moon visits Pyongyang
    type: visit
    date: 2019-04-01
    actors: [Moon Jae-in]
"""


def test_snapshot_is_reused_while_files_are_unchanged(store: StoreState) -> None:
    first = store.snapshot()
    assert store.snapshot() is first
    assert first.version == 1


def test_edited_file_shows_up_without_restart(store: StoreState, store_dir: Path) -> None:
    before = store.snapshot()
    extra = store_dir / "extra.yaml"
    extra.write_text(extra.read_text(encoding="utf-8") + NEW_EVENT, encoding="utf-8")
    after = store.snapshot()
    assert after.version == before.version + 1
    assert len(after.events) == len(before.events) + 1
    assert "2019-04-01-moon-visits-pyongyang" in after.by_id


def test_touching_a_file_reloads(store: StoreState, store_dir: Path) -> None:
    before = store.snapshot()
    stat = (store_dir / "extra.yaml").stat()
    os.utime(store_dir / "extra.yaml", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert store.snapshot() is not before


def test_new_file_shows_up(store: StoreState, store_dir: Path) -> None:
    before = store.snapshot()
    (store_dir / "more.yaml").write_text("events:\n" + NEW_EVENT, encoding="utf-8")
    after = store.snapshot()
    assert "more.yaml" in after.files
    assert len(after.events) == len(before.events) + 1


def test_broken_file_keeps_last_good_events(store: StoreState, store_dir: Path) -> None:
    before = store.snapshot()
    (store_dir / "extra.yaml").write_text(
        "events:\n  - title: x\n    type: party\n", encoding="utf-8"
    )
    after = store.snapshot()
    assert after.events == before.events
    assert after.problems and all("extra.yaml" in line for line in after.problems)


def test_actor_counts_most_frequent_first(store: StoreState, store_dir: Path) -> None:
    events = load_events([store_dir])
    counts = actor_counts(events)
    assert [n for _, n in counts] == sorted((n for _, n in counts), reverse=True)
    expected = sum(1 for e in events if any(a.name == counts[0][0] for a in e.actors))
    assert counts[0][1] == expected


@pytest.mark.parametrize(
    "name",
    [
        "",
        "../outside.yaml",
        "sub/../../outside.yaml",
        "/tmp/abs.yaml",
        "C:\\x.yaml",
        "notes.txt",
        "x.yml",
        "noext",
    ],
)
def test_unsafe_targets_are_refused(store: StoreState, name: str) -> None:
    with pytest.raises(TargetError):
        store.resolve_target(name)


def test_symlink_escaping_the_folder_is_refused(
    store: StoreState, store_dir: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (store_dir / "link").symlink_to(outside, target_is_directory=True)
    (store_dir / "evil.yaml").symlink_to(outside / "evil.yaml")
    for name in ("link/new.yaml", "evil.yaml"):
        with pytest.raises(TargetError, match="outside the store folder"):
            store.resolve_target(name)


@pytest.mark.parametrize("name", ["korea-2019.yaml", "new-story.yaml", "sub/new.yaml"])
def test_safe_targets_resolve_inside_the_folder(
    store: StoreState, store_dir: Path, name: str
) -> None:
    assert store.resolve_target(name) == store_dir / name


def test_add_event_keeps_comments_and_is_seen(store: StoreState, store_dir: Path) -> None:
    event = Event.model_validate(
        {"title": "Moon visits Pyongyang", "type": "visit", "date": "2019-04-01"}
    )
    store.snapshot()
    path = store.add_event("extra.yaml", event)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# extra events for the dashboard tests")
    assert "Moon visits Pyongyang" in text
    assert event.id in store.snapshot().by_id


def test_add_event_to_new_file_in_subfolder(store: StoreState, store_dir: Path) -> None:
    event = Event.model_validate({"title": "Something else", "type": "other"})
    path = store.add_event("sub/new.yaml", event)
    assert path == store_dir / "sub" / "new.yaml"
    assert [e.id for e in load_events([path])] == [event.id]


def test_root_is_the_folder_of_a_file_path(store_dir: Path) -> None:
    state = StoreState.open([store_dir / "korea-2019.yaml"])
    assert state.root == store_dir
    assert state.snapshot().files == ("korea-2019.yaml",)
