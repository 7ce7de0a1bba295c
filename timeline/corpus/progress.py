"""Progress of a corpus run on stderr with rich: files, articles per second, time left, errors."""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)


class RichProgress:
    """A ``ProgressSink`` drawing one bar on stderr (a context manager)."""

    def __init__(self, console: Console | None = None) -> None:
        self._progress = Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[rate]} articles/s · {task.fields[errors]} errors"),
            TimeRemainingColumn(),
            console=console or Console(stderr=True),
            transient=True,
        )
        self._task: TaskID | None = None
        self._documents = 0
        self._started = time.monotonic()

    def __enter__(self) -> RichProgress:
        self._progress.__enter__()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._progress.__exit__(kind, error, trace)

    def start(self, files: int) -> None:
        """Show a bar for ``files`` inputs."""
        self._started = time.monotonic()
        self._task = self._progress.add_task("extract", total=files, rate="0", errors=0)

    def advance(self, files: int, documents: int, errors: int) -> None:
        """Move the bar on by a finished batch."""
        if self._task is None:
            return
        self._documents += documents
        elapsed = max(time.monotonic() - self._started, 1e-6)
        task = self._progress.tasks[self._task]
        self._progress.update(
            self._task,
            advance=files,
            rate=f"{self._documents / elapsed:.1f}",
            errors=int(task.fields.get("errors", 0)) + errors,
        )
