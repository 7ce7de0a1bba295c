"""The Dask path: the same chunks of work on a ``dask.distributed`` cluster.

Start a scheduler on one machine and workers on others (each with timeline
installed and the input paths reachable at the same place)::

    dask scheduler                                  # listens on tcp://HOST:8786
    dask worker tcp://HOST:8786 --nworkers 4 --nthreads 1

then ``timeline extract corpus/ -o events/corpus.yaml --scheduler tcp://HOST:8786``.
Workers read the files themselves; only the compact event JSON travels back, and
the client merges it and writes the store.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

from timeline.corpus.tasks import FileResult, Task, extract_chunk
from timeline.errors import InputError, Problem
from timeline.extract import ActorDictionary


def dask_batches(
    chunks: list[list[Task]], published: date | None, dictionary: ActorDictionary, scheduler: str
) -> Iterator[list[FileResult]]:
    """Each chunk's results as its task finishes on the cluster at ``scheduler``."""
    from distributed import Client, as_completed

    try:
        client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as error:
        raise InputError(
            [
                Problem(
                    scheduler,
                    f"cannot reach the Dask scheduler ({error}); start one with "
                    "`dask scheduler` and workers with `dask worker tcp://HOST:8786`",
                )
            ]
        ) from None
    with client:
        if not chunks:
            return
        run = uuid.uuid4().hex[:12]
        shared = client.scatter(dictionary, broadcast=True)
        futures = client.map(
            extract_chunk,
            chunks,
            published=published,
            dictionary=shared,
            pure=False,
            key=[f"timeline-extract-{run}-{n}" for n in range(len(chunks))],
        )
        try:
            for future in as_completed(futures):
                batch: list[FileResult] = future.result()
                future.release()
                yield batch
        finally:
            client.cancel(futures)
