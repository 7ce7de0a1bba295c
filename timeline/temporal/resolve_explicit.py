"""Resolving calendar dates: explicit and partial days, months, years, quarters, seasons, holidays.

A partial date ("February 3", "in April") takes its year from the narrative
(a local explicit year, see ``narrative``) when the tense allows, else from the
reference date and the tense of its governing verb.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from timeline.temporal import timeml
from timeline.temporal.calendar_math import (
    add_months,
    holiday_date,
    pick_month_year,
    quarter_of,
    safe_date,
)
from timeline.temporal.detect import Candidate
from timeline.temporal.lexicon import Holiday, Lexicon, alternation, lexicon
from timeline.temporal.national_days import national_variant
from timeline.temporal.tense import FUTURE, sentence_bounds
from timeline.temporal.timex import Timex

if TYPE_CHECKING:
    from timeline.temporal.resolve import Resolver

#: The word right after a date ("Sept. 11 attacks").
_NEXT_WORD = re.compile(r"[\s-]+(?P<w>[A-Za-z]+)")


def next_word(text: str, end: int) -> str:
    """The word right after ``end`` (across spaces or a hyphen), lowercased; "" if none."""
    m = _NEXT_WORD.match(text, end, end + 30)
    return m["w"].lower() if m else ""


def month_number(word: str, lex: Lexicon) -> int:
    """The month (1-12) a month name or abbreviation ("Sept.") stands for."""
    return lex.months[word.lower().rstrip(".")]


def resolve_numeric(r: Resolver, c: Candidate) -> list[Timex]:
    g = c.groups
    if "y" in g:
        day = safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        if day and "hh" in g:
            return r.make(c, "TIME", f"{day.isoformat()}T{g['hh']}:{g['mi']}", anchored=False)
    elif "y2" in g:
        day = safe_date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
    elif "y3" in g:
        a, b, y = int(g["a"]), int(g["b"]), int(g["y3"])
        if y < 100:
            pivot = (r.ctx.ref.year % 100 if r.ctx.ref else 30) + 10
            y += 2000 if y <= pivot else 1900
        month, dom = (
            (b, a) if a > 12 else (a, b)
        )  # US order unless the first part cannot be a month
        day = safe_date(y, month, dom)
    else:
        day = safe_date(int(g["y4"]), int(g["b2"]), int(g["a2"]))
    return r.day(c, day, anchored=False) if day else []


def resolve_year_month(r: Resolver, c: Candidate) -> list[Timex]:
    return r.make(c, "DATE", f"{c.groups['y']}-{c.groups['m']}", anchored=False)


#: The word that joins the two ends of a written-out range ("March 3 to 5"), with its spaces.
_WORD_RANGE = re.compile(r"\s+(?:to|through|until|till|and)\s+", re.IGNORECASE)


def resolve_day_month(r: Resolver, c: Candidate) -> list[Timex]:
    g, lex = c.groups, r.ctx.lex
    month = month_number(g["month"], lex)
    dom = int(re.sub(r"\D", "", g["day"]))
    month2 = month_number(g["month2"], lex) if "month2" in g else month
    dom2 = int(re.sub(r"\D", "", g["day2"])) if "day2" in g else None
    weekday = lex.weekdays.get(g["wd"].lower().rstrip(".")) if "wd" in g else None
    named = lex.named_days.get((month, dom)) if dom2 is None else None
    if "year" in g:
        day = safe_date(int(g["year"]), month, dom)
        anchored = False
    elif named is not None and next_word(r.ctx.text, c.end) in named.nouns:
        day = safe_date(named.year, month, dom)  # "the Sept. 11 attacks"
        anchored = False
    else:

        def make(year: int) -> date | None:
            found = safe_date(year, month, dom)
            if found and weekday and found.isoweekday() != weekday:
                return None
            return found

        day = r.partial_year(c, make, day=True)
        if day is None and weekday:
            weekday = None
            day = r.partial_year(c, make, day=True)
        anchored = True
        if day is None:
            return r.make(c, "DATE", f"XXXX-{month:02d}-{dom:02d}")
    if day is None:
        return []
    end_day = None
    if dom2 is not None:
        end_day = safe_date(day.year + (1 if month2 < month else 0), month2, dom2)
        link = _WORD_RANGE.search(r.ctx.text, c.start, c.end)
        if end_day is None or end_day <= day:
            end_day = None
        elif link is not None:
            return _two_days(r, c, day, end_day, anchored, link)
        elif (end_day - day).days > 62:
            end_day = None
    return r.day(c, day, anchored=anchored, end_day=end_day)


def _two_days(
    r: Resolver, c: Candidate, day: date, end_day: date, anchored: bool, link: re.Match[str]
) -> list[Timex]:
    """ "from March 3 to 5", "March 15 to June 30": TimeML tags each end of the range."""
    first = r.make(c, "DATE", day.isoformat(), anchored=anchored, end=link.start())
    second = r.make(c, "DATE", end_day.isoformat(), anchored=anchored, start=link.end())
    return first + second


def month_in_context(r: Resolver, c: Candidate, month: int) -> tuple[int | None, bool]:
    """The year of a bare month: the narrative's when local and allowed by the tense, else by tense."""

    def window(year: int) -> tuple[date, date] | None:
        found = timeml.base_window(timeml.value_for_month(year, month))
        return (found[0], found[1]) if found else None

    tense = r.ctx.partial_tense(c)
    year = r.ctx.narrative_year(c, window, tense)
    if year is not None:
        return year, True
    if r.ctx.ref is None:
        return None, True
    return pick_month_year(month, r.ctx.ref, tense), True


def resolve_month(r: Resolver, c: Candidate) -> list[Timex]:
    month = month_number(c.groups["month"], r.ctx.lex)
    year, anchored = month_in_context(r, c, month)
    if year is None:
        return r.make(c, "DATE", f"XXXX-{month:02d}")
    return r.make(c, "DATE", timeml.value_for_month(year, month), anchored=anchored)


def resolve_week_of_month(r: Resolver, c: Candidate) -> list[Timex]:
    """ "the third week of September": the month's value, its window the seven days named."""
    month = month_number(c.groups["month"], r.ctx.lex)
    if "year" in c.groups:
        year: int | None = int(c.groups["year"])
        anchored = False
    else:
        year, anchored = month_in_context(r, c, month)
    if year is None:
        return r.make(c, "DATE", f"XXXX-{month:02d}")
    last = calendar.monthrange(year, month)[1]
    nth = c.groups["nth"].lower()
    # "the last week of August": its last seven days; "the third week": days 15 to 21
    first = last - 6 if nth not in r.ctx.lex.ordinals else 1 + 7 * (r.ctx.lex.ordinals[nth] - 1)
    window = (date(year, month, first), date(year, month, first + 6))
    return r.make(c, "DATE", timeml.value_for_month(year, month), anchored=anchored, window=window)


def resolve_month_year(r: Resolver, c: Candidate) -> list[Timex]:
    month = month_number(c.groups["month"], r.ctx.lex)
    return r.make(c, "DATE", timeml.value_for_month(int(c.groups["year"]), month), anchored=False)


def resolve_month_range(r: Resolver, c: Candidate) -> list[Timex]:
    """ "from March to May": two DATE timexes, TimeML style, sharing the stated year."""
    g, text = c.groups, r.ctx.text
    out: list[Timex] = []
    m1 = re.search(re.escape(g["month"]), text[c.start : c.end])
    m2 = list(re.finditer(re.escape(g["month2"]), text[c.start : c.end]))
    if not m1 or not m2:
        return []
    year = int(g["year0"]) if "year0" in g else int(g["year"]) if "year" in g else None
    first, second = (
        month_number(g["month"], r.ctx.lex),
        month_number(g["month2"], r.ctx.lex),
    )
    if year is None:
        year, _ = month_in_context(r, c, first)
    year2 = (
        int(g["year"]) if "year" in g else (year + (1 if second < first else 0) if year else None)
    )
    spans = [
        (
            c.start + m1.start(),
            c.start + m1.end() + (len(g["year0"]) + 1 if "year0" in g else 0),
            first,
            year,
        ),
        (c.start + m2[-1].start(), c.end, second, year2),
    ]
    for start, end, month, y in spans:
        value = timeml.value_for_month(y, month) if y else f"XXXX-{month:02d}"
        out += r.make(c, "DATE", value, start=start, end=end, mod=None, anchored="year" not in g)
    return out


def resolve_year(r: Resolver, c: Candidate) -> list[Timex]:
    return r.make(c, "DATE", c.groups["year"], anchored=False)


def resolve_fiscal(r: Resolver, c: Candidate) -> list[Timex]:
    g, ref = c.groups, r.ctx.ref
    if "year" in g or "year2" in g or "year3" in g:
        year = g.get("year") or g.get("year2") or g["year3"]
        return r.make(c, "DATE", f"FY{year}", anchored=False)
    if ref is None:
        return r.make(c, "DATE", "FYXXXX")
    offset = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(g.get("rel", "").lower(), 0)
    return r.make(c, "DATE", f"FY{ref.year + offset}")


@cache
def _results_after() -> re.Pattern[str]:
    """ "fourth-quarter results", "third-quarter net income": figures reported for a quarter."""
    nouns = alternation(lexicon().results_nouns)
    return re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{nouns})(?![\w-])", re.IGNORECASE)


def resolve_quarter(r: Resolver, c: Candidate) -> list[Timex]:
    g, ref = c.groups, r.ctx.ref
    if "q" in g:
        kind, n = ("Q" if g["q"][0] in "Qq" else "H"), int(g["q"][1])
        year = int(g["year3"]) if "year3" in g else None
    else:
        kind = "Q" if g["qh"].lower() == "quarter" else "H"
        ordinal = g["ord"].lower()
        n = {
            "first": 1,
            "1st": 1,
            "second": 2,
            "2nd": 2,
            "third": 3,
            "3rd": 3,
            "fourth": 4,
            "4th": 4,
        }.get(ordinal, 4 if kind == "Q" else 2)
        year_word = g.get("year") or g.get("year2")
        year = int(year_word) if year_word else None
        if year is None and g.get("rel", "").lower() == "the":
            # "the first quarter of 1992 ... the second half of the year": the year just named
            year = _year_named_before(r, c)
        if year is None and ref is not None and "rel" in g:
            year = ref.year + {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(
                g["rel"].lower(), 0
            )
        elif year is None and ref is not None and ordinal == "last" and kind == "Q":
            prev = add_months(ref.replace(day=1), -3)
            return r.make(c, "DATE", f"{prev.year}-Q{quarter_of(prev)}")
    if kind == "H" and n > 2:
        return []
    if year is None:
        if ref is None:
            return r.make(c, "DATE", f"XXXX-{kind}{n}")
        year = ref.year
        first_month = (n - 1) * (3 if kind == "Q" else 6) + 1
        just_ended = add_months(ref.replace(day=1), -3)
        reported = (
            kind == "Q"
            and n == quarter_of(just_ended)
            and just_ended.year < ref.year
            and _results_after().match(r.ctx.text, c.end)
        )
        if date(year, first_month, 1) > ref and (r.ctx.tense(c) != FUTURE or reported):
            # "will report its fourth-quarter results" in January: the quarter just ended
            year -= 1
        return r.make(c, "DATE", f"{year}-{kind}{n}")
    return r.make(c, "DATE", f"{year}-{kind}{n}", anchored=False)


def _year_named_before(r: Resolver, c: Candidate) -> int | None:
    """The year of an explicit date named earlier in the same sentence, if any."""
    left, _ = sentence_bounds(r.ctx.text, c.start, c.end)
    for timex in reversed(r.ctx.resolved):
        if timex.start < left:
            break
        if timex.type == "DATE" and timex.date_start and not timex.anchored_to_reference:
            return timex.date_start.year
    return None


def resolve_century(r: Resolver, c: Candidate) -> list[Timex]:
    word = c.groups["ord"].lower()
    n = r.ctx.lex.ordinals.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= n <= 30:
        return []
    return r.make(c, "DATE", f"{n - 1:02d}", anchored=False)


def resolve_decade(r: Resolver, c: Candidate) -> list[Timex]:
    g = c.groups
    if "dec" in g:
        year = int(g["dec"])
        if year % 100 == 0 and year < 2000:
            return r.make(c, "DATE", f"{year // 100:02d}", anchored=False)
        return r.make(c, "DATE", str(year // 10), anchored=False)
    if "decw" in g:
        return r.make(c, "DATE", r.ctx.lex.decade_words[g["decw"].lower()], anchored=False)
    short = int(g["dec2"])
    ref_year = r.ctx.ref.year if r.ctx.ref else 2000
    year = 2000 + short if 2000 + short <= ref_year else 1900 + short
    return r.make(c, "DATE", str(year // 10))


def resolve_season(r: Resolver, c: Candidate) -> list[Timex]:
    g, ref = c.groups, r.ctx.ref
    code = r.ctx.lex.seasons[g["season"].lower()]
    if "year" in g:
        return r.make(c, "DATE", f"{g['year']}-{code}", anchored=False)
    if ref is None:
        return r.make(c, "DATE", f"XXXX-{code}")
    first = timeml.SEASON_MONTHS[code][0]
    rel = g.get("rel", "").lower()

    windows = {
        y: found
        for y in range(ref.year - 2, ref.year + 2)
        if (found := timeml.base_window(f"{y:04d}-{code}")) is not None
    }
    if rel in {"this", "current"}:
        year = ref.year - 1 if code == "WI" and ref.month <= 2 else ref.year
    elif rel in {"last", "past", "previous", "preceding"}:
        before = [y for y, found in windows.items() if found[1] < ref]
        if not before:  # no calendar before year 1
            return r.unresolved(c)
        year = max(before)
    elif rel in {"next", "coming", "following"}:
        after = [y for y, found in windows.items() if found[0] > ref]
        if not after:  # no calendar after year 9999
            return r.unresolved(c)
        year = min(after)
    else:

        def window(year: int) -> tuple[date, date] | None:
            found = timeml.base_window(f"{year:04d}-{code}")
            return (found[0], found[1]) if found else None

        tense = r.ctx.tense(c)
        year = r.ctx.narrative_year(c, window, tense) or pick_month_year(
            first if first <= 12 else 12, ref, tense
        )
        if code == "WI" and ref.month <= 2 and tense != FUTURE:
            year = ref.year - 1
    return r.make(c, "DATE", f"{year:04d}-{code}")


#: "Independence Day, 27 April", "Republic Day, January 26": the day the text itself gives.
_APPOSED_DAY = re.compile(
    r",\s*(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]+\.?)|(?P<m2>[A-Z][a-z]+\.?)\s+(?P<d2>\d{1,2}))\b"
    r"(?:,?\s+(?P<year>\d{4})\b)?"
)


def _apposed_day(r: Resolver, c: Candidate) -> tuple[int, int, int | None] | None:
    """The month, day and year (if written) right after a holiday's name, if any."""
    m = _APPOSED_DAY.match(r.ctx.text, c.end, c.end + 26)
    if m is None:
        return None
    month = r.ctx.lex.months.get((m["m1"] or m["m2"]).lower().rstrip("."))
    year = int(m["year"]) if m["year"] else None
    return (month, int(m["d1"] or m["d2"]), year) if month else None


def resolve_holiday(r: Resolver, c: Candidate) -> list[Timex]:
    name = re.sub(r"\s+", " ", c.groups["name"].lower().replace("’", "'"))
    apposed = _apposed_day(r, c) if "year" not in c.groups else None
    if apposed is not None:
        month, dom, written = apposed
        day = (
            safe_date(written, month, dom)
            if written is not None
            else r.partial_year(c, lambda year: safe_date(year, month, dom))
        )
        return r.day(c, day, anchored=True) if day else r.unresolved(c)
    variants = r.ctx.lex.national_days.get(name)
    holiday: Holiday | None = (
        national_variant(r.ctx.text, c.start, c.end, variants)
        if variants is not None
        else r.ctx.lex.holidays[name]
    )
    if holiday is None or (holiday.month is None and holiday.easter is None):
        return r.unresolved(c)
    if holiday.year is not None:  # "9/11": a day of one year only
        day = holiday_date(holiday, holiday.year)
        return r.day(c, day, anchored=False) if day else []
    if "year" in c.groups:
        day = holiday_date(holiday, int(c.groups["year"]))
        return r.day(c, day, anchored=False) if day else []
    day = r.partial_year(c, lambda year: holiday_date(holiday, year))
    if day is None:
        return r.unresolved(c)
    return r.day(c, day, anchored=True)


def resolve_holiday_period(r: Resolver, c: Candidate) -> list[Timex]:
    """ "the Christmas sales period": some days around a holiday, a DURATION of unknown days."""
    return r.make(c, "DURATION", "PXD")
