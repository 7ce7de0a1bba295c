"""Resolving periods named by the narrative: "the quarter", "the year-earlier quarter", "year-end".

Business news speaks of "the quarter" (the one last mentioned, else the last
one reported on: the quarter before the reference date) and compares it with
"the year-earlier quarter"; "October last year", "Tuesday next week" are a part
of a period counted from the reference date; "year-end" is the end of the reference year, or of
the year before when the sentence is in the past tense; "earlier in the day"
is the day the narrative is at.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from timeline.temporal import timeml
from timeline.temporal.calendar_math import add_months, quarter_of, safe_date, week_value
from timeline.temporal.detect import Candidate
from timeline.temporal.tense import FUTURE, PAST
from timeline.temporal.timex import Timex

if TYPE_CHECKING:
    from timeline.temporal.resolve import Resolver

#: A quarter or half-year value ("1998-Q3", "2024-H1").
QUARTER_VALUE = re.compile(r"(?P<year>\d{4})-(?P<kind>[QH])(?P<n>[1-4])$")
#: How far back (characters) a quarter still sets the period of "a year earlier".
COMPARISON_REACH = 300


def shift_quarter(value: str, years: int) -> str | None:
    """A quarter or half value moved by whole years; None when ``value`` is not one."""
    m = QUARTER_VALUE.match(value)
    if m is None:
        return None
    year = int(m["year"]) + years
    if not 1 <= year <= 9999:
        return None
    return f"{year:04d}-{m['kind']}{m['n']}"


def compared_quarter(r: Resolver, c: Candidate, years: int) -> str | None:
    """ "Profit rose in the third quarter from a year earlier": the quarter just named, shifted."""
    last = r.ctx.resolved[-1] if r.ctx.resolved else None
    if last is None or last.type != "DATE" or c.start - last.end > COMPARISON_REACH:
        return None
    return shift_quarter(last.value, years)


def resolve_the_quarter(r: Resolver, c: Candidate) -> list[Timex]:
    """ "the quarter": the last quarter mentioned, else the one reported on; "year-earlier": minus a year."""
    ref = r.ctx.ref
    if "same" in c.groups:
        compared = compared_quarter(r, c, -1)
        if compared is not None:
            return r.make(c, "DATE", compared)
        return r.make(c, "DATE", f"{ref.year - 1:04d}" if ref is not None else "XXXX")
    if "ago_period" in c.groups:
        # "the first half rose from the year-ago period": the period just named, a year before
        compared = compared_quarter(r, c, -1)
        if compared is not None:
            return r.make(c, "DATE", compared)
    value = r.ctx.last_quarter
    if value is None:
        if ref is None:
            return r.make(c, "DATE", "XXXX-QX")
        start = ref.replace(day=1)
        ago = "ago" in c.groups or "ago_period" in c.groups
        current = r.ctx.tense(c) == FUTURE and not ago
        quarter_day = start if current else add_months(start, -3)
        value = f"{quarter_day.year}-Q{quarter_of(quarter_day)}"
    if "ago" in c.groups or "ago_period" in c.groups:
        value = shift_quarter(value, -1) or value
    return r.make(c, "DATE", value)


def end_of_year(r: Resolver, c: Candidate) -> int | None:
    """The year whose end "year-end" names: the reference's, or the last one in the past tense."""
    ref = r.ctx.ref
    if ref is None:
        return None
    if r.ctx.tense(c) == PAST and not (ref.month == 12 and ref.day > 20):
        return ref.year - 1
    return ref.year


def resolve_year_end(r: Resolver, c: Candidate) -> list[Timex]:
    year = end_of_year(r, c)
    if year is None:
        return r.make(c, "DATE", "XXXX", mod="END")
    return r.make(c, "DATE", f"{year:04d}", mod="END")


def resolve_side_in(r: Resolver, c: Candidate) -> list[Timex]:
    """ "earlier in the day", "later in the week": the period the narrative is at."""
    what = c.groups["what"].lower()
    anchor = r.ctx.narrative_anchor("day" if what in {"day", "week"} else what)
    if anchor is None:
        return r.unresolved(c)
    ref = r.ctx.ref
    if ref is not None and anchor > ref and r.ctx.tense(c) == PAST:
        # "whose terms end on Dec. 31. ... edged out Portugal later in the day": a past clause
        # goes on with the story's day, not with a date still to come
        anchor = ref
    if what == "day":
        return r.day(c, anchor, anchored=True)
    if what == "week":
        return r.make(c, "DATE", week_value(anchor))
    if what == "month":
        return r.make(c, "DATE", timeml.value_for_month(anchor.year, anchor.month))
    return r.make(c, "DATE", f"{anchor.year:04d}")


def resolve_overnight(r: Resolver, c: Candidate, ref: date) -> list[Timex]:
    """ "overnight": the night before the reference in the past tense, else the coming one."""
    day = ref - timedelta(days=1) if r.ctx.tense(c) != FUTURE else ref
    return r.make(c, "TIME", f"{day.isoformat()}TNI")


#: How many periods "last", "this" and "next" move from the reference's own.
RELATIVE_OFFSETS = {"last": -1, "this": 0, "next": 1}


def resolve_within_relative(r: Resolver, c: Candidate) -> list[Timex]:
    """ "October last year", "Tuesday of next week", "the 5th of last month": one part of that
    period; "on Friday week" (British), a week after the coming Friday."""
    ref, g = r.ctx.ref, c.groups
    if ref is None:
        return r.unresolved(c)
    rel = g.get("rel") or g.get("rel2") or g.get("rel3") or g.get("rel4") or g.get("rel5")
    offset = RELATIVE_OFFSETS[(rel or "this").lower()]
    if "mday4" in g or "mday5" in g:
        name = (g.get("month4") or g["month5"]).lower().rstrip(".")
        number = int(re.sub(r"\D", "", g.get("mday4") or g["mday5"]))
        found = safe_date(ref.year + offset, r.ctx.lex.months[name], number)
        return r.day(c, found, anchored=True) if found else []
    if "month" in g:
        month = r.ctx.lex.months[g["month"].lower().rstrip(".")]
        return r.make(c, "DATE", timeml.value_for_month(ref.year + offset, month))
    if "season" in g:
        code = r.ctx.lex.seasons[g["season"].lower()]
        return r.make(c, "DATE", f"{ref.year + offset}-{code}")
    if "wd6" in g:
        # "Friday week": a week after the first such day after the reference
        ahead = (r.ctx.lex.weekdays[g["wd6"].lower()] - 1 - ref.weekday()) % 7 or 7
        return r.day(c, ref + timedelta(days=ahead + 7), anchored=True)
    if "wd" in g:
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
        day = monday + timedelta(days=r.ctx.lex.weekdays[g["wd"].lower()] - 1)
        return r.day(c, day, anchored=True)
    first = add_months(ref.replace(day=1), offset)
    found = safe_date(first.year, first.month, int(re.sub(r"\D", "", g["day"])))
    return r.day(c, found, anchored=True) if found else []
