"""The resume ledger: which inputs were extracted, by content hash, with their per-article events.

It lives beside the output store (``events/.timeline-index-extract.korea.yaml.sqlite``
for ``events/korea.yaml``; hidden, derived, ignored by git) and is committed after
every batch, so an interrupted run keeps every batch it finished and a rerun
extracts only inputs that are new or changed. Each input keeps its events as
extracted from its articles before the cross-article merge, so a rerun merges
exactly what a fresh run would. Deleting the ledger only costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import cache
from pathlib import Path

from timeline.corpus.tasks import FileResult
from timeline.model import Event

LEDGER_PREFIX = ".timeline-index-extract."
_SCHEMA = """
CREATE TABLE IF NOT EXISTS inputs (
    path TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    options TEXT NOT NULL,
    documents INTEGER NOT NULL,
    events TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS merged (
    output TEXT PRIMARY KEY,
    output_sha256 TEXT NOT NULL,
    events_sha256 TEXT NOT NULL
);
"""


def ledger_location(output: Path) -> Path:
    """The ledger of an output store file: a hidden sibling named after it."""
    return output.with_name(f"{LEDGER_PREFIX}{output.name}.sqlite")


@cache
def extractor_fingerprint() -> str:
    """A hash of the code and data that decide what an article yields."""
    import timeline.model

    package = Path(timeline.model.__file__).parent
    sources = [package / "model.py", package / "taxonomy.py", package / "documents.py"]
    for folder in ("extract", "temporal"):
        sources += sorted((package / folder).glob("*.py"))
    sources += sorted((package / "data").rglob("*.yaml"))
    digest = hashlib.sha256()
    for source in sources:
        with contextlib.suppress(OSError):
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def options_key(published: date | None, actor_files: Sequence[Path]) -> str:
    """What besides the input decides its events: the reference date, actor files, the extractor."""
    digest = hashlib.sha256(extractor_fingerprint().encode())
    digest.update(f"published={published.isoformat() if published else ''}".encode())
    for path in actor_files:
        digest.update(b"\0actors\0")
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return digest.hexdigest()


class Ledger:
    """An open ledger: what is known to be done, and recording batches as they finish."""

    def __init__(self, connection: sqlite3.Connection, options: str) -> None:
        self._connection = connection
        self.options = options

    @classmethod
    @contextlib.contextmanager
    def open(cls, location: Path, options: str) -> Iterator[Ledger]:
        """The ledger at ``location`` (created when missing; started afresh when unreadable)."""
        location.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(location, timeout=30.0)
            connection.executescript(_SCHEMA)
        except sqlite3.DatabaseError:
            for suffix in ("", "-journal"):
                Path(f"{location}{suffix}").unlink(missing_ok=True)
            connection = sqlite3.connect(location, timeout=30.0)
            connection.executescript(_SCHEMA)
        try:
            yield cls(connection, options)
        finally:
            connection.close()

    def known(self) -> dict[str, str]:
        """Content hash of each input done with the current options, by path."""
        rows = self._connection.execute(
            "SELECT path, sha256 FROM inputs WHERE options = ?", (self.options,)
        )
        return dict(rows.fetchall())

    def record(self, results: Iterable[FileResult]) -> None:
        """Keep a finished batch: one transaction, so a crash keeps whole batches only."""
        with self._connection:
            self._connection.executemany(
                "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?)",
                [
                    (r.key, r.sha256, self.options, r.documents, r.events_json)
                    for r in results
                    if r.events_json is not None and not r.problems
                ],
            )

    def stored(self, keys: Sequence[str]) -> dict[str, tuple[int, str]]:
        """(documents, events JSON) of these inputs, as recorded."""
        wanted = set(keys)
        rows = self._connection.execute(
            "SELECT path, documents, events FROM inputs WHERE options = ?", (self.options,)
        )
        return {key: (documents, text) for key, documents, text in rows if key in wanted}


def events_digest(events: Sequence[Event]) -> str:
    """A hash of merged events as they would be written."""
    digest = hashlib.sha256()
    for event in events:
        digest.update(event.model_dump_json().encode())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    """The content hash of a file; empty when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def already_merged(location: Path, output: Path, events: Sequence[Event]) -> bool:
    """Whether these events were merged into ``output`` last time and the file is unchanged since."""
    if not location.exists():
        return False
    try:
        with contextlib.closing(sqlite3.connect(location, timeout=30.0)) as connection:
            row = connection.execute(
                "SELECT output_sha256, events_sha256 FROM merged WHERE output = ?",
                (str(output.resolve()),),
            ).fetchone()
    except sqlite3.DatabaseError:
        return False
    return row is not None and tuple(row) == (file_digest(output), events_digest(events))


def remember_merge(location: Path, output: Path, events: Sequence[Event]) -> None:
    """Note that ``events`` are now in ``output``, so an unchanged rerun can leave the file alone."""
    with (
        contextlib.suppress(sqlite3.DatabaseError),
        contextlib.closing(sqlite3.connect(location, timeout=30.0)) as connection,
        connection,
    ):
        connection.executescript(_SCHEMA)
        connection.execute(
            "INSERT OR REPLACE INTO merged VALUES (?, ?, ?)",
            (str(output.resolve()), file_digest(output), events_digest(events)),
        )
