"""Invented newswire sentences tagged by the TimeML (TIMEX3) guidelines; every document date is pinned.

Expectations were written from the guidelines, not from the tagger's output:
spans keep determiners and modifiers but not prepositions, bare weekdays and
months are placed by the tense of the verb group that governs them, narrative
expressions count from the last date of their granularity, and vague plurals
("years ago", "for years") keep only what they say.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import find_dates

WIRE = date(1998, 10, 2)  # a Friday, in ISO week 40
NEWS = date(2021, 6, 16)  # a Wednesday, in ISO week 24

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[date, str, Expected]] = [
    # --- tense comes from the verb group governing the expression ---
    (
        WIRE,
        "Japan and the Philippines signed a pact on Tuesday that will allow troops to train together.",
        [("Tuesday", "DATE", "1998-09-29", None)],
    ),
    (
        WIRE,
        "The company said on Monday it will cut 2,000 jobs.",
        [("Monday", "DATE", "1998-09-28", None)],
    ),
    (
        WIRE,
        "Officials said Thursday that the talks will resume next month.",
        [("Thursday", "DATE", "1998-10-01", None), ("next month", "DATE", "1998-11", None)],
    ),
    (
        WIRE,
        "The president will travel to Moscow on Tuesday.",
        [("Tuesday", "DATE", "1998-10-06", None)],
    ),
    (
        WIRE,
        "The board, which will meet again in December, approved the merger on Wednesday.",
        [("December", "DATE", "1998-12", None), ("Wednesday", "DATE", "1998-09-30", None)],
    ),
    (
        NEWS,
        "Shares jumped Thursday after the company said it would split its stock.",
        [("Thursday", "DATE", "2021-06-10", None)],
    ),
    (
        NEWS,
        "The ceasefire that ended on Sunday will be reviewed by the council.",
        [("Sunday", "DATE", "2021-06-13", None)],
    ),
    (
        NEWS,
        "The minister, who will step down on Friday, spoke to reporters.",
        [("Friday", "DATE", "2021-06-18", None)],
    ),
    (
        NEWS,
        "The agency said Tuesday that flights will resume on Monday.",
        [("Tuesday", "DATE", "2021-06-15", None), ("Monday", "DATE", "2021-06-21", None)],
    ),
    (
        NEWS,
        "The senator said on Monday she will run again.",
        [("Monday", "DATE", "2021-06-14", None)],
    ),
    (
        NEWS,
        "The summit, which will be held in Geneva, opened on Tuesday.",
        [("Tuesday", "DATE", "2021-06-15", None)],
    ),
    (
        WIRE,
        "The airline said the strike, which began Sept. 1, will end next Monday.",
        [("Sept. 1", "DATE", "1998-09-01", None), ("next Monday", "DATE", "1998-10-05", None)],
    ),
    (
        WIRE,
        "Iraq will allow inspectors back within a week, officials said Thursday.",
        [("a week", "DURATION", "P1W", None), ("Thursday", "DATE", "1998-10-01", None)],
    ),
    (
        WIRE,
        "The government reported Thursday that consumer spending rose in August.",
        [("Thursday", "DATE", "1998-10-01", None), ("August", "DATE", "1998-08", None)],
    ),
    (
        WIRE,
        "Wall Street closed higher Wednesday as investors bought bank shares.",
        [("Wednesday", "DATE", "1998-09-30", None)],
    ),
    (
        WIRE,
        "The Dow Jones industrial average fell 20 points Friday.",
        [("Friday", "DATE", "1998-10-02", None)],
    ),
    (WIRE, "The Fed meets again Nov. 17.", [("Nov. 17", "DATE", "1998-11-17", None)]),
    (WIRE, "The election is set for Nov. 3.", [("Nov. 3", "DATE", "1998-11-03", None)]),
    (WIRE, "The euro will be launched on Jan. 1.", [("Jan. 1", "DATE", "1999-01-01", None)]),
    (
        WIRE,
        "The vote, held on Sept. 20, was marred by violence.",
        [("Sept. 20", "DATE", "1998-09-20", None)],
    ),
    (WIRE, "The talks will continue until Oct. 15.", [("Oct. 15", "DATE", "1998-10-15", None)]),
    (
        NEWS,
        "Biden and Putin will meet on Wednesday in Geneva.",
        [("Wednesday", "DATE", "2021-06-16", None)],
    ),
    (NEWS, "The vaccine rollout began in December.", [("December", "DATE", "2020-12", None)]),
    (NEWS, "The restrictions will be lifted in July.", [("July", "DATE", "2021-07", None)]),
    (
        NEWS,
        "Inflation hit 5% in May, the highest since 2008.",
        [("May", "DATE", "2021-05", None), ("2008", "DATE", "2008", None)],
    ),
    (NEWS, "The company has cut 500 jobs since January.", [("January", "DATE", "2021-01", None)]),
    # --- clock times take the day they are dated by ---
    (
        WIRE,
        "The strike ended at 4:15 p.m. on Tuesday.",
        [("4:15 p.m.", "TIME", "1998-09-29T16:15", None), ("Tuesday", "DATE", "1998-09-29", None)],
    ),
    (
        NEWS,
        "The vote was held at 5 p.m. on Friday.",
        [("5 p.m.", "TIME", "2021-06-11T17:00", None), ("Friday", "DATE", "2021-06-11", None)],
    ),
    (
        NEWS,
        "Police said the suspect was arrested at 11:30 a.m. on Sunday.",
        [("11:30 a.m.", "TIME", "2021-06-13T11:30", None), ("Sunday", "DATE", "2021-06-13", None)],
    ),
    (
        NEWS,
        "The incident occurred shortly before noon on Saturday.",
        [("noon", "TIME", "2021-06-12T12:00", None), ("Saturday", "DATE", "2021-06-12", None)],
    ),
    (NEWS, "The match kicks off at 8 p.m.", [("8 p.m.", "TIME", "2021-06-16T20:00", None)]),
    (
        NEWS,
        "On Monday, the market opened at 9:30 a.m. and closed at 4 p.m.",
        [
            ("Monday", "DATE", "2021-06-14", None),
            ("9:30 a.m.", "TIME", "2021-06-14T09:30", None),
            ("4 p.m.", "TIME", "2021-06-14T16:00", None),
        ],
    ),
    # --- parts of days ---
    (
        WIRE,
        "The dollar rose to 135.20 yen late yesterday.",
        [("late yesterday", "DATE", "1998-10-01", "END")],
    ),
    (WIRE, "The talks collapsed last night.", [("last night", "TIME", "1998-10-01TNI", None)]),
    (WIRE, "The governor will speak tonight.", [("tonight", "TIME", "1998-10-02TNI", None)]),
    (
        WIRE,
        "Traders said this morning that prices were stable.",
        [("this morning", "TIME", "1998-10-02TMO", None)],
    ),
    (
        WIRE,
        "The yen weakened in Tokyo trading Friday morning.",
        [("Friday morning", "TIME", "1998-10-02TMO", None)],
    ),
    (NEWS, "Tonight's game was postponed.", [("Tonight", "TIME", "2021-06-16TNI", None)]),
    (
        NEWS,
        "The storm is expected to make landfall late Thursday.",
        [("late Thursday", "DATE", "2021-06-17", "END")],
    ),
    (NEWS, "The talks resumed early Monday.", [("early Monday", "DATE", "2021-06-14", "START")]),
    (NEWS, "Yesterday's vote was close.", [("Yesterday", "DATE", "2021-06-15", None)]),
    (
        NEWS,
        "The company will report earnings tomorrow.",
        [("tomorrow", "DATE", "2021-06-17", None)],
    ),
    # --- periods relative to the document date ---
    (WIRE, "Profits fell in the last quarter.", [("the last quarter", "DATE", "1998-Q3", None)]),
    (
        WIRE,
        "Profits fell 12% in the third quarter.",
        [("the third quarter", "DATE", "1998-Q3", None)],
    ),
    (WIRE, "This year, the harvest was poor.", [("This year", "DATE", "1998", None)]),
    (WIRE, "The firm expects growth next year.", [("next year", "DATE", "1999", None)]),
    (WIRE, "Exports rose last year.", [("last year", "DATE", "1997", None)]),
    (WIRE, "The plan was unveiled last week.", [("last week", "DATE", "1998-W39", None)]),
    (WIRE, "Shares surged earlier this week.", [("earlier this week", "DATE", "1998-W40", None)]),
    (
        WIRE,
        "Unemployment fell to 4.5% in September from 4.6% in August.",
        [("September", "DATE", "1998-09", None), ("August", "DATE", "1998-08", None)],
    ),
    (
        WIRE,
        "Oil prices have fallen 30 percent since January.",
        [("January", "DATE", "1998-01", None)],
    ),
    (NEWS, "Last month, the central bank raised rates.", [("Last month", "DATE", "2021-05", None)]),
    (
        NEWS,
        "The company posted record profits in the second quarter.",
        [("the second quarter", "DATE", "2021-Q2", None)],
    ),
    (NEWS, "The launch is scheduled for this summer.", [("this summer", "DATE", "2021-SU", None)]),
    (NEWS, "Last summer's drought cut yields.", [("Last summer", "DATE", "2020-SU", None)]),
    (NEWS, "The shares have gained 20% so far this year.", [("this year", "DATE", "2021", None)]),
    (
        NEWS,
        "Earlier this year, the government raised taxes.",
        [("Earlier this year", "DATE", "2021", None)],
    ),
    (NEWS, "Late last year, the firm cut prices.", [("Late last year", "DATE", "2020", "END")]),
    (
        NEWS,
        "Officials expect a decision by the end of the year.",
        [("the end of the year", "DATE", "2021", "END")],
    ),
    (
        NEWS,
        "Early next week, the panel will hold hearings.",
        [("Early next week", "DATE", "2021-W25", "START")],
    ),
    (
        NEWS,
        "The deal is expected to close in the first half of next year.",
        [("the first half of next year", "DATE", "2022-H1", None)],
    ),
    (
        NEWS,
        "Protesters marched through the capital over the weekend.",
        [("the weekend", "DATE", "2021-W23-WE", None)],
    ),
    # --- counted back from the document date ---
    (WIRE, "The bank was founded two years ago.", [("two years ago", "DATE", "1996", None)]),
    (WIRE, "The plant closed three months ago.", [("three months ago", "DATE", "1998-07", None)]),
    (
        WIRE,
        "Five weeks ago, the rebels seized the town.",
        [("Five weeks ago", "DATE", "1998-W35", None)],
    ),
    (WIRE, "The rate was 5% a year earlier.", [("a year earlier", "DATE", "1997", None)]),
    (
        WIRE,
        "The shares closed at $45 Thursday, up from $30 a month ago.",
        [("Thursday", "DATE", "1998-10-01", None), ("a month ago", "DATE", "1998-09", None)],
    ),
    (NEWS, "Two years ago, the pandemic hit.", [("Two years ago", "DATE", "2019", None)]),
    (
        NEWS,
        "Nearly four decades ago, the dam burst.",
        [("Nearly four decades ago", "DATE", "198", "APPROX")],
    ),
    # --- narrative anchors follow the last date of compatible granularity ---
    (
        NEWS,
        "Unemployment peaked in the 1990s. A decade later, it had halved.",
        [("the 1990s", "DATE", "199", None), ("A decade later", "DATE", "200", None)],
    ),
    (
        WIRE,
        "The war ended in 1945. Two years later, the republic was founded.",
        [("1945", "DATE", "1945", None), ("Two years later", "DATE", "1947", None)],
    ),
    (
        NEWS,
        "In 2019, the company lost $2 billion. A year later, it turned a profit.",
        [("2019", "DATE", "2019", None), ("A year later", "DATE", "2020", None)],
    ),
    (
        NEWS,
        "The treaty was signed in 1992. Three decades later, it remains in force.",
        [("1992", "DATE", "1992", None), ("Three decades later", "DATE", "202", None)],
    ),
    (
        WIRE,
        "The firm was founded in 1987 and went public a decade later.",
        [("1987", "DATE", "1987", None), ("a decade later", "DATE", "199", None)],
    ),
    (
        WIRE,
        "Sales in September rose 3% from a year earlier.",
        [("September", "DATE", "1998-09", None), ("a year earlier", "DATE", "1997", None)],
    ),
    (
        WIRE,
        "The two sides met in Geneva on March 3. The same day, the rebels attacked.",
        [("March 3", "DATE", "1998-03-03", None), ("The same day", "DATE", "1998-03-03", None)],
    ),
    (
        WIRE,
        "The accord was signed on Aug. 12. Fighting resumed that day.",
        [("Aug. 12", "DATE", "1998-08-12", None), ("that day", "DATE", "1998-08-12", None)],
    ),
    (
        NEWS,
        "Rebels attacked the town on Saturday, and troops counterattacked the same day.",
        [("Saturday", "DATE", "2021-06-12", None), ("the same day", "DATE", "2021-06-12", None)],
    ),
    (
        NEWS,
        "The rally took place on June 4. The day before, police had sealed off the square.",
        [("June 4", "DATE", "2021-06-04", None), ("The day before", "DATE", "2021-06-03", None)],
    ),
    (
        NEWS,
        "The strike began on May 10. The previous week, talks had failed.",
        [("May 10", "DATE", "2021-05-10", None), ("The previous week", "DATE", "2021-W18", None)],
    ),
    # --- vague references ---
    (WIRE, "Trading is now halted.", [("now", "DATE", "PRESENT_REF", None)]),
    (WIRE, "The index currently stands at 7,900.", [("currently", "DATE", "PRESENT_REF", None)]),
    (WIRE, "The bank recently raised rates.", [("recently", "DATE", "PAST_REF", None)]),
    (WIRE, "He previously worked at Morgan Stanley.", [("previously", "DATE", "PAST_REF", None)]),
    (
        WIRE,
        "The ministry said it would announce a decision soon.",
        [("soon", "DATE", "FUTURE_REF", None)],
    ),
    (WIRE, "Prices will rise in the future.", [("the future", "DATE", "FUTURE_REF", None)]),
    (NEWS, "In the past, such cases were rare.", [("the past", "DATE", "PAST_REF", None)]),
    (NEWS, "The practice was once common in the region.", [("once", "DATE", "PAST_REF", None)]),
    (
        WIRE,
        "Prices are expected to rise in the coming weeks.",
        [("the coming weeks", "DATE", "FUTURE_REF", None)],
    ),
    (WIRE, "The dynasty fell centuries ago.", [("centuries ago", "DATE", "PAST_REF", None)]),
    (WIRE, "The lake dried up decades ago.", [("decades ago", "DATE", "PAST_REF", None)]),
    (NEWS, "They first met years ago in Paris.", [("years ago", "DATE", "PAST_REF", None)]),
    # --- durations ---
    (
        WIRE,
        "Sales have risen over the past three years.",
        [("the past three years", "DURATION", "P3Y", None)],
    ),
    (WIRE, "Talks could take a few weeks.", [("a few weeks", "DURATION", "PXW", None)]),
    (WIRE, "The inquiry will last several months.", [("several months", "DURATION", "PXM", None)]),
    (WIRE, "The dispute has dragged on for years.", [("years", "DURATION", "PXY", None)]),
    (NEWS, "Prices have doubled in recent years.", [("recent years", "DURATION", "PXY", None)]),
    (
        NEWS,
        "The country has been in lockdown for the past 15 months.",
        [("the past 15 months", "DURATION", "P15M", None)],
    ),
    (
        NEWS,
        "The team has won the title three times in the past decade.",
        [("the past decade", "DURATION", "P10Y", None)],
    ),
    (
        NEWS,
        "The talks lasted about three hours.",
        [("about three hours", "DURATION", "PT3H", "APPROX")],
    ),
    (
        NEWS,
        "The probe could take up to two years.",
        [("up to two years", "DURATION", "P2Y", "EQUAL_OR_LESS")],
    ),
    (
        NEWS,
        "The plant will be shut for at least a month.",
        [("at least a month", "DURATION", "P1M", "EQUAL_OR_MORE")],
    ),
    (
        NEWS,
        "He served more than a decade in prison.",
        [("more than a decade", "DURATION", "P10Y", "MORE_THAN")],
    ),
    (NEWS, "Shares rose 4% in the past week.", [("the past week", "DURATION", "P1W", None)]),
    (
        NEWS,
        "Lawmakers will vote on the bill within 30 days.",
        [("30 days", "DURATION", "P30D", None)],
    ),
    (
        NEWS,
        "The unemployment rate has been falling for months.",
        [("months", "DURATION", "PXM", None)],
    ),
    (
        NEWS,
        "The rover has operated on Mars for several years.",
        [("several years", "DURATION", "PXY", None)],
    ),
    (
        NEWS,
        "He resigned on Feb. 3, a week after the scandal broke.",
        [("Feb. 3", "DATE", "2021-02-03", None), ("a week", "DURATION", "P1W", None)],
    ),
    (
        NEWS,
        "Voters went to the polls on Sunday, a day after the rally.",
        [("Sunday", "DATE", "2021-06-13", None), ("a day", "DURATION", "P1D", None)],
    ),
    # --- sets ---
    (WIRE, "The company pays dividends quarterly.", [("quarterly", "SET", "P3M", None)]),
    (WIRE, "The magazine is published each month.", [("each month", "SET", "P1M", None)]),
    (NEWS, "The store is open daily.", [("daily", "SET", "P1D", None)]),
    (NEWS, "The board meets every Tuesday.", [("every Tuesday", "SET", "XXXX-WXX-2", None)]),
    (NEWS, "The festival takes place annually.", [("annually", "SET", "P1Y", None)]),
    (
        NEWS,
        "The country holds elections every four years.",
        [("every four years", "SET", "P4Y", None)],
    ),
    # --- decades, centuries, explicit years and dates ---
    (NEWS, "Inflation soared in the 1990s.", [("the 1990s", "DATE", "199", None)]),
    (
        NEWS,
        "The 21st century will bring new challenges.",
        [("The 21st century", "DATE", "20", None)],
    ),
    (NEWS, "The region boomed in the mid-1990s.", [("the mid-1990s", "DATE", "199", "MID")]),
    (NEWS, "The economy grew in the late 1980s.", [("the late 1980s", "DATE", "198", "END")]),
    (
        NEWS,
        "The bridge opened in the early 20th century.",
        [("the early 20th century", "DATE", "19", "START")],
    ),
    (NEWS, "Mid-2020, the firm moved to Austin.", [("Mid-2020", "DATE", "2020", "MID")]),
    (
        NEWS,
        "The center has been closed since March 2020.",
        [("March 2020", "DATE", "2020-03", None)],
    ),
    (NEWS, "The law takes effect on Jan. 1, 2022.", [("Jan. 1, 2022", "DATE", "2022-01-01", None)]),
    (NEWS, "By 2030, emissions must fall by half.", [("2030", "DATE", "2030", None)]),
    (
        NEWS,
        "The recession ended in the third quarter of 2009.",
        [("the third quarter of 2009", "DATE", "2009-Q3", None)],
    ),
    (
        NEWS,
        "The program ran from 2010 to 2015.",
        [("2010", "DATE", "2010", None), ("2015", "DATE", "2015", None)],
    ),
    # --- business news: quarters and the year-earlier period ---
    (
        WIRE,
        "Profit rose 10% in the third quarter. Sales in the quarter climbed 5%.",
        [
            ("the third quarter", "DATE", "1998-Q3", None),
            ("the quarter", "DATE", "1998-Q3", None),
        ],
    ),
    (WIRE, "Sales for the quarter were flat.", [("the quarter", "DATE", "1998-Q3", None)]),
    (
        WIRE,
        "Net income fell to $5 million from $8 million in the year-earlier quarter.",
        [("the year-earlier quarter", "DATE", "1997-Q3", None)],
    ),
    (
        WIRE,
        "Third-quarter profit rose 20% from a year earlier.",
        [("Third-quarter", "DATE", "1998-Q3", None), ("a year earlier", "DATE", "1997-Q3", None)],
    ),
    (
        WIRE,
        "Earnings rose in the second quarter, compared with the year-ago quarter.",
        [
            ("the second quarter", "DATE", "1998-Q2", None),
            ("the year-ago quarter", "DATE", "1997-Q2", None),
        ],
    ),
    (
        WIRE,
        "The company had $3 billion in cash at year-end.",
        [("year-end", "DATE", "1997", "END")],
    ),
    (
        WIRE,
        "The bank expects to complete the sale by the end of the year.",
        [("the end of the year", "DATE", "1998", "END")],
    ),
    # --- the day, counted from the narrative ---
    (
        WIRE,
        "On Monday, the rebels took the airport. Earlier in the day, they had shelled the city.",
        [
            ("Monday", "DATE", "1998-09-28", None),
            ("Earlier in the day", "DATE", "1998-09-28", None),
        ],
    ),
    (
        WIRE,
        "Earlier in the day, the minister met the envoy.",
        [("Earlier in the day", "DATE", "1998-10-02", None)],
    ),
    # with no date to count from, a past narrative's "later" lies before the document date
    (WIRE, "Four years later, he died in exile.", [("Four years later", "DATE", "PAST_REF", None)]),
    # --- a measure word with no measure: an indefinite day, a straight month ---
    (
        WIRE,
        "He always said a day would come when he had to leave.",
        [("a day", "DATE", "FUTURE_REF", None)],
    ),
    (WIRE, "Prices rose for the second straight month.", []),
    # --- "has arranged to" looks ahead ---
    (
        NEWS,
        "A customers' group has arranged to meet in Utrecht on Saturday.",
        [("Saturday", "DATE", "2021-06-19", None)],
    ),
    # --- a past "the same day" points back past a day still ahead ---
    (
        NEWS,
        "His lawyer said on Tuesday that he had been summoned to appear on July 5. The same day, "
        "the ministry banned a rally.",
        [
            ("Tuesday", "DATE", "2021-06-15", None),
            ("July 5", "DATE", "2021-07-05", None),
            ("The same day", "DATE", "2021-06-15", None),
        ],
    ),
    (
        NEWS,
        "He will appear before a judge on July 5. The same day, the court will rule on bail.",
        [("July 5", "DATE", "2021-07-05", None), ("The same day", "DATE", "2021-07-05", None)],
    ),
    # --- words that only look like dates ---
    (NEWS, "Once the deal is signed, trading will resume.", []),
    (NEWS, "He may resign if the March on Washington goes ahead.", []),
    (WIRE, "The 30-year-old driver was released.", []),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_newswire_sentence(dct: date, text: str, expected: Expected) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in find_dates(text, dct)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "He always said a day would come when he had to leave. That day has come.",
        "The talks lasted three weeks. That week changed everything.",
    ],
)
def test_demonstrative_needs_a_calendar_antecedent(text: str) -> None:
    assert all(not t.text.startswith("That") for t in find_dates(text, NEWS))


def test_table_is_large_and_varied() -> None:
    assert len(CASES) >= 80
    assert {dct for dct, _, _ in CASES} == {WIRE, NEWS}
    assert {kind for _, _, expected in CASES for _, kind, _, _ in expected} == {
        "DATE",
        "TIME",
        "DURATION",
        "SET",
    }
