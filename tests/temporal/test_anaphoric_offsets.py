"""Anaphoric offsets ("two weeks later") with and without an earlier date to count from.

TimeML (TIMEX3 guidelines, TimeBank practice): an anaphoric offset counts from
the nearest earlier date of the narrative; with none, it falls back on the
document creation time (DCT). That fallback is kept only when it agrees with
the tense: "two weeks later they will meet" is DCT + 2 weeks, but "two weeks
later they met" cannot be after the DCT, and the past event it follows is
unknown, so it is PAST_REF with no window. "Earlier" offsets stay before the
DCT, so they count from it in any tense; deictic ones ("from now", "ago")
always count from it. A value with no calendar window has null date_start and
date_end, and a value with one has both. A week offset counted from a told day keeps
TimeML's week value, but its window is the one day it lands on ("On 3 January ... two
weeks later" is 17 January), which is what a timeline needs.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import find_dates, timeml

#: A Tuesday.
DCT = date(2019, 2, 19)

CASES = [
    # no antecedent, past narrative: the DCT reading contradicts the tense
    ("Two weeks later they met.", "Two weeks later", DCT, "PAST_REF"),
    ("A month later he resigned.", "A month later", DCT, "PAST_REF"),
    ("Two hours later they left.", "Two hours later", DCT, "PAST_REF"),
    ("The talks resumed two weeks later.", "two weeks later", DCT, "PAST_REF"),
    ("Two weeks later they were expected to sign.", "Two weeks later", DCT, "PAST_REF"),
    # no antecedent, future or prospective: count from the DCT
    ("Two weeks later they will meet.", "Two weeks later", DCT, "2019-W10"),
    ("Three days later the talks will resume.", "Three days later", DCT, "2019-02-22"),
    ("A month later they will vote.", "A month later", DCT, "2019-03"),
    ("A year later, the company will list its shares.", "A year later", DCT, "2020"),
    ("Two weeks later the talks are due to resume.", "Two weeks later", DCT, "2019-W10"),
    # no tense at all (a headline): the DCT, as TimeML defaults
    ("Two weeks later, a deal.", "Two weeks later", DCT, "2019-W10"),
    # "earlier" stays before the DCT whatever the tense
    ("Two weeks earlier they had met.", "Two weeks earlier", DCT, "2019-W06"),
    # deictic offsets count from the DCT even in reported past speech
    ("Six months from now, they said, the plant would close.", "Six months from now", DCT, "2019-08"),
    # an antecedent in the text: count from it, whatever the tense
    ("They met on 3 January. Two weeks later they met again.", "Two weeks later", DCT, "2019-W03"),
    ("In 2017 the firm was founded. A year later it went public.", "A year later", DCT, "2018"),
    # no DCT and no antecedent: only the direction is known
    ("Two weeks later they will meet.", "Two weeks later", None, "FUTURE_REF"),
    ("Two weeks later they met.", "Two weeks later", None, "PAST_REF"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "phrase", "dct", "value"), CASES)
def test_anaphoric_offset_value(sentence: str, phrase: str, dct: date | None, value: str) -> None:
    found = {t.text: t for t in find_dates(sentence, dct)}
    timex = found[phrase]
    assert timex.type == "DATE"
    assert timex.value == value
    window = timeml.window(timex.value, timex.mod)
    if window is None:
        assert timex.date_start is None and timex.date_end is None
    elif "W" in timex.value and any(
        t.precision == "day" and t.end <= timex.start for t in found.values()
    ):
        # "two weeks later" counted from a told day: TimeML's week value, but the one day
        assert timex.date_start == timex.date_end
        assert window[0] <= timex.date_start <= window[1]
    else:
        assert (timex.date_start, timex.date_end) == window


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past clause goes on with the story's day, not with a date still to come
        (
            "Their terms end on Dec. 31. Austria edged out Portugal in a second round later "
            "in the day.",
            "2019-02-19",
        ),
        # a told day before it anchors it as usual
        ("The vote was held on Monday. Austria won a second round later in the day.", "2019-02-18"),
        # a future clause may go on with a future day
        ("The council meets on Friday. It will vote later in the day.", "2019-02-22"),
    ],
)
def test_later_in_the_day_in_a_past_clause_is_not_a_future_day(text: str, value: str) -> None:
    found = {t.text: t.value for t in find_dates(text, DCT)}
    assert found["later in the day"] == value


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # a window told last moves on with the offset, not the older day told before it
        (
            "Talks began on January 3. Tension flared in late January, when activists landed "
            "on the island. They were deported two days later.",
            (date(2019, 1, 23), date(2019, 2, 2)),
        ),
        # a day told last counts as before
        (
            "Activists landed on the island on January 21. They were deported two days later.",
            (date(2019, 1, 23), date(2019, 1, 23)),
        ),
    ],
)
def test_a_day_offset_after_a_window_moves_the_window(text: str, window: tuple[date, date]) -> None:
    found = [t for t in find_dates(text, DCT) if t.text == "two days later"]
    assert [(t.date_start, t.date_end) for t in found] == [window]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # a month told in the offset's own sentence moves on, not the day told before it
        (
            "Ships met on February 14. In August last year, police detained seven fishermen; "
            "they were released two weeks later.",
            (date(2018, 8, 15), date(2018, 9, 14)),
        ),
        # a month told in an earlier sentence is background: the day told before counts
        (
            "Police detained the crew on February 4. The dispute began in November 2013. "
            "They were released two weeks later.",
            (date(2019, 2, 18), date(2019, 2, 18)),
        ),
    ],
)
def test_a_month_moves_on_only_in_its_own_sentence(text: str, window: tuple[date, date]) -> None:
    found = [t for t in find_dates(text, DCT) if t.text == "two weeks later"]
    assert [(t.date_start, t.date_end) for t in found] == [window]
