"""The tagger's entry point: detection then resolution over one document."""

from __future__ import annotations

from dataclasses import replace
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
    if not any(letter in text for letter in _FOLDED):
        return resolve_candidates(text, find_candidates(text), reference)
    # "FRİDAY", "mornıng": a case-blind pattern matches what the word lists do not hold
    folded = text.translate(_FOLD)
    found = resolve_candidates(folded, find_candidates(folded), reference)
    return [replace(t, text=text[t.start : t.end]) for t in found]


#: Letters a case-blind pattern takes for "i", "I" or "s" that lowering does not turn into
#: them; each becomes that letter, one for one, so every offset stays.
_FOLDED = "ıİſ"
_FOLD = str.maketrans({"ı": "i", "İ": "I", "ſ": "s"})
