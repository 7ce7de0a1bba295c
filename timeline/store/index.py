"""A derived SQLite index of a store, so loading 100,000 events does not parse 100,000 YAML records.

The YAML files stay the source of truth. The index (``<folder>/.timeline-index.sqlite``)
holds, per event file, its size, mtime, content hash and the compact JSON of its
validated events. Loading stats every file: an unchanged file is read from the
index; a touched one is hashed and re-parsed only when its content changed; a
deleted one is dropped. Deleting the index loses nothing; a corrupt or stale
index (another model version) is rebuilt from the YAML without a word; an index
that cannot be written (read-only folder, locked) is skipped and the YAML read.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import multiprocessing
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pydantic
import pydantic_core

from timeline.errors import InputError, Problem
from timeline.model import Event
from timeline.store.discovery import find_event_files
from timeline.store.loader import load_file, load_store
from timeline.store.records import event_to_record, events_from_records, paused_gc

INDEX_NAME = ".timeline-index.sqlite"
#: bump when the tables change shape
FORMAT_VERSION = "1"
#: set to 1 to read the YAML files every time, as ``--no-index`` does
NO_INDEX_ENV = "TIMELINE_NO_INDEX"
_TIMEOUT_S = 30.0
#: parse changed files on every core from this many bytes of YAML on (about 1,000 events)
PARALLEL_PARSE_BYTES = 512 * 1024
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    count INTEGER NOT NULL,
    events TEXT NOT NULL
);
"""


class CorruptIndex(Exception):
    """The index cannot be read as written; it is rebuilt from the YAML."""


@dataclass
class IndexReport:
    """What one load did with the index: files reused, re-hashed, parsed and dropped."""

    index: Path | None
    files: int = 0
    events: int = 0
    reused: int = 0
    rehashed: int = 0
    parsed: int = 0
    removed: int = 0
    rebuilt: bool = False
    used: bool = True

    def to_json(self) -> dict[str, Any]:
        """The report as plain data, for ``--format json``."""
        data = asdict(self)
        data["index"] = str(self.index) if self.index else None
        return data


@dataclass
class IndexedEvents:
    """The events of a store read through the index, the files they came from, and the report."""

    events: list[Event]
    files: list[Path]
    report: IndexReport = field(default_factory=lambda: IndexReport(None))


def index_disabled() -> bool:
    """Whether the environment asks to bypass the index (``TIMELINE_NO_INDEX=1``)."""
    return os.environ.get(NO_INDEX_ENV, "").strip() not in ("", "0")


def index_location(paths: Sequence[Path]) -> Path | None:
    """Where the index of ``paths`` lives: in the first folder named; None when only files are named."""
    for path in paths:
        if path.is_dir():
            return path / INDEX_NAME
    return None


@cache
def model_fingerprint() -> str:
    """A hash of what decides how YAML becomes records: the model, taxonomy, date reader and data."""
    import timeline.model

    package = Path(timeline.model.__file__).parent
    digest = hashlib.sha256(f"{FORMAT_VERSION}:{pydantic.VERSION}".encode())
    sources = [package / "model.py", package / "taxonomy.py"]
    sources += sorted((package / "temporal").glob("*.py"))
    sources += sorted((package / "data").rglob("*.yaml"))
    for source in sources:
        with contextlib.suppress(OSError):
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def remove_index(location: Path) -> None:
    """Delete an index and its journal (the YAML files are untouched)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{location}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def _connect(location: Path) -> Iterator[sqlite3.Connection]:
    """An open index at ``location``, created or emptied when missing or from another model."""
    connection = sqlite3.connect(location, timeout=_TIMEOUT_S)
    try:
        connection.executescript(_SCHEMA)
        found = connection.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        if found is None or found[0] != model_fingerprint():
            with connection:
                connection.execute("DROP TABLE files")
            connection.executescript(_SCHEMA)
            with connection:
                connection.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)",
                    (model_fingerprint(),),
                )
        yield connection
    finally:
        connection.close()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _parse(path: Path) -> tuple[int, str] | list[Problem]:
    """One file's event count and compact records JSON, or the problems that stop it loading."""
    try:
        loaded = load_file(path)
    except InputError as error:
        return list(error.problems)
    records = [event_to_record(event) for event in loaded.content.events]
    return len(records), json.dumps(records, ensure_ascii=False, separators=(",", ":"))


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _parse_all(paths: Sequence[Path]) -> list[tuple[int, str] | list[Problem]]:
    """Parse these files, on every core when there are enough bytes to pay for the processes."""
    workers = min(_cores(), len(paths))
    total = sum(path.stat().st_size for path in paths if path.exists())
    # forking a process that runs other threads (a web server) can deadlock the child
    if workers < 2 or total < PARALLEL_PARSE_BYTES or threading.active_count() > 1:
        return [_parse(path) for path in paths]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    # largest first, so one big file started last does not leave the other cores idle
    sizes = [path.stat().st_size if path.exists() else 0 for path in paths]
    order = sorted(range(len(paths)), key=lambda i: -sizes[i])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        parsed = dict(zip(order, pool.map(_parse, [paths[i] for i in order]), strict=True))
    return [parsed[i] for i in range(len(paths))]


def _refresh(
    connection: sqlite3.Connection, files: Sequence[Path], report: IndexReport
) -> tuple[list[str], list[InputError]]:
    """Bring the rows of ``files`` up to date; their keys in order, and the files that failed.

    Files whose content changed are parsed first (in parallel when worth it); their
    rows are then written here, in one transaction.
    """
    known = {
        row[0]: row[1:]
        for row in connection.execute("SELECT path, mtime_ns, size, sha256 FROM files")
    }
    keys: list[str] = []
    stale: list[tuple[Path, str, os.stat_result | None, str]] = []
    with connection:
        for path in files:
            key = str(path.resolve())
            keys.append(key)
            row = known.get(key)
            try:
                info: os.stat_result | None = path.stat()
            except OSError:
                info = None
            if info is not None and row is not None and row[:2] == (info.st_mtime_ns, info.st_size):
                report.reused += 1
                continue
            try:
                digest = _sha256(path.read_bytes())
            except OSError:
                digest = ""
            if info is not None and row is not None and row[2] == digest:
                connection.execute(
                    "UPDATE files SET mtime_ns = ?, size = ? WHERE path = ?",
                    (info.st_mtime_ns, info.st_size, key),
                )
                report.rehashed += 1
                continue
            stale.append((path, key, info, digest))
        errors: list[InputError] = []
        parsed = _parse_all([path for path, _, _, _ in stale])
        for (_, key, info, digest), outcome in zip(stale, parsed, strict=True):
            if isinstance(outcome, list):
                connection.execute("DELETE FROM files WHERE path = ?", (key,))
                errors.append(InputError(outcome))
                continue
            connection.execute(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
                (
                    key,
                    info.st_mtime_ns if info else 0,
                    info.st_size if info else -1,
                    digest,
                    *outcome,
                ),
            )
            report.parsed += 1
        wanted = set(keys)
        gone = [key for key in known if key not in wanted and not Path(key).exists()]
        connection.executemany("DELETE FROM files WHERE path = ?", [(key,) for key in gone])
        report.removed = len(gone)
    return keys, errors


def _read_events(connection: sqlite3.Connection, keys: Sequence[str]) -> list[Event]:
    """The events of these files, in file order, from their stored JSON."""
    wanted = set(keys)
    texts: dict[str, str] = {}
    for key, text in connection.execute("SELECT path, events FROM files"):
        if key in wanted:
            texts[key] = text
    events: list[Event] = []
    try:
        with paused_gc():
            for key in keys:
                events.extend(events_from_records(pydantic_core.from_json(texts[key])))
            # the events live as long as the store and hold no cycles: out of the collector's
            # sight, it neither scans them all once the pause ends nor on every full pass after
            gc.freeze()
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise CorruptIndex(f"{error.__class__.__name__}: {error}") from None
    return events


def _has_duplicate_ids(events: Sequence[Event]) -> bool:
    seen: set[str] = set()
    for event in events:
        if event.id in seen:
            return True
        seen.add(event.id)
    return False


def _load_from_yaml(paths: Sequence[Path], report: IndexReport) -> IndexedEvents:
    store = load_store(paths)
    report.used = False
    report.files, report.events, report.parsed = (
        len(store.files),
        len(store.events),
        len(store.files),
    )
    return IndexedEvents(store.events, store.files, report)


def load_indexed(
    paths: Sequence[Path], location: Path | None = None, rebuild: bool = False
) -> IndexedEvents:
    """Every event under ``paths`` (as ``load_store`` reads them) through the index.

    ``location`` defaults to ``index_location(paths)``; with none (only files named)
    the YAML is read directly. Problems are raised exactly as ``load_store`` raises them.
    """
    files = find_event_files(paths)
    location = location or index_location(paths)
    report = IndexReport(location)
    if location is None:
        return _load_from_yaml(paths, report)
    if rebuild:
        remove_index(location)
        report.rebuilt = True
    for _attempt in range(2):
        try:
            with _connect(location) as connection:
                keys, errors = _refresh(connection, files, report)
                if errors:
                    # load_store reports every problem, duplicate ids included, located
                    return _load_from_yaml(paths, report)
                events = _read_events(connection, keys)
        except sqlite3.OperationalError:
            # locked for too long, read-only folder, disk full: the YAML is still there
            return _load_from_yaml(paths, report)
        except (sqlite3.DatabaseError, CorruptIndex):
            remove_index(location)
            report = IndexReport(location, rebuilt=True)
            continue
        if _has_duplicate_ids(events):
            return _load_from_yaml(paths, report)
        report.files, report.events = len(files), len(events)
        return IndexedEvents(events, list(files), report)
    # damaged again right after a rebuild: leave the index alone and read the YAML
    return _load_from_yaml(paths, report)


def index_contents(location: Path) -> dict[str, Any]:
    """What an index holds: files, events and its size on disk (zeros when there is none)."""
    if not location.exists():
        return {"index": str(location), "files": 0, "events": 0, "bytes": 0}
    try:
        with contextlib.closing(sqlite3.connect(location, timeout=_TIMEOUT_S)) as connection:
            files, events = connection.execute(
                "SELECT COUNT(*), COALESCE(SUM(count), 0) FROM files"
            ).fetchone()
    except sqlite3.DatabaseError:
        files, events = 0, 0
    return {
        "index": str(location),
        "files": files,
        "events": events,
        "bytes": location.stat().st_size,
    }
