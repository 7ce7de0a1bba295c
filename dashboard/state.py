"""The dashboard's in-memory store: events loaded once, reloaded only when a file changed.

Every callback asks ``StoreState.snapshot()``; that costs one ``stat`` per YAML file,
and re-reads the files only when a file was added, removed, or changed size or mtime.
Filtering then works on the events held in memory, never on the files: on the
snapshot's ``EventTable``, numpy columns built once per read.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from timeline.errors import InputError
from timeline.model import Event
from timeline.store import append_event, load_events
from timeline.store.columnar import EventTable
from timeline.store.discovery import find_event_files

YAML_SUFFIX = ".yaml"

#: (path, mtime in ns, size) of every watched file, in path order.
Signature = tuple[tuple[str, int, int], ...]


class TargetError(ValueError):
    """A file name the add-event form may not write to; the message says why."""


@dataclass(frozen=True)
class Snapshot:
    """The events of the store at one moment, with what the views need precomputed."""

    events: tuple[Event, ...]
    by_id: dict[str, Event]
    actor_counts: tuple[tuple[str, int], ...]
    files: tuple[str, ...]
    problems: tuple[str, ...] = ()
    version: int = 0
    table: EventTable = field(default_factory=lambda: EventTable.from_events(()))


def actor_counts(events: Sequence[Event]) -> tuple[tuple[str, int], ...]:
    """Each actor with its number of events, most frequent first, then by name."""
    counts = Counter(actor.name for event in events for actor in event.actors)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))


def make_snapshot(
    events: Sequence[Event],
    files: Sequence[str] = (),
    problems: Sequence[str] = (),
    version: int = 0,
) -> Snapshot:
    """A snapshot of these events (the first event wins when two share an id)."""
    by_id: dict[str, Event] = {}
    for event in events:
        by_id.setdefault(event.id, event)
    return Snapshot(
        events=tuple(events),
        by_id=by_id,
        actor_counts=actor_counts(events),
        files=tuple(files),
        problems=tuple(problems),
        version=version,
        table=EventTable.from_events(events),
    )


@dataclass
class StoreState:
    """The store folder(s) being served and the events last read from them."""

    paths: tuple[Path, ...]
    _snapshot: Snapshot | None = field(default=None, init=False, repr=False)
    _signature: Signature | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @classmethod
    def open(cls, paths: Sequence[Path | str]) -> StoreState:
        """A state over these files or folders (read on first use)."""
        return cls(paths=tuple(Path(p) for p in paths))

    @classmethod
    def in_memory(cls, events: Sequence[Event]) -> StoreState:
        """A state over events already in memory, with no files (benchmarks, previews)."""
        state = cls(paths=())
        state._snapshot, state._signature = make_snapshot(events, version=1), ()
        return state

    @property
    def root(self) -> Path:
        """The folder the add-event form writes into: the first folder given, else the first file's."""
        for path in self.paths:
            if path.is_dir():
                return path
        return self.paths[0].parent if self.paths else Path(".")

    def watched_files(self) -> list[Path]:
        """Every YAML file the store reads, in the store's own order (none when a path is gone)."""
        try:
            return find_event_files(list(self.paths))
        except InputError:
            return []

    def _stat(self) -> tuple[Signature, list[Path]]:
        files = self.watched_files()
        rows = []
        for path in files:
            try:
                info = path.stat()
            except OSError:
                continue
            rows.append((str(path), info.st_mtime_ns, info.st_size))
        return tuple(rows), files

    def snapshot(self) -> Snapshot:
        """The current events: re-read only when a watched file changed since the last read."""
        signature, files = self._stat()
        with self._lock:
            if self._snapshot is not None and signature == self._signature:
                return self._snapshot
            previous = self._snapshot
            version = previous.version + 1 if previous else 1
            names = [self.relative_name(p) for p in files]
            try:
                events = load_events(list(self.paths))
                snapshot = make_snapshot(events, names, version=version)
            except InputError as error:
                # keep showing the last good events, and say what is wrong on disk
                kept = previous.events if previous else ()
                snapshot = make_snapshot(kept, names, [str(p) for p in error.problems], version)
            self._snapshot, self._signature = snapshot, signature
            return snapshot

    def relative_name(self, path: Path) -> str:
        """How the form names a file: relative to the store folder when inside it."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)

    def resolve_target(self, name: str) -> Path:
        """The file inside the store folder that ``name`` stands for; TargetError when unsafe."""
        name = (name or "").strip()
        if not name:
            raise TargetError("choose a file, or type a new file name such as korea.yaml")
        if "\\" in name or PureWindowsPath(name).drive or PurePosixPath(name).is_absolute():
            raise TargetError(
                f"{name!r}: write a file name inside the store folder, not a full path"
            )
        relative = PurePosixPath(name)
        if ".." in relative.parts:
            raise TargetError(
                f"{name!r}: '..' may not be used; the file must be inside the store folder"
            )
        if relative.suffix != YAML_SUFFIX:
            raise TargetError(f"{name!r}: the file name must end in {YAML_SUFFIX}")
        root = self.root.resolve()
        target = self.root / relative
        if not target.resolve().is_relative_to(root):
            raise TargetError(f"{name!r}: this path leads outside the store folder")
        if target.exists() and not target.is_file():
            raise TargetError(f"{name!r} is not a file")
        return target

    def add_event(self, name: str, event: Event) -> Path:
        """Append an event to a file of the store folder; the next snapshot shows it."""
        target = self.resolve_target(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        append_event(target, event)
        return target
