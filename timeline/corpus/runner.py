"""Run extraction over a corpus: inputs in chunks, on local processes or a Dask cluster, resumable.

``run_corpus`` expands the inputs, asks the ledger which are done, ships chunks
of (path, known hash) to workers that read and extract the files themselves,
records each finished chunk in the ledger, and at the end merges the events of
every input across articles in one deterministic pass (the same result in any
order, on any number of workers) and writes them into the store.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

import pydantic_core

from timeline.corpus.ledger import Ledger, ledger_location, options_key
from timeline.corpus.merge_blocks import merge_and_number
from timeline.corpus.tasks import (
    FileResult,
    Task,
    extract_chunk,
    set_worker_dictionary,
    warm_up,
)
from timeline.documents import expand_inputs
from timeline.errors import Problem
from timeline.extract import ActorDictionary, load_dictionary
from timeline.model import Event
from timeline.store.records import events_from_records, paused_gc

#: files per task: enough to amortise sending a task, few enough to balance the workers
MAX_CHUNK = 32
#: fewer inputs than this are extracted in this process: starting workers would cost more
PARALLEL_FROM = 8
#: tasks per worker, so a slow chunk at the end does not leave the others idle long
CHUNKS_PER_WORKER = 4

Chunks = list[list[Task]]
Batches = Iterator[list[FileResult]]


class ProgressSink(Protocol):
    """Where a run reports how far it is: files done, articles read, errors."""

    def start(self, files: int) -> None:
        """The run has ``files`` inputs to go through."""

    def advance(self, files: int, documents: int, errors: int) -> None:
        """A batch finished."""


@dataclass
class CorpusResult:
    """What a run produced: merged events, problems, and how the inputs were handled."""

    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    documents: int = 0
    extracted: int = 0
    skipped: int = 0


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def chunked(tasks: Sequence[Task], workers: int) -> Chunks:
    """Tasks in consecutive chunks of at most ``MAX_CHUNK``, at least a few per worker."""
    if not tasks:
        return []
    size = max(1, min(MAX_CHUNK, -(-len(tasks) // (workers * CHUNKS_PER_WORKER))))
    return [list(tasks[i : i + size]) for i in range(0, len(tasks), size)]


def _serial(chunks: Chunks, published: date | None, dictionary: ActorDictionary) -> Batches:
    for chunk in chunks:
        yield extract_chunk(chunk, published, dictionary)


def _processes(
    chunks: Chunks, published: date | None, dictionary: ActorDictionary, jobs: int
) -> Batches:
    warm_up(dictionary)
    # forked workers start with the warm tables; frozen, the collector never touches
    # (and so never copies) the pages they share with this process
    gc.freeze()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=set_worker_dictionary,
        initargs=(dictionary,),
    ) as pool:
        futures = [pool.submit(extract_chunk, chunk, published) for chunk in chunks]
        try:
            for future in as_completed(futures):
                yield future.result()
        finally:
            for future in futures:
                future.cancel()


@dataclass
class _Collected:
    """Results gathered while batches finish: events of fresh inputs, problems of failed ones."""

    fresh: dict[str, tuple[int, list[Event]]] = field(default_factory=dict)
    failed: dict[str, list[Problem]] = field(default_factory=dict)


def events_of(text: str) -> list[Event]:
    """The events of one input from the compact JSON its worker sent (or the ledger kept)."""
    return events_from_records(pydantic_core.from_json(text))


def _collect(
    batches: Batches,
    ledger: Ledger | None,
    progress: ProgressSink | None,
    on_batch: Callable[[int], None] | None,
) -> _Collected:
    """Record each batch as it finishes, and read its events while the workers go on."""
    collected = _Collected()
    for number, batch in enumerate(batches, start=1):
        if ledger is not None:
            ledger.record(batch)
        with paused_gc():
            for item in batch:
                if item.problems:
                    collected.failed[item.key] = item.problems
                elif item.events_json is not None:
                    collected.fresh[item.key] = (item.documents, events_of(item.events_json))
        # the events hold no cycles: spare them every later scan of the collector
        gc.freeze()
        if progress is not None:
            errors = sum(bool(r.problems) for r in batch)
            progress.advance(len(batch), sum(r.documents for r in batch), errors)
        if on_batch is not None:
            on_batch(number)
    return collected


def _batches(
    chunks: Chunks,
    published: date | None,
    dictionary: ActorDictionary,
    workers: int,
    scheduler: str | None,
) -> Batches:
    """The chunks' results from the Dask cluster, local processes, or this process."""
    if scheduler is not None:
        from timeline.corpus.distributed import dask_batches

        return dask_batches(chunks, published, dictionary, scheduler)
    if workers > 1 and len(chunks) > 1 and sum(map(len, chunks)) >= PARALLEL_FROM:
        return _processes(chunks, published, dictionary, workers)
    return _serial(chunks, published, dictionary)


def run_corpus(
    inputs: Sequence[Path],
    *,
    output: Path | None = None,
    published: date | None = None,
    actor_files: Sequence[Path] = (),
    jobs: int | None = None,
    scheduler: str | None = None,
    resume: bool = True,
    progress: ProgressSink | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> CorpusResult:
    """Extract every article under ``inputs`` and merge the events across articles.

    With ``output`` and ``resume`` a ledger beside the output keeps each finished
    batch, so a rerun extracts only new or changed inputs. ``scheduler``
    (``tcp://host:8786``) runs the chunks on a Dask cluster instead of local
    processes. The store is written by the caller (``timeline.store.merge_events``).
    """
    try:
        return _run(
            inputs, output, published, actor_files, jobs, scheduler, resume, progress, on_batch
        )
    finally:
        gc.unfreeze()


def _run(
    inputs: Sequence[Path],
    output: Path | None,
    published: date | None,
    actor_files: Sequence[Path],
    jobs: int | None,
    scheduler: str | None,
    resume: bool,
    progress: ProgressSink | None,
    on_batch: Callable[[int], None] | None,
) -> CorpusResult:
    """``run_corpus`` itself; the caller thaws the objects frozen out of the collector's way."""
    dictionary = load_dictionary(list(actor_files))
    files, problems = expand_inputs(list(inputs))
    result = CorpusResult(problems=list(problems), files=len(files))
    keys = [str(path.resolve()) for path in files]
    workers = 1 if scheduler is None and (jobs or default_jobs()) <= 1 else (jobs or default_jobs())
    with contextlib.ExitStack() as stack:
        ledger = None
        if output is not None and resume:
            options = options_key(published, actor_files)
            ledger = stack.enter_context(Ledger.open(ledger_location(output), options))
        known = ledger.known() if ledger else {}
        tasks = [(str(path), key, known.get(key)) for path, key in zip(files, keys, strict=True)]
        chunks = chunked(tasks, workers)
        if progress is not None:
            progress.start(len(files))
        batches = _batches(chunks, published, dictionary, workers, scheduler)
        collected = _collect(batches, ledger, progress, on_batch)
        fresh = collected.fresh
        stored = ledger.stored([k for k in keys if k not in fresh]) if ledger else {}
    events: list[Event] = []
    with paused_gc():
        for key in keys:
            if key in collected.failed:
                result.problems.extend(collected.failed[key])
            elif key in fresh:
                result.documents += fresh[key][0]
                events.extend(fresh[key][1])
                result.extracted += 1
            elif key in stored:
                result.documents += stored[key][0]
                events.extend(events_of(stored[key][1]))
                result.skipped += 1
        result.events = merge_and_number(events)
    return result
