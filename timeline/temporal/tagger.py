"""The tagger's entry point: detection then resolution over one document."""

from __future__ import annotations

from datetime import date, datetime

from timeline.temporal.detect import find_candidates
from timeline.temporal.resolve import resolve_candidates
from timeline.temporal.timex import Timex


def find_dates(text: str, reference: date | None = None) -> list[Timex]:
    """Every temporal expression in ``text``, in order, resolved against the reference date.

    With no reference date, relative expressions ("yesterday") stay unresolved
    (``XXXX-XX-XX``) and partial dates ("February 3") take the year of an
    explicit date in the same sentence when there is one.
    """
    if isinstance(reference, datetime):
        reference = reference.date()
    return resolve_candidates(text, find_candidates(text), reference)
