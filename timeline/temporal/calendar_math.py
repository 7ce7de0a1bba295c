"""Calendar arithmetic the resolver needs: shifting by units, picking years, holidays.

Plain ``datetime`` arithmetic: it runs once per expression, so it must be fast
(dateparser is kept for parsing whole date strings, see ``phrase``).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from timeline.temporal.lexicon import Holiday
from timeline.temporal.tense import FUTURE, PAST

#: Dates a past-tense sentence may still name after the reference day (an estimated reference).
PAST_TOLERANCE = timedelta(days=2)
#: How far after the reference day a bare day is the coming one even in a past sentence, when no
#: past verb stands right before it ("voted to stage two more strikes on October 22" in a story
#: of October 15): a writer naming last year's would say so ("October 22 last year").
SOON_AHEAD = timedelta(days=35)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the end of shorter months."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` TimeML units (D, W, M, Y)."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    if unit == "M":
        return add_months(day, amount)
    return add_months(day, 12 * amount)


def pick_day(
    make: Callable[[int], date | None], ref: date, tense: str | None, soon: bool = False
) -> date | None:
    """The date ``make(year)`` for the year around ``ref`` that the tense favours.

    Past: the latest one not after the reference (with ``soon``, one in the next five weeks
    first); future: the earliest one not before it; no cue: the nearest, ties going to the past.
    """
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := make(y)) is not None]
    if not options:
        return None
    if tense == PAST:
        ahead = [d for d in options if ref + PAST_TOLERANCE < d <= ref + SOON_AHEAD]
        if soon and ahead:
            return ahead[0]
        before = [d for d in options if d <= ref + PAST_TOLERANCE]
        return max(before) if before else min(options)
    if tense == FUTURE:
        after = [d for d in options if d >= ref]
        return min(after) if after else max(options)
    return min(options, key=lambda d: (abs((d - ref).days), d > ref))


def pick_month_year(month: int, ref: date, tense: str | None) -> int:
    """The year of a bare month name, by tense (a month equal to the reference's is this year's)."""
    if month == ref.month:
        return ref.year
    if tense == PAST:
        return ref.year if month < ref.month else ref.year - 1
    if tense == FUTURE:
        return ref.year if month > ref.month else ref.year + 1
    here = ref.year * 12 + ref.month
    return min(
        (ref.year - 1, ref.year, ref.year + 1),
        key=lambda y: (abs(y * 12 + month - here), y * 12 + month > here),
    )


def pick_weekday(weekday: int, ref: date, tense: str | None) -> date:
    """The date of a bare weekday name (1 = Monday): the reference day itself if it is that day."""
    delta = weekday - ref.isoweekday()
    if delta == 0:
        return ref
    if tense == FUTURE:
        return ref + timedelta(days=delta % 7)
    return ref - timedelta(days=(-delta) % 7)


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)`` or None when no such day exists."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def easter(year: int) -> date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(holiday: Holiday, year: int) -> date | None:
    """The day a holiday falls on in ``year``."""
    if not 1 <= year <= 9998:
        return None
    if holiday.easter is not None:
        return easter(year) + timedelta(days=holiday.easter)
    if holiday.month is None:
        return None
    if holiday.day is not None:
        return safe_date(year, holiday.month, holiday.day)
    if holiday.weekday is None or holiday.nth is None:
        return None
    if holiday.nth > 0:
        first = date(year, holiday.month, 1)
        delta = (holiday.weekday - first.isoweekday()) % 7
        found = first + timedelta(days=delta + 7 * (holiday.nth - 1))
    else:
        last = date(year, holiday.month, calendar.monthrange(year, holiday.month)[1])
        found = last - timedelta(days=(last.isoweekday() - holiday.weekday) % 7)
    return found + timedelta(days=holiday.offset)


def week_value(day: date, weekend: bool = False) -> str:
    """The TIMEX3 ISO-week value of the week holding ``day``."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if weekend else "")


def quarter_of(day: date) -> int:
    """The calendar quarter (1-4) of ``day``."""
    return (day.month - 1) // 3 + 1
