"""Reading one standalone date phrase, such as a hand-written ``date:`` field."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from timeline.temporal import timeml
from timeline.temporal.tagger import find_dates
from timeline.temporal.timex import Timex

#: Phrases dateparser may read when our patterns do not: something with a digit in it.
_HAS_DIGIT = re.compile(r"\d")


def parse_date_phrase(text: str, reference: date | None = None) -> Timex | None:
    """The one DATE or TIME timex that ``text`` wholly is, or None if it is not wholly one date.

    "late January 2019", "2019-02", "27-28 February 2019", "mid-2019", "summer 2019".
    Falls back on dateparser for explicit date strings in formats the tagger
    does not know, so a user's "3 Feb. 2019 10:00" still reads as a day.
    """
    stripped = text.strip()
    if not stripped:
        return None
    offset = text.index(stripped)
    found = find_dates(stripped, reference)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        timex = found[0]
        if timex.type not in {"DATE", "TIME"}:
            return None
        return replace(timex, start=timex.start + offset, end=timex.end + offset)
    if any(t.type not in {"DATE", "TIME"} for t in found) or not _HAS_DIGIT.search(stripped):
        return None
    return _parse_with_dateparser(stripped, offset, reference)


def _parse_with_dateparser(text: str, offset: int, reference: date | None) -> Timex | None:
    import dateparser  # slow to import, and only needed for phrases our patterns cannot read

    settings: dict[str, object] = {"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    if reference is not None:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    value = parsed.date().isoformat()
    window = timeml.window(value)
    return Timex(
        text=text,
        start=offset,
        end=offset + len(text),
        type="DATE",
        value=value,
        mod=None,
        date_start=window[0] if window else None,
        date_end=window[1] if window else None,
        precision="day",
        anchored_to_reference=False,
    )
