"""parse_date_phrase for hand-written date fields, and the inline TIMEX3 writer."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import find_dates, parse_date_phrase
from timeline.temporal.timeml_output import to_timeml

REF = date(2019, 2, 19)


@pytest.mark.parametrize(
    ("phrase", "value", "mod", "start", "end"),
    [
        ("late January 2019", "2019-01", "END", date(2019, 1, 21), date(2019, 1, 31)),
        ("2019-02", "2019-02", None, date(2019, 2, 1), date(2019, 2, 28)),
        ("27-28 February 2019", "2019-02-27", None, date(2019, 2, 27), date(2019, 2, 28)),
        ("mid-2019", "2019", "MID", date(2019, 5, 1), date(2019, 8, 31)),
        ("summer 2019", "2019-SU", None, date(2019, 6, 1), date(2019, 8, 31)),
        ("  2019-02-03 ", "2019-02-03", None, date(2019, 2, 3), date(2019, 2, 3)),
        ("February 3", "2019-02-03", None, date(2019, 2, 3), date(2019, 2, 3)),
    ],
)
def test_phrases(phrase: str, value: str, mod: str | None, start: date, end: date) -> None:
    timex = parse_date_phrase(phrase, REF)
    assert timex is not None
    assert (timex.value, timex.mod, timex.date_start, timex.date_end) == (value, mod, start, end)


@pytest.mark.parametrize(
    "phrase", ["", "Febuary 3", "three days", "on Monday we left", "hello", "every year"]
)
def test_not_one_date(phrase: str) -> None:
    assert parse_date_phrase(phrase, REF) is None


def test_dateparser_fallback_reads_other_explicit_formats() -> None:
    timex = parse_date_phrase("3 Feb. 2019 10:00", REF)
    assert timex is not None and timex.value == "2019-02-03"


def test_timeml_output_escapes_and_tags() -> None:
    text = "R&D <lab> opened in late January & closed."
    out = to_timeml(text, find_dates(text, REF))
    assert out == (
        'R&amp;D &lt;lab&gt; opened in <TIMEX3 tid="t1" type="DATE" value="2019-01" mod="END">'
        "late January</TIMEX3> &amp; closed."
    )
