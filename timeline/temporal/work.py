"""Deterministic counts of the work the tagger does, so tests can check it grows linearly.

Wall-clock times are noisy and tests must not assert on them; these counts are
exact. Counting is off unless a ``counting()`` block is active, so the tagger
pays one context-variable look-up per counted step and nothing more::

    with counting() as work:
        find_dates(text, reference)
    work.total  # words + start checks + match attempts + resolutions + scanned chars

A match attempt or a resolution step is one unit: each pattern is ``match``-ed
at one offset and each look-around the checks do reaches a fixed number of
characters (``tense.WINDOW``, ``narrative.CLAUSE_REACH``...). Scans whose reach
depends on the text (the spans of candidates, sentence and paragraph
look-backs) are counted in characters, in ``scanned``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields
from typing import Literal

#: The counters a step may add to.
Counter = Literal["words", "start_checks", "attempts", "resolutions", "scanned"]


@dataclass
class Work:
    """What one or more runs of the tagger did, step by step."""

    words: int = 0
    start_checks: int = 0
    attempts: int = 0
    resolutions: int = 0
    scanned: int = 0

    @property
    def total(self) -> int:
        """Every counted step, one number."""
        return sum(getattr(self, f.name) for f in fields(self))


_current: ContextVar[Work | None] = ContextVar("timeline_temporal_work", default=None)


def charge(counter: Counter, steps: int = 1) -> None:
    """Add ``steps`` to one counter of the active ``counting()`` block, if any."""
    work = _current.get()
    if work is not None:
        setattr(work, counter, getattr(work, counter) + steps)


@contextmanager
def counting() -> Iterator[Work]:
    """Count the tagger's work inside the block (blocks nest: the inner one counts alone)."""
    work = Work()
    token = _current.set(work)
    try:
        yield work
    finally:
        _current.reset(token)
