"""TimeML (TIMEX3) values and the calendar windows they stand for.

A value such as ``2019-01`` with mod ``END`` ("late January 2019") is a window of
days, 21-31 January. This module turns values into inclusive ``(start, end)``
windows and names their precision; it knows nothing of text.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal, get_args

#: TimeML mods that narrow a window to a part of it.
PART_MODS = {"START", "MID", "END"}
#: Every TIMEX3 mod we read or write.
Mod = Literal[
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
]
MODS = frozenset(get_args(Mod))

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
PARTS_OF_DAY = {"MO", "MI", "AF", "EV", "NI", "DT"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")

PRECISIONS = (
    "time",
    "day",
    "week",
    "month",
    "quarter",
    "season",
    "half",
    "year",
    "decade",
    "century",
)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    """Window from the first day of month ``first`` to the last of ``last`` (may pass December)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), _month_end(end_year, end_month)


def base_window(value: str) -> tuple[date, date, str] | None:
    """The window and precision a TIMEX3 value names, ignoring any mod; None if it names none."""
    try:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day, "time" if m[4] else "day"
        if m := _MONTH.match(value):
            return (*_months(int(m[1]), int(m[2]), int(m[2])), "month")
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31), "year"
        if m := _DECADE.match(value):
            first = int(m[1]) * 10
            return date(max(first, 1), 1, 1), date(first + 9, 12, 31), "decade"
        if m := _CENTURY.match(value):
            first = int(m[1]) * 100
            return date(max(first, 1), 1, 1), date(first + 99, 12, 31), "century"
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if value.endswith("-WE"):
                return monday + timedelta(days=5), monday + timedelta(days=6), "week"
            return monday, monday + timedelta(days=6), "week"
        if m := _QUARTER.match(value):
            q = int(m[2])
            return (*_months(int(m[1]), 3 * q - 2, 3 * q), "quarter")
        if m := _HALF.match(value):
            h = int(m[2])
            return (*_months(int(m[1]), 6 * h - 5, 6 * h), "half")
        if m := _SEASON.match(value):
            first, last = SEASON_MONTHS[m[2]]
            return (*_months(int(m[1]), first, last), "season")
    except ValueError:
        return None
    return None


def _third_span(units: int, mod: str) -> tuple[int, int]:
    """The first and last unit (0-based) of the early, middle or late third of ``units`` units."""
    third = max(units // 3, 1)
    return {
        "START": (0, third - 1),
        "MID": (third, units - third - 1),
        "END": (units - third, units - 1),
    }[mod]


def _thirds(start: date, end: date, mod: str, precision: str) -> tuple[date, date]:
    """The early, middle or late third of a window (START, MID, END)."""
    if precision == "month":
        # the usual reading of early/mid/late in a month: 1-10, 11-20, 21-end
        cuts = (start.replace(day=10), start.replace(day=20))
        if mod == "START":
            return start, cuts[0]
        if mod == "MID":
            return cuts[0] + timedelta(days=1), cuts[1]
        return cuts[1] + timedelta(days=1), end
    if precision in {"year", "quarter", "season", "half"}:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        first_month = start.year * 12 + start.month - 1
        lo, hi = _third_span(months, mod)
        a, b = first_month + lo, first_month + hi
        return date(a // 12, a % 12 + 1, 1), _month_end(b // 12, b % 12 + 1)
    if precision in {"decade", "century"}:
        years = end.year - start.year + 1
        lo, hi = _third_span(years, mod)
        return date(start.year + lo, 1, 1), date(start.year + hi, 12, 31)
    lo, hi = _third_span((end - start).days + 1, mod)
    return start + timedelta(days=lo), start + timedelta(days=max(hi, lo))


def narrow(found: tuple[date, date, str], mod: str | None) -> tuple[date, date]:
    """A base window (from ``base_window``) narrowed to its part by a START/MID/END mod."""
    start, end, precision = found
    if mod in PART_MODS and start != end:
        start, end = _thirds(start, end, mod, precision)
    return start, end


def window(value: str, mod: str | None = None) -> tuple[date, date] | None:
    """The inclusive ``(start, end)`` days of a TIMEX3 value, narrowed by START/MID/END mods."""
    found = base_window(value)
    return None if found is None else narrow(found, mod)


def precision(value: str) -> str | None:
    """The granularity a value is stated at (``day``, ``month``, ``season``...), or None."""
    found = base_window(value)
    return found[2] if found else None


def value_for_month(year: int, month: int) -> str:
    """The TIMEX3 value of a calendar month."""
    return f"{year:04d}-{month:02d}"
