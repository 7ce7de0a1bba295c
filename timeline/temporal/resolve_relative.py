"""Resolving expressions relative to the reference date or the narrative.

"yesterday", "last week", "this morning", "three days ago" count from the
reference (publication) date; "the next day", "two days later" from the last
day the text mentioned; clock times belong to the day named in their sentence.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from timeline.temporal import timeml
from timeline.temporal.calendar_math import (
    add_months,
    pick_weekday,
    quarter_of,
    shift,
    week_value,
)
from timeline.temporal.detect import Candidate
from timeline.temporal.lexicon import alternation, lexicon
from timeline.temporal.resolve_duration import duration_value, number_value
from timeline.temporal.resolve_explicit import resolve_season
from timeline.temporal.resolve_periods import (
    RELATIVE_OFFSETS,
    compared_quarter,
    end_of_year,
    resolve_overnight,
)
from timeline.temporal.tense import PAST, sentence_bounds
from timeline.temporal.timex import Timex

if TYPE_CHECKING:
    from timeline.temporal.resolve import Resolver

_UNIT_DAYS = {"D": 1, "W": 7}
#: The widest window told last (days) that a day offset moves on rather than the day told before.
COARSE_SPAN = 16
#: The widest window (a month) that moves on when it was told in the offset's own sentence.
MONTH_SPAN = 31


def resolve_relday(r: Resolver, c: Candidate) -> list[Timex]:
    ref = r.ctx.ref
    if ref is None:
        return r.unresolved(c)
    g = c.groups
    if "night" in g:
        return resolve_overnight(r, c, ref)
    word = g["word"].lower()
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
    if "dba" in g:
        offset += -1 if g["dba"].lower() == "before" else 1
    day = ref + timedelta(days=offset)
    if word == "tonight" and "pod" not in g:
        return r.make(c, "TIME", f"{day.isoformat()}TNI")
    return r.day(c, day, anchored=True)


def resolve_relative(r: Resolver, c: Candidate) -> list[Timex]:
    g, ref, lex = c.groups, r.ctx.ref, r.ctx.lex
    rel, what = g["rel"].lower(), re.sub(r"\s+", " ", g["what"].lower())
    the = "the" in g
    if ref is None:
        return r.unresolved(c)
    if rel in {"following", "preceding"} or (the and rel == "previous"):
        return anaphoric_period(r, c, what, 1 if rel == "following" else -1)
    if the and rel in {"past", "last", "next", "coming"} and what in lex.units:
        return r.make(c, "DURATION", duration_value(1, what, lex))
    offset = {
        "this": 0,
        "current": 0,
        "last": -1,
        "past": -1,
        "previous": -1,
        "next": 1,
        "coming": 1,
    }[rel]
    side = c.extras.get("side")
    if what in {"week", "month", "year", "quarter", "decade", "century"}:
        out = period_of_reference(r, c, what, offset)
        if side and offset == 0 and out and out[0].date_start and out[0].date_end:
            # "earlier this month" is before the reference day, "later this month" after it
            first, last = out[0].date_start, out[0].date_end
            one = timedelta(days=1)
            window = (
                (first, max(first, ref - one))
                if side == "earlier"
                else (min(last, ref + one), last)
            )
            return r.make(c, out[0].type, out[0].value, window=window)
        return out
    if what == "weekend":
        return weekend_of(r, c, offset, this=rel == "this")
    if what in lex.seasons:
        c.groups["season"] = what
        return resolve_season(r, c)
    if what in lex.parts_of_day:
        day = ref + timedelta(days=-1 if offset < 0 else 1 if offset > 0 else 0)
        return r.make(c, "TIME", f"{day.isoformat()}T{lex.parts_of_day[what]}")
    if what in lex.months:
        month = lex.months[what]
        if offset == 0:
            year = ref.year
        elif offset < 0:
            year = ref.year if month < ref.month else ref.year - 1
        else:
            year = ref.year if month > ref.month else ref.year + 1
        return r.make(c, "DATE", timeml.value_for_month(year, month))
    if what in lex.weekdays:
        wd = lex.weekdays[what]
        # "last Wednesday" written on a Thursday is not yesterday (a writer would say so) but
        # the week before; "next Thursday" on a Wednesday, the week after tomorrow
        if offset < 0:
            back = (ref.isoweekday() - wd - 1) % 7 + 1
            day = ref - timedelta(days=back + 7 if back == 1 else back)
        elif offset > 0:
            ahead = (wd - ref.isoweekday() - 1) % 7 + 1
            day = ref + timedelta(days=ahead + 7 if ahead == 1 else ahead)
        else:
            day = pick_weekday(wd, ref, r.ctx.tense(c))
        return r.day(c, day, anchored=True)
    return []


def period_of_reference(r: Resolver, c: Candidate, what: str, offset: int) -> list[Timex]:
    """This/last/next week, month, year, decade, century, quarter: values at that granularity."""
    ref = r.ctx.ref
    if ref is None:
        return r.unresolved(c)
    return r.make(c, "DATE", shifted_period_value(ref, what, offset))


def shifted_period_value(base: date, what: str, offset: int) -> str:
    """The value of the week, month, quarter, decade, century or year ``offset`` units from ``base``."""
    if what == "week":
        return week_value(base + timedelta(weeks=offset))
    if what == "month":
        shifted = add_months(base.replace(day=1), offset)
        return timeml.value_for_month(shifted.year, shifted.month)
    if what == "quarter":
        shifted = add_months(base.replace(day=1), 3 * offset)
        return f"{shifted.year}-Q{quarter_of(shifted)}"
    if what == "decade":
        return str(base.year // 10 + offset)
    if what == "century":
        return f"{base.year // 100 + offset:02d}"
    return str(base.year + offset)


def resolve_fuzzy_the(r: Resolver, c: Candidate) -> list[Timex]:
    c.mod = r.ctx.lex.fuzzy_modifiers.get(re.sub(r"\s+", " ", c.groups["fz"].lower()))
    what = c.groups["what"].lower()
    if what == "year" and c.mod == "END" and (year := end_of_year(r, c)) is not None:
        return r.make(c, "DATE", f"{year:04d}")  # "at the end of the year" (past): the last one
    named = r.ctx.text[c.start : c.end].lower()
    told = _month_told_before(r, c) if named.endswith("the month") else None
    if told is not None:
        # "last May, when India tested ... and Pakistan answered at the end of the month"
        return r.make(c, "DATE", timeml.value_for_month(told.year, told.month))
    return period_of_reference(r, c, what, 0)


#: How far before "the end of the month" (characters) the month it means may have been told.
MONTH_TOLD_REACH = 300


def _month_told_before(r: Resolver, c: Candidate) -> date | None:
    """The month of a day or month told just before, in a past clause, when it is not the
    reference's: "the month" is the one the story is at."""
    told, ref = r.ctx.last_told, r.ctx.ref
    if (
        told is None
        or ref is None
        or told.precision not in ("day", "month")
        or told.date_start is None
        or c.start - told.end > MONTH_TOLD_REACH
        or (told.date_start.year, told.date_start.month) == (ref.year, ref.month)
        or r.ctx.tense(c) != PAST
    ):
        return None
    return told.date_start


def weekend_of(r: Resolver, c: Candidate, offset: int, this: bool = False) -> list[Timex]:
    """The weekend ``offset`` weeks away; "the weekend" in the past tense is the last one, while
    "this weekend" is the last one only early in the week."""
    ref = r.ctx.ref
    assert ref is not None
    in_weekend = ref.isoweekday() >= 6
    if offset == 0:
        past = r.ctx.tense(c) == PAST and (ref.isoweekday() <= 2 if this else not in_weekend)
        day = ref - timedelta(weeks=1) if past else ref
    elif offset < 0:
        day = ref - timedelta(weeks=1)
    else:
        day = ref + timedelta(weeks=1 if in_weekend else 0 if ref.isoweekday() < 5 else 1)
    return r.make(c, "DATE", week_value(day, weekend=True))


def anaphoric_period(r: Resolver, c: Candidate, what: str, offset: int) -> list[Timex]:
    anchor = r.ctx.narrative_anchor({"month": "month", "year": "year"}.get(what, "day"))
    if anchor is None:
        return r.unresolved(c)
    if what in {"week", "month", "year"}:
        return r.make(c, "DATE", shifted_period_value(anchor, what, offset))
    if what == "quarter":
        # "in the third quarter, down from the previous quarter": the one before it
        named = r.ctx.last_quarter
        # none named: the quarter before the reference's own
        base = date(int(named[:4]), 3 * int(named[-1]) - 2, 1) if named else r.ctx.ref
        if base is None:
            return r.unresolved(c)
        return r.make(c, "DATE", shifted_period_value(base, "quarter", offset))
    if what in {"day", *r.ctx.lex.parts_of_day}:
        c.groups["what"] = what
        c.groups.pop("what3", None)
        return resolve_anaphoric_day(r, c)
    if what in r.ctx.lex.seasons or what in r.ctx.lex.months:
        return _anaphoric_named(r, c, what, offset)
    if what in r.ctx.lex.weekdays:
        # "Protesters marched on March 5. The following Saturday, ...": the first such
        # weekday after the day told last (before it, for "the preceding Saturday")
        wd = r.ctx.lex.weekdays[what]
        if offset > 0:
            day = anchor + timedelta(days=(wd - anchor.isoweekday() - 1) % 7 + 1)
        else:
            day = anchor - timedelta(days=(anchor.isoweekday() - wd - 1) % 7 + 1)
        return r.day(c, day, anchored=False)
    return r.unresolved(c)


def _anaphoric_named(r: Resolver, c: Candidate, what: str, offset: int) -> list[Timex]:
    """ "that November", "that spring", "the following spring": in the year the story is at.

    "that" keeps the year of the last date told; "the following" takes the first such
    month or season after it (after its year when only a year was told). With no date
    told yet, the reference day stands in: "that November" is the last one up to it.
    """
    lex = r.ctx.lex
    if what in lex.months:
        month, code = lex.months[what], None
    else:
        code = lex.seasons[what]
        month = timeml.SEASON_MONTHS[code][0]
    told = r.ctx.anchors.get("month")
    year_told = r.ctx.anchors.get("year")
    if told is not None and year_told is not None and told.year != year_told.year:
        # a coarser date came later ("In the autumn of 2019, ... That November"): its year
        told = None
    anchor = told or year_told
    if anchor is None:
        if r.ctx.ref is None:
            return r.unresolved(c)
        told = anchor = r.ctx.ref
        offset = offset or (-1 if month > anchor.month else 0)
    year = anchor.year
    if offset > 0:
        year += 1 if told is None or month <= anchor.month else 0
    elif offset < 0:
        year -= 1 if told is None or month >= anchor.month else 0
    if code is None:
        return r.make(c, "DATE", timeml.value_for_month(year, month))
    return r.make(c, "DATE", f"{year:04d}-{code}")


def resolve_anaphoric_day(r: Resolver, c: Candidate) -> list[Timex]:
    g = c.groups
    anchor = r.ctx.narrative_anchor(c=c)
    if anchor is None:
        return r.unresolved(c)
    rel = (g.get("rel") or g.get("dir") or "same").lower()
    offset = {
        "next": 1,
        "following": 1,
        "after": 1,
        "previous": -1,
        "preceding": -1,
        "before": -1,
    }.get(rel, 0)
    if "what2" in g and (told := _day_just_told(r, c)) is not None:
        # "recalled the cans on May 3, the day after tests pointed to the tuna": the day just
        # told, named again by what came before it
        return r.day(c, told, anchored=True)
    if "what3" in g and not _follows_a_date(r):
        return []  # "a day may come... that day has come": no calendar day to point back to
    if "what4" in g and g["what4"].lower() == "weekend":
        # "that weekend": the Saturday and Sunday of the week the story is at
        day = r.ctx.anchors.get("day")
        if day is None:
            return r.unresolved(c)
        return r.make(c, "DATE", week_value(day, weekend=True))
    if "what4" in g:
        return _anaphoric_named(r, c, g["what4"].lower(), 0)
    if ("what5" in g or "what6" in g or "what7" in g) and "year" not in r.ctx.anchors:
        # "May that year", "the same month": no date told yet to be "that" one
        return []
    if "what5" in g:
        return _anaphoric_named(r, c, g["what5"].lower(), 0)
    if "what6" in g or "what7" in g:
        what = (g.get("what6") or g["what7"]).lower()
        found = anaphoric_period(r, c, what, 0)
        edge = (g.get("edge") or "").lower()
        mod = r.ctx.lex.fuzzy_modifiers.get(f"the {edge} of") if edge else None
        if mod is None or not found:
            return found
        base = timeml.base_window(found[0].value)
        window = timeml.narrow(base, mod) if base is not None else None
        return r.make(c, found[0].type, found[0].value, mod=mod, window=window)
    what = (g.get("what") or g.get("what2") or g.get("what3") or "day").lower()
    if what in {"week", "month", "year"}:  # "that year": the one just mentioned
        found = anaphoric_period(r, c, what, 0)
        side = (g.get("side3") or "").lower()
        if side and found and found[0].date_start and found[0].date_end:
            # "later that year": after the day just told; "earlier that month": before it
            first, last = found[0].date_start, found[0].date_end
            if first <= anchor <= last:
                window = (anchor, last) if side == "later" else (first, anchor)
                return r.make(c, found[0].type, found[0].value, window=window)
        return found
    day = anchor + timedelta(days=offset)
    if what in r.ctx.lex.parts_of_day:
        return r.make(c, "TIME", f"{day.isoformat()}T{r.ctx.lex.parts_of_day[what]}")
    return r.day(c, day, anchored=True)


def _day_just_told(r: Resolver, c: Candidate) -> date | None:
    """The day named right before ``c``, with only a comma between ("May 3, the day after")."""
    last = r.ctx.resolved[-1] if r.ctx.resolved else None
    if (
        last is None
        or last.type != "DATE"
        or last.date_start is None
        or last.date_start != last.date_end
        or not _COMMA_ONLY.fullmatch(r.ctx.text, last.end, c.start)
    ):
        return None
    return last.date_start


def _follows_a_date(r: Resolver) -> bool:
    """Whether the last expression before a demonstrative ("that day") named a calendar date."""
    last = r.ctx.resolved[-1] if r.ctx.resolved else None
    return last is not None and last.type in {"DATE", "TIME"} and last.date_start is not None


def resolve_weekday(r: Resolver, c: Candidate) -> list[Timex]:
    ref = r.ctx.ref
    if ref is None:
        return r.unresolved(c)
    wd = r.ctx.lex.weekdays[c.groups["wd"].lower()]
    previous = r.ctx.resolved[-1] if r.ctx.resolved else None
    if (
        previous is not None
        and previous.precision == "day"
        and previous.date_start is not None
        and previous.text.lower().rstrip(".") in r.ctx.lex.weekdays
        and _WEEKDAY_JOIN.fullmatch(r.ctx.text, previous.end, c.start)
    ):
        # "on Thursday and Friday": the second day follows the first, whatever the tense
        ahead = (wd - previous.date_start.isoweekday()) % 7 or 7
        return r.day(c, previous.date_start + timedelta(days=ahead), anchored=True)
    if (
        previous is not None
        and previous.precision == "day"
        and previous.date_start is not None
        and _WEEKDAY_APPOSITION.fullmatch(r.ctx.text, previous.end, c.start)
    ):
        # "on Feb 23, a Wednesday": the weekday names the day just told
        return r.day(c, previous.date_start, anchored=True)
    shared = _shared_week().match(r.ctx.text, c.end)
    if shared is not None:
        # "on Tuesday and Wednesday of last week": the first day is in the week named after both
        monday = ref - timedelta(days=ref.weekday())
        monday += timedelta(weeks=RELATIVE_OFFSETS[shared["rel"].lower()])
        return r.day(c, monday + timedelta(days=wd - 1), anchored=True)
    return r.day(c, pick_weekday(wd, ref, r.ctx.tense(c)), anchored=True)


@cache
def _shared_week() -> re.Pattern[str]:
    """A second weekday after a first, with the week both are in: " and Wednesday of last week"."""
    days = alternation(lexicon().weekdays)
    return re.compile(
        rf",?\s*(?:and|or|to|through|until|till|-|–)\s*{days}(?:\s+of)?\s+(?P<rel>last|this|next)\s+week\b",
        re.IGNORECASE,
    )


#: Only a comma between two expressions: "May 3, the day after".
_COMMA_ONLY = re.compile(r",\s+")
#: A weekday in apposition to the date before it: "Feb 23, a Wednesday".
_WEEKDAY_APPOSITION = re.compile(r",\s+a\s+")
#: What joins two weekdays told as one span or pair: "Thursday and Friday", "Monday to Wednesday".
_WEEKDAY_JOIN = re.compile(r",?\s*(?:and|or|to|through|until|till|-|–)\s*")


#: "fell to $12 million from $19 million a year ago": a comparison with the period just named.
_COMPARED_FROM = re.compile(r"\bfrom\s+(?:[$€£¥]|\d|about\s|roughly\s)[^.;]*$", re.IGNORECASE)


def _compared_in_sentence(r: Resolver, c: Candidate) -> bool:
    """ "fell to $12 million from $19 million a year ago", the period named in the same sentence."""
    if not _COMPARED_FROM.search(r.ctx.text, max(0, c.start - 40), c.start):
        return False
    left, _ = sentence_bounds(r.ctx.text, c.start, c.end)
    return bool(r.ctx.resolved) and r.ctx.resolved[-1].start >= left


def resolve_offset(r: Resolver, c: Candidate) -> list[Timex]:
    g, lex = c.groups, r.ctx.lex
    if "soon" in g or "soon2" in g:
        # "hours later", "within hours": the same day as the last day told; with none, no
        # date to give
        day = r.ctx.anchors.get("day")
        return r.day(c, day, anchored=True) if day is not None else []
    if "vague" in g:  # "years ago": only the direction is known
        return r.make(c, "DATE", "PAST_REF")
    direction = re.sub(r"\s+", " ", g["dir"].lower())
    amount = number_value(g["num"], lex)
    unit_word = g["unit"].lower()
    if direction in {"before", "after", "prior"}:
        end = (
            c.start + r.ctx.text[c.start : c.end].lower().rfind(g["unit"].lower()) + len(g["unit"])
        )
        if r.ctx.text[end : end + 1].lower() == "s":
            end += 1
        return r.make(c, "DURATION", duration_value(amount, unit_word, lex), end=end)
    unit, factor, is_time = lex.units[unit_word]
    level = (
        "day"
        if is_time or unit in _UNIT_DAYS
        else "month"
        if unit == "M"
        else {10: "decade", 100: "century"}.get(factor, "year")
    )
    from_ref = direction in {"ago", "from now", "hence"}
    if g.get("today") and amount is not None and r.ctx.ref is not None and not is_time:
        # "a year ago today", "a week ago today": the same day of that earlier period
        return r.day(c, shift(r.ctx.ref, -round(amount * factor), unit), anchored=True)
    base = r.ctx.ref if from_ref else r.ctx.narrative_anchor(level)
    sign = -1 if direction in {"ago", "earlier"} else 1
    if (
        (not from_ref or _compared_in_sentence(r, c))
        and unit == "Y"
        and factor == 1
        and amount is not None
        and amount == int(amount)
    ):
        quarter = compared_quarter(r, c, int(amount) * sign)
        if quarter is not None:  # "profit rose in the third quarter from a year earlier"
            return r.make(c, "DATE", quarter)
    told = r.ctx.last_told
    if (
        not from_ref
        and not is_time
        and amount is not None
        and unit in _UNIT_DAYS
        and told is not None
        and told.precision not in ("day", "time")
        and told.date_start is not None
        and told.date_end is not None
        and (
            (told.date_end - told.date_start).days <= COARSE_SPAN
            # "In August last year, police detained seven fishermen; they were released two
            # weeks later": a month told in the same sentence moves on too
            or (
                (told.date_end - told.date_start).days <= MONTH_SPAN
                and told.start >= sentence_bounds(r.ctx.text, c.start, c.end)[0]
            )
        )
    ):
        # "in late March, ... deported two days later": the window told last, moved on
        days = timedelta(days=round(amount * factor * sign * _UNIT_DAYS[unit]))
        first, last = told.date_start + days, told.date_end + days
        return r.make(
            c, "DATE", timeml.value_for_month(first.year, first.month), window=(first, last)
        )
    if sign > 0 and not from_ref and level not in r.ctx.anchors and r.ctx.tense(c) == PAST:
        return r.make(c, "DATE", "PAST_REF")  # a past "later" with no date to count from
    if base is None or amount is None:
        return r.make(c, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    try:
        narrative = not from_ref and level in r.ctx.anchors
        return _counted_from(
            r, c, base, amount * factor * sign, unit, factor, is_time, narrative=narrative
        )
    except (ValueError, OverflowError):  # before year 1 or after 9999: only the direction is known
        return r.make(c, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")


def _counted_from(
    r: Resolver,
    c: Candidate,
    base: date,
    steps: float,
    unit: str,
    factor: int,
    is_time: bool,
    *,
    narrative: bool = False,
) -> list[Timex]:
    """The date ``steps`` TimeML units (signed) from ``base``, at the unit's granularity.

    ``narrative``: ``base`` is a day the text told, not the reference date.
    """
    if is_time:
        hours = steps * {"H": 1, "M": 1 / 60, "S": 1 / 3600}[unit]
        day = base + timedelta(days=int(hours // 24) if hours >= 0 else -int(-hours // 24))
        return r.make(c, "DATE", day.isoformat())
    if unit in _UNIT_DAYS:
        day = base + timedelta(days=round(steps * _UNIT_DAYS[unit]))
        if unit == "W":
            # "a week later", counted from a day told before, is that day a week on: the
            # value keeps TimeML's week, the window the one day
            window = (day, day) if narrative else None
            return r.make(c, "DATE", week_value(day), window=window)
        return r.day(c, day, anchored=True)
    if unit == "M":
        shifted = add_months(base.replace(day=1), round(steps))
        return r.make(c, "DATE", timeml.value_for_month(shifted.year, shifted.month))
    shifted = shift(base, round(steps), "Y")
    if factor == 10:
        return r.make(c, "DATE", str(shifted.year // 10))
    if factor == 100:
        return r.make(c, "DATE", f"{shifted.year // 100:02d}")
    return r.make(c, "DATE", str(shifted.year))


def resolve_time(r: Resolver, c: Candidate) -> list[Timex]:
    g = c.groups
    if "named" in g:
        hour, minute = (0, 0) if g["named"].lower() == "midnight" else (12, 0)
    else:
        hour = int(g.get("h") or g["h2"])
        minute = int(g.get("mi") or g.get("mi2") or 0)
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if ampm and not 1 <= int(g.get("h") or 0) <= 12:
            return []
    day = day_of_sentence(r, c)
    clock = f"T{hour:02d}:{minute:02d}"
    zone = (g.get("tz") or g.get("tz2") or "").upper()
    clock += r.ctx.lex.time_zones.get(zone, "")
    if day is None:
        return r.make(c, "TIME", f"XXXX-XX-XX{clock}", window=None)
    return r.make(c, "TIME", day.isoformat() + clock, anchored=True)


def day_of_sentence(r: Resolver, c: Candidate) -> date | None:
    """The day a clock time belongs to: a day named earlier in its sentence, else the reference.

    In a past-tense sentence it is the day the sentence before told ("Shoppers crowded
    stores yesterday ... Many stores opened at 5 a.m."), when that day is not after the
    reference.
    """
    left, _ = sentence_bounds(r.ctx.text, c.start, c.end)
    for timex in reversed(r.ctx.resolved[-3:]):
        if timex.start >= left and timex.precision == "day" and timex.date_start:
            return timex.date_start
    if r.ctx.ref is None or left < 2 or r.ctx.tense(c) != PAST:
        return r.ctx.ref
    before, _ = sentence_bounds(r.ctx.text, left - 2, left - 1)
    told = next(
        (
            t.date_start
            for t in reversed(r.ctx.resolved[-3:])
            if before <= t.start < left and t.precision == "day" and t.date_start
        ),
        None,
    )
    return told if told is not None and told <= r.ctx.ref else r.ctx.ref


def resolve_ref(r: Resolver, c: Candidate) -> list[Timex]:
    word = re.sub(r"\s+", " ", c.groups["ref"].lower().replace("’", "'"))
    value = r.ctx.lex.reference_words.get(word, "XXXX-XX-XX")
    if value == "FUTURE_REF" and word.startswith("a later"):
        value = "XXXX-XX-XX"
    return r.make(
        c, "DURATION" if value.startswith("P") and not value.endswith("_REF") else "DATE", value
    )


def resolve_vague_period(r: Resolver, c: Candidate) -> list[Timex]:
    return r.make(c, "DURATION", "PXX")


def resolve_the_week(r: Resolver, c: Candidate) -> list[Timex]:
    """ "during the week", "through the morning": of the last day the story named, else the reference."""
    anchor = r.ctx.narrative_anchor("day")
    if anchor is None:
        return r.unresolved(c)
    what = c.groups["what"].lower()
    if what in r.ctx.lex.parts_of_day:
        return r.make(c, "TIME", f"{anchor.isoformat()}T{r.ctx.lex.parts_of_day[what]}")
    return r.make(c, "DATE", week_value(anchor))


def resolve_weekend(r: Resolver, c: Candidate) -> list[Timex]:
    """ "the weekend": the one the tense points to around the reference date."""
    return weekend_of(r, c, 0) if r.ctx.ref else r.unresolved(c)
