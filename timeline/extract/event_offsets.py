"""Dates counted from an event told before: "three days after the vote", "on the eve of the summit".

The temporal tagger reads "three days" as a duration and "the eve of the ballot" as
no date at all, since the day they count from is an event, not a date. When an
earlier sentence dated that event (the occasion nouns of ``event_cues.yaml``), the
phrase becomes one date: the event's day moved by the duration, or the day before
or after it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from timeline.extract.discourse import RECENT, DiscourseDates
from timeline.extract.phrases import normalise
from timeline.temporal import Timex
from timeline.temporal.calendar_math import add_months, week_value

#: "P3D", "P1W", "P2M", "P1Y": a whole number of one unit.
_DURATION = re.compile(r"^P(\d+)([DWMY])$")


@cache
def _after_occasion(nouns: str) -> re.Pattern[str]:
    return re.compile(
        r"\s+(?P<side>after|before)\s+(?:the|this|that|its|their)\s+"
        r"(?P<words>(?:[\w’'-]+\s+){0,2}?)(?P<noun>" + nouns + r")(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _day_of_occasion(nouns: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])(?:[Oo]n\s+)?[Tt]he\s+(?:(?P<which>eve|day|morning|evening|night)\s+of"
        r"|(?P<side>day\s+after|day\s+before))\s+(?:the|this|that|its|their)\s+"
        r"(?P<words>(?:[\w’'-]+\s+){0,2}?)(?P<noun>" + nouns + r")(?![\w-])"
    )


#: Words one of those phrases must hold, checked before the pattern runs.
_DAY_WORDS = ("eve of", "day of", "ing of", "night of", "day after", "day before")


def _first(words: str) -> bool:
    """Whether the words before an occasion noun make it the first of several ("the first summit")."""
    return "first" in words.lower().split()


#: Days from the occasion each phrase names.
_SHIFT = {"eve": -1, "day before": -1, "day after": 1}


def _moved(day: date, amount: int, unit: str) -> date:
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    return add_months(day, amount * (12 if unit == "Y" else 1))


def event_offsets(
    text: str, start: int, end: int, timexes: list[Timex], discourse: DiscourseDates
) -> list[Timex]:
    """The dates of ``text[start:end]``: ``timexes`` with each "<duration> after the <occasion>"
    made the date it names, and "the eve of the <occasion>" added."""
    nouns = discourse.occasions.noun.pattern
    pattern = _after_occasion(nouns)
    out = []
    sentence = text[start:end]
    scan = any(words in sentence for words in _DAY_WORDS)
    for match in _day_of_occasion(nouns).finditer(text, start, end) if scan else ():
        when = discourse.occasion_date(match["noun"], _first(match["words"]))
        if when is None or when.start != when.end:
            continue
        if any(t.start < match.end() and match.start() - 3 <= t.end for t in timexes):
            # inside another date, or restating one ("on Monday, the day before the exercise")
            continue
        which = re.sub(r"\s+", " ", match["which"] or match["side"])
        day = when.start + timedelta(days=_SHIFT.get(which, 0))
        out.append(_day_timex(text, match.start(), match.end(), day))
    for timex in timexes:
        within = _within_days(text, start, timex, discourse)
        if within is not None:
            out.append(within)
            continue
        shifted = _clause_offset(text, start, timex, timexes) or _came_offset(
            text, start, end, timex, timexes, discourse
        )
        if shifted is not None:
            out.extend((timex, shifted))
            continue
        duration = _DURATION.match(timex.value) if timex.type == "DURATION" else None
        link = pattern.match(text, timex.end) if duration else None
        when = discourse.occasion_date(link["noun"], _first(link["words"])) if link else None
        if duration is None or link is None or when is None or when.start != when.end:
            # only a day told before is a day to count from
            out.append(timex)
            continue
        amount = int(duration[1]) * (1 if link["side"].lower() == "after" else -1)
        day = _moved(when.start, amount, duration[2])
        out.append(_day_timex(text, timex.start, link.end(), day))
    return sorted(out, key=lambda t: t.start)


#: ", a day before the two ministers met": a count of days, then the word that ties a clause.
_CLAUSE_SIDE = re.compile(r"\s+(?P<side>before|after)\s+(?!the\s+\w+\s*[,.;]|\d)")
_COMMA_BEFORE = re.compile(r",\s+(?:just\s+|only\s+)?$")


def _clause_offset(text: str, start: int, timex: Timex, timexes: list[Timex]) -> Timex | None:
    """ "concluded on Wednesday, a day before the ministers met": the clause after "before"
    happened a day after Wednesday (and one after "after", so many days before it).

    The date is placed on the word "before" or "after", so it dates only the clause it opens.
    """
    duration = _DURATION.match(timex.value) if timex.type == "DURATION" else None
    if duration is None or duration[2] not in "DW":
        return None
    side = _CLAUSE_SIDE.match(text, timex.end)
    if side is None or not _COMMA_BEFORE.search(text, max(start, timex.start - 8), timex.start):
        return None
    day = next(
        (
            t
            for t in reversed(timexes)
            if t.end <= timex.start and t.precision == "day" and t.date_start is not None
        ),
        None,
    )
    if day is None or day.date_start is None:
        return None
    amount = int(duration[1]) * (1 if side["side"] == "before" else -1)
    when = _moved(day.date_start, amount, duration[2])
    return _day_timex(text, side.start("side"), side.end("side"), when)


@cache
def _came_before(nouns: str) -> re.Pattern[str]:
    """ "The attack came ": a sentence that opens with an occasion and how it came."""
    return re.compile(
        r"\s*(?:The|This|That|Its|Their)\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>" + nouns + r")"
        r"\s+(?:came|happened|occurred|took\s+place|followed)\s+$",
        re.IGNORECASE,
    )


def _came_offset(
    text: str,
    start: int,
    end: int,
    timex: Timex,
    timexes: list[Timex],
    discourse: DiscourseDates,
) -> Timex | None:
    """ "The attack came a day after insurgents seized the police station": the clause after
    "after" happened that many days before the occasion the sentence opens with, as the last
    sentences dated it, else as the story first did (and after it, for "before"). A clause
    with a date of its own ("a week after a patrol boat crossed the line on Oct. 8") keeps it.
    """
    duration = _DURATION.match(timex.value) if timex.type == "DURATION" else None
    if duration is None or duration[2] not in "DW":
        return None
    side = _CLAUSE_SIDE.match(text, timex.end)
    opening = _came_before(discourse.occasions.noun.pattern).fullmatch(text, start, timex.start)
    if side is None or opening is None or any(side.end() <= t.start < end for t in timexes):
        return None
    kinds = discourse.occasions.types.get(normalise(opening["noun"], fold_case=True), ())
    # the one just told, else the story's own: the first of its kind
    told = next(
        (
            e
            for e in reversed(discourse.history)
            if e.of_kind(kinds) and 0 < start - e.position <= RECENT
        ),
        None,
    ) or next((e for e in discourse.history if e.of_kind(kinds)), None)
    when = told.date if told is not None else None
    if when is None or when.start != when.end:
        return None
    amount = int(duration[1]) * (1 if side["side"] == "before" else -1)
    day = _moved(when.start, amount, duration[2])
    return _day_timex(text, side.start("side"), side.end("side"), day)


#: Right before "days": "Within days, the RNA had petitioned the court".
_WITHIN_BEFORE = re.compile(r"\b[Ww]ithin\s+$")


def _within_days(text: str, start: int, timex: Timex, discourse: DiscourseDates) -> Timex | None:
    """ "Within days" after a day the story told: that day and the six that follow it.

    TimeML tags it a duration (PXD); for a timeline it is the days after the event just told.
    """
    if timex.type != "DURATION" or timex.value != "PXD" or not discourse.history:
        return None
    within = _WITHIN_BEFORE.search(text, max(start, timex.start - 12), timex.start)
    told = discourse.history[-1].date
    if within is None or told.start != told.end:
        return None
    return Timex(
        text=text[within.start() : timex.end],
        start=within.start(),
        end=timex.end,
        type="DATE",
        value=week_value(told.start),
        date_start=told.start,
        date_end=told.start + timedelta(days=6),
        precision="week",
    )


def _day_timex(text: str, start: int, end: int, day: date) -> Timex:
    return Timex(
        text=text[start:end],
        start=start,
        end=end,
        type="DATE",
        value=day.isoformat(),
        date_start=day,
        date_end=day,
        precision="day",
    )
