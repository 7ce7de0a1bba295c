"""The compiled pattern of every kind of temporal expression, built once from the word lists.

Each pattern names a *kind* of expression ("dmy", "relative", "duration"...);
``detect`` tries them only where ``anchors`` says a match can start. The
patterns are ``match``-ed at a position, never searched across the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.temporal.lexicon import alternation, lexicon


def _case_words(words: list[str], ambiguous: frozenset[str]) -> str:
    """Alternation matching words in any case, except ambiguous ones: Capitalised or UPPER only."""
    plain = [w for w in words if w not in ambiguous]
    strict = [w for w in words if w in ambiguous]
    parts = [alternation(plain)] if plain else []
    if strict:
        forms = [f for w in strict for f in (w.capitalize(), w.upper())]
        parts.append("(?-i:" + "|".join(sorted(forms, key=len, reverse=True)) + ")")
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Patterns:
    """The compiled patterns, in priority order, and the modifier patterns."""

    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    fuzzy_before: re.Pattern[str]
    approx_before: re.Pattern[str]
    pod_before: re.Pattern[str]
    relative_before: re.Pattern[str]
    word_before: re.Pattern[str]


@cache
def patterns() -> Patterns:
    """Build and compile every pattern (once)."""
    lex = lexicon()
    full_months = [m for m in lex.months if len(m) > 3 and m != "sept"] + ["may"]
    abbr_months = [m for m in lex.months if m not in full_months]
    month_full = _case_words(full_months, lex.ambiguous_months)
    month_abbr = "(?-i:" + "|".join(a.capitalize() for a in abbr_months) + r")\.?"
    month = f"(?:{month_full}|{month_abbr})"
    weekday = alternation(w for w in lex.weekdays if len(w) > 4)
    weekday_abbr = "(?-i:" + "|".join(w.capitalize() for w in lex.weekdays if len(w) <= 4) + r")\.?"
    weekday_any = f"(?:{weekday}|{weekday_abbr})"
    day = r"(?<![\d.,$£€])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
    year = r"(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d])"
    num = alternation([w for w in lex.numbers if not w.startswith("half")])
    digits = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
    vague = alternation(lex.vague_quantities)
    unit = alternation(lex.units)
    season = alternation(lex.seasons)
    week_ordinals = "|".join([*(w for w, n in lex.ordinals.items() if n <= 4), "last", "final"])
    pod = alternation(lex.parts_of_day)
    ordinal = alternation(lex.ordinals)
    holiday = alternation([*lex.holidays, *lex.national_days])
    refs = alternation(lex.reference_words)
    freq = alternation(lex.frequency_words)
    dash = r"\s*(?:-|–|—|to|through|until|till|and)\s*"
    wd_prefix = rf"(?:(?P<wd>{weekday_any}),?\s+)?"
    rel = r"this|last|next|coming|past|previous|current|following|preceding"
    g = "(?P<{}>{})".format
    year_any = r"\d{4}|\d{2}"
    century_ord = ordinal + r"|\d{1,2}(?:st|nd|rd|th)"
    decade_num = r"1[0-9]\d0|20\d0"
    decade_short = r"\d0"
    num_or_digits = num + r"|\d+"
    times = r"once|twice|thrice|(?:\w+|\d+)\s+times"
    plain = "years|decades|months|weeks|days|hours|centuries"
    year_ago = r"year-earlier|year-ago|year\s+earlier|year\s+ago|prior-year|year-before"
    zone = r"(?-i:[A-Z]{2,4}T|[ECMP]T|GMT|UTC)(?!\w)"
    ampm = r"a\.m\.|p\.m\.|am\b|pm\b|a\.m|p\.m"
    spoken_zone = alternation(lex.spoken_time_zones)

    def n(kind: str, pattern: str, flags: int = re.IGNORECASE) -> tuple[str, re.Pattern[str]]:
        return kind, re.compile(pattern, flags)

    kinds = (
        n(
            "numeric",
            rf"(?<![\w./-]){g('y', year)}-{g('m', '0[1-9]|1[0-2]')}-{g('d', '[0-3][0-9]')}"
            rf"(?:T{g('hh', '[01][0-9]|2[0-3]')}:{g('mi', '[0-5][0-9]')}(?::[0-5][0-9])?)?(?![\w-])"
            rf"|(?<![\w./-]){g('y2', year)}/{g('m2', '0?[1-9]|1[0-2]')}/{g('d2', '[0-3]?[0-9]')}(?![\w/])"
            rf"|(?<![\w./-]){g('a', '[0-3]?[0-9]')}/{g('b', '[0-3]?[0-9]')}/{g('y3', year_any)}(?![\w/])"
            rf"|(?<![\w./-]){g('a2', '[0-3]?[0-9]')}\.{g('b2', '[01]?[0-9]')}\.{g('y4', year)}(?![\w.])",
        ),
        n("year_month", rf"(?<![\w./-]){g('y', year)}-{g('m', '0[1-9]|1[0-2]')}(?![\w/-])"),
        n(
            "dmy",
            rf"{wd_prefix}(?:the\s+)?{g('day', day)}(?:{dash}{g('day2', day)})?(?:\s+of)?\s+"
            rf"{g('month', month)}(?:,?\s+{g('year', year)})?(?!\w)",
        ),
        n(
            "mdy",
            rf"{wd_prefix}{g('month', month)}\s+(?:the\s+)?{g('day', day)}"
            rf"(?:{dash}(?:{g('month2', month)}\s+)?{g('day2', day)})?(?:,?\s+{g('year', year)})?(?!\w)",
        ),
        n("month_year", rf"{g('month', month)}(?:\s+of)?,?\s+{g('year', year)}(?!\w)"),
        n(
            "month_range",
            rf"(?:from|between)\s+{g('month', month_full)}(?:\s+{g('year0', year)})?\s+(?:to|until|through|and)\s+"
            rf"{g('month2', month_full)}(?:,?\s+{g('year', year)})?(?!\w)",
        ),
        # "the third week of September (2006)": seven days of a month
        n(
            "week_of_month",
            rf"the\s+{g('nth', week_ordinals)}\s+week\s+of\s+"
            rf"{g('month', month_full)}(?:,?\s+{g('year', year)})?(?![\w-])",
        ),
        n("month", rf"(?:(?<=mid-)|(?<![\w-])){g('month', month_full)}(?![\w-])"),
        n(
            "fiscal",
            rf"(?:(?:the\s+)?{g('rel', 'this|last|next|current|previous|coming')}\s+|the\s+)?"
            rf"(?:fiscal|financial)\s+year(?:\s+{g('year', year)})?(?!\w)"
            rf"|(?-i:(?:fiscal|FY)\s*{g('year2', year)})"
            # "the 1989 fiscal year"
            rf"|the\s+{g('year3', year)}\s+(?:fiscal|financial)\s+year(?!\w)",
        ),
        n(
            "quarter",
            rf"(?:the\s+)?{g('ord', 'first|second|third|fourth|final|last|1st|2nd|3rd|4th')}"
            rf"(?:\s+|-){g('qh', 'quarter|half')}(?:\s+of\s+(?:the\s+)?(?:{g('year', year)}|"
            rf"{g('rel', 'this|last|next|the|current|previous|coming')}\s+(?:fiscal\s+|financial\s+)?year))?"
            rf"(?:\s+{g('year2', year)})?(?!\w)"
            rf"|(?<![\w-])(?-i:{g('q', 'Q[1-4]|H[12]')})(?:\s+|-)?{g('year3', year)}?(?![\w])",
        ),
        n(
            "fuzzy_the",
            rf"(?<!\w){g('fz', alternation(k for k in lex.fuzzy_modifiers if ' ' in k))}\s+"
            rf"(?:the|this)\s+{g('what', 'year|month|week|decade|century')}(?!\w)",
        ),
        n(
            "century",
            rf"(?:the\s+)?{g('ord', century_ord)}(?:\s+|-)century(?!\w)",
        ),
        n(
            "decade",
            rf"(?:the\s+)?(?<![\w$])(?:{g('dec', decade_num)}|['’]{g('dec2', decade_short)})['’]?s(?!\w)"
            rf"|the\s+{g('decw', alternation(lex.decade_words))}(?!\w)",
        ),
        n(
            "season",
            rf"(?:(?P<rel>{rel})\s+|(?P<the>the)\s+)?{g('season', season)}"
            rf"(?:\s+(?:of\s+)?{g('year', year)})?(?!\w)",
        ),
        n(
            "relday",
            rf"(?:the\s+day\s+{g('dba', 'before|after')}\s+)?(?:(?:{g('side', 'earlier|later')})\s+)?"
            rf"{g('word', 'yesterday|today|tomorrow|tonight')}(?:\s+{g('pod', pod)})?(?!\w)"
            rf"|(?<![\w-]){g('night', 'overnight')}(?![\w-])",
        ),
        n(
            "side_in",
            rf"{g('side', 'earlier|later')}\s+in\s+the\s+{g('what', 'day|week|month|year')}(?!\w)",
        ),
        n(
            "year_end",
            r"(?<![\w-])(?:(?:the\s+)?year['’]s\s+end|year[-\s]end)(?![\w-])",
        ),
        n(
            "the_quarter",
            rf"the\s+(?:{g('ago', year_ago)}\s+)?"
            r"(?-i:quarter)(?![\w-])"
            # "the year-earlier period": the period just reported on, a year before
            rf"|the\s+{g('ago_period', year_ago)}\s+period(?![\w-])"
            # "up from the same period last year": the period just named, a year before
            rf"|the\s+same\s+{g('same', 'period|quarter|half')}\s+(?:of\s+)?"
            r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year"
            r"|the\s+year\s+before)(?![\w-])",
        ),
        n(
            "relative",
            rf"(?:{g('the', 'the')}\s+)?{g('rel', rel)}\s+{g('what', 'week|weekend|month|year|quarter|decade|century|' + season + '|' + month_full + '|' + weekday + '|' + pod)}(?!\w)",
        ),
        n(
            "within_relative",
            # "May 26 last year", "26 May last year": a day of that year
            rf"{g('month4', month)}\s+{g('mday4', day)},?\s+{g('rel4', 'last|next|this')}\s+year(?!\w)"
            rf"|{g('mday5', day)}\s+{g('month5', month)},?\s+{g('rel5', 'last|next|this')}\s+year(?!\w)"
            rf"|(?:{g('month', month_full)}|(?:the\s+)?{g('season', season)})(?:\s+of)?\s+{g('rel', 'last|next|this')}\s+year(?!\w)"
            rf"|{g('wd', weekday)}(?:\s+of)?\s+{g('rel2', 'last|next|this')}\s+week(?!\w)"
            # "on Friday week": British for the Friday after the coming one
            rf"|(?<=on\s){g('wd6', weekday)}\s+week(?![\w-])"
            rf"|the\s+{g('day', day)}\s+of\s+{g('rel3', 'last|next|this')}\s+month(?!\w)",
        ),
        n(
            "anaphoric_day",
            rf"the\s+{g('rel', 'next|following|previous|preceding|same')}\s+{g('what', 'day|morning|afternoon|evening|night')}(?!\w)"
            rf"|the\s+{g('what2', 'day')}\s+{g('dir', 'before|after')}(?!\s+(?:the|a|an|his|her|its|their)\b)"
            # "that year", "later that year", "that same day": the period the story is at
            rf"|(?<![\w-])(?:{g('side3', 'earlier|later')}\s+)?(?-i:[Tt]hat)\s+(?:same\s+)?{g('what3', 'day|morning|afternoon|evening|night|week|month|year')}(?![\w-])"
            # "that November", "that spring": the month or season of the year the story is at
            rf"|(?<![\w-])(?-i:[Tt]hat)\s+{g('what4', month_full + '|' + season + '|weekend')}(?![\w-])"
            # "in May that year", "in the spring of that year": of the year just told
            rf"|(?<![\w-])(?:the\s+)?{g('what5', month_full + '|' + season)}\s+(?:of\s+)?(?-i:that)\s+year(?![\w-])"
            # "by the end of that year", "the same month": a part of the period just told
            rf"|the\s+{g('edge', 'end|start|beginning|middle')}\s+of\s+(?-i:that)\s+{g('what6', 'week|month|year')}(?![\w-])"
            rf"|the\s+same\s+{g('what7', 'week|month|year')}(?![\w-])",
        ),
        n("weekend", rf"(?<!\w)the\s+{g('what', 'weekend')}(?!\w)"),
        # "rose 12% during the week": the week the story is in
        n(
            "the_week",
            r"(?:(?<=during\s)|(?<=through\s))the\s+"
            rf"{g('what', 'week|' + pod)}(?!\w|\s+(?:before|after|of|ending|that|when)\b)",
        ),
        n("weekday", rf"(?<![\w-]){g('wd', weekday)}(?:\s+{g('pod', pod)})?(?![\w-])"),
        n(
            "offset",
            # "half an hour later than planned" is a duration, not "an hour later"
            rf"(?<!half ){g('num', num + '|' + digits + '|' + vague)}(?:\s+|-){g('unit', unit)}s?\s+"
            # "two years earlier than planned" compares, it dates nothing
            rf"{g('dir', 'ago|later|earlier|from now|hence|afterwards|before|after|prior')}(?!\w)"
            r"(?!\s+than\b)"
            # "a year ago today": that very day, a year back
            rf"(?:(?<=ago)\s+{g('today', 'today')}(?!\w))?"
            rf"|(?<![\w-]){g('vague', plain)}\s+{g('dir2', 'ago')}(?!\w)"
            # "hours later", "minutes later": the day the story just told
            rf"|(?<![\w-]){g('soon', 'hours|minutes')}\s+later(?!\w)"
            rf"|(?<![\w-])(?-i:[Ww]ithin)\s+{g('soon2', 'hours|minutes')}(?!\w)(?!\s+(?:of|after|before)\b)",
        ),
        n(
            "set",
            rf"{g('q', 'every|each')}\s+(?:other\s+)?(?:{g('num', num_or_digits)}\s+)?"
            rf"{g('what', unit + '|' + weekday + '|' + pod + '|' + month_full + '|' + season)}s?(?!\w)"
            rf"|{g('times', times)}\s+(?:a|an|per|each|every)\s+{g('unit2', unit)}(?!\w)"
            rf"|(?<![\w-]){g('freq', freq)}(?![\w-])",
        ),
        n(
            "duration",
            rf"(?:(?P<the>the\s+)?{g('rel', 'past|last|next|coming|previous|first|final|following')}\s+"
            # "for the nine months": a counted span keeps its article
            rf"|{g('the3', 'the')}\s+(?!an?\b)(?=(?:{num}|\d[\d,.]*)\s+[a-z]+s\b)"
            r")?"
            rf"(?<![\w$£€.]){g('num', num + '|' + digits + '|' + vague)}(?:\s+|-)(?:and\s+a\s+half\s+)?"
            rf"{g('unit', unit)}(?:s|-long|-old)?(?:\s+and\s+a\s+half)?(?![\w])"
            rf"|(?:(?P<the2>the\s+)?{g('rel2', 'past|last|next|coming|previous')}\s+){g('unit2', 'decade|century|year|month|week|day')}s?(?!\w)"
            rf"|(?:{g('recent', 'recent')}\s+)?{g('plain', plain)}(?:-long)?(?!\w)"
            rf"|(?<![\w-]){g('unit3', unit)}-long(?![\w-])"
            rf"|(?<![\w-]){g('half', 'half')}\s+an?\s+{g('unit4', unit)}(?![\w-])",
        ),
        n(
            "time",
            rf"(?<![\w.:]){g('h', '[01]?[0-9]|2[0-3]')}(?:[:.]{g('mi', '[0-5][0-9]')})?\s*"
            rf"{g('ampm', ampm)}(?:\s+{g('tz', zone + '|' + spoken_zone)})?"
            rf"|(?<![\w.:]){g('h2', '[01]?[0-9]|2[0-3]')}:{g('mi2', '[0-5][0-9]')}(?![\d:])(?:\s+{g('tz2', zone + '|' + spoken_zone + '|hours|hrs')})?"
            rf"|(?<!\w){g('named', 'noon|midday|midnight')}(?!\w)",
        ),
        n("holiday", rf"(?<![\w]){g('name', holiday)}(?:\s+{g('year', year)})?(?!\w)"),
        n(
            "holiday_period",
            rf"(?<![\w]){g('name', holiday)}(?:\s+(?:and|&)\s+{g('name2', holiday)})?\s+"
            rf"(?:(?:sales|shopping|holiday|travel)\s+)?{g('period', 'season|period|holidays|break|sales|rush|vacation')}(?!\w)",
        ),
        n("ref", rf"(?<![\w]){g('ref', refs)}(?![\w])"),
        n("vague_period", r"(?<![\w])(?:an?|the)\s+(?:[a-z]+\s+){0,2}periods?\s+of\s+time(?!\w)"),
        n(
            "year",
            rf"(?:(?<=mid-)|(?<![\w$£€#.,/:-])){g('year', year)}(?![\w%]|[.,:/-]\d|(?<=0)['’]s)",
        ),
    )
    fuzzy = alternation(lex.fuzzy_modifiers)
    approx = alternation(lex.approx_modifiers)
    return Patterns(
        kinds=kinds,
        fuzzy_before=re.compile(
            rf"(?<![\w]){g('fz', fuzzy)}(?:-|\s+)(?:in\s+)?(?:the\s+)?$", re.IGNORECASE
        ),
        approx_before=re.compile(rf"(?<![\w]){g('ap', approx)}\s+$", re.IGNORECASE),
        pod_before=re.compile(rf"(?<![\w])(?:the\s+)?{g('pod', pod)}\s+of\s+$", re.IGNORECASE),
        relative_before=re.compile(r"(?<![\w])(?P<side>earlier|later)\s+$", re.IGNORECASE),
        word_before=re.compile(r"(?P<w>[\w'’]+)\.?[\s,-]*$"),
    )
