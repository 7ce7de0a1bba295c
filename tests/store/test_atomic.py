"""Atomic writes under a lock: concurrent writers never lose each other's events."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.model import Event
from timeline.store import load_store, merge_events
from timeline.store.atomic import atomic_write_text, lock_path


def _merge_one(path: str, index: int) -> None:
    event = Event(title=f"Event {index}", type="other", date="2020-01-01", origin="extracted")
    merge_events(Path(path), [event])


def test_concurrent_merges_keep_every_event(tmp_path: Path) -> None:
    path = tmp_path / "shared.yaml"
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_merge_one, args=(str(path), i)) for i in range(6)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert all(worker.exitcode == 0 for worker in workers)
    assert len(load_store([path]).events) == 6


def test_atomic_write_keeps_the_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("old")
    path.chmod(0o640)
    atomic_write_text(path, "new ✓")
    assert path.read_text(encoding="utf-8") == "new ✓"
    assert path.stat().st_mode & 0o777 == 0o640
    assert lock_path(path).name == ".x.yaml.lock"
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"]


@pytest.mark.parametrize("create_parents", [False, True])
def test_missing_folders_are_created_only_when_asked(tmp_path: Path, create_parents: bool) -> None:
    path = tmp_path / "a" / "b" / "x.yaml"
    if create_parents:
        atomic_write_text(path, "x", create_parents=True)
        assert path.read_text(encoding="utf-8") == "x"
        return
    with pytest.raises(InputError) as caught:
        atomic_write_text(path, "x")
    assert "folder" in str(caught.value) and "does not exist" in str(caught.value)
    assert not (tmp_path / "a").exists()


def test_merging_into_a_missing_folder_is_refused_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "new" / "x.yaml"
    event = Event(title="A", type="other", date="2020-01-01", origin="extracted")
    with pytest.raises(InputError):
        merge_events(path, [event])
    assert not path.parent.exists()
    merge_events(path, [event], create_parents=True)
    assert len(load_store([path]).events) == 1
