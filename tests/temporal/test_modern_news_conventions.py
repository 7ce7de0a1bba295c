"""Invented sentences in 2015-2025 web-news style, tagged by the TimeML (TIMEX3) guidelines.

Expectations were written from the guidelines before the tagger ran: compound
adjectives of measure ("two-day", "10-year", "week-long") are DURATIONs but
ages ("three-year-old") are not tagged; possessives ("last year's") leave the
"'s" out; named days ("9/11", the "Sept. 11 attacks") carry their own year;
product names, scores and round-the-clock phrases ("24/7", "7-Eleven",
"Boeing 737", "COVID-19") are not dates; vague plurals of decades keep the
year unit (PXY), as for "decades" elsewhere.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import find_dates

NOW = date(2024, 9, 18)  # a Wednesday, ISO week 38, in the third quarter
VOTE = date(2016, 11, 10)  # a Thursday, ISO week 45, two days after the US election
JAN = date(2023, 1, 5)  # a Thursday, ISO week 1, early in a new year

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[date, str, Expected]] = [
    # --- weekdays and parts of days, placed by tense ---
    (NOW, "The senator announced her bid on Tuesday.", [("Tuesday", "DATE", "2024-09-17", None)]),
    (NOW, "The committee will vote on Tuesday.", [("Tuesday", "DATE", "2024-09-24", None)]),
    (NOW, "Shares fell 3% on Friday.", [("Friday", "DATE", "2024-09-13", None)]),
    (NOW, "Fighting intensified Monday night.", [("Monday night", "TIME", "2024-09-16TNI", None)]),
    (NOW, "The fire broke out early Tuesday.", [("early Tuesday", "DATE", "2024-09-17", "START")]),
    (
        NOW,
        "Stocks rallied Thursday afternoon.",
        [("Thursday afternoon", "TIME", "2024-09-12TAF", None)],
    ),
    (
        NOW,
        "Tickets went on sale Monday morning.",
        [("Monday morning", "TIME", "2024-09-16TMO", None)],
    ),
    (NOW, "Tuesday's vote was delayed.", [("Tuesday", "DATE", "2024-09-17", None)]),
    (NOW, "The museum reopens next Tuesday.", [("next Tuesday", "DATE", "2024-09-24", None)]),
    (NOW, "Last Friday, the board fired the CEO.", [("Last Friday", "DATE", "2024-09-13", None)]),
    (NOW, "Rebels shelled the city overnight.", [("overnight", "TIME", "2024-09-17TNI", None)]),
    (VOTE, "Trump won the election on Tuesday.", [("Tuesday", "DATE", "2016-11-08", None)]),
    (
        VOTE,
        "Clinton conceded early Wednesday.",
        [("early Wednesday", "DATE", "2016-11-09", "START")],
    ),
    (
        VOTE,
        "Protests erupted Wednesday night in several cities.",
        [("Wednesday night", "TIME", "2016-11-09TNI", None)],
    ),
    (
        NOW,
        "Earlier in the day, the prime minister met protesters.",
        [("Earlier in the day", "DATE", "2024-09-18", None)],
    ),
    # --- weeks, months, years relative to the document date ---
    (NOW, "Markets have been volatile this week.", [("this week", "DATE", "2024-W38", None)]),
    (NOW, "Turnout in last year's election was low.", [("last year", "DATE", "2023", None)]),
    (NOW, "Lawmakers are debating next year's budget.", [("next year", "DATE", "2025", None)]),
    (NOW, "Prices spiked late last month.", [("late last month", "DATE", "2024-08", "END")]),
    (
        NOW,
        "Earlier this month, the court ruled against the company.",
        [("Earlier this month", "DATE", "2024-09", None)],
    ),
    (
        NOW,
        "The deal is expected to close later this year.",
        [("later this year", "DATE", "2024", None)],
    ),
    (
        NOW,
        "The bridge should reopen by the end of the year.",
        [("the end of the year", "DATE", "2024", "END")],
    ),
    (NOW, "The firm will cut 500 jobs by year-end.", [("year-end", "DATE", "2024", "END")]),
    (
        JAN,
        "The bank had $4 billion in reserves at year-end.",
        [("year-end", "DATE", "2022", "END")],
    ),
    (
        NOW,
        "Police arrested 40 people over the weekend.",
        [("the weekend", "DATE", "2024-W37-WE", None)],
    ),
    (
        NOW,
        "The agency will release its findings in the coming weeks.",
        [("the coming weeks", "DATE", "FUTURE_REF", None)],
    ),
    (
        JAN,
        "Last year, the company lost $2 billion. A year earlier, it earned $1 billion.",
        [("Last year", "DATE", "2022", None), ("A year earlier", "DATE", "2021", None)],
    ),
    # --- narrative anchors ---
    (
        NOW,
        "The storm hit Florida on Sept. 10. The previous day, residents fled.",
        [
            ("Sept. 10", "DATE", "2024-09-10", None),
            ("The previous day", "DATE", "2024-09-09", None),
        ],
    ),
    (
        NOW,
        "The minister resigned on Aug. 5. The following week, parliament was dissolved.",
        [("Aug. 5", "DATE", "2024-08-05", None), ("The following week", "DATE", "2024-W33", None)],
    ),
    (
        NOW,
        "The bill passed in 2019 and took effect two years later.",
        [("2019", "DATE", "2019", None), ("two years later", "DATE", "2021", None)],
    ),
    (NOW, "A decade ago, few people owned smartphones.", [("A decade ago", "DATE", "201", None)]),
    # --- partial and explicit calendar dates ---
    (NOW, "The hearing is scheduled for Jan. 6.", [("Jan. 6", "DATE", "2025-01-06", None)]),
    (NOW, "The eclipse on April 8 drew crowds.", [("April 8", "DATE", "2024-04-08", None)]),
    (NOW, "The Olympics opened in Paris on July 26.", [("July 26", "DATE", "2024-07-26", None)]),
    (NOW, "Temperatures hit 40C on 12 July.", [("12 July", "DATE", "2024-07-12", None)]),
    (NOW, "Sales slowed in mid-March.", [("mid-March", "DATE", "2024-03", "MID")]),
    (VOTE, "The Fed will meet again in December.", [("December", "DATE", "2016-12", None)]),
    (
        VOTE,
        "The president-elect will take office on Jan. 20.",
        [("Jan. 20", "DATE", "2017-01-20", None)],
    ),
    (
        NOW,
        "Early voting begins Oct. 21 and runs through Nov. 3.",
        [("Oct. 21", "DATE", "2024-10-21", None), ("Nov. 3", "DATE", "2024-11-03", None)],
    ),
    (NOW, "The survey was conducted Sept. 3-9.", [("Sept. 3-9", "DATE", "2024-09-03", None)]),
    (JAN, "The conference will run March 5-7.", [("March 5-7", "DATE", "2023-03-05", None)]),
    (NOW, "The filing is dated 2024-03-05.", [("2024-03-05", "DATE", "2024-03-05", None)]),
    (NOW, "The form was signed on 05/03/2024.", [("05/03/2024", "DATE", "2024-05-03", None)]),
    (
        NOW,
        "The vaccine rollout began in December 2020.",
        [("December 2020", "DATE", "2020-12", None)],
    ),
    # --- named days ---
    (
        NOW,
        "Security was tightened after the Sept. 11 attacks.",
        [("Sept. 11", "DATE", "2001-09-11", None)],
    ),
    (NOW, "The 9/11 memorial drew large crowds.", [("9/11", "DATE", "2001-09-11", None)]),
    (
        NOW,
        "The panel met on Sept. 11 to review the budget.",
        [("Sept. 11", "DATE", "2024-09-11", None)],
    ),
    # --- years, decades, possessive years ---
    (NOW, "The region has been in conflict since 2014.", [("2014", "DATE", "2014", None)]),
    (NOW, "Polls shifted ahead of the 2020 election.", [("2020", "DATE", "2020", None)]),
    (NOW, "2023's record heat stunned scientists.", [("2023", "DATE", "2023", None)]),
    (NOW, "The company's 2024 outlook was cut.", [("2024", "DATE", "2024", None)]),
    (NOW, "Verstappen dominated the Formula 1 2023 season.", [("2023", "DATE", "2023", None)]),
    (
        NOW,
        "Inflation averaged 2% between 2010 and 2015.",
        [("2010", "DATE", "2010", None), ("2015", "DATE", "2015", None)],
    ),
    (
        NOW,
        "The firm was fined in 2018 and again in 2021.",
        [("2018", "DATE", "2018", None), ("2021", "DATE", "2021", None)],
    ),
    (NOW, "By 2050, the city aims to be carbon neutral.", [("2050", "DATE", "2050", None)]),
    (NOW, "The program will run through 2030.", [("2030", "DATE", "2030", None)]),
    (
        NOW,
        "The number of users tripled to 3 million in 2023.",
        [("2023", "DATE", "2023", None)],
    ),
    (NOW, "The company was founded in the 1990s.", [("the 1990s", "DATE", "199", None)]),
    (
        NOW,
        "In the early 2000s, broadband spread.",
        [("the early 2000s", "DATE", "200", "START")],
    ),
    (NOW, "The law was passed in the nineties.", [("the nineties", "DATE", "199", None)]),
    (
        NOW,
        "The app was launched in 2015 and now has 10 million users.",
        [("2015", "DATE", "2015", None), ("now", "DATE", "PRESENT_REF", None)],
    ),
    # --- quarters, halves, seasons ---
    (
        NOW,
        "Revenue grew 8% in the first half of 2024.",
        [("the first half of 2024", "DATE", "2024-H1", None)],
    ),
    (NOW, "Revenue rose 5% in Q3.", [("Q3", "DATE", "2024-Q3", None)]),
    (NOW, "The firm expects a recovery in H2.", [("H2", "DATE", "2024-H2", None)]),
    (
        VOTE,
        "Apple reported third-quarter earnings on Thursday.",
        # a weekday equal to the document's is the document day itself
        [("third-quarter", "DATE", "2016-Q3", None), ("Thursday", "DATE", "2016-11-10", None)],
    ),
    (
        JAN,
        "The sale closed in the fourth quarter.",
        [("the fourth quarter", "DATE", "2022-Q4", None)],
    ),
    (
        JAN,
        "The company expects growth to slow in the first quarter.",
        [("the first quarter", "DATE", "2023-Q1", None)],
    ),
    (
        JAN,
        "Shares tumbled after the company missed estimates for the quarter.",
        [("the quarter", "DATE", "2022-Q4", None)],
    ),
    (NOW, "Tourism boomed over the summer.", [("the summer", "DATE", "2024-SU", None)]),
    (JAN, "Construction will begin this spring.", [("this spring", "DATE", "2023-SP", None)]),
    (JAN, "Cases have doubled since last spring.", [("last spring", "DATE", "2022-SP", None)]),
    (VOTE, "Officials expect a decision this fall.", [("this fall", "DATE", "2016-FA", None)]),
    # --- durations, including compound adjectives of measure ---
    (
        NOW,
        "Leaders gathered for the two-day summit in Brussels.",
        [("two-day", "DURATION", "P2D", None)],
    ),
    (
        NOW,
        "The government unveiled a 10-year plan to cut emissions.",
        [("10-year", "DURATION", "P10Y", None)],
    ),
    (NOW, "The 12-day war ended in a ceasefire.", [("12-day", "DURATION", "P12D", None)]),
    (NOW, "Workers began a week-long strike.", [("week-long", "DURATION", "P1W", None)]),
    (NOW, "He served two four-year terms.", [("four-year", "DURATION", "P4Y", None)]),
    (
        NOW,
        "The decades-long conflict displaced millions.",
        [("decades-long", "DURATION", "PXY", None)],
    ),
    (NOW, "The company must respond within 24 hours.", [("24 hours", "DURATION", "PT24H", None)]),
    (NOW, "Tensions have risen in recent weeks.", [("recent weeks", "DURATION", "PXW", None)]),
    (
        NOW,
        "Unemployment fell for the first time in five years.",
        [("five years", "DURATION", "P5Y", None)],
    ),
    (
        NOW,
        "The vote is expected within the next two weeks.",
        [("the next two weeks", "DURATION", "P2W", None)],
    ),
    (
        NOW,
        "Officials said the outage lasted about three hours.",
        [("about three hours", "DURATION", "PT3H", "APPROX")],
    ),
    (NOW, "The strike lasted 46 days.", [("46 days", "DURATION", "P46D", None)]),
    (NOW, "The rover spent 18 months on Mars.", [("18 months", "DURATION", "P18M", None)]),
    (NOW, "Ukraine marked 1,000 days of war.", [("1,000 days", "DURATION", "P1000D", None)]),
    (NOW, "She has lived in Paris for a decade.", [("a decade", "DURATION", "P10Y", None)]),
    (NOW, "The inquiry could take months.", [("months", "DURATION", "PXM", None)]),
    (NOW, "The talks dragged on for hours.", [("hours", "DURATION", "PTXH", None)]),
    # --- clock times ---
    (
        NOW,
        "The ceasefire took effect at midnight.",
        [("midnight", "TIME", "2024-09-18T00:00", None)],
    ),
    (NOW, "Polls close at 8 p.m. ET.", [("8 p.m. ET", "TIME", "2024-09-18T20:00", None)]),
    (
        NOW,
        "The offer will expire at 5pm on Friday.",
        [("5pm", "TIME", "2024-09-20T17:00", None), ("Friday", "DATE", "2024-09-20", None)],
    ),
    # --- an indefinite day to come is no measure of time ---
    (NOW, "A day would come when the walls fell.", [("A day", "DATE", "FUTURE_REF", None)]),
    # --- sets ---
    (NOW, "The agency publishes data every month.", [("every month", "SET", "P1M", None)]),
    (NOW, "The festival is held annually.", [("annually", "SET", "P1Y", None)]),
    # --- not dates at all ---
    (NOW, "A three-year-old girl was rescued from the rubble.", []),
    (
        NOW,
        "The 20-year-old suspect was arrested Saturday.",
        [("Saturday", "DATE", "2024-09-14", None)],
    ),
    (NOW, "The hotline is staffed 24/7.", []),
    (NOW, "He bought coffee at a 7-Eleven.", []),
    (NOW, "The airline grounded its Boeing 737 fleet.", []),
    (NOW, "COVID-19 cases rose in the city.", []),
    (NOW, "In a 5-4 ruling, the court sided with the state.", []),
    (
        VOTE,
        "The jobless rate rose in October, the second straight month of increases.",
        [("October", "DATE", "2016-10", None)],
    ),
    # --- a part of a relative period is one expression ---
    (
        NOW,
        "The trial opened in October last year.",
        [("October last year", "DATE", "2023-10", None)],
    ),
    (
        NOW,
        "Talks will resume in March of next year.",
        [("March of next year", "DATE", "2025-03", None)],
    ),
    (NOW, "They met on Tuesday last week.", [("Tuesday last week", "DATE", "2024-09-10", None)]),
    (
        NOW,
        "The vote is set for Monday next week.",
        [("Monday next week", "DATE", "2024-09-23", None)],
    ),
    (
        NOW,
        "Prices fell in the spring of last year.",
        [("the spring of last year", "DATE", "2023-SP", None)],
    ),
    (
        NOW,
        "It happened on the 5th of last month.",
        [("the 5th of last month", "DATE", "2024-08-05", None)],
    ),
    (
        NOW,
        "Work began in late June this year.",
        [("late June this year", "DATE", "2024-06", "END")],
    ),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_modern_news_sentence(dct: date, text: str, expected: Expected) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in find_dates(text, dct)]
    assert found == expected


def test_table_is_large_and_varied() -> None:
    assert len(CASES) >= 80
    assert {dct for dct, _, _ in CASES} == {NOW, VOTE, JAN}
    assert {kind for _, _, expected in CASES for _, kind, _, _ in expected} == {
        "DATE",
        "TIME",
        "DURATION",
        "SET",
    }


@pytest.mark.parametrize(
    ("dct", "text", "window"),
    [
        # strictly before / after the reference day
        (NOW, "Earlier this month, the two sides held talks.", ("2024-09-01", "2024-09-17")),
        (NOW, "The talks will resume later this month.", ("2024-09-19", "2024-09-30")),
        # a Wednesday: "this weekend" is the coming one, whatever the tense around it
        (
            NOW,
            "The navy has announced a second round of drills for this weekend.",
            ("2024-09-21", "2024-09-22"),
        ),
        # "the weekend" in the past tense is the last one
        (NOW, "Police arrested 40 people over the weekend.", ("2024-09-14", "2024-09-15")),
        (NOW, "He left more than a year ago.", ("2023-01-01", "2023-12-31")),
    ],
)
def test_window_of_a_relative_expression(dct: date, text: str, window: tuple[str, str]) -> None:
    (found,) = find_dates(text, dct)
    assert (str(found.date_start), str(found.date_end)) == window
