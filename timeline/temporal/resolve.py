"""Values and windows for candidate spans: the per-document state and the dispatch by kind.

Each candidate kind has one resolver function: calendar dates in
``resolve_explicit``, expressions relative to the reference or the narrative in
``resolve_relative``, durations and sets in ``resolve_duration``. Partial dates
take their year from the narrative when a local explicit year allows it
(``narrative``; never against the tense), else from the reference date and the
tense of their governing verb; narrative expressions ("two days later", "the
next day") count from the last day mentioned before them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from timeline.temporal import resolve_duration as duration
from timeline.temporal import resolve_explicit as explicit
from timeline.temporal import resolve_periods as periods
from timeline.temporal import resolve_relative as relative
from timeline.temporal import timeml
from timeline.temporal.calendar_math import PAST_TOLERANCE, pick_day
from timeline.temporal.detect import Candidate
from timeline.temporal.lexicon import Lexicon, alternation, lexicon
from timeline.temporal.narrative import Narrative
from timeline.temporal.tense import FUTURE, PAST, tense_near
from timeline.temporal.timex import Timex
from timeline.temporal.work import charge

#: The kinds a day is set for ("a strike for Monday", "a vote for March 20"); not a month
#: ("sales for March" report on it).
_SET_FOR = frozenset({"weekday", "dmy", "mdy"})
#: The word right before an expression ("until May 28").
_WORD_BEFORE = re.compile(r"(?P<w>[\w'’]+)[\s,]*$")
#: After the day: a possessive or a noun makes it a label ("for Friday's bombing", "for
#: March 3 riots"), not the day something is set for.
_LABEL_AFTER = re.compile(r"['’]s\b|\s+(?P<w>[a-z]+)")
#: "the May 17 general election", "its March 17 vote", "a November 28 runoff": a day before
#: a noun it names.
_PRENOMINAL_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an)\s+$", re.I)
#: A present perfect, then "since" and a clause up to a date: "has run X since he was sworn
#: in on", "have been closed since".
_SINCE_UNTIL_NOW = re.compile(
    r"\b(?:has|have)\s+(?:[\w'’-]+\s+){1,6}?since\s+(?:[\w'’-]+\s+){0,6}?$", re.I
)
#: The word before a day, past an "on" or "from": "starting on Thursday", "effective from".
_ONSET_BEFORE = re.compile(r"(?P<w>[\w'’]+)\s+(?:(?:on|from)\s+)?$")
#: "has set June 16 for a first hearing": after the day, what it is set for.
_FOR_AFTER = re.compile(r"\s+for\b")
#: Before the setting verb: a present perfect ("has set"); a plain "set June 2 for" may be past.
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?$", re.I)


#: The granularities narrative expressions count from ("a decade later" counts from a decade or finer).
ANCHOR_LEVELS = ("day", "month", "year", "decade", "century")
#: The finest anchor level each timex precision can serve.
_ANCHOR_INDEX = {
    "time": 0,
    "day": 0,
    "week": 1,
    "month": 1,
    "quarter": 2,
    "season": 2,
    "half": 2,
    "year": 2,
    "decade": 3,
    "century": 4,
}
#: Between a clock time and the day that dates it: "4:15 p.m. on Tuesday", "noon Saturday".
_TIME_THEN_DAY = re.compile(r"\s*(?:,\s*)?(?:on\s+)?")


@cache
def _comparison() -> re.Pattern[str]:
    """The words of a year-ago comparison ("a year earlier", "the same period last year")."""
    words = alternation(lexicon().comparison_words)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I)


#: A direct quotation within one paragraph, with curly or straight marks.
_QUOTATION = re.compile(r"“[^”\n]{1,800}”|\"[^\"\n]{1,800}\"")


#: A word of the clause before a date.
_LEAD_WORD = re.compile(r"[A-Za-z’']+")
#: How many words before a bare day a past verb makes it last year's ("won 52 percent of the
#: vote on March 1"); one farther away ("voted by a large majority to stage two more strikes on
#: October 22") leaves a day of the next five weeks the coming one.
PAST_VERB_REACH = 7
#: "March 14 last year": a year named right after the day.
_YEAR_NAMED_AFTER = re.compile(r",?\s+(?:last|this|next|that)\s+year\b", re.I)


@dataclass
class Context:
    """What resolution of one document knows: text, reference day, the last day mentioned."""

    text: str
    ref: date | None
    lex: Lexicon
    anchors: dict[str, date] = field(default_factory=dict)
    resolved: list[Timex] = field(default_factory=list)
    last_quarter: str | None = None
    #: The date the story told last (any width), for "two days later" after "in late March".
    last_told: Timex | None = None
    #: The last day mentioned that is not after the reference: what a past sentence's "the same
    #: day" points back to when the last day mentioned lies ahead.
    past_day: date | None = None
    narrative: Narrative = field(init=False)
    #: Where direct quotations start and end: a date said in a quote does not move the story.
    quoted: list[tuple[int, int]] = field(init=False)

    def __post_init__(self) -> None:
        self.narrative = Narrative(self.text, self.lex)
        self.quoted = [m.span() for m in _QUOTATION.finditer(self.text)]

    def tense(self, c: Candidate) -> str | None:
        """The tense of the clause around a candidate; "for Monday" looks ahead whatever the verb."""
        if c.kind in _SET_FOR and self._onset_before(c):
            # "announced three days of mourning starting on Thursday": the start lies ahead
            return FUTURE
        if c.kind in _SET_FOR:
            m = _WORD_BEFORE.search(self.text, max(0, c.start - 12), c.start)
            label = _LABEL_AFTER.match(self.text, c.end)
            labels = label is not None and (
                label["w"] is None or label["w"] not in self.lex.set_for_followers
            )
            if m and m["w"].lower() in self.lex.future_before and not labels:
                return FUTURE
            if m and m["w"].lower() == "of":
                noun = _WORD_BEFORE.search(self.text, max(0, m.start() - 16), m.start())
                if noun is not None and noun["w"].lower() in self.lex.set_day_nouns:
                    # "set a new hearing date of Oct. 15": the day set lies ahead
                    return FUTURE
            if (
                m
                and m["w"].lower() in self.lex.setting_verbs
                and _FOR_AFTER.match(self.text, c.end)
                and _PERFECT_BEFORE.search(self.text, max(0, m.start() - 20), m.start())
            ):
                return FUTURE
        return tense_near(self.text, c.start, c.end)

    def _onset_before(self, c: Candidate) -> bool:
        """Whether a day follows a word of onset ("starting on", "beginning", "effective")."""
        m = _ONSET_BEFORE.search(self.text, max(0, c.start - 24), c.start)
        return m is not None and m["w"].lower() in self.lex.onset_words

    def loose_past(self, c: Candidate) -> bool:
        """Whether a past clause leaves a bare day free to be the coming one: no past verb stands
        among the few words before it in its clause ("sank on February 3", "won 52 percent of
        the vote on March 1" are last year's) and no year is named after it."""
        if _YEAR_NAMED_AFTER.match(self.text, c.end):
            return False
        lead = re.split(r"[,;:()]", self.text[max(0, c.start - 80) : c.start])[-1]
        words = _LEAD_WORD.findall(lead)[-PAST_VERB_REACH:]
        return not any(
            (w.endswith("ed") and len(w) > 4) or w in self.lex.past_cues
            for w in (w.lower() for w in words)
        )

    def partial_tense(self, c: Candidate) -> str | None:
        """The tense that places a partial date; a past verb before "until" leaves it open."""
        tense = self.tense(c)
        if tense == PAST:
            m = _WORD_BEFORE.search(self.text, max(0, c.start - 20), c.start)
            if m and m["w"].lower().replace("’", "'") in self.lex.open_ended_before:
                return None
        if (
            tense == PAST
            and c.kind in _SET_FOR
            and _PRENOMINAL_BEFORE.search(self.text, max(0, c.start - 8), c.start)
        ):
            label = _LABEL_AFTER.match(self.text, c.end)
            if label is not None and label["w"] is not None:
                # "candidates in the May 17 general election have promised": the day names a
                # thing of its own, which a past clause does not place ("will face him in the
                # Nov. 3 general election" does)
                return None
        return tense

    def narrative_year(
        self,
        c: Candidate,
        window: Callable[[int], tuple[date, date] | None],
        tense: str | None,
    ) -> int | None:
        """The narrative year for a partial date when its ``tense`` allows it, else None.

        ``window(year)`` is the date's first and last day in that year. A past
        sentence cannot put it after the reference, a future one before it.
        """
        if _SINCE_UNTIL_NOW.search(self.text, max(0, c.start - 90), c.start):
            # "has run its foreign policy since he was sworn in on January 12": a span that
            # lasts until now starts within reach of now, whatever year the story was at
            return None
        year = self.narrative.year_at(c.start, tense == PAST)
        if year is None or self.ref is None:
            return year
        found = window(year)
        if found is None:
            return year
        if tense == FUTURE and found[1] < self.ref:
            return None
        if tense == PAST and found[0] > self.ref + PAST_TOLERANCE:
            return None
        reached = self.narrative.reached(c.start)
        if tense == PAST and reached is not None and found[1] < reached:
            # "... in October 2023. In January, Beijing launched ...": the story moves on
            later = window(year + 1)
            if later is not None and later[1] <= self.ref:
                return year + 1
        return year

    def narrative_anchor(self, level: str = "day", c: Candidate | None = None) -> date | None:
        """What narrative expressions count from: the last date mentioned at ``level`` or finer, else the reference.

        With the candidate ``c``: a past sentence does not count from a day still ahead ("...
        summoned to appear on 5 January. The same day, the ministry banned a rally"), but from
        the last day that is not.
        """
        anchor = self.anchors.get(level) or self.ref
        if (
            c is not None
            and level == "day"
            and anchor is not None
            and self.ref is not None
            and anchor > self.ref
            and self.past_day is not None
            and self.tense(c) == PAST
        ):
            return self.past_day
        return anchor

    def remember(self, timex: Timex) -> None:
        """Let a resolved date anchor later narrative expressions at its precision and coarser ones."""
        self.narrative.note(timex)
        if timex.type not in {"DATE", "TIME"} or timex.date_start is None:
            return
        at = bisect_right(self.quoted, (timex.start, len(self.text)))
        if at and self.quoted[at - 1][0] < timex.start < self.quoted[at - 1][1]:
            # '"Today they train with it," he said': the speaker's day, not the story's
            return
        if (
            timex.precision == "quarter"
            and "Q" in timex.value
            and not _comparison().search(timex.text)
        ):
            # "from a year earlier" compares with another quarter; it does not change the subject
            self.last_quarter = timex.value
        self.last_told = timex
        finest = _ANCHOR_INDEX.get(timex.precision or "", len(ANCHOR_LEVELS))
        for level in ANCHOR_LEVELS[finest:]:
            self.anchors[level] = timex.date_start
        if timex.precision == "day" and (self.ref is None or timex.date_start <= self.ref):
            self.past_day = timex.date_start


class Resolver:
    """Turns the candidates of one document into timexes, in text order."""

    def __init__(self, text: str, reference: date | None) -> None:
        self.ctx = Context(text, reference, lexicon())

    def resolve(self, candidates: list[Candidate]) -> list[Timex]:
        """Resolve every candidate; a candidate that names no real day is dropped."""
        clock: Timex | None = None
        charge("resolutions", len(candidates))
        for c in candidates:
            for timex in HANDLERS[c.kind](self, c):
                if (
                    clock is not None
                    and timex.precision == "day"
                    and timex.date_start
                    and self._date_clock(clock, timex)
                ):
                    self.ctx.remember(timex)
                    clock = None
                    continue
                self.ctx.resolved.append(timex)
                self.ctx.remember(timex)
                # "4:15 p.m. on Tuesday", "overnight on Feb. 1": the day named next is the clock's
                clock = timex if timex.type == "TIME" and timex.precision == "time" else None
        return self.ctx.resolved

    def _date_clock(self, clock: Timex, day: Timex) -> bool:
        """Give a clock time the day named right after it ("4:15 p.m. on Tuesday").

        With nothing but a space between them ("3 p.m. Friday") the two are one
        TIME expression, as TimeML tags it; True then, and the day is absorbed.
        """
        gap = _TIME_THEN_DAY.match(self.ctx.text, clock.end, day.start)
        if gap is None or gap.end() != day.start or day.date_start is None:
            return False
        value = day.date_start.isoformat() + clock.value[clock.value.index("T") :]
        window = timeml.window(value, clock.mod)
        resolved = self.ctx.resolved
        # the clock is the timex just before the day: look it up from the end, not the start
        at = len(resolved) - 1 if resolved and resolved[-1] is clock else resolved.index(clock)
        # "3 p.m. Friday": a weekday right after the clock is absorbed into one TIME
        joined = (
            self.ctx.text[clock.end : day.start].isspace()
            and day.text.lower().rstrip(".") in self.ctx.lex.weekdays
        )
        resolved[at] = replace(
            clock,
            value=value,
            date_start=window[0] if window else None,
            date_end=window[1] if window else None,
            text=self.ctx.text[clock.start : day.end] if joined else clock.text,
            end=day.end if joined else clock.end,
        )
        return joined

    def make(
        self,
        c: Candidate,
        type_: str,
        value: str,
        *,
        mod: str | None = None,
        window: tuple[date, date] | None = None,
        anchored: bool = True,
        start: int | None = None,
        end: int | None = None,
    ) -> list[Timex]:
        """One timex for candidate ``c`` (or the part ``start:end`` of it), its window from its value."""
        start = c.start if start is None else start
        end = c.end if end is None else end
        mod = mod if mod is not None else c.mod
        found = timeml.base_window(value)
        if window is None and type_ in {"DATE", "TIME"} and found is not None:
            window = timeml.narrow(found, mod)
        return [
            Timex(
                text=self.ctx.text[start:end],
                start=start,
                end=end,
                type=type_,
                value=value,
                mod=mod,
                date_start=window[0] if window else None,
                date_end=window[1] if window else None,
                precision=found[2] if found else None,
                anchored_to_reference=anchored,
            )
        ]

    def day(
        self, c: Candidate, day: date, *, anchored: bool, end_day: date | None = None
    ) -> list[Timex]:
        """A day (or a part of one, "Friday morning"), optionally running to ``end_day``."""
        pod = c.groups.get("pod") or c.extras.get("pod")
        window = (day, end_day) if end_day else None
        if pod:
            code = self.ctx.lex.parts_of_day[pod.lower()]
            return self.make(
                c, "TIME", f"{day.isoformat()}T{code}", anchored=anchored, window=window
            )
        return self.make(c, "DATE", day.isoformat(), anchored=anchored, window=window)

    def unresolved(self, c: Candidate) -> list[Timex]:
        """A date we cannot place (no reference date to count from)."""
        return self.make(c, "DATE", "XXXX-XX-XX")

    def partial_year(
        self, c: Candidate, make: Callable[[int], date | None], day: bool = False
    ) -> date | None:
        """The day ``make(year)`` names for the year the narrative or the tense implies;
        ``day``: a bare day of a month, which may be the coming one in a loose past clause."""

        def window(year: int) -> tuple[date, date] | None:
            day = make(year)
            return (day, day) if day else None

        tense = self.ctx.partial_tense(c)
        year = self.ctx.narrative_year(c, window, tense)
        if year is not None:
            return make(year)
        if self.ctx.ref is None:
            return None
        soon = day and tense == PAST and self.ctx.loose_past(c)
        return pick_day(make, self.ctx.ref, tense, soon=soon)


#: The resolver of each candidate kind (``patterns().kinds``).
HANDLERS: dict[str, Callable[[Resolver, Candidate], list[Timex]]] = {
    "numeric": explicit.resolve_numeric,
    "year_month": explicit.resolve_year_month,
    "dmy": explicit.resolve_day_month,
    "mdy": explicit.resolve_day_month,
    "month_year": explicit.resolve_month_year,
    "month_range": explicit.resolve_month_range,
    "month": explicit.resolve_month,
    "week_of_month": explicit.resolve_week_of_month,
    "fiscal": explicit.resolve_fiscal,
    "quarter": explicit.resolve_quarter,
    "fuzzy_the": relative.resolve_fuzzy_the,
    "century": explicit.resolve_century,
    "decade": explicit.resolve_decade,
    "season": explicit.resolve_season,
    "relday": relative.resolve_relday,
    "side_in": periods.resolve_side_in,
    "year_end": periods.resolve_year_end,
    "the_quarter": periods.resolve_the_quarter,
    "relative": relative.resolve_relative,
    "within_relative": periods.resolve_within_relative,
    "anaphoric_day": relative.resolve_anaphoric_day,
    "weekday": relative.resolve_weekday,
    "weekend": relative.resolve_weekend,
    "the_week": relative.resolve_the_week,
    "offset": relative.resolve_offset,
    "set": duration.resolve_set,
    "duration": duration.resolve_duration,
    "time": relative.resolve_time,
    "holiday": explicit.resolve_holiday,
    "holiday_period": explicit.resolve_holiday_period,
    "ref": relative.resolve_ref,
    "vague_period": relative.resolve_vague_period,
    "year": explicit.resolve_year,
}


def resolve_candidates(
    text: str, candidates: list[Candidate], reference: date | None
) -> list[Timex]:
    """Timexes for the candidates of one document, resolved against ``reference``."""
    return Resolver(text, reference).resolve(candidates)
