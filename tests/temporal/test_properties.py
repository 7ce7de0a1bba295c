"""Property tests: for any text and reference date the tagger never raises and its spans are sane."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import find_dates, timeml

WORDS = st.sampled_from(
    [
        "on",
        "May",
        "march",
        "2019",
        "late",
        "January",
        "the",
        "end",
        "of",
        "three",
        "days",
        "ago",
        "Monday",
        "next",
        "week",
        "-",
        "27",
        "28",
        "February",
        "at",
        "10",
        "a.m.",
        "every",
        "year",
        "mid-",
        "Christmas",
        "$",
        "1,500",
        "/",
        "12",
        "later",
        ",",
        ".",
        "\n",
        "Q1",
        "the 1990s",
        "spring",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))
REFERENCES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=300, deadline=2000)
@given(TEXTS, REFERENCES)
def test_tagger_spans_are_sane(text: str, reference: date | None) -> None:
    found = find_dates(text, reference)
    previous_end = 0
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert timex.text == text[timex.start : timex.end]
        assert timex.start >= previous_end, "spans overlap"
        previous_end = timex.end
        if timex.date_start and timex.date_end:
            assert timex.date_start <= timex.date_end
        assert set(timex.to_json())  # serialisable


@settings(max_examples=200, deadline=2000)
@given(TEXTS, REFERENCES)
def test_expressions_start_at_a_word(text: str, reference: date | None) -> None:
    for timex in find_dates(text, reference):
        before, first = text[timex.start - 1 : timex.start], text[timex.start]
        assert not (before.isalpha() and first.isalpha()), (text, timex.text)
        assert not (before.isdecimal() and first.isdecimal()), (text, timex.text)


@settings(max_examples=200, deadline=2000)
@given(TEXTS, REFERENCES)
def test_window_is_null_exactly_when_the_value_has_none(text: str, reference: date | None) -> None:
    for timex in find_dates(text, reference):
        assert (timex.date_start is None) == (timex.date_end is None), timex
        has_window = timex.type in {"DATE", "TIME"} and timeml.window(timex.value) is not None
        assert (timex.date_start is not None) == has_window, (text, timex)
