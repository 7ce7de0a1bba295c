"""Candidate temporal expressions: compiled patterns, built once from the word lists.

Each pattern names a *kind* of expression; ``find_candidates`` runs them all,
drops matches that context shows are ordinary words ("may" the modal, "2,000
troops"), widens matches by modifiers ("late", "the end of", "about") and keeps
the longest of overlapping matches. Resolution to values is ``resolve``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from timeline.temporal.lexicon import Lexicon, alternation, lexicon


@dataclass
class Candidate:
    """A matched span, its kind, the pattern's named groups and any modifier found around it."""

    start: int
    end: int
    kind: str
    groups: dict[str, str]
    mod: str | None = None
    fuzzy: str | None = None
    extras: dict[str, str] = field(default_factory=dict)


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
    triggers: re.Pattern[str]
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
    pod = alternation(lex.parts_of_day)
    ordinal = alternation(lex.ordinals)
    holiday = alternation(lex.holidays)
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
    ampm = r"a\.m\.|p\.m\.|am\b|pm\b|a\.m|p\.m"

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
        n("month", rf"(?<![\w-]){g('month', month_full)}(?![\w-])"),
        n(
            "fiscal",
            rf"(?:(?:the\s+)?{g('rel', 'this|last|next|current|previous|coming')}\s+|the\s+)?"
            rf"(?:fiscal|financial)\s+year(?:\s+{g('year', year)})?(?!\w)"
            rf"|(?-i:(?:fiscal|FY)\s*{g('year2', year)})",
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
            rf"|the\s+{g('decw', 'fifties|sixties|seventies|eighties|nineties')}(?!\w)",
        ),
        n(
            "season",
            rf"(?:(?P<rel>{rel})\s+)?{g('season', season)}(?:\s+(?:of\s+)?{g('year', year)})?(?!\w)",
        ),
        n(
            "relday",
            rf"(?:the\s+day\s+{g('dba', 'before|after')}\s+)?(?:(?:{g('side', 'earlier|later')})\s+)?"
            rf"{g('word', 'yesterday|today|tomorrow|tonight')}(?:\s+{g('pod', pod)})?(?!\w)",
        ),
        n(
            "relative",
            rf"(?:{g('the', 'the')}\s+)?{g('rel', rel)}\s+{g('what', 'week|weekend|month|year|quarter|decade|century|' + season + '|' + month_full + '|' + weekday + '|' + pod)}(?!\w)",
        ),
        n(
            "anaphoric_day",
            rf"the\s+{g('rel', 'next|following|previous|preceding|same')}\s+{g('what', 'day|morning|evening|night')}(?!\w)"
            rf"|the\s+{g('what2', 'day')}\s+{g('dir', 'before|after')}(?!\s+(?:the|a|an|his|her|its|their)\b)",
        ),
        n("weekend", rf"(?<!\w)the\s+{g('what', 'weekend')}(?!\w)"),
        n("weekday", rf"(?<![\w-]){g('wd', weekday)}(?:\s+{g('pod', pod)})?(?![\w-])"),
        n(
            "offset",
            rf"{g('num', num + '|' + digits + '|' + vague)}(?:\s+|-){g('unit', unit)}s?\s+"
            rf"{g('dir', 'ago|later|earlier|from now|hence|afterwards|before|after|prior')}(?!\w)",
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
            rf"(?:(?P<the>the\s+)?{g('rel', 'past|last|next|coming|previous|first|final|following')}\s+)?"
            rf"(?<![\w$£€.]){g('num', num + '|' + digits + '|' + vague)}(?:\s+|-)(?:and\s+a\s+half\s+)?"
            rf"{g('unit', unit)}(?:s|-long|-old)?(?:\s+and\s+a\s+half)?(?![\w])"
            rf"|(?:(?P<the2>the\s+)?{g('rel2', 'past|last|next|coming|previous')}\s+){g('unit2', 'decade|century|year|month|week|day')}s?(?!\w)"
            rf"|{g('plain', 'years|decades|months|weeks|days|hours|centuries')}(?:-long)?(?!\w)",
        ),
        n(
            "time",
            rf"(?<![\w.:]){g('h', '[01]?[0-9]|2[0-3]')}(?:[:.]{g('mi', '[0-5][0-9]')})?\s*"
            rf"{g('ampm', ampm)}(?:\s+{g('tz', '(?-i:[A-Z]{2,4}T|GMT|UTC)|local time')})?"
            rf"|(?<![\w.:]){g('h2', '[01]?[0-9]|2[0-3]')}:{g('mi2', '[0-5][0-9]')}(?![\d:])(?:\s+{g('tz2', '(?-i:[A-Z]{2,4}T|GMT|UTC)|local time|hours|hrs')})?"
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
        n("year", rf"(?:(?<=mid-)|(?<![\w$£€#.,/:-])){g('year', year)}(?![\w%]|[.,:/-]\d|['’]s)"),
    )
    fuzzy = alternation(lex.fuzzy_modifiers)
    approx = alternation(lex.approx_modifiers)
    return Patterns(
        kinds=kinds,
        triggers=_trigger_pattern(lex),
        fuzzy_before=re.compile(
            rf"(?<![\w]){g('fz', fuzzy)}(?:-|\s+)(?:in\s+)?(?:the\s+)?$", re.IGNORECASE
        ),
        approx_before=re.compile(rf"(?<![\w]){g('ap', approx)}\s+$", re.IGNORECASE),
        pod_before=re.compile(rf"(?<![\w])(?:the\s+)?{g('pod', pod)}\s+of\s+$", re.IGNORECASE),
        relative_before=re.compile(r"(?<![\w])(?P<side>earlier|later)\s+$", re.IGNORECASE),
        word_before=re.compile(r"(?P<w>[\w'’]+)\.?[\s,]*$"),
    )


#: How far an expression may reach before or after the trigger word it contains.
REACH = 100


def _trigger_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Lowercase words (or digits) at least one of which every expression contains.

    Scanning lowercased text for these literals is fast (no IGNORECASE), and the
    full patterns then run only in windows around them.
    """
    words: set[str] = {
        "quarter",
        "half",
        "fiscal",
        "financial",
        "weekend",
        "period",
        "centur",
        "noon",
        "midday",
        "midnight",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "ties",
    }
    words |= set(lex.months) | set(lex.weekdays) | set(lex.units) | set(lex.seasons)
    words |= set(lex.parts_of_day) | set(lex.frequency_words)
    words |= {phrase.split()[-1] for phrase in lex.reference_words}
    words |= {name.split()[0] for name in lex.holidays}
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"\d|" + "|".join(alternatives))


def _windows(text: str, pats: Patterns) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` stretches of ``text`` around trigger words."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lowercased
        return [(0, len(text))]
    windows: list[tuple[int, int]] = []
    for m in pats.triggers.finditer(lowered):
        lo, hi = max(0, m.start() - REACH), min(len(text), m.end() + REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


#: Kinds a fuzzy modifier ("late", "the end of") may attach to.
FUZZY_KINDS = {
    "month",
    "month_year",
    "year",
    "season",
    "decade",
    "century",
    "relative",
    "fiscal",
    "quarter",
}
#: Nouns after a number that show it counts things rather than naming a year.
_NEXT_WORD = re.compile(r"[\s-]+(?P<w>[A-Za-z]+)\b")


def _word_before(text: str, start: int, pats: Patterns) -> str:
    m = pats.word_before.search(text, max(0, start - 30), start)
    return m["w"].lower() if m else ""


def _accept(text: str, c: Candidate, lex: Lexicon, pats: Patterns) -> bool:
    """Context checks that tell dates from ordinary words that look like them."""
    grp = c.groups
    if c.kind == "month":
        word = grp["month"]
        if word.lower() in lex.ambiguous_months:
            return _word_before(text, c.start, pats) in lex.date_cues_before
        return True
    if c.kind == "year":
        value = int(grp["year"])
        before = _word_before(text, c.start, pats)
        if before in {
            "no",
            "number",
            "version",
            "v",
            "model",
            "flight",
            "route",
            "rule",
            "article",
            "section",
            "page",
            "room",
        }:
            return False
        if value < 1900 and before not in {
            "in",
            "since",
            "from",
            "until",
            "by",
            "of",
            "year",
            "before",
            "after",
            "circa",
            "c",
            "around",
            "about",
            "to",
            "and",
        }:
            return False
        counted = _NEXT_WORD.match(text, c.end, c.end + 30)
        return not (counted and counted["w"].lower() in lex.counted_nouns)
    if c.kind == "season":
        word = grp["season"].lower()
        if (
            text[c.start].isupper()
            and c.start > 0
            and text[c.start - 2 : c.start].strip() not in {"", ".", "\n"}
        ):
            after = re.match(r"\s+[A-Z]", text[c.end : c.end + 2])
            if after:  # "Winter Olympics", "Summer Palace"
                return False
        if grp.get("rel") or grp.get("year"):
            return True
        before = _word_before(text, c.start, pats)
        cues = {
            "in",
            "the",
            "this",
            "during",
            "by",
            "until",
            "since",
            "of",
            "early",
            "late",
            "mid",
            "last",
            "next",
            "through",
            "throughout",
        }
        if word in lex.ambiguous_seasons:
            return before in cues - {"of"}
        return before in cues or before.endswith("'s")
    if c.kind in {"holiday", "holiday_period"}:
        return (
            text[c.start].isupper() and _word_before(text, c.start, pats) not in lex.other_calendars
        )
    if c.kind == "set" and grp.get("freq"):
        word = grp["freq"]
        if word[0].isupper() and re.match(r"\s+[A-Z]", text[c.end : c.end + 2]):
            return False  # "the Daily Telegraph"
    if c.kind == "duration" and grp.get("unit"):
        num = (grp.get("num") or "").lower()
        unit_word = grp["unit"].lower()
        if unit_word == "second" and num in {"a", "an"}:
            return False
        after_unit = text[c.start : c.end].lower().rsplit(unit_word, 1)[-1]
        if num in {"a", "an", "one"} and after_unit.startswith("s"):
            return False  # "a decades-long dispute": the article belongs to the noun
        matched = text[c.start : c.end].lower()
        if matched.endswith("-old") or re.match(r"\s+old\b", text[c.end : c.end + 5]):
            return False  # ages
    if c.kind == "duration" and grp.get("plain"):
        before = _word_before(text, c.start, pats)
        return before in {"for", "over", "within", "recent", "in"} or text[
            c.start : c.end
        ].lower().endswith("-long")
    if c.kind == "quarter" and grp.get("qh", "").lower() == "half":
        # "the second half" of a match is not a date; "the first half of 2019", "first-half profit" are
        stated = grp.get("year") or grp.get("year2") or grp.get("rel")
        return bool(stated) or "-" in text[c.start : c.end]
    if c.kind == "weekday":
        return bool(re.match(r"[A-Z]", grp["wd"]))
    return True


def _extend(text: str, c: Candidate, lex: Lexicon, pats: Patterns) -> None:
    """Widen a candidate over a modifier right before it ("late", "the end of", "about", "earlier")."""
    lo = max(0, c.start - 40)
    if c.kind in FUZZY_KINDS:
        m = pats.fuzzy_before.search(text, lo, c.start)
        if m:
            c.fuzzy = m["fz"].lower()
            c.mod = lex.fuzzy_modifiers.get(re.sub(r"\s+", " ", c.fuzzy))
            c.start = m.start()
            return
    if c.kind in {"relative", "relday"} and not c.groups.get("side"):
        m = pats.relative_before.search(text, lo, c.start)
        if m and c.groups.get("rel", "this").lower() in {"this", "today", ""}:
            c.extras["side"] = m["side"].lower()
            c.start = m.start()
            return
    if c.kind in {"mdy", "dmy", "numeric", "holiday", "weekday", "relday"} and not c.groups.get(
        "pod"
    ):
        m = pats.pod_before.search(text, lo, c.start)
        if m:
            c.extras["pod"] = m["pod"].lower()
            c.start = m.start()
            return
    if c.kind in {
        "duration",
        "year",
        "mdy",
        "dmy",
        "month_year",
        "time",
        "offset",
    } and not c.groups.get("rel"):
        m = pats.approx_before.search(text, lo, c.start)
        if m:
            mod = lex.approx_modifiers[re.sub(r"\s+", " ", m["ap"].lower())]
            if c.kind != "duration" and mod not in {"APPROX"}:
                return
            c.mod = mod
            c.start = m.start()


def _scan(
    text: str,
    kind: str,
    priority: int,
    pattern: re.Pattern[str],
    start: int,
    end: int,
    found: list[tuple[int, int, int, Candidate]],
    lex: Lexicon,
    pats: Patterns,
) -> None:
    """Add the accepted matches of one pattern within ``text[start:end]`` to ``found``."""
    position = start
    while m := pattern.search(text, position, end):
        # a rejected match may hide a shorter one inside it: search again just after its start
        position = m.start() + 1
        if m.end() == m.start():
            continue
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        c = Candidate(m.start(), m.end(), kind, groups)
        # a leading preposition never belongs to the span ("in the past" -> "the past")
        if kind == "ref" and groups["ref"].lower().startswith("in "):
            c.start = m.start() + 3
        if not _accept(text, c, lex, pats):
            continue
        _extend(text, c, lex, pats)
        position = m.end()
        found.append((c.end - c.start, -priority, -c.start, c))


def find_candidates(text: str) -> list[Candidate]:
    """Every accepted candidate span in ``text``, non-overlapping, in text order."""
    lex = lexicon()
    pats = patterns()
    found: list[tuple[int, int, int, Candidate]] = []
    windows = _windows(text, pats)
    for priority, (kind, pattern) in enumerate(pats.kinds):
        for window_start, window_end in windows:
            _scan(text, kind, priority, pattern, window_start, window_end, found, lex, pats)
    found.sort(key=lambda item: (item[0], item[1], item[2]), reverse=True)
    taken: list[Candidate] = []
    occupied = bytearray(len(text) + 1)
    for _, _, _, c in found:
        if any(occupied[c.start : c.end]):
            continue
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken
