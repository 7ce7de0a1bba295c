"""Atomic writes under a lock: concurrent writers never lose each other's events."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

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
