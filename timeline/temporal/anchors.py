"""Where each kind of expression can start, found in one pass over the words of a text.

Every pattern in ``patterns`` begins with one of a few *first words* ("the", a
month name, a number...) and holds, at most a few words further on, one of its
*anchor* words ("quarter", a unit, "ago"...). One regex pass splits the text
into words; a kind's pattern is then tried only at words that can begin it and
are followed closely enough by one of its anchors. The dozens of patterns thus
run at a handful of places instead of being searched across the whole text,
and the cost stays linear in the length of the text.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from timeline.temporal.lexicon import lexicon
from timeline.temporal.work import charge

#: A word: a run of letters, a run of digits, or an apostrophe (as in "'90s").
TOKEN = re.compile(r"([^\W\d_]+)|(\d+)|['’]")
#: The word key of any run of digits, and of either apostrophe.
DIGITS = "#"
APOSTROPHE = "'"

#: Letters a case-blind pattern takes for others that lowering does not turn into them (the
#: pairs Python's ``re`` adds to simple case folding), each mapped to one of its pair.
CASE_BLIND_LETTERS = str.maketrans(
    {
        "\u0131": "i",  # dotless i
        "\u0130": "I",  # dotted capital I
        "\u017f": "s",  # long s
        "\u00b5": "\u03bc",  # micro sign
        "\u0345": "\u03b9",
        "\u1fbe": "\u03b9",
        "\u1fd3": "\u0390",
        "\u1fe3": "\u03b0",
        "\u03d0": "\u03b2",
        "\u03f5": "\u03b5",
        "\u03d1": "\u03b8",
        "\u03f0": "\u03ba",
        "\u03d6": "\u03c0",
        "\u03f1": "\u03c1",
        "\u03c2": "\u03c3",  # final sigma
        "\u03d5": "\u03c6",
        "\u1c80": "\u0432",
        "\u1c81": "\u0434",
        "\u1c82": "\u043e",
        "\u1c83": "\u0441",
        "\u1c84": "\u0442",
        "\u1c85": "\u0442",
        "\u1c86": "\u044a",
        "\u1c87": "\u0463",
        "\u1c88": "\ua64b",
        "\u1e9b": "\u1e61",
        "\ufb05": "\ufb06",
    }
)


@dataclass(frozen=True)
class Start:
    """Where one kind may start: at one of ``first`` (None: any word) if ``anchors`` follows.

    ``anchors`` None means the first word is enough; otherwise an anchor must be
    the first word itself or one of the ``reach`` words after it.
    """

    first: frozenset[str] | None
    anchors: frozenset[str] | None = None
    reach: int = 0


def words_of(phrase: str) -> list[str]:
    """The word keys of a phrase, as the scanner sees them."""
    return [m[1] or (DIGITS if m[2] else APOSTROPHE) for m in TOKEN.finditer(phrase.lower())]


def _firsts(phrases: Iterable[str]) -> set[str]:
    return {words[0] for p in phrases if (words := words_of(p))}


def _lasts(phrases: Iterable[str]) -> set[str]:
    return {words[-1] for p in phrases if (words := words_of(p))}


def _seconds(phrases: Iterable[str]) -> set[str]:
    """The second word of each phrase; the only one of a phrase of one word."""
    return {words[:2][-1] for p in phrases if (words := words_of(p))}


def _longest(phrases: Iterable[str]) -> int:
    return max((len(words_of(p)) for p in phrases), default=1)


#: How many words a numeral as "1,000,000.5" may make (digit runs split at "," and ".").
NUMERAL_WORDS = 6


@cache
def starts() -> dict[str, Start]:
    """The start rule of every kind in ``patterns().kinds`` (built once from the lexicon)."""
    lex = lexicon()
    months = set(lex.months)
    weekdays = set(lex.weekdays)
    relative = {"this", "last", "next", "coming", "past", "previous", "current", "following"}
    relative |= {"preceding"}
    seasons = set(lex.seasons)
    numbers = _firsts(lex.numbers) | _firsts(lex.vague_quantities) | {DIGITS}
    number_words = max(_longest(lex.numbers), _longest(lex.vague_quantities), NUMERAL_WORDS)
    units = set(lex.units)
    plain = {"years", "decades", "months", "weeks", "days", "hours", "minutes", "centuries"}
    unit_words = units | {u + "s" for u in units} | plain
    fuzzy = [k for k in lex.fuzzy_modifiers if " " in k]
    holiday_names = [*lex.holidays, *lex.national_days]
    # "the Fourth of July": not every "the" opens a holiday, only one its next word goes on
    holidays = Start(frozenset(_firsts(holiday_names)), frozenset(_seconds(holiday_names)), 1)
    the = {"the"}
    fs = frozenset
    return {
        "numeric": Start(fs({DIGITS})),
        "year_month": Start(fs({DIGITS})),
        "dmy": Start(fs({DIGITS, "the"} | weekdays), fs(months), 10),
        "mdy": Start(fs(months | weekdays), fs(months), 2),
        "month_year": Start(fs(months)),
        "month_range": Start(fs({"from", "between"}), fs(months), 1),
        "week_of_month": Start(fs(the), fs({"week"}), 2),
        "month": Start(fs(months)),
        "fiscal": Start(
            fs(the | relative | {"fiscal", "financial", "fy"}), fs({"fiscal", "financial", "fy"}), 2
        ),
        "quarter": Start(
            fs(the | {"first", "second", "third", "fourth", "final", "last", DIGITS, "q", "h"}),
            fs({"quarter", "half", "q", "h"}),
            3,
        ),
        "fuzzy_the": Start(
            fs(_firsts(fuzzy)),
            fs({"year", "month", "week", "decade", "century"}),
            _longest(fuzzy) + 1,
        ),
        "century": Start(fs(the | {DIGITS} | _firsts(lex.ordinals)), fs({"century"}), 4),
        "decade": Start(
            fs(the | {DIGITS, APOSTROPHE}),
            fs({DIGITS} | set(lex.decade_words)),
            2,
        ),
        "season": Start(fs(the | relative | seasons), fs(seasons), 1),
        "relday": Start(
            fs(
                the | {"earlier", "later", "yesterday", "today", "tomorrow", "tonight", "overnight"}
            ),
            fs({"yesterday", "today", "tomorrow", "tonight", "overnight"}),
            5,
        ),
        "side_in": Start(fs({"earlier", "later"}), fs({"day", "week", "month", "year"}), 3),
        "year_end": Start(fs(the | {"year"}), fs({"end"}), 4),
        "the_quarter": Start(fs(the), fs({"quarter", "period"}), 3),
        "relative": Start(fs(the | relative), fs(relative), 1),
        "within_relative": Start(
            # "week": "on Friday week"
            fs(months | weekdays | seasons | the | {DIGITS}),
            fs({"last", "next", "this", "week"}),
            5,
        ),
        "anaphoric_day": Start(
            fs(the | {"that", "earlier", "later"} | months | seasons),
            fs({"next", "following", "previous", "preceding", "same", "day", "that"}),
            # "the spring of that year": the start is three words before "that"
            3,
        ),
        "weekend": Start(fs(the), fs({"weekend"}), 1),
        "the_week": Start(fs(the), fs({"week", *lex.parts_of_day}), 1),
        "weekday": Start(fs(weekdays)),
        "offset": Start(
            # "within hours": the only offset that opens with a preposition
            fs(numbers | plain | {"within"}),
            fs(
                {
                    "hours",
                    "minutes",
                    "ago",
                    "later",
                    "earlier",
                    "from",
                    "hence",
                    "afterwards",
                    "before",
                    "after",
                    "prior",
                }
            ),
            number_words + 1,
        ),
        "set": Start(
            None,
            fs({"every", "each", "once", "twice", "thrice", "times"} | set(lex.frequency_words)),
            2,
        ),
        "duration": Start(
            # a unit word opens "decade-long" itself
            fs(the | relative | {"first", "final", "recent"} | numbers | plain | unit_words),
            fs(unit_words),
            number_words + 5,
        ),
        "time": Start(fs({DIGITS, "noon", "midday", "midnight"})),
        "holiday": holidays,
        "holiday_period": holidays,
        "ref": Start(
            fs(_firsts(lex.reference_words)),
            fs(_lasts(lex.reference_words)),
            _longest(lex.reference_words) - 1,
        ),
        "vague_period": Start(fs({"a", "an", "the"}), fs({"period", "periods"}), 3),
        "year": Start(fs({DIGITS})),
    }


class _LastTexts(threading.local):
    """The words of the two texts read last: the reader, the tagger and the event extractor
    read the same one, with at times a short one between (a dateline's day, tagged alone)."""

    text: str | None = None
    found: tuple[list[int], list[str]] = ([], [])
    before: str | None = None
    found_before: tuple[list[int], list[str]] = ([], [])


_LAST = _LastTexts()


def words(text: str) -> tuple[list[int], list[str]]:
    """The start offset and word key of every word of ``text`` (the lists are shared: read only)."""
    last = _LAST
    if text is last.text:
        return last.found
    found = last.found_before if text is last.before else _words(text)
    last.before, last.found_before = last.text, last.found
    last.text, last.found = text, found
    return found


def first_key(phrase: str) -> str | None:
    """The word key of the first word of ``phrase``, or None when it opens with another sign."""
    match = TOKEN.match(phrase)
    if match is None:
        return None
    return match[1].lower() if match[1] else (DIGITS if match[2] else APOSTROPHE)


def _words(text: str) -> tuple[list[int], list[str]]:
    lowered = text.lower()
    # a few characters change length when lowercased: then lowercase word by word
    source, per_word = (text, True) if len(lowered) != len(text) else (lowered, False)
    offsets: list[int] = []
    keys: list[str] = []
    for m in TOKEN.finditer(source):
        offsets.append(m.start())
        letters = m[1]
        if letters:
            keys.append(letters.lower() if per_word else letters)
        else:
            keys.append(DIGITS if m[2] else APOSTROPHE)
    return offsets, keys


def candidate_starts(text: str) -> dict[str, list[int]]:
    """For each kind, the sorted offsets in ``text`` where its pattern is worth trying."""
    offsets, keys = words(text)
    index: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        index.setdefault(key, []).append(i)
    present = index.keys()
    found: dict[str, list[int]] = {}
    checks = 0
    for rule, kinds in _rules():
        chosen: set[int] | list[int]
        if rule.anchors is None:
            assert rule.first is not None
            hits = [index[key] for key in rule.first & present]
            steps = sum(map(len, hits))
            # one list of word positions is already sorted
            chosen = hits[0] if len(hits) == 1 else set().union(*hits)
        else:
            first, reach = rule.first, rule.reach
            at = [i for key in rule.anchors & present for i in index[key]]
            steps = sum(min(i, reach) + 1 for i in at)
            chosen = (
                {j for i in at for j in range(max(0, i - reach), i + 1)}
                if first is None
                else {j for i in at for j in range(max(0, i - reach), i + 1) if keys[j] in first}
            )
        checks += steps * len(kinds)
        if chosen:
            tried = [offsets[j] for j in sorted(chosen)]
            for kind in kinds:
                found[kind] = tried
    charge("words", len(keys))
    charge("start_checks", checks)
    return {kind: found[kind] for kind in starts() if kind in found}


@cache
def _rules() -> list[tuple[Start, list[str]]]:
    """Each distinct start rule once, with the kinds it serves ("holiday" and
    "holiday_period" start alike): the words are checked once for all of them."""
    kinds: dict[Start, list[str]] = {}
    for kind, rule in starts().items():
        kinds.setdefault(rule, []).append(kind)
    return list(kinds.items())
