"""Dates counted from an event told before: "three days after the vote", "a week before the summit".

The temporal tagger reads "three days" as a duration, since the day it counts from
is an event, not a date. When an earlier sentence dated that event (the occasion
nouns of ``event_cues.yaml``), the duration and its event become one date: the
event's window moved by the duration.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from timeline.extract.discourse import DiscourseDates
from timeline.model import FuzzyDate
from timeline.temporal import Timex
from timeline.temporal.calendar_math import add_months

#: "P3D", "P1W", "P2M", "P1Y": a whole number of one unit.
_DURATION = re.compile(r"^P(\d+)([DWMY])$")


@cache
def _after_occasion(nouns: str) -> re.Pattern[str]:
    return re.compile(
        r"\s+(?P<side>after|before)\s+(?:the|this|that|its|their)\s+"
        r"(?:[\w’'-]+\s+){0,2}?(?P<noun>" + nouns + r")(?![\w-])",
        re.IGNORECASE,
    )


def _moved(day: date, amount: int, unit: str) -> date:
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    return add_months(day, amount * (12 if unit == "Y" else 1))


def event_offsets(text: str, timexes: list[Timex], discourse: DiscourseDates) -> list[Timex]:
    """``timexes`` with each "<duration> after/before the <occasion>" made the date it names."""
    pattern = _after_occasion(discourse.occasions.noun.pattern)
    out = []
    for timex in timexes:
        duration = _DURATION.match(timex.value) if timex.type == "DURATION" else None
        link = pattern.match(text, timex.end) if duration else None
        when = discourse.occasion_date(link["noun"]) if link else None
        if duration is None or link is None or when is None or when.start != when.end:
            # only a day told before is a day to count from
            out.append(timex)
            continue
        amount = int(duration[1]) * (1 if link["side"].lower() == "after" else -1)
        out.append(_dated(timex, text, link.end(), when, amount, duration[2]))
    return out


def _dated(timex: Timex, text: str, end: int, when: FuzzyDate, amount: int, unit: str) -> Timex:
    day = _moved(when.start, amount, unit)
    return replace(
        timex,
        text=text[timex.start : end],
        end=end,
        type="DATE",
        value=day.isoformat(),
        date_start=day,
        date_end=day,
        precision="day",
        anchored_to_reference=False,
    )
