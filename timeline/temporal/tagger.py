"""The tagger's entry point: detection then resolution over one document."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from timeline.temporal.anchors import CASE_BLIND_LETTERS
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
    if text.isascii() or not any(chr(code) in text for code in CASE_BLIND_LETTERS):
        return resolve_candidates(text, find_candidates(text), reference)
    # "FRİDAY", "mornıng": a case-blind pattern matches what the word lists do not hold; each
    # letter becomes the one it stands for, one for one, so every offset stays
    folded = text.translate(CASE_BLIND_LETTERS)
    found = resolve_candidates(folded, find_candidates(folded), reference)
    return [replace(t, text=text[t.start : t.end]) for t in found]
