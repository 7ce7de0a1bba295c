"""The work shipped to a process or a Dask worker: extract a chunk of files, reading them there.

A task is a list of (path, content hash known from an earlier run or None). The
worker reads each file itself, skips it when its hash still matches, else
extracts every article in it with ``extract_document`` and returns the events
as compact JSON (cheap to send back, and exactly what the ledger keeps).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline.documents import Document, read_documents
from timeline.errors import InputError, Problem
from timeline.extract import ActorDictionary, extract_document
from timeline.store.records import event_to_record

#: (path as given, its resolved key, content hash from the ledger or None)
Task = tuple[str, str, str | None]

_WORKER_DICTIONARY: list[ActorDictionary] = []


@dataclass
class FileResult:
    """What one input gave: its events as JSON (None when unchanged since the ledger), problems."""

    key: str
    sha256: str
    events_json: str | None
    documents: int = 0
    problems: list[Problem] = field(default_factory=list)


def set_worker_dictionary(dictionary: ActorDictionary) -> None:
    """Keep the actor dictionary in a worker process, sent and compiled once (a pool initializer)."""
    _WORKER_DICTIONARY[:] = [dictionary]


def warm_up(dictionary: ActorDictionary) -> None:
    """Build the extractor's lazy tables (triggers, date words, name patterns) once, here.

    Called before forking workers, so each starts with them instead of building its own.
    """
    sample = "The minister met officials in the capital on Monday, March 1, 2021."
    extract_document(Document(text=sample, path=Path("warm-up.txt"), published=None), dictionary)


def extract_one(task: Task, published: date | None, dictionary: ActorDictionary) -> FileResult:
    """Extract one input file unless its content hash matches the ledger's."""
    given, key, known = task
    path = Path(given)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        problem = Problem(given, f"cannot read file ({error.strerror or error})")
        return FileResult(key, "", None, problems=[problem])
    if known == digest:
        return FileResult(key, digest, None)
    try:
        docs = read_documents(path, published)
    except InputError as error:
        return FileResult(key, digest, None, problems=error.problems)
    records = [
        event_to_record(event) for doc in docs for event in extract_document(doc, dictionary)
    ]
    text = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
    return FileResult(key, digest, text, documents=len(docs))


def extract_chunk(
    tasks: list[Task], published: date | None, dictionary: ActorDictionary | None = None
) -> list[FileResult]:
    """Extract a chunk of inputs, in order (the dictionary defaults to the worker's own)."""
    chosen = dictionary if dictionary is not None else _WORKER_DICTIONARY[0]
    return [extract_one(task, published, chosen) for task in tasks]
