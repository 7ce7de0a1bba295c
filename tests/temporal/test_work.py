"""The tagger's work grows linearly with its input: exact step counts, never wall-clock times.

``timeline.temporal.work`` counts words scanned, start checks, pattern match
attempts, resolution steps and the characters of text-dependent scans. Repeating
a text k times must cost at most k times one copy plus a bounded allowance per
junction between copies (a match may span a junction, a look-back may reach
across it); and no text costs more than a fixed number of steps per character.
A scan that re-reads a sentence for every date in it breaks both.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import find_dates
from timeline.temporal.work import Work, counting

REFERENCE = date(2019, 2, 19)
#: Steps a junction between two copies may add: matches and look-backs that reach across it.
JUNCTION = 400
#: Junction steps per character of the repeated text (a span may run from one copy into the next).
JUNCTION_PER_CHAR = 30
#: The most steps the tagger may take per character of any text, and a fixed start-up allowance.
PER_CHAR = 400
FIXED = 2_000

#: Adversarial units: runs of digits, month names, "and", punctuation, years, anaphora.
UNITS = st.sampled_from(
    [
        "2019 ",
        "In 2019, ",
        "-- 2019 ",
        "1 ",
        "1      ",
        "12345678901234567890",
        "May ",
        "March ",
        "May March June ",
        "and ",
        "., ",
        "!!!",
        "((((",
        "-",
        "two weeks later ",
        "the next day ",
        "on 3 March 2019 the next day two days later ",
        "10 a.m. on Tuesday ",
        "the first quarter ",
        "Kamau, who won a November 2023 election, ",
        "early ",
        "the 1990s ",
        "every ",
        "\n",
    ]
)
WORDS = st.sampled_from(
    ["on", "May", "2019", "late", "the", "of", "three", "days", "ago", "later", "Monday",
     "next", "week", ",", ".", "\n", "27", "February", "-", "and", "who", "(", ")", "in"]
)  # fmt: skip
TEXTS = st.one_of(
    UNITS,
    st.lists(UNITS, min_size=1, max_size=6).map("".join),
    st.lists(WORDS, min_size=1, max_size=40).map(" ".join),
    st.text(min_size=1, max_size=200),
)
REFERENCES = st.one_of(st.none(), st.just(REFERENCE))


def work_for(text: str, reference: date | None) -> Work:
    """The steps the tagger takes on ``text``."""
    with counting() as work:
        find_dates(text, reference)
    return work


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.integers(min_value=2, max_value=40), REFERENCES)
def test_work_for_repeated_text_is_linear(text: str, k: int, reference: date | None) -> None:
    one = work_for(text, reference).total
    many = work_for(text * k, reference)
    allowance = k * (one + JUNCTION + JUNCTION_PER_CHAR * len(text))
    assert many.total <= allowance, (text[:60], k, one, many)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.integers(min_value=1, max_value=60), REFERENCES)
def test_work_per_character_is_bounded(text: str, k: int, reference: date | None) -> None:
    repeated = text * k
    work = work_for(repeated, reference)
    assert work.total <= PER_CHAR * len(repeated) + FIXED, (text[:60], k, work)


@pytest.mark.parametrize("unit", ["2019 ", "In 2019, ", "two weeks later ", "10 a.m. on Tuesday "])
def test_each_added_stretch_of_text_costs_the_same(unit: str) -> None:
    # differences cancel the cheaper look-backs near the start of the text
    n, two_n, four_n = (work_for(unit * k, REFERENCE) for k in (100, 200, 400))
    first, second = two_n.total - n.total, four_n.total - two_n.total
    assert second <= 2 * first + JUNCTION, (n, two_n, four_n)
    assert four_n.words == 2 * two_n.words


def test_counting_is_off_outside_a_block_and_blocks_nest() -> None:
    with counting() as outer:
        find_dates("on 3 March 2019", REFERENCE)
        with counting() as inner:
            find_dates("on 3 March 2019", REFERENCE)
        find_dates("never counted twice", REFERENCE)
    assert inner.total > 0 and inner.attempts > 0 and inner.resolutions > 0
    assert outer.words == inner.words + 3  # "never counted twice"
    before = outer.total
    find_dates("on 3 March 2019", REFERENCE)
    assert outer.total == before
