"""Context checks on candidate spans: is it really a date, and which modifier widens it.

``accept`` drops matches that their context shows are ordinary words ("may"
the modal, "2,000 troops", "the Daily Telegraph"); ``extend`` widens a match
over a modifier just before it ("late", "the end of", "about", "earlier").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.temporal.lexicon import Lexicon
from timeline.temporal.patterns import Patterns
from timeline.temporal.tense import sentence_bounds

if TYPE_CHECKING:
    from timeline.temporal.detect import Candidate

#: Kinds a fuzzy modifier ("late", "the end of") may attach to.
FUZZY_KINDS = {
    "month",
    "within_relative",
    "month_year",
    "year",
    "season",
    "decade",
    "century",
    "relative",
    "fiscal",
    "quarter",
    "weekday",
    "relday",
}
#: Kinds a modifier widens only as one word ("late Thursday", "early yesterday").
DAY_KINDS = {"weekday", "relday"}
#: Kinds whose determiner stands before the modifier ("the mid-1990s", "the early 20th century").
DETERMINED_KINDS = {"decade", "century"}
#: A bound on how long ago, as a bound on the date: "more than a year ago" is before it.
_BOUND_AGO = {
    "MORE_THAN": "BEFORE",
    "LESS_THAN": "AFTER",
    "EQUAL_OR_MORE": "ON_OR_BEFORE",
    "EQUAL_OR_LESS": "ON_OR_AFTER",
}
#: "two years after", "a week before": an offset from a clause, resolved as a duration.
_CLAUSE_OFFSET = re.compile(r"(?:before|after|prior)\b", re.IGNORECASE)
_THE_YEAR_BEFORE = re.compile(r"(?<![\w])the\s+year\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?<![\w])the\s+$", re.IGNORECASE)
#: A capitalised word right after a weekday, as in a name ("the Sunday Times").
_CAPITAL_AFTER = re.compile(r" [A-Z][a-z]")
_LAST_VERB = re.compile(r"last\s+", re.IGNORECASE)
#: The word right after a match ("2,000 troops", "once worked").
_NEXT_WORD = re.compile(r"[\s-]+(?P<w>[A-Za-z]+)\b")


def _word_before(text: str, start: int, pats: Patterns) -> str:
    m = pats.word_before.search(text, max(0, start - 30), start)
    return m["w"].lower() if m else ""


def accept(text: str, c: Candidate, lex: Lexicon, pats: Patterns) -> bool:
    """Context checks that tell dates from ordinary words that look like them."""
    grp = c.groups
    if c.kind == "month":
        word = grp["month"]
        if word.lower() in lex.ambiguous_months:
            before = _word_before(text, c.start, pats)
            if before == "for":
                at = text.rfind("for", 0, c.start)
                return _word_before(text, at, pats) in lex.context["schedule_for_before"]
            return before in lex.date_cues_before
        if word.lower() in lex.name_months and _CAPITAL_AFTER.match(text, c.end):
            # "board member April Tolliver": a first name, unless a date cue comes before
            return _word_before(text, c.start, pats) in lex.date_cues_before
        return True
    if c.kind == "year":
        value = int(grp["year"])
        before = _word_before(text, c.start, pats)
        if before in lex.context["not_year_before"]:
            return False
        if value < 1900 and before not in lex.context["old_year_before"]:
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
        cues = lex.context["season_before"]
        # "over the summer"; "the fall of Rome", "a spring of water" are no seasons
        ambiguous = word in lex.ambiguous_seasons
        if ambiguous and _word_after(text, c.end) == "of":
            return False
        if "the" in grp:
            return not ambiguous or before in cues
        if ambiguous:
            return before in cues - {"of"}
        return before in cues or before.endswith("'s")
    if c.kind in {"holiday", "holiday_period"}:
        first = text[c.start]
        if (
            re.match(r" [A-Z]", text[c.end : c.end + 2])
            and _word_after(text, c.end) in lex.context["holiday_place_after"]
        ):
            return False  # "Easter Island", "Christmas Island": a place named after a feast
        return (first.isupper() or first.isdigit()) and _word_before(
            text, c.start, pats
        ) not in lex.other_calendars
    if c.kind == "set" and grp.get("freq"):
        word = grp["freq"]
        if word[0].isupper() and re.match(r"\s+[A-Z]", text[c.end : c.end + 2]):
            return False  # "the Daily Telegraph"
    if (
        c.kind == "duration"
        and (grp.get("unit") or "").lower() == "quarter"
        and _word_after(text, c.end) in lex.context["quarter_not_before"]
    ):
        return False  # "a quarter of the voters", "three quarters of a mile"
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
        return (
            "recent" in grp
            or before in lex.context["plain_duration_before"]
            or text[c.start : c.end].lower().endswith("-long")
        )
    if c.kind == "quarter" and grp.get("qh", "").lower() == "half":
        # "the second half" of a match is not a date; "the first half of 2019", "first-half profit" are
        stated = grp.get("year") or grp.get("year2") or grp.get("rel")
        if stated or "-" in text[c.start : c.end]:
            return True
        # "Revenue in the first half climbed 8%": a half of the year in a business story
        left, right = sentence_bounds(text, c.start, c.end)
        words = set(re.findall(r"[a-z]+", text[left:right].lower()))
        return bool(words & lex.context["half_year_cues"]) or "%" in text[left:right]
    if c.kind == "relday" and "night" in grp:
        # "shelled the city overnight", not "an overnight curfew"
        rest = text[c.end : c.end + 2].lstrip(" ")
        return (
            not rest
            or not rest[0].isalnum()
            or _word_after(text, c.end) in lex.context["overnight_adverb_before"]
        )
    if c.kind == "relative" and "the" in grp and grp["what"].lower() in lex.parts_of_day:
        return False  # "the next morning" counts from the story's last day: anaphoric_day reads it
    if c.kind == "the_quarter":
        return _word_after(text, c.end) not in lex.context["quarter_not_before"]
    if c.kind == "weekday":
        if (
            "pod" not in grp
            and _CAPITAL_AFTER.match(text, c.end)
            and _word_after(text, c.end) not in lex.months
            and _THE_BEFORE.search(text, max(0, c.start - 10), c.start)
        ):
            return False  # "the Sunday Times", "the Monday Club": part of a name
        return bool(re.match(r"[A-Z]", grp["wd"]))
    if c.kind == "offset" and "vague" in grp:
        # "years ago" alone, not the tail of a count the patterns do not read ("12345 days ago")
        before = _word_before(text, c.start, pats)
        return not (before[:1].isdigit() or before in lex.numbers)
    if c.kind == "ref":
        return _ref_in_context(text, c, lex, pats)
    return True


def _word_after(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end, end + 30)
    return m["w"].lower() if m else ""


def _ref_in_context(text: str, c: Candidate, lex: Lexicon, pats: Patterns) -> bool:
    """ "once" is a past reference only as "formerly", "soon" only as an adverb of its own."""
    word = c.groups["ref"].lower()
    if word == "once":
        before = _word_before(text, c.start, pats)
        return before in lex.context["once_past_before"] or _past_verb(
            _word_after(text, c.end), lex
        )
    if word == "soon":
        before = _word_before(text, c.start, pats)
        after = _word_after(text, c.end)
        return (
            before not in lex.context["soon_not_before"]
            and after not in lex.context["soon_not_after"]
        )
    return True


def _past_verb(word: str, lex: Lexicon) -> bool:
    """Whether a word reads as a past-tense verb ("once worked", "once ruled")."""
    return word in lex.past_cues or (word.endswith("ed") and word not in lex.not_past_ed)


def _verb_last(text: str, c: Candidate, lex: Lexicon, pats: Patterns) -> bool:
    """Whether a duration's leading "last" is the verb ("will last two days")."""
    return (
        c.kind == "duration"
        and (c.groups.get("rel") or "").lower() == "last"
        and "the" not in c.groups
        and _word_before(text, c.start, pats) in lex.context["verb_last_before"]
    )


def extend(text: str, c: Candidate, lex: Lexicon, pats: Patterns) -> None:
    """Widen a candidate over a modifier right before it ("late", "the end of", "about", "earlier")."""
    lo = max(0, c.start - 40)
    article = c.groups.get("num", "").lower() in {"a", "an"}
    if c.kind == "duration" and article and text[c.start : c.end].lower().endswith("-long"):
        c.start = text.index(c.groups["unit"], c.start)  # "a week-long strike": "a" is the noun's
        return
    if c.kind == "year":
        named = _THE_YEAR_BEFORE.search(text, lo, c.start)
        if named:  # "the year 2000" is one expression
            c.start = named.start()
            return
    if c.kind in FUZZY_KINDS:
        m = pats.fuzzy_before.search(text, lo, c.start)
        if m and (c.kind not in DAY_KINDS or m["fz"].lower() in {"early", "late"}):
            c.fuzzy = m["fz"].lower()
            c.mod = lex.fuzzy_modifiers.get(re.sub(r"\s+", " ", c.fuzzy))
            c.start = m.start()
            if c.kind in DETERMINED_KINDS and not c.fuzzy.startswith("the"):
                the = _THE_BEFORE.search(text, max(0, c.start - 10), c.start)
                if the:
                    c.start = the.start()
            return
    verb = _LAST_VERB.match(text, c.start) if _verb_last(text, c, lex, pats) else None
    if verb:  # "will last several months": the verb, not part of the span
        c.start = verb.end()
        c.groups.pop("rel")
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
    } and not (c.groups.get("rel") or c.groups.get("rel2")):
        m = pats.approx_before.search(text, lo, c.start)
        if m:
            mod = lex.approx_modifiers[re.sub(r"\s+", " ", m["ap"].lower())]
            if c.kind == "offset" and not _CLAUSE_OFFSET.match(c.groups.get("dir") or ""):
                # "more than a year ago" lies before the day a year ago; "more than two
                # years after rivals entered" stays a duration, more than two years long
                mod = _BOUND_AGO.get(mod, mod)
            elif c.kind != "duration" and mod not in {"APPROX"}:
                return
            c.mod = mod
            c.start = m.start()
