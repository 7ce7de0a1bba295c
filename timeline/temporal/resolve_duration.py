"""Resolving durations ("three days", "the past decade") and sets ("every Monday", "annual").

Values are TIMEX3 durations: P3D, PT2H, P10Y, or PXY when the quantity is vague.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.temporal.detect import Candidate
from timeline.temporal.lexicon import Lexicon
from timeline.temporal.resolve_explicit import next_word
from timeline.temporal.timex import Timex

if TYPE_CHECKING:
    from timeline.temporal.resolve import Resolver


def number_value(word: str, lex: Lexicon) -> float | None:
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


#: Half of a unit, in the unit below it: "half an hour" is PT30M, "half a year" P6M.
_HALVES = {
    "minute": "PT30S",
    "hour": "PT30M",
    "day": "PT12H",
    "year": "P6M",
    "decade": "P5Y",
    "century": "P50Y",
}


def half_value(unit_word: str, lex: Lexicon) -> str:
    """The TIMEX3 value of "half a(n) <unit>"; a unit with no smaller whole one keeps a decimal."""
    word = unit_word.lower()
    return _HALVES.get(word) or duration_value(0.5, word, lex)


#: A quantity right before "a year": a number or percentage, then at most two words.
#: (A bare four-digit number is a year, not a quantity: "In 2019 a year passed".)
_RATE_BEFORE = re.compile(
    r"(?:(?<![\d,.])(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*|\d[\d,.]*\s*(?:%|percent\b)|%)"
    r"(?:\s+[a-z]+){0,2}\s+$",
    re.IGNORECASE,
)


def resolve_duration(r: Resolver, c: Candidate) -> list[Timex]:
    g, lex = c.groups, r.ctx.lex
    if "plain" in g:
        word = g["plain"].lower()
        unit = "year" if word in {"decades", "centuries"} else word
        return r.make(c, "DURATION", duration_value(None, unit, lex))
    if "unit4" in g:  # "half an hour": half of the unit, in the next smaller one
        return r.make(c, "DURATION", half_value(g["unit4"], lex))
    if "unit3" in g:  # "a decade-long campaign"
        return r.make(c, "DURATION", duration_value(1, g["unit3"], lex))
    if "unit2" in g:
        if not re.search(r"s\s*$", r.ctx.text[c.start : c.end]):
            return r.make(c, "DURATION", duration_value(1, g["unit2"], lex))
        if g["rel2"].lower() in {"next", "coming"}:  # "the coming weeks": some time ahead
            return r.make(c, "DATE", "FUTURE_REF")
        unit = g["unit2"].lower()
        return r.make(
            c,
            "DURATION",
            duration_value(None, "year" if unit in {"decade", "century"} else unit, lex),
        )
    if (
        g["num"].lower() in {"a", "an"}
        and g["unit"].lower() == "day"
        and r.ctx.text[c.start : c.end].lower().endswith("day")
        and next_word(r.ctx.text, c.end) in lex.context["indefinite_day_before"]
    ):
        return r.make(c, "DATE", "FUTURE_REF")  # "a day would come when..."
    if (
        g["num"].lower() in {"a", "an"}
        and r.ctx.text[c.start : c.end].lower().endswith(g["unit"].lower())
        and _RATE_BEFORE.search(r.ctx.text, max(0, c.start - 40), c.start)
    ):
        # "5% a year", "2 million shares a day": a rate, so a set of periods
        return r.make(c, "SET", duration_value(1, g["unit"], lex))
    amount = number_value(g["num"], lex)
    if amount is not None and re.search(
        r"and\s+a\s+half", r.ctx.text[c.start : c.end], re.IGNORECASE
    ):
        amount += 0.5
    unit = g["unit"].lower()
    if amount is None and unit in {"decade", "century"}:
        unit = "year"
    return r.make(c, "DURATION", duration_value(amount, unit, lex))


def resolve_set(r: Resolver, c: Candidate) -> list[Timex]:
    g, lex = c.groups, r.ctx.lex
    if "freq" in g:
        return r.make(c, "SET", lex.frequency_words[g["freq"].lower()])
    if "times" in g:
        return r.make(c, "SET", duration_value(1, g["unit2"], lex))
    what = g["what"].lower()
    every_other = re.search(r"\bother\b", r.ctx.text[c.start : c.end], re.IGNORECASE)
    amount = number_value(g["num"], lex) if "num" in g else 1.0
    if every_other and amount is not None:
        amount *= 2
    singular = what[:-1] if what.endswith("s") and what[:-1] in lex.units else what
    if singular in lex.units:
        return r.make(c, "SET", duration_value(amount, singular, lex))
    if what in lex.weekdays:
        return r.make(c, "SET", f"XXXX-WXX-{lex.weekdays[what]}")
    if what in lex.parts_of_day:
        return r.make(c, "SET", f"XXXX-XX-XXT{lex.parts_of_day[what]}")
    if what in lex.months:
        return r.make(c, "SET", f"XXXX-{lex.months[what]:02d}")
    if what in lex.seasons:
        return r.make(c, "SET", f"XXXX-{lex.seasons[what]}")
    return []
