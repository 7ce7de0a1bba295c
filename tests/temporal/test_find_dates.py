"""find_dates over invented news sentences: values, spans, mods; the reference date is always pinned."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import find_dates

REF = date(2019, 2, 19)  # a Tuesday


def tagged(text: str, ref: date | None = REF) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in find_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # explicit dates in common formats
        ("He was born on 3 January 1950.", [("3 January 1950", "1950-01-03", None)]),
        ("It ended on Jan. 5, 2019.", [("Jan. 5, 2019", "2019-01-05", None)]),
        ("Saturday, March 19, 2005", [("Saturday, March 19, 2005", "2005-03-19", None)]),
        ("The report is dated 2019-01-15.", [("2019-01-15", "2019-01-15", None)]),
        ("Released on 01/15/2019 in Oslo.", [("01/15/2019", "2019-01-15", None)]),
        ("Released on 25/12/2018 in Oslo.", [("25/12/2018", "2018-12-25", None)]),
        ("According to an April 2nd report", [("April 2nd", "2019-04-02", None)]),
        ("The summit was held in June 2018.", [("June 2018", "2018-06", None)]),
        # partial dates: year from tense and the reference
        ("The talks were held on February 12.", [("February 12", "2019-02-12", None)]),
        ("The vote will be held on January 10.", [("January 10", "2020-01-10", None)]),
        ("The plan was announced in December.", [("December", "2018-12", None)]),
        ("The vote is planned for June.", [("June", "2019-06", None)]),
        (
            "In 2016, the firm moved its headquarters in April.",
            [("2016", "2016", None), ("April", "2016-04", None)],
        ),
        # weekdays by tense
        ("The talks were held on Thursday in Hanoi.", [("Thursday", "2019-02-14", None)]),
        ("The two leaders will meet on Thursday.", [("Thursday", "2019-02-21", None)]),
        ("Officials said on Tuesday that talks failed.", [("Tuesday", "2019-02-19", None)]),
        ("last Friday", [("last Friday", "2019-02-15", None)]),
        ("next Monday", [("next Monday", "2019-02-25", None)]),
        # the day before or after the reference is "yesterday" or "tomorrow": "last Monday"
        # written on a Tuesday is the week before, "next Wednesday" the week after tomorrow
        ("last Monday", [("last Monday", "2019-02-11", None)]),
        ("next Wednesday", [("next Wednesday", "2019-02-27", None)]),
        # relative to the reference
        ("Yesterday the army withdrew.", [("Yesterday", "2019-02-18", None)]),
        ("It happened last week.", [("last week", "2019-W07", None)]),
        ("It happened last month.", [("last month", "2019-01", None)]),
        ("Sales grew this year.", [("this year", "2019", None)]),
        ("It will open next year.", [("next year", "2020", None)]),
        ("Apple announced this morning.", [("this morning", "2019-02-19TMO", None)]),
        ("Last night, shots were fired.", [("Last night", "2019-02-18TNI", None)]),
        ("The ceasefire began three days ago.", [("three days ago", "2019-02-16", None)]),
        ("Earlier this month, officials met.", [("Earlier this month", "2019-02", None)]),
        ("the last quarter", [("the last quarter", "2018-Q4", None)]),
        ("Protests continued over the weekend.", [("the weekend", "2019-W07-WE", None)]),
        # narrative anchoring
        (
            "The summit was held in June 2018. Five months later, the talks stalled.",
            [("June 2018", "2018-06", None), ("Five months later", "2018-11", None)],
        ),
        (
            "The rebels attacked on March 3, 2015. Two days later, they withdrew.",
            [("March 3, 2015", "2015-03-03", None), ("Two days later", "2015-03-05", None)],
        ),
        (
            "They met on 10 May 2017 and left the next day.",
            [("10 May 2017", "2017-05-10", None), ("the next day", "2017-05-11", None)],
        ),
        # fuzzy parts, seasons, quarters, decades, centuries
        ("In late January, the minister resigned.", [("late January", "2019-01", "END")]),
        ("to be held at the end of February", [("the end of February", "2019-02", "END")]),
        ("The law passed in early 2009.", [("early 2009", "2009", "START")]),
        ("to be released in mid-2011", [("mid-2011", "2011", "MID")]),
        ("the beginning of the year", [("the beginning of the year", "2019", "START")]),
        ("in the first half of 2018", [("the first half of 2018", "2018-H1", None)]),
        ("results for the first quarter of 2019", [("the first quarter of 2019", "2019-Q1", None)]),
        ("Q3 2018 revenue", [("Q3 2018", "2018-Q3", None)]),
        # the determiner belongs to the extent, as in "the third quarter"
        ("in the summer of 2018", [("the summer of 2018", "2018-SU", None)]),
        ("Prices fell in the 1990s.", [("the 1990s", "199", None)]),
        ("during the 20th century", [("the 20th century", "19", None)]),
        ("the financial year 2007", [("the financial year 2007", "FY2007", None)]),
        # durations
        ("during the three-day talk", [("three-day", "P3D", None)]),
        ("only one week has left", [("one week", "P1W", None)]),
        ("It took two years.", [("two years", "P2Y", None)]),
        ("the largest in the past decade", [("the past decade", "P10Y", None)]),
        ("the attack lasted about two hours", [("about two hours", "PT2H", "APPROX")]),
        ("for more than 10 days", [("more than 10 days", "P10D", "MORE_THAN")]),
        ("the first talks in 10 months", [("10 months", "P10M", None)]),
        ("a decades-long dispute", [("decades-long", "PXY", None)]),
        # sets
        ("the annual conference", [("annual", "P1Y", None)]),
        ("They meet every year.", [("every year", "P1Y", None)]),
        ("each week", [("each week", "P1W", None)]),
        ("every Monday", [("every Monday", "XXXX-WXX-1", None)]),
        ("twice a week", [("twice a week", "P1W", None)]),
        # times
        (
            "The meeting began at 10 a.m. local time.",
            [("10 a.m. local time", "2019-02-19T10:00", None)],
        ),
        ("It ended at 3:30 p.m.", [("3:30 p.m.", "2019-02-19T15:30", None)]),
        # "the following Saturday" is the first one after the day told last
        (
            "Protesters marched on February 5. The following Saturday, thousands gathered.",
            [("February 5", "2019-02-05", None), ("The following Saturday", "2019-02-09", None)],
        ),
        (
            "The vote was on Sunday, February 10. The preceding Friday, riots broke out.",
            [
                ("Sunday, February 10", "2019-02-10", None),
                ("The preceding Friday", "2019-02-08", None),
            ],
        ),
        # a past form that is also the bare verb: past alone, bare after "to" or a modal
        ("Smith quit in January.", [("January", "2019-01", None)]),
        ("The bank is expected to cut rates in March.", [("March", "2019-03", None)]),
        ("Smith will quit in January.", [("January", "2020-01", None)]),
        # a future cue that is a noun after a determiner looks nowhere
        ("The firm cut its forecast in January.", [("January", "2019-01", None)]),
        # a month that is also a first name, before a capitalised word, is the name
        ("Board member April Tolliver voted no.", []),
        ("said council member June Harris", []),
        ("In April Congress passed the bill.", [("April", "2018-04", None)]),
        ("The vote in June was close.", [("June", "2018-06", None)]),
        # a zone named in words keeps the clock time with the day told after it
        (
            "Crews will walk out at 12:01 a.m. eastern time on Saturday.",
            [
                ("12:01 a.m. eastern time", "2019-02-23T00:01", None),
                ("Saturday", "2019-02-23", None),
            ],
        ),
        (
            "The polls closed at 8 p.m. Moscow time on Sunday.",
            [("8 p.m. Moscow time", "2019-02-17T20:00", None), ("Sunday", "2019-02-17", None)],
        ),
        (
            "on the afternoon of February 3",
            [("the afternoon of February 3", "2019-02-03TAF", None)],
        ),
        ("The announcement came on Friday morning.", [("Friday morning", "2019-02-15TMO", None)]),
        # vague references
        ("Officials recently said so.", [("recently", "PAST_REF", None)]),
        ("The store currently sells music.", [("currently", "PRESENT_REF", None)]),
        ("It is now smaller.", [("now", "PRESENT_REF", None)]),
        ("It had been tested previously.", [("previously", "PAST_REF", None)]),
        # holidays and named days
        ("In his New Year address", [("New Year", "2019-01-01", None)]),
        ("They met on Christmas Day.", [("Christmas Day", "2018-12-25", None)]),
        ("Thanksgiving 2018", [("Thanksgiving 2018", "2018-11-22", None)]),
        ("Easter 2019 falls late.", [("Easter 2019", "2019-04-21", None)]),
        # invented news sentences
        (
            "The airline will resume flights to Caracas in the second half of next year.",
            [("the second half of next year", "2020-H2", None)],
        ),
        (
            "Shares fell 3% on Wednesday, two days after the vote.",
            [("Wednesday", "2019-02-13", None), ("two days", "P2D", None)],
        ),
        # halves of a unit, in the unit below; "the year 2000" is one expression
        ("The vote was delayed by half an hour.", [("half an hour", "PT30M", None)]),
        ("Talks lasted half a day.", [("half a day", "PT12H", None)]),
        ("Banks prepared for the year 2000.", [("the year 2000", "2000", None)]),
        # an offset from a clause is a duration, its bound kept
        (
            "The launch came more than two years after rivals entered.",
            [("more than two years", "P2Y", "MORE_THAN")],
        ),
        # "plans" as a noun and a passive participle with its agent mark no tense
        ("The firm filed plans on Thursday.", [("Thursday", "2019-02-14", None)]),
        (
            "Sales will rise, helped by models arriving in the spring.",
            [("the spring", "2019-SP", None)],
        ),
        # a comparison takes the period just named, a year before
        (
            "First-quarter sales rose from the same period last year.",
            [("First-quarter", "2019-Q1", None), ("the same period last year", "2018-Q1", None)],
        ),
        # counting past year 1 or 9999 keeps only the direction
        (
            "Some 3,000 decades ago, the valley flooded.",
            [("Some 3,000 decades ago", "PAST_REF", "APPROX")],
        ),
        ("Sixty century earlier, the river moved.", [("Sixty century earlier", "PAST_REF", None)]),
        # a past form after "and" inside a future clause is an adjective: the day lies ahead
        (
            "The agency will convene donors and affected countries in Rome on February 9.",
            [("February 9", "2020-02-09", None)],
        ),
        # a past verb joined to an infinitive ("agreed to take ... and heard") is still past
        (
            "The court agreed to take the case and heard arguments on February 9.",
            [("February 9", "2019-02-09", None)],
        ),
        # "the end of the month" in a past clause is the month just told, not the reference's
        (
            "Talks opened on July 15, and by the end of the month they had collapsed.",
            [("July 15", "2018-07-15", None), ("the end of the month", "2018-07", "END")],
        ),
        (
            "Talks opened on July 15, and a deal is due by the end of the month.",
            [("July 15", "2018-07-15", None), ("the end of the month", "2019-02", "END")],
        ),
        # a date in a clause of its own ("since ...") takes the tense of its own verb after it
        (
            "The drills are the first to be held since the court in January upheld the pact.",
            [("January", "2019-01", None)],
        ),
        (
            "The talks will resume after the holiday in January, officials said.",
            [("January", "2020-01", None)],
        ),
        # a hyphened past form is an adjective, and a clause opened by "where" is another's
        (
            "Nepal prepares for the last phase of the elections on February 28 in the "
            "Madhesi-dominated plains where earlier phases had been postponed.",
            [("February 28", "2019-02-28", None)],
        ),
        # a day after a word of onset lies ahead, whatever the tense of the announcing
        (
            "The mayor announced three days of mourning starting on Thursday.",
            [("three days", "P3D", None), ("Thursday", "2019-02-21", None)],
        ),
        ("The mayor announced a curfew effective Monday.", [("Monday", "2019-02-25", None)]),
        # a year that ends a state ("until 2014") is not the year the story goes on in
        (
            "A firm whose director had co-owned a consultancy with him until 2014 was paid. "
            "The council appointed a judge in early March.",
            [("2014", "2014", None), ("early March", "2018-03", "START")],
        ),
        # "won" after an amount is the currency: the reported future still governs the day
        (
            "The fund said it would pay up to 20 million won per depositor on March 1.",
            [("March 1", "2019-03-01", None)],
        ),
        ("She won 52 percent of the vote on March 1.", [("March 1", "2018-03-01", None)]),
        # a court that agreed to hear a case granted review then; agreeing to hold talks looks ahead
        (
            "The Supreme Court agreed to hear the residents' appeal in October.",
            [("October", "2018-10", None)],
        ),
        ("The two sides agreed to hold talks in October.", [("October", "2019-10", None)]),
        # a hyphened verb after "would be" is still the reported future
        (
            "He said the paper, written on May 27, would be re-sat on June 16.",
            [("May 27", "2018-05-27", None), ("June 16", "2019-06-16", None)],
        ),
        # a present "runs out" with a weekday is a schedule, as "expires" is
        ("The current extension runs out on Saturday.", [("Saturday", "2019-02-23", None)]),
        # two weekdays share the week named after the second
        (
            "Police raided flats on Tuesday and Wednesday of last week.",
            [("Tuesday", "2019-02-12", None), ("Wednesday of last week", "2019-02-13", None)],
        ),
        # a name or a possessive after "to be" is no verb looking ahead
        (
            "Police arrested a seventh suspect, believed to be Y.B.'s cousin, on Saturday.",
            [("Saturday", "2019-02-16", None)],
        ),
        # a clause joined by "and" after the story reached October goes on into the next year
        (
            "The court agreed to hear the case in October and heard arguments on Jan. 14.",
            [("October", "2018-10", None), ("Jan. 14", "2019-01-14", None)],
        ),
    ],
)
def test_values(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He said he may resign.",
        "Analysts believe the DPRK may actively promote the plan.",
        "The troops march on the capital.",
        "Protesters will march through the city.",
        "The sun rose over the hills.",
        "He came second in the race.",
        "She won by a second.",
        "The company paid $2019 in fees.",
        "More than 2,000 troops arrived.",
        "About 1500 people attended.",
        "The iPhone 4 and iOS 5 run version 10.4.",
        "The 30-year-old man was arrested.",
        "It costs 1999 dollars.",
        "Theresa May spoke to reporters.",
        "The Daily Telegraph reported it.",
        "The team scored 3 points in the second half.",
        "Lunar New Year celebrations began.",
        "A spring of water; prices may fall.",
    ],
)
def test_not_dates(text: str) -> None:
    assert tagged(text) == []


def test_range_is_one_timex_covering_the_days() -> None:
    [timex] = find_dates("Talks on 27-28 February 2019 in Hanoi.", REF)
    assert (timex.text, timex.value, timex.precision) == (
        "27-28 February 2019",
        "2019-02-27",
        "day",
    )
    assert (timex.date_start, timex.date_end) == (date(2019, 2, 27), date(2019, 2, 28))


def test_month_range_gives_two_timexes() -> None:
    found = find_dates("The drought lasted from March to May 2018.", REF)
    assert [(t.text, t.value) for t in found] == [("March", "2018-03"), ("May 2018", "2018-05")]


def test_windows_and_flags() -> None:
    late, explicit = find_dates("In late January it rained; on 3 March 2018 it snowed.", REF)
    assert (late.date_start, late.date_end, late.precision) == (
        date(2019, 1, 21),
        date(2019, 1, 31),
        "month",
    )
    assert late.anchored_to_reference and not explicit.anchored_to_reference


def test_without_reference_relative_dates_stay_unresolved() -> None:
    found = find_dates("Yesterday he said he left on 3 March 2018, returning on March 5.", None)
    assert [t.value for t in found] == ["XXXX-XX-XX", "2018-03-03", "2018-03-05"]


def test_json_contract_keys_come_first() -> None:
    [timex] = find_dates("late January", REF)
    payload = timex.to_json()
    assert list(payload)[:8] == [
        "text",
        "start",
        "end",
        "type",
        "value",
        "mod",
        "date_start",
        "date_end",
    ]
    assert payload["date_start"] == "2019-01-21" and payload["mod"] == "END"
