"""Values and windows for candidate spans: granularity, fuzzy mods, tense, anchors.

Each candidate kind has one resolver. Partial dates take their year from an
explicit year in the same sentence, else from the reference date and the
sentence's tense; narrative expressions ("two days later", "the next day")
count from the last day mentioned before them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from timeline.temporal import timeml
from timeline.temporal.calendar_math import (
    add_months,
    holiday_date,
    pick_day,
    pick_month_year,
    pick_weekday,
    quarter_of,
    safe_date,
    shift,
    week_value,
)
from timeline.temporal.detect import Candidate
from timeline.temporal.lexicon import Lexicon, lexicon
from timeline.temporal.tense import FUTURE, PAST, sentence_bounds, tense_near
from timeline.temporal.timex import Timex

_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
#: Words that start a new clause, whose date need not share the year just named.
_CLAUSE_BREAK = re.compile(
    r"\b(?:and|but|that|which|while|whereas|when|because|although|since)\b|;", re.IGNORECASE
)
_DECADE_WORDS = {
    "fifties": "195",
    "sixties": "196",
    "seventies": "197",
    "eighties": "198",
    "nineties": "199",
}
_UNIT_DAYS = {"D": 1, "W": 7}


@dataclass
class Context:
    """What resolution of one document knows: text, reference day, the last day mentioned."""

    text: str
    ref: date | None
    lex: Lexicon
    anchors: dict[str, date] = field(default_factory=dict)
    resolved: list[Timex] = field(default_factory=list)

    def tense(self, c: Candidate) -> str | None:
        """The tense of the clause around a candidate."""
        return tense_near(self.text, c.start, c.end)

    def sentence_year(self, start: int) -> int | None:
        """The year of the last fully explicit date or year earlier in the same sentence."""
        for timex in reversed(self.resolved[-3:]):
            if timex.anchored_to_reference or timex.date_start is None or timex.type == "DURATION":
                continue
            if timex.precision in {"decade", "century"} or start - timex.end > 200:
                return None
            if _SENTENCE_BREAK.search(self.text, timex.end, start) or _CLAUSE_BREAK.search(
                self.text, timex.end, start
            ):
                return None
            return timex.date_start.year
        return None

    def narrative_anchor(self, level: str = "day") -> date | None:
        """What narrative expressions count from: the last date mentioned at ``level`` or finer, else the reference."""
        return self.anchors.get(level) or self.ref

    def remember(self, timex: Timex) -> None:
        """Let a resolved date anchor later narrative expressions at its precision and coarser ones."""
        if timex.type not in {"DATE", "TIME"} or timex.date_start is None:
            return
        levels = {
            "time": 0,
            "day": 0,
            "week": 1,
            "month": 1,
            "quarter": 2,
            "season": 2,
            "half": 2,
            "year": 2,
        }
        finest = levels.get(timex.precision or "", 9)
        for index, level in enumerate(("day", "month", "year")):
            if finest <= index:
                self.anchors[level] = timex.date_start


def _number(word: str, lex: Lexicon) -> float | None:
    """The quantity a number word or numeral stands for; None when vague ("several")."""
    key = re.sub(r"\s+", " ", word.lower())
    if key in lex.numbers:
        return lex.numbers[key]
    try:
        return float(key.replace(",", ""))
    except ValueError:
        return None


def _fmt(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def duration_value(amount: float | None, unit_word: str, lex: Lexicon) -> str:
    """A TIMEX3 duration value such as P3D, PT2H, P10Y or PXY."""
    unit, factor, is_time = lex.units[
        unit_word.lower().rstrip("s") if unit_word.lower() != "centuries" else "century"
    ]
    quantity = "X" if amount is None else _fmt(amount * factor)
    return f"PT{quantity}{unit}" if is_time else f"P{quantity}{unit}"


def _month_number(word: str, lex: Lexicon) -> int:
    return lex.months[word.lower().rstrip(".")]


class Resolver:
    """Turns the candidates of one document into timexes, in text order."""

    def __init__(self, text: str, reference: date | None) -> None:
        self.ctx = Context(text, reference, lexicon())
        self.handlers: dict[str, Callable[[Candidate], list[Timex]]] = {
            "numeric": self._numeric,
            "year_month": self._year_month,
            "dmy": self._day_month,
            "mdy": self._day_month,
            "month_year": self._month_year,
            "month_range": self._month_range,
            "month": self._month,
            "fiscal": self._fiscal,
            "quarter": self._quarter,
            "fuzzy_the": self._fuzzy_the,
            "century": self._century,
            "decade": self._decade,
            "season": self._season,
            "relday": self._relday,
            "relative": self._relative,
            "anaphoric_day": self._anaphoric_day,
            "weekday": self._weekday,
            "weekend": lambda c: self._weekend(c, 0) if self.ctx.ref else self._unresolved(c),
            "offset": self._offset,
            "set": self._set,
            "duration": self._duration,
            "time": self._time,
            "holiday": self._holiday,
            "holiday_period": self._holiday_period,
            "ref": self._ref,
            "vague_period": self._vague_period,
            "year": self._year,
        }

    def resolve(self, candidates: list[Candidate]) -> list[Timex]:
        """Resolve every candidate; a candidate that names no real day is dropped."""
        for c in candidates:
            for timex in self.handlers[c.kind](c):
                self.ctx.resolved.append(timex)
                self.ctx.remember(timex)
        return self.ctx.resolved

    # -- building ---------------------------------------------------------------

    def _make(
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
        start = c.start if start is None else start
        end = c.end if end is None else end
        mod = mod if mod is not None else c.mod
        if window is None and type_ in {"DATE", "TIME"}:
            window = timeml.window(value, mod)
        found = timeml.base_window(value)
        precision = found[2] if found else None
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
                precision=precision,
                anchored_to_reference=anchored,
            )
        ]

    def _day(
        self, c: Candidate, day: date, *, anchored: bool, end_day: date | None = None
    ) -> list[Timex]:
        pod = c.groups.get("pod") or c.extras.get("pod")
        window = (day, end_day) if end_day else None
        if pod:
            code = self.ctx.lex.parts_of_day[pod.lower()]
            return self._make(
                c, "TIME", f"{day.isoformat()}T{code}", anchored=anchored, window=window
            )
        return self._make(c, "DATE", day.isoformat(), anchored=anchored, window=window)

    def _unresolved(self, c: Candidate) -> list[Timex]:
        return self._make(c, "DATE", "XXXX-XX-XX")

    # -- explicit and partial dates --------------------------------------------------

    def _numeric(self, c: Candidate) -> list[Timex]:
        g = c.groups
        if "y" in g:
            day = safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
            if day and "hh" in g:
                return self._make(
                    c, "TIME", f"{day.isoformat()}T{g['hh']}:{g['mi']}", anchored=False
                )
        elif "y2" in g:
            day = safe_date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
        elif "y3" in g:
            a, b, y = int(g["a"]), int(g["b"]), int(g["y3"])
            if y < 100:
                pivot = (self.ctx.ref.year % 100 if self.ctx.ref else 30) + 10
                y += 2000 if y <= pivot else 1900
            month, dom = (
                (b, a) if a > 12 else (a, b)
            )  # US order unless the first part cannot be a month
            day = safe_date(y, month, dom)
        else:
            day = safe_date(int(g["y4"]), int(g["b2"]), int(g["a2"]))
        return self._day(c, day, anchored=False) if day else []

    def _year_month(self, c: Candidate) -> list[Timex]:
        return self._make(c, "DATE", f"{c.groups['y']}-{c.groups['m']}", anchored=False)

    def _partial_year(self, c: Candidate, make: Callable[[int], date | None]) -> date | None:
        year = self.ctx.sentence_year(c.start)
        if year is not None:
            return make(year)
        if self.ctx.ref is None:
            return None
        return pick_day(make, self.ctx.ref, self.ctx.tense(c))

    def _day_month(self, c: Candidate) -> list[Timex]:
        g, lex = c.groups, self.ctx.lex
        month = _month_number(g["month"], lex)
        dom = int(re.sub(r"\D", "", g["day"]))
        month2 = _month_number(g["month2"], lex) if "month2" in g else month
        dom2 = int(re.sub(r"\D", "", g["day2"])) if "day2" in g else None
        weekday = lex.weekdays.get(g["wd"].lower().rstrip(".")) if "wd" in g else None
        if "year" in g:
            day = safe_date(int(g["year"]), month, dom)
            anchored = False
        else:

            def make(year: int) -> date | None:
                found = safe_date(year, month, dom)
                if found and weekday and found.isoweekday() != weekday:
                    return None
                return found

            day = self._partial_year(c, make)
            if day is None and weekday:
                weekday = None
                day = self._partial_year(c, make)
            anchored = True
            if day is None:
                return self._make(c, "DATE", f"XXXX-{month:02d}-{dom:02d}")
        if day is None:
            return []
        end_day = None
        if dom2 is not None:
            end_day = safe_date(day.year + (1 if month2 < month else 0), month2, dom2)
            if end_day is None or end_day <= day or (end_day - day).days > 62:
                end_day = None
        return self._day(c, day, anchored=anchored, end_day=end_day)

    def _month_in_context(self, c: Candidate, month: int) -> tuple[int | None, bool]:
        year = self.ctx.sentence_year(c.start)
        if year is not None:
            return year, True
        if self.ctx.ref is None:
            return None, True
        return pick_month_year(month, self.ctx.ref, self.ctx.tense(c)), True

    def _month(self, c: Candidate) -> list[Timex]:
        month = _month_number(c.groups["month"], self.ctx.lex)
        year, anchored = self._month_in_context(c, month)
        if year is None:
            return self._make(c, "DATE", f"XXXX-{month:02d}")
        return self._make(c, "DATE", timeml.value_for_month(year, month), anchored=anchored)

    def _month_year(self, c: Candidate) -> list[Timex]:
        month = _month_number(c.groups["month"], self.ctx.lex)
        return self._make(
            c, "DATE", timeml.value_for_month(int(c.groups["year"]), month), anchored=False
        )

    def _month_range(self, c: Candidate) -> list[Timex]:
        """ "from March to May": two DATE timexes, TimeML style, sharing the stated year."""
        g, text = c.groups, self.ctx.text
        out: list[Timex] = []
        m1 = re.search(re.escape(g["month"]), text[c.start : c.end])
        m2 = list(re.finditer(re.escape(g["month2"]), text[c.start : c.end]))
        if not m1 or not m2:
            return []
        year = int(g["year0"]) if "year0" in g else int(g["year"]) if "year" in g else None
        first, second = (
            _month_number(g["month"], self.ctx.lex),
            _month_number(g["month2"], self.ctx.lex),
        )
        if year is None:
            year, _ = self._month_in_context(c, first)
        year2 = (
            int(g["year"])
            if "year" in g
            else (year + (1 if second < first else 0) if year else None)
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
            out += self._make(
                c, "DATE", value, start=start, end=end, mod=None, anchored="year" not in g
            )
        return out

    def _year(self, c: Candidate) -> list[Timex]:
        return self._make(c, "DATE", c.groups["year"], anchored=False)

    def _fiscal(self, c: Candidate) -> list[Timex]:
        g, ref = c.groups, self.ctx.ref
        if "year" in g or "year2" in g:
            return self._make(c, "DATE", f"FY{g.get('year') or g['year2']}", anchored=False)
        if ref is None:
            return self._make(c, "DATE", "FYXXXX")
        offset = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(
            g.get("rel", "").lower(), 0
        )
        return self._make(c, "DATE", f"FY{ref.year + offset}")

    def _quarter(self, c: Candidate) -> list[Timex]:
        g, ref = c.groups, self.ctx.ref
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
            if year is None and ref is not None and "rel" in g:
                year = ref.year + {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(
                    g["rel"].lower(), 0
                )
            elif year is None and ref is not None and ordinal == "last" and kind == "Q":
                prev = add_months(ref.replace(day=1), -3)
                return self._make(c, "DATE", f"{prev.year}-Q{quarter_of(prev)}")
        if kind == "H" and n > 2:
            return []
        if year is None:
            if ref is None:
                return self._make(c, "DATE", f"XXXX-{kind}{n}")
            year = ref.year
            first_month = (n - 1) * (3 if kind == "Q" else 6) + 1
            if date(year, first_month, 1) > ref and self.ctx.tense(c) != FUTURE:
                year -= 1
            return self._make(c, "DATE", f"{year}-{kind}{n}")
        return self._make(c, "DATE", f"{year}-{kind}{n}", anchored=False)

    def _period_of_reference(self, c: Candidate, what: str, offset: int) -> list[Timex]:
        """This/last/next week, month, year, decade, century, quarter: values at that granularity."""
        ref = self.ctx.ref
        if ref is None:
            return self._unresolved(c)
        if what == "week":
            return self._make(c, "DATE", week_value(ref + timedelta(weeks=offset)))
        if what == "month":
            shifted = add_months(ref.replace(day=1), offset)
            return self._make(c, "DATE", timeml.value_for_month(shifted.year, shifted.month))
        if what == "quarter":
            shifted = add_months(ref.replace(day=1), 3 * offset)
            return self._make(c, "DATE", f"{shifted.year}-Q{quarter_of(shifted)}")
        if what == "decade":
            return self._make(c, "DATE", str(ref.year // 10 + offset))
        if what == "century":
            return self._make(c, "DATE", f"{ref.year // 100 + offset:02d}")
        return self._make(c, "DATE", str(ref.year + offset))

    def _fuzzy_the(self, c: Candidate) -> list[Timex]:
        c.mod = self.ctx.lex.fuzzy_modifiers.get(re.sub(r"\s+", " ", c.groups["fz"].lower()))
        return self._period_of_reference(c, c.groups["what"].lower(), 0)

    def _century(self, c: Candidate) -> list[Timex]:
        word = c.groups["ord"].lower()
        n = self.ctx.lex.ordinals.get(word) or int(re.sub(r"\D", "", word) or 0)
        if not 1 <= n <= 30:
            return []
        return self._make(c, "DATE", f"{n - 1:02d}", anchored=False)

    def _decade(self, c: Candidate) -> list[Timex]:
        g = c.groups
        if "dec" in g:
            year = int(g["dec"])
            if year % 100 == 0 and year < 2000:
                return self._make(c, "DATE", f"{year // 100:02d}", anchored=False)
            return self._make(c, "DATE", str(year // 10), anchored=False)
        if "decw" in g:
            return self._make(c, "DATE", _DECADE_WORDS[g["decw"].lower()], anchored=False)
        short = int(g["dec2"])
        ref_year = self.ctx.ref.year if self.ctx.ref else 2000
        year = 2000 + short if 2000 + short <= ref_year else 1900 + short
        return self._make(c, "DATE", str(year // 10))

    def _season(self, c: Candidate) -> list[Timex]:
        g, ref = c.groups, self.ctx.ref
        code = self.ctx.lex.seasons[g["season"].lower()]
        if "year" in g:
            return self._make(c, "DATE", f"{g['year']}-{code}", anchored=False)
        if ref is None:
            return self._make(c, "DATE", f"XXXX-{code}")
        first = timeml.SEASON_MONTHS[code][0]
        rel = g.get("rel", "").lower()

        def bounds(year: int) -> tuple[date, date]:
            found = timeml.base_window(f"{year}-{code}")
            assert found is not None
            return found[0], found[1]

        years = range(ref.year - 2, ref.year + 2)
        if rel in {"this", "current"}:
            year = ref.year - 1 if code == "WI" and ref.month <= 2 else ref.year
        elif rel in {"last", "past", "previous", "preceding"}:
            year = max(y for y in years if bounds(y)[1] < ref)
        elif rel in {"next", "coming", "following"}:
            year = min(y for y in years if bounds(y)[0] > ref)
        else:
            year = self.ctx.sentence_year(c.start) or pick_month_year(
                first if first <= 12 else 12, ref, self.ctx.tense(c)
            )
            if code == "WI" and ref.month <= 2 and self.ctx.tense(c) != FUTURE:
                year = ref.year - 1
        return self._make(c, "DATE", f"{year}-{code}")

    # -- relative to the reference or the narrative ----------------------------------

    def _relday(self, c: Candidate) -> list[Timex]:
        ref = self.ctx.ref
        if ref is None:
            return self._unresolved(c)
        g = c.groups
        word = g["word"].lower()
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
        if "dba" in g:
            offset += -1 if g["dba"].lower() == "before" else 1
        day = ref + timedelta(days=offset)
        if word == "tonight" and "pod" not in g:
            return self._make(c, "TIME", f"{day.isoformat()}TNI")
        return self._day(c, day, anchored=True)

    def _relative(self, c: Candidate) -> list[Timex]:
        g, ref, lex = c.groups, self.ctx.ref, self.ctx.lex
        rel, what = g["rel"].lower(), re.sub(r"\s+", " ", g["what"].lower())
        the = "the" in g
        if ref is None:
            return self._unresolved(c)
        if rel in {"following", "preceding"} or (the and rel == "previous"):
            return self._anaphoric_period(c, what, 1 if rel == "following" else -1)
        if the and rel in {"past", "last", "next", "coming"} and what in lex.units:
            return self._make(c, "DURATION", duration_value(1, what, lex))
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
            out = self._period_of_reference(c, what, offset)
            if side and offset == 0 and out and out[0].date_start and out[0].date_end:
                window = (out[0].date_start, ref) if side == "earlier" else (ref, out[0].date_end)
                return self._make(c, out[0].type, out[0].value, window=window)
            return out
        if what == "weekend":
            return self._weekend(c, offset)
        if what in lex.seasons:
            c.groups["season"] = what
            return self._season(c)
        if what in lex.parts_of_day:
            day = ref + timedelta(days=-1 if offset < 0 else 1 if offset > 0 else 0)
            return self._make(c, "TIME", f"{day.isoformat()}T{lex.parts_of_day[what]}")
        if what in lex.months:
            month = lex.months[what]
            if offset == 0:
                year = ref.year
            elif offset < 0:
                year = ref.year if month < ref.month else ref.year - 1
            else:
                year = ref.year if month > ref.month else ref.year + 1
            return self._make(c, "DATE", timeml.value_for_month(year, month))
        if what in lex.weekdays:
            wd = lex.weekdays[what]
            if offset < 0:
                day = ref - timedelta(days=(ref.isoweekday() - wd - 1) % 7 + 1)
            elif offset > 0:
                day = ref + timedelta(days=(wd - ref.isoweekday() - 1) % 7 + 1)
            else:
                day = pick_weekday(wd, ref, self.ctx.tense(c))
            return self._day(c, day, anchored=True)
        return []

    def _weekend(self, c: Candidate, offset: int) -> list[Timex]:
        ref = self.ctx.ref
        assert ref is not None
        in_weekend = ref.isoweekday() >= 6
        if offset == 0:
            past = self.ctx.tense(c) == PAST and not in_weekend
            day = ref - timedelta(weeks=1) if past else ref
        elif offset < 0:
            day = ref - timedelta(weeks=1)
        else:
            day = ref + timedelta(weeks=1 if in_weekend else 0 if ref.isoweekday() < 5 else 1)
        return self._make(c, "DATE", week_value(day, weekend=True))

    def _anaphoric_period(self, c: Candidate, what: str, offset: int) -> list[Timex]:
        anchor = self.ctx.narrative_anchor({"month": "month", "year": "year"}.get(what, "day"))
        if anchor is None:
            return self._unresolved(c)
        if what == "week":
            return self._make(c, "DATE", week_value(anchor + timedelta(weeks=offset)))
        if what == "month":
            shifted = add_months(anchor.replace(day=1), offset)
            return self._make(c, "DATE", timeml.value_for_month(shifted.year, shifted.month))
        if what == "year":
            return self._make(c, "DATE", str(anchor.year + offset))
        if what in {"day", *self.ctx.lex.parts_of_day}:
            c.groups["what"] = what
            return self._anaphoric_day(c)
        return self._unresolved(c)

    def _anaphoric_day(self, c: Candidate) -> list[Timex]:
        g = c.groups
        anchor = self.ctx.narrative_anchor()
        if anchor is None:
            return self._unresolved(c)
        rel = (g.get("rel") or g.get("dir") or "same").lower()
        offset = {
            "next": 1,
            "following": 1,
            "after": 1,
            "previous": -1,
            "preceding": -1,
            "before": -1,
        }.get(rel, 0)
        what = (g.get("what") or g.get("what2") or "day").lower()
        day = anchor + timedelta(days=offset)
        if what in self.ctx.lex.parts_of_day:
            return self._make(c, "TIME", f"{day.isoformat()}T{self.ctx.lex.parts_of_day[what]}")
        return self._day(c, day, anchored=True)

    def _weekday(self, c: Candidate) -> list[Timex]:
        ref = self.ctx.ref
        if ref is None:
            return self._unresolved(c)
        wd = self.ctx.lex.weekdays[c.groups["wd"].lower()]
        return self._day(c, pick_weekday(wd, ref, self.ctx.tense(c)), anchored=True)

    def _offset(self, c: Candidate) -> list[Timex]:
        g, lex = c.groups, self.ctx.lex
        direction = re.sub(r"\s+", " ", g["dir"].lower())
        amount = _number(g["num"], lex)
        unit_word = g["unit"].lower()
        if direction in {"before", "after", "prior"}:
            end = (
                c.start
                + self.ctx.text[c.start : c.end].lower().rfind(g["unit"].lower())
                + len(g["unit"])
            )
            if self.ctx.text[end : end + 1].lower() == "s":
                end += 1
            return self._make(c, "DURATION", duration_value(amount, unit_word, lex), end=end)
        unit, factor, is_time = lex.units[unit_word]
        level = "day" if is_time or unit in _UNIT_DAYS else "month" if unit == "M" else "year"
        base = (
            self.ctx.ref
            if direction in {"ago", "from now", "hence"}
            else self.ctx.narrative_anchor(level)
        )
        sign = -1 if direction in {"ago", "earlier"} else 1
        if base is None or amount is None:
            return self._make(c, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        steps = amount * factor * sign
        if is_time:
            hours = steps * {"H": 1, "M": 1 / 60, "S": 1 / 3600}[unit]
            day = base + timedelta(days=int(hours // 24) if hours >= 0 else -int(-hours // 24))
            return self._make(c, "DATE", day.isoformat())
        if unit in _UNIT_DAYS:
            day = base + timedelta(days=round(steps * _UNIT_DAYS[unit]))
            if unit == "W":
                return self._make(c, "DATE", week_value(day))
            return self._day(c, day, anchored=True)
        if unit == "M":
            shifted = add_months(base.replace(day=1), round(steps))
            return self._make(c, "DATE", timeml.value_for_month(shifted.year, shifted.month))
        shifted = shift(base, round(steps), "Y")
        if factor == 10:
            return self._make(c, "DATE", str(shifted.year // 10))
        if factor == 100:
            return self._make(c, "DATE", f"{shifted.year // 100:02d}")
        return self._make(c, "DATE", str(shifted.year))

    def _holiday(self, c: Candidate) -> list[Timex]:
        holiday = self.ctx.lex.holidays[
            re.sub(r"\s+", " ", c.groups["name"].lower().replace("’", "'"))
        ]
        if "year" in c.groups:
            day = holiday_date(holiday, int(c.groups["year"]))
            return self._day(c, day, anchored=False) if day else []
        day = self._partial_year(c, lambda year: holiday_date(holiday, year))
        if day is None:
            return self._unresolved(c)
        return self._day(c, day, anchored=True)

    def _holiday_period(self, c: Candidate) -> list[Timex]:
        """ "the Christmas sales period": some days around a holiday, a DURATION of unknown days."""
        return self._make(c, "DURATION", "PXD")

    # -- durations, sets, times, vague references --------------------------------------

    def _duration(self, c: Candidate) -> list[Timex]:
        g, lex = c.groups, self.ctx.lex
        if "plain" in g:
            word = g["plain"].lower()
            unit = "year" if word in {"decades", "centuries"} else word
            return self._make(c, "DURATION", duration_value(None, unit, lex))
        if "unit2" in g:
            return self._make(c, "DURATION", duration_value(1, g["unit2"], lex))
        amount = _number(g["num"], lex)
        if amount is not None and re.search(
            r"and\s+a\s+half", self.ctx.text[c.start : c.end], re.IGNORECASE
        ):
            amount += 0.5
        unit = g["unit"].lower()
        if amount is None and unit in {"decade", "century"}:
            unit = "year"
        return self._make(c, "DURATION", duration_value(amount, unit, lex))

    def _set(self, c: Candidate) -> list[Timex]:
        g, lex = c.groups, self.ctx.lex
        if "freq" in g:
            return self._make(c, "SET", lex.frequency_words[g["freq"].lower()])
        if "times" in g:
            return self._make(c, "SET", duration_value(1, g["unit2"], lex))
        what = g["what"].lower()
        every_other = re.search(r"\bother\b", self.ctx.text[c.start : c.end], re.IGNORECASE)
        amount = _number(g["num"], lex) if "num" in g else 1.0
        if every_other and amount is not None:
            amount *= 2
        singular = what[:-1] if what.endswith("s") and what[:-1] in lex.units else what
        if singular in lex.units:
            return self._make(c, "SET", duration_value(amount, singular, lex))
        if what in lex.weekdays:
            return self._make(c, "SET", f"XXXX-WXX-{lex.weekdays[what]}")
        if what in lex.parts_of_day:
            return self._make(c, "SET", f"XXXX-XX-XXT{lex.parts_of_day[what]}")
        if what in lex.months:
            return self._make(c, "SET", f"XXXX-{lex.months[what]:02d}")
        if what in lex.seasons:
            return self._make(c, "SET", f"XXXX-{lex.seasons[what]}")
        return []

    def _time(self, c: Candidate) -> list[Timex]:
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
        day = self._day_of_sentence(c)
        clock = f"T{hour:02d}:{minute:02d}"
        if day is None:
            return self._make(c, "TIME", f"XXXX-XX-XX{clock}", window=None)
        return self._make(c, "TIME", day.isoformat() + clock, anchored=True)

    def _day_of_sentence(self, c: Candidate) -> date | None:
        """The day a clock time belongs to: a day named earlier in its sentence, else the reference."""
        left, _ = sentence_bounds(self.ctx.text, c.start, c.end)
        for timex in reversed(self.ctx.resolved[-3:]):
            if timex.start >= left and timex.precision == "day" and timex.date_start:
                return timex.date_start
        return self.ctx.ref

    def _ref(self, c: Candidate) -> list[Timex]:
        word = re.sub(r"\s+", " ", c.groups["ref"].lower().replace("’", "'"))
        value = self.ctx.lex.reference_words.get(word, "XXXX-XX-XX")
        if value == "FUTURE_REF" and word.startswith("a later"):
            value = "XXXX-XX-XX"
        return self._make(
            c, "DURATION" if value.startswith("P") and not value.endswith("_REF") else "DATE", value
        )

    def _vague_period(self, c: Candidate) -> list[Timex]:
        return self._make(c, "DURATION", "PXX")


def resolve_candidates(
    text: str, candidates: list[Candidate], reference: date | None
) -> list[Timex]:
    """Timexes for the candidates of one document, resolved against ``reference``."""
    return Resolver(text, reference).resolve(candidates)
