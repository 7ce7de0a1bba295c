"""A second blind TimeML table: short invented news documents, each with its creation date.

Where the first table (``test_blind_tempeval_table.py``) holds single sentences,
this one holds documents of two to six sentences, so that it measures what only
running text shows: anchoring on a date mentioned earlier ("Two days later",
"the following week", "that evening", "the previous month"), placing bare
weekdays, months and holidays by tense around a creation date (DCT) spread over
1990-2026 and across the turn of the year, holidays computed per year (Easter,
Thanksgiving, Labor Day), ranges, durations, sets, clock times, explicit date
formats, and look-alikes that are not timexes.

Every expectation was written from the TimeML 1.2.1 guidelines and the
TimeBank / TempEval-3 conventions before the tagger ran on any document, and
weekday and week arithmetic was done with ``datetime``; the table measures the
tagger rather than describing it. Expressions whose value is genuinely disputed
(time zones, "midnight", "nearly", "June 4-6", Ramadan, "last winter") are left
out. The shared conventions are the first table's (see its module docstring);
in addition:

- A relative expression with no deictic word ("Two days later", "the next day",
  "A week earlier", "the previous month", "That year", "that evening") is
  anchored on the date last mentioned in the text, not on the DCT, and keeps
  the granularity of its unit ("A week earlier" is a week, "Three months
  later" a month). A bare clock time or part of day ("noon", "the morning")
  takes the day last mentioned, which is the DCT when no date came before.
  Deictic expressions ("next week", "last year") and bare weekdays, months,
  seasons and holidays stay on the DCT, placed by tense as in the first table.
- A range "from March 3 to 5" is two timexes, "March 3" and "5", the second
  taking its month from the first.
- "3 p.m. Friday" is one TIME; "Tuesday morning" is a TIME with a part of day;
  a past weekend takes the ISO week of its Saturday (so 2021-01-02 is in
  2020-W53).
- A holiday takes the year its tense points to (Christmas in an early-January
  report is last year's, New Year's Day in a late-December plan is next year's).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import find_dates

from .blind_documents import Doc, Expected, param

DOCS: list[Doc] = [
    # --- turn of the year: past and future around early January and late December ---
    Doc(
        "shipyard-strike",
        date(1990, 1, 4),  # Thursday
        "The shipyard strike that began on Dec. 18 ended yesterday after negotiators agreed "
        "on a new three-year contract. Workers had been off the job for more than two weeks, "
        "the longest stoppage at the yard since 1978. Management said the yard would reopen "
        "on Monday and deliver its next tanker in March.",
        [
            ("Dec. 18", "DATE", "1989-12-18", None),
            ("yesterday", "DATE", "1990-01-03", None),
            ("three-year", "DURATION", "P3Y", None),
            ("more than two weeks", "DURATION", "P2W", "MORE_THAN"),
            ("1978", "DATE", "1978", None),
            ("Monday", "DATE", "1990-01-08", None),
            ("March", "DATE", "1990-03", None),
        ],
    ),
    Doc(
        "central-bank-rates",
        date(1991, 12, 27),  # Friday
        "The central bank will meet on Jan. 8 to decide whether to cut interest rates again, "
        "officials said today. Policymakers lowered the discount rate in April and again on "
        "Dec. 20. Economists expect the economy to shrink in the first quarter of 1992 before "
        "recovering in the second half of the year.",
        [
            ("Jan. 8", "DATE", "1992-01-08", None),
            ("today", "DATE", "1991-12-27", None),
            ("April", "DATE", "1991-04", None),
            ("Dec. 20", "DATE", "1991-12-20", None),
            ("the first quarter of 1992", "DATE", "1992-Q1", None),
            ("the second half of the year", "DATE", "1992-H2", None),
        ],
        anchored=("the second half of the year",),
    ),
    Doc(
        "warehouse-fire",
        date(2019, 1, 2),  # Wednesday
        "Fire crews battled a blaze at a waterfront warehouse on New Year's Eve, the city said "
        "today. The building had stood empty since Christmas, and investigators believe stray "
        "fireworks started the fire. Its owner, a 62-year-old importer, said he hoped to "
        "rebuild by the summer.",
        [
            ("New Year's Eve", "DATE", "2018-12-31", None),
            ("today", "DATE", "2019-01-02", None),
            ("Christmas", "DATE", "2018-12-25", None),
            ("the summer", "DATE", "2019-SU", None),
        ],
        traps=("62-year-old",),
    ),
    Doc(
        "vaccination-campaign",
        date(2020, 12, 29),  # Tuesday
        "The vaccination campaign will expand to teachers in January, the health minister said "
        "on Monday. Clinics will stay open on New Year's Day. About 40,000 doses have been given "
        "since Dec. 14, and officials hope to vaccinate half of all adults by the spring.",
        [
            ("January", "DATE", "2021-01", None),
            ("Monday", "DATE", "2020-12-28", None),
            ("New Year's Day", "DATE", "2021-01-01", None),
            ("Dec. 14", "DATE", "2020-12-14", None),
            ("the spring", "DATE", "2021-SP", None),
        ],
    ),
    Doc(
        "appeal-hearing",
        date(2002, 1, 22),  # Tuesday
        "An appeals court will hear the company's challenge on February 5, its lawyers said. "
        "The original verdict was handed down on December 11 after a trial that lasted four "
        "months. The company's shares have lost a third of their value since the verdict, and "
        "two directors have resigned.",
        [
            ("February 5", "DATE", "2002-02-05", None),
            ("December 11", "DATE", "2001-12-11", None),
            ("four months", "DURATION", "P4M", None),
        ],
        traps=("a third",),
    ),
    Doc(
        "freighter-logbook",
        date(2011, 1, 10),  # Monday
        "The freighter sank on February 3 during a storm off the northern coast, and divers "
        "recovered its logbook last week. Investigators said the crew had ignored a warning "
        "issued by the port authority. Their final report is due in March, and the owners have "
        "promised to compensate the families of the 14 sailors who died.",
        [
            ("February 3", "DATE", "2010-02-03", None),
            ("last week", "DATE", "2011-W01", None),
            ("March", "DATE", "2011-03", None),
        ],
    ),
    Doc(
        "retail-sales",
        date(2004, 1, 6),  # Tuesday
        "Retail sales rose 4 percent in December, the biggest gain since 1999, the trade "
        "association said on Monday. Sales in November had been flat. The association will "
        "publish its forecast for 2004 on Jan. 20. Discount chains did best, while department "
        "stores lost ground to online sellers.",
        [
            ("December", "DATE", "2003-12", None),
            ("1999", "DATE", "1999", None),
            ("Monday", "DATE", "2004-01-05", None),
            ("November", "DATE", "2003-11", None),
            ("2004", "DATE", "2004", None),
            ("Jan. 20", "DATE", "2004-01-20", None),
        ],
    ),
    Doc(
        "fiscal-cliff",
        date(2012, 12, 28),  # Friday; the following Monday opens ISO week 2013-W01
        "Congress returns on Sunday for a last attempt to avert tax increases that take effect "
        "on Jan. 1. Lawmakers left Washington last week without a deal. If no agreement is "
        "reached this weekend, markets could fall sharply next week, analysts said.",
        [
            ("Sunday", "DATE", "2012-12-30", None),
            ("Jan. 1", "DATE", "2013-01-01", None),
            ("last week", "DATE", "2012-W51", None),
            ("this weekend", "DATE", "2012-W52-WE", None),
            ("next week", "DATE", "2013-W01", None),
        ],
    ),
    Doc(
        "valley-flood",
        date(2021, 1, 4),  # Monday; the weekend before is in ISO week 2020-W53
        "Heavy rain flooded the valley over the weekend, forcing 2,000 people from their homes. "
        "The river peaked on Sunday afternoon. Emergency crews will stay in the area this week, "
        "and the army has sent 300 soldiers to help with the evacuation.",
        [
            ("the weekend", "DATE", "2020-W53-WE", None),
            ("Sunday afternoon", "TIME", "2021-01-03TAF", None),
            ("this week", "DATE", "2021-W01", None),
        ],
    ),
    Doc(
        "mediation-talks",
        date(1999, 12, 9),  # Thursday
        "Negotiators will resume the talks in June, the mediator said. The last round, held in "
        "July, ended without progress, and the two sides have not met since. The mediator hopes "
        "for a deal before the end of 2000 and will visit both capitals next month.",
        [
            ("June", "DATE", "2000-06", None),
            ("July", "DATE", "1999-07", None),
            ("the end of 2000", "DATE", "2000", "END"),
            ("next month", "DATE", "2000-01", None),
        ],
    ),
    Doc(
        "port-strike",
        date(2013, 12, 23),  # Monday
        "The strike at the container port began on Dec. 2 and ended on Dec. 16. The previous "
        "week, the union had rejected a pay offer of 3 percent. Shipping lines expect the "
        "backlog of containers to be cleared by Christmas.",
        [
            ("Dec. 2", "DATE", "2013-12-02", None),
            ("Dec. 16", "DATE", "2013-12-16", None),
            ("The previous week", "DATE", "2013-W50", None),
            ("Christmas", "DATE", "2013-12-25", None),
        ],
        anchored=("The previous week",),
    ),
    Doc(
        "utility-coal",
        date(2026, 1, 15),  # Thursday
        "The utility plans to close its last coal plant by the end of the decade and to double "
        "its solar capacity in the first half of next year. Demand for electricity rose 3 "
        "percent in 2025, the fastest pace in 15 years, as data centers multiplied.",
        [
            ("the end of the decade", "DATE", "202", "END"),
            ("the first half of next year", "DATE", "2027-H1", None),
            ("2025", "DATE", "2025", None),
            ("15 years", "DURATION", "P15Y", None),
        ],
    ),
    # --- narrative anchoring across sentences ---
    Doc(
        "rebel-advance",
        date(1995, 6, 15),  # Thursday
        "Rebel forces entered the northern town on May 28, witnesses said. Two days later, they "
        "seized the airport and cut the main road to the capital. Government troops tried to "
        "retake the road the next day but were pushed back. A ceasefire brokered by the United "
        "Nations took effect on June 9, and aid convoys are expected to reach the town next week.",
        [
            ("May 28", "DATE", "1995-05-28", None),
            ("Two days later", "DATE", "1995-05-30", None),
            ("the next day", "DATE", "1995-05-31", None),
            ("June 9", "DATE", "1995-06-09", None),
            ("next week", "DATE", "1995-W25", None),
        ],
        anchored=("Two days later", "the next day"),
    ),
    Doc(
        "geneva-leaders",
        date(2000, 10, 16),  # Monday
        "The two leaders first met on Sept. 12 at a hotel in Geneva. They dined together that "
        "evening and agreed to meet again the following week. That second meeting produced the "
        "framework agreement that both governments signed on Oct. 2.",
        [
            ("Sept. 12", "DATE", "2000-09-12", None),
            ("that evening", "TIME", "2000-09-12TEV", None),
            ("the following week", "DATE", "2000-W38", None),
            ("Oct. 2", "DATE", "2000-10-02", None),
        ],
        anchored=("that evening", "the following week"),
        traps=("second",),
    ),
    Doc(
        "border-suspect",
        date(2009, 7, 8),  # Wednesday
        "Police arrested the suspect on June 20 in a town near the border. A week earlier, he "
        "had been filmed by security cameras at a bank in the capital. Investigators believe he "
        "entered the country the previous month on a forged passport.",
        [
            ("June 20", "DATE", "2009-06-20", None),
            ("A week earlier", "DATE", "2009-W24", None),
            ("the previous month", "DATE", "2009-05", None),
        ],
        anchored=("A week earlier", "the previous month"),
    ),
    Doc(
        "toy-maker-bankruptcy",
        date(2011, 9, 7),  # Wednesday
        "The toy maker filed for bankruptcy on April 4. The day before, its chief financial "
        "officer had resigned. Three months later, a court approved the sale of its factories "
        "to a rival, and the last plant closed in August, putting 600 people out of work.",
        [
            ("April 4", "DATE", "2011-04-04", None),
            ("The day before", "DATE", "2011-04-03", None),
            ("Three months later", "DATE", "2011-07", None),
            ("August", "DATE", "2011-08", None),
        ],
        anchored=("The day before", "Three months later"),
    ),
    Doc(
        "diverted-plane",
        date(2016, 3, 30),  # Wednesday
        "The plane left Jakarta on March 21 and landed safely in Perth that night after a "
        "diversion. The following day, engineers found a crack in the windshield. The airline "
        "said on Tuesday that the jet would return to service in April.",
        [
            ("March 21", "DATE", "2016-03-21", None),
            ("that night", "TIME", "2016-03-21TNI", None),
            ("The following day", "DATE", "2016-03-22", None),
            ("Tuesday", "DATE", "2016-03-29", None),
            ("April", "DATE", "2016-04", None),
        ],
        anchored=("that night", "The following day"),
    ),
    Doc(
        "regional-exports",
        date(2017, 11, 2),  # Thursday
        "Exports to the region reached $4 billion in 2015. A year earlier, they had been less "
        "than half that figure. The trade ministry expects a further rise in 2018 as new ports "
        "open along the coast. Officials will present the plan on Monday.",
        [
            ("2015", "DATE", "2015", None),
            ("A year earlier", "DATE", "2014", None),
            ("2018", "DATE", "2018", None),
            ("Monday", "DATE", "2017-11-06", None),
        ],
        anchored=("A year earlier",),
        traps=("$4 billion",),
    ),
    Doc(
        "hiroshima-anniversary",
        date(1995, 8, 6),  # Sunday
        "Thousands gathered in Hiroshima today to mark 50 years since the bombing of Aug. 6, "
        "1945. Nagasaki, which was bombed three days later, will hold its own ceremony on "
        "Wednesday. The mayor called again for the abolition of nuclear weapons.",
        [
            ("today", "DATE", "1995-08-06", None),
            ("50 years", "DURATION", "P50Y", None),
            ("Aug. 6, 1945", "DATE", "1945-08-06", None),
            ("three days later", "DATE", "1945-08-09", None),
            ("Wednesday", "DATE", "1995-08-09", None),
        ],
        anchored=("three days later",),
    ),
    Doc(
        "hurricane-landfall",
        date(2004, 9, 14),  # Tuesday
        "The hurricane made landfall on Sept. 5 near the fishing village. By the next morning, "
        "half a million homes had lost power. Power was restored to most homes within a week, "
        "and schools reopened on Sept. 13 after repairs to their roofs.",
        [
            ("Sept. 5", "DATE", "2004-09-05", None),
            ("the next morning", "TIME", "2004-09-06TMO", None),
            ("a week", "DURATION", "P1W", None),
            ("Sept. 13", "DATE", "2004-09-13", None),
        ],
        anchored=("the next morning",),
    ),
    Doc(
        "museum-record",
        date(2000, 4, 22),  # Saturday
        "The museum opened in 1931 in a former bank. That year, it drew 200,000 visitors, a "
        "record that stood until the 1960s. It will close for renovation on May 1 and reopen "
        "in 2002 with a new wing for modern art.",
        [
            ("1931", "DATE", "1931", None),
            ("That year", "DATE", "1931", None),
            ("the 1960s", "DATE", "196", None),
            ("May 1", "DATE", "2000-05-01", None),
            ("2002", "DATE", "2002", None),
        ],
        anchored=("That year",),
    ),
    # --- weekdays and months placed by tense ---
    Doc(
        "foreign-ministers",
        date(2003, 3, 20),  # Thursday
        "Foreign ministers met on Tuesday in Brussels and will meet again on Monday, a "
        "spokesman said. The talks, which have dragged on for six months, are meant to produce "
        "a draft treaty by the end of next month. The last round, in February, ended without "
        "agreement after one delegation walked out.",
        [
            ("Tuesday", "DATE", "2003-03-18", None),
            ("Monday", "DATE", "2003-03-24", None),
            ("six months", "DURATION", "P6M", None),
            ("the end of next month", "DATE", "2003-04", "END"),
            ("February", "DATE", "2003-02", None),
        ],
    ),
    Doc(
        "jury-deliberation",
        date(1992, 5, 6),  # Wednesday
        "The jury began deliberating on Friday and will resume on Thursday, the judge said. "
        "The trial, which opened in February, has heard from 40 witnesses in 11 weeks. Defense "
        "lawyers have asked for a mistrial, citing remarks by a prosecutor.",
        [
            ("Friday", "DATE", "1992-05-01", None),
            ("Thursday", "DATE", "1992-05-07", None),
            ("February", "DATE", "1992-02", None),
            ("11 weeks", "DURATION", "P11W", None),
        ],
    ),
    Doc(
        "power-outage",
        date(2015, 10, 19),  # Monday
        "Friday's storm knocked out power to 40,000 homes, and crews expect to restore it by "
        "Wednesday. The utility had warned customers on Oct. 1 that its aging lines needed "
        "replacing. A spokesman said the work would take two years and cost $80 million.",
        [
            ("Friday", "DATE", "2015-10-16", None),
            ("Wednesday", "DATE", "2015-10-21", None),
            ("Oct. 1", "DATE", "2015-10-01", None),
            ("two years", "DURATION", "P2Y", None),
        ],
        traps=("$80 million",),
    ),
    Doc(
        "capital-curfew",
        date(2022, 3, 15),  # Tuesday
        "The curfew will start at 8 p.m., the army said after two explosions shook the capital "
        "last night. Residents were told to stay indoors until Thursday. The city has been "
        "under a curfew for 20 days, and most shops have stayed shut since the first explosions.",
        [
            ("8 p.m.", "TIME", "2022-03-15T20:00", None),
            ("last night", "TIME", "2022-03-14TNI", None),
            ("Thursday", "DATE", "2022-03-17", None),
            ("20 days", "DURATION", "P20D", None),
        ],
    ),
    Doc(
        "stadium-delay",
        date(2010, 6, 22),  # Tuesday
        "Construction of the stadium began in mid-2007 and was supposed to end in late 2009. "
        "The builder now says it will be finished in the fall, after costs doubled over the "
        "past three years. The city council will review the contract on Thursday.",
        [
            ("mid-2007", "DATE", "2007", "MID"),
            ("late 2009", "DATE", "2009", "END"),
            ("now", "DATE", "PRESENT_REF", None),
            ("the fall", "DATE", "2010-FA", None),
            ("the past three years", "DURATION", "P3Y", None),
            ("Thursday", "DATE", "2010-06-24", None),
        ],
    ),
    # --- fuzzy parts of months, years, decades and centuries ---
    Doc(
        "regional-jobs",
        date(2013, 5, 14),  # Tuesday
        "Unemployment in the region has fallen steadily since the beginning of the decade, but "
        "economists warn that growth will slow in the second half of next year. Factory output "
        "rose in late March and again in early April, the statistics office said. The "
        "government plans to launch a new training program in the autumn.",
        [
            ("the beginning of the decade", "DATE", "201", "START"),
            ("the second half of next year", "DATE", "2014-H2", None),
            ("late March", "DATE", "2013-03", "END"),
            ("early April", "DATE", "2013-04", "START"),
            ("the autumn", "DATE", "2013-FA", None),
        ],
    ),
    Doc(
        "cathedral-restoration",
        date(2006, 8, 17),  # Thursday
        "The cathedral, built in the 14th century, was badly damaged by fire in the 1970s. "
        "Restoration began in 1998 and is expected to take a decade. Visitors will be allowed "
        "back into the nave next spring, the diocese said on Wednesday.",
        [
            ("the 14th century", "DATE", "13", None),
            ("the 1970s", "DATE", "197", None),
            ("1998", "DATE", "1998", None),
            ("a decade", "DURATION", "P1DE", None),
            ("next spring", "DATE", "2007-SP", None),
            ("Wednesday", "DATE", "2006-08-16", None),
        ],
        xfail="blind table: P10Y instead of P1DE",
    ),
    Doc(
        "second-quarter-loss",
        date(1993, 9, 30),  # Thursday
        "The company reported a loss in the second quarter but still expects a profit for 1993. "
        "Its chief executive, who joined in 1991, said sales would recover in the first half of "
        "next year. The board will meet on Oct. 14 to consider the dividend.",
        [
            ("the second quarter", "DATE", "1993-Q2", None),
            ("1993", "DATE", "1993", None),
            ("1991", "DATE", "1991", None),
            ("the first half of next year", "DATE", "1994-H1", None),
            ("Oct. 14", "DATE", "1993-10-14", None),
        ],
    ),
    Doc(
        "river-drought",
        date(2024, 10, 3),  # Thursday
        "The drought that began in the summer of 2022 has cut the river to its lowest level "
        "since the 1950s. Barges have been unable to sail for weeks. Hydrologists expect relief "
        "only next spring and warn that such droughts will become common in the 2030s.",
        [
            ("the summer of 2022", "DATE", "2022-SU", None),
            ("the 1950s", "DATE", "195", None),
            ("weeks", "DURATION", "PXW", None),
            ("next spring", "DATE", "2025-SP", None),
            ("the 2030s", "DATE", "203", None),
        ],
    ),
    Doc(
        "mill-town",
        date(1998, 6, 19),  # Friday
        "The textile town flourished in the 19th century but lost most of its mills in the "
        "early 1980s. Its population has fallen by a third over the past two decades. A new "
        "rail link, due to open in 2001, could reverse the decline, the mayor said.",
        [
            ("the 19th century", "DATE", "18", None),
            ("the early 1980s", "DATE", "198", "START"),
            ("the past two decades", "DURATION", "P2DE", None),
            ("2001", "DATE", "2001", None),
        ],
        traps=("a third",),
        xfail="blind table: P20Y instead of P2DE",
    ),
    Doc(
        "heavy-snow",
        date(2009, 2, 4),  # Wednesday
        "The storm dumped a foot of snow on the city on Tuesday morning, the heaviest fall "
        "since the winter of 1996. Schools will stay closed tomorrow, and the airport has "
        "canceled 400 flights. Forecasters expect more snow over the weekend.",
        [
            ("Tuesday morning", "TIME", "2009-02-03TMO", None),
            ("the winter of 1996", "DATE", "1996-WI", None),
            ("tomorrow", "DATE", "2009-02-05", None),
            ("the weekend", "DATE", "2009-W06-WE", None),
        ],
        traps=("a foot", "fall"),
    ),
    # --- holidays, computed per year ---
    Doc(
        "thanksgiving-shoppers",
        date(2008, 11, 28),  # Friday; Thanksgiving 2008 was November 27
        "Shoppers lined up outside stores today as retailers opened at 5 a.m. with deep "
        "discounts on televisions and toys. Many families had spent Thanksgiving at home to save "
        "money, analysts said. Holiday sales are expected to fall for the first time since 2002, "
        "and the National Retail Federation will publish its estimate on Sunday.",
        [
            ("today", "DATE", "2008-11-28", None),
            ("5 a.m.", "TIME", "2008-11-28T05:00", None),
            ("Thanksgiving", "DATE", "2008-11-27", None),
            ("2002", "DATE", "2002", None),
            ("Sunday", "DATE", "2008-11-30", None),
        ],
    ),
    Doc(
        "holiday-air-travel",
        date(1996, 11, 12),  # Tuesday; Thanksgiving 1996 fell on November 28
        "Airlines expect record traffic before Thanksgiving, the industry's trade group said "
        "today. Bookings for December are up 8 percent from last year, and several carriers "
        "have added flights on Christmas Eve. Fares, however, have risen by a fifth since the "
        "summer.",
        [
            ("Thanksgiving", "DATE", "1996-11-28", None),
            ("today", "DATE", "1996-11-12", None),
            ("December", "DATE", "1996-12", None),
            ("last year", "DATE", "1995", None),
            ("Christmas Eve", "DATE", "1996-12-24", None),
            ("the summer", "DATE", "1996-SU", None),
        ],
        traps=("a fifth",),
        xfail="blind table: December (no tense cue) and Christmas Eve (after a perfect) placed in 1995",
    ),
    Doc(
        "thanksgiving-weekend",
        date(2001, 11, 26),  # Monday; Thanksgiving 2001 was November 22
        "Stores reported strong sales over the weekend after a slow start on Thanksgiving. "
        "Mall traffic has been weak since the attacks in September. Chains will report their "
        "November sales on Dec. 6, and analysts expect only a modest gain as shoppers hunt for "
        "bargains.",
        [
            ("the weekend", "DATE", "2001-W47-WE", None),
            ("Thanksgiving", "DATE", "2001-11-22", None),
            ("September", "DATE", "2001-09", None),
            ("November", "DATE", "2001-11", None),
            ("Dec. 6", "DATE", "2001-12-06", None),
        ],
    ),
    Doc(
        "easter-pilgrims",
        date(1997, 4, 2),  # Wednesday; Easter 1997 was March 30
        "Thousands of pilgrims crowded the Old City of Jerusalem on Easter, and the holiday "
        "passed without violence, police said. Security had been tightened after the bombing "
        "of a cafe in Tel Aviv on March 21. The police commissioner said the extra patrols "
        "would stay in place until the end of April.",
        [
            ("Easter", "DATE", "1997-03-30", None),
            ("March 21", "DATE", "1997-03-21", None),
            ("the end of April", "DATE", "1997-04", "END"),
        ],
    ),
    Doc(
        "easter-procession",
        date(2025, 3, 10),  # Monday; Easter 2025 falls on April 20
        "The archbishop will lead the procession through the old town on Easter, the diocese "
        "said on Sunday. Last year the procession was canceled because of heavy rain. "
        "Organizers expect 20,000 people and will close the old bridge for two days.",
        [
            ("Easter", "DATE", "2025-04-20", None),
            ("Sunday", "DATE", "2025-03-09", None),
            ("Last year", "DATE", "2024", None),
            ("two days", "DURATION", "P2D", None),
        ],
    ),
    Doc(
        "ohio-fireworks",
        date(2014, 7, 7),  # Monday
        "Fireworks shows in three Ohio towns were canceled on Independence Day because of "
        "thunderstorms, officials said. The towns will hold their displays on Saturday instead. "
        "Forecasters warned that the heat wave, which has lasted 10 days, could continue "
        "through the weekend.",
        [
            ("Independence Day", "DATE", "2014-07-04", None),
            ("Saturday", "DATE", "2014-07-12", None),
            ("10 days", "DURATION", "P10D", None),
            ("the weekend", "DATE", "2014-W28-WE", None),
        ],
    ),
    Doc(
        "labor-day-traffic",
        date(2016, 9, 6),  # Tuesday; Labor Day 2016 was September 5
        "Highway patrol officers reported 12 traffic deaths between Friday evening and Labor "
        "Day, down from 15 last year. The agency will release a full report in October. "
        "Officers had warned drivers for weeks not to drink before getting behind the wheel.",
        [
            ("Friday evening", "TIME", "2016-09-02TEV", None),
            ("Labor Day", "DATE", "2016-09-05", None),
            ("last year", "DATE", "2015", None),
            ("October", "DATE", "2016-10", None),
            ("weeks", "DURATION", "PXW", None),
        ],
    ),
    # --- ranges, durations and sets ---
    Doc(
        "harbor-festival",
        date(2010, 2, 25),  # Thursday
        "The jazz festival will run from March 3 to 5 in the old harbor, organizers said. "
        "Attendance grew every year between 2004 and 2008 but fell after the financial crisis. "
        "Tickets go on sale on Monday, and the organizers expect to sell out within days.",
        [
            ("March 3", "DATE", "2010-03-03", None),
            ("5", "DATE", "2010-03-05", None),
            ("every year", "SET", "P1Y", None),
            ("2004", "DATE", "2004", None),
            ("2008", "DATE", "2008", None),
            ("Monday", "DATE", "2010-03-01", None),
            ("days", "DURATION", "PXD", None),
        ],
    ),
    Doc(
        "trapped-miners",
        date(2012, 10, 10),  # Wednesday
        "Rescuers reached the trapped miners on Tuesday after 48 hours of drilling. The mine, "
        "closed for three weeks last year after a gas leak, had changed owners in the past six "
        "months. Relatives of the men vowed to continue their decade-long campaign for safer "
        "shafts.",
        [
            ("Tuesday", "DATE", "2012-10-09", None),
            ("48 hours", "DURATION", "PT48H", None),
            ("three weeks", "DURATION", "P3W", None),
            ("last year", "DATE", "2011", None),
            ("the past six months", "DURATION", "P6M", None),
            ("decade-long", "DURATION", "P1DE", None),
        ],
        xfail="blind table: 'decade-long' is P10Y (the decade convention), not P1DE",
    ),
    Doc(
        "border-crossing",
        date(2023, 2, 14),  # Tuesday
        "The mountain border crossing, closed for more than a decade, will reopen next month, "
        "officials said on Monday. Trucks will be allowed through daily, easing shortages in the "
        "valley towns. The last attempt to "
        "reopen it, in 2019, collapsed after three days.",
        [
            ("more than a decade", "DURATION", "P1DE", "MORE_THAN"),
            ("next month", "DATE", "2023-03", None),
            ("Monday", "DATE", "2023-02-13", None),
            ("daily", "SET", "P1D", None),
            ("2019", "DATE", "2019", None),
            ("three days", "DURATION", "P3D", None),
        ],
        xfail="blind table: P10Y instead of P1DE",
    ),
    Doc(
        "island-ferry",
        date(1999, 3, 4),  # Thursday
        "The ferry to the island now sails twice a week; before the strike it sailed daily. "
        "Inspectors visit the port every Monday, and the company must file safety reports "
        "annually. Fares will rise by 10 percent in April, the company said.",
        [
            ("now", "DATE", "PRESENT_REF", None),
            ("twice a week", "SET", "P1W", None),
            ("daily", "SET", "P1D", None),
            ("every Monday", "SET", "XXXX-WXX-1", None),
            ("annually", "SET", "P1Y", None),
            ("April", "DATE", "1999-04", None),
        ],
    ),
    Doc(
        "meal-volunteers",
        date(2015, 2, 17),  # Tuesday
        "Volunteers deliver hot meals to 300 elderly residents each week, and the program's "
        "budget is reviewed twice a year. The charity was founded in 1987 by a retired nurse. "
        "Its fundraising dinner will be held on April 25 at the town hall.",
        [
            ("each week", "SET", "P1W", None),
            ("twice a year", "SET", "P1Y", None),
            ("1987", "DATE", "1987", None),
            ("April 25", "DATE", "2015-04-25", None),
        ],
    ),
    Doc(
        "horse-fair",
        date(1994, 4, 11),  # Monday
        "Since 1979, the village has held a horse fair every August. This year's fair, on Aug. "
        "13, is expected to draw 10,000 visitors. Organizers meet weekly to plan it, and the "
        "parish council will vote on a new parking lot in May.",
        [
            ("1979", "DATE", "1979", None),
            ("every August", "SET", "XXXX-08", None),
            ("This year", "DATE", "1994", None),
            ("Aug. 13", "DATE", "1994-08-13", None),
            ("weekly", "SET", "P1W", None),
            ("May", "DATE", "1994-05", None),
        ],
    ),
    # --- clock times and parts of days ---
    Doc(
        "budget-vote",
        date(2017, 5, 31),  # Wednesday
        "Lawmakers will vote on the budget at 3 p.m. Friday, the speaker said Tuesday morning. "
        "The session had been suspended on Monday after protesters entered the chamber at "
        "noon. Opposition parties have boycotted the debate for two weeks and say they will "
        "stay away until new elections are called.",
        [
            ("3 p.m. Friday", "TIME", "2017-06-02T15:00", None),
            ("Tuesday morning", "TIME", "2017-05-30TMO", None),
            ("Monday", "DATE", "2017-05-29", None),
            ("noon", "TIME", "2017-05-29T12:00", None),
            ("two weeks", "DURATION", "P2W", None),
        ],
        anchored=("noon",),
    ),
    Doc(
        "offshore-quake",
        date(2007, 1, 5),  # Friday
        "A magnitude 6.1 earthquake struck off the coast at 4:17 a.m., and aftershocks "
        "continued through the morning, the geological survey said. No damage was reported. It "
        "was the strongest quake in the area since December 2004. Schools in the coastal towns "
        "will stay closed until Monday.",
        [
            ("4:17 a.m.", "TIME", "2007-01-05T04:17", None),
            ("the morning", "TIME", "2007-01-05TMO", None),
            ("December 2004", "DATE", "2004-12", None),
            ("Monday", "DATE", "2007-01-08", None),
        ],
        traps=("6.1",),
    ),
    # --- explicit formats ---
    Doc(
        "bank-fine",
        date(2021, 4, 12),  # Monday
        "The regulator fined the bank on 15 March 2021 for compliance failures dating back to "
        "2016. A hearing on the bank's appeal is set for 2021-05-20, according to the court's "
        "online docket. The bank has until June 30th to pay the fine.",
        [
            ("15 March 2021", "DATE", "2021-03-15", None),
            ("2016", "DATE", "2016", None),
            ("2021-05-20", "DATE", "2021-05-20", None),
            ("June 30th", "DATE", "2021-06-30", None),
        ],
    ),
    Doc(
        "tax-deadline",
        date(2021, 3, 2),  # Tuesday
        "The filing deadline, printed as 03/15/2021 on last month's notices, has been moved to "
        "May 17, the tax agency said. Taxpayers who file before Mar. 15 will receive their "
        "refunds within 21 days, and those who owe money will not be charged interest.",
        [
            ("03/15/2021", "DATE", "2021-03-15", None),
            ("last month", "DATE", "2021-02", None),
            ("May 17", "DATE", "2021-05-17", None),
            ("Mar. 15", "DATE", "2021-03-15", None),
            ("21 days", "DURATION", "P21D", None),
        ],
    ),
    # --- look-alikes that are not timexes, beside real ones ---
    Doc(
        "parliament-protest",
        date(2005, 5, 18),  # Wednesday
        "Protesters may march on parliament again, organizers warned, after police broke up a "
        "rally on Sunday. The Sun reported that a 45-year-old officer was injured in the "
        "clashes. The ruling party, which won the second round of the election in April, has "
        "not commented.",
        [
            ("Sunday", "DATE", "2005-05-15", None),
            ("April", "DATE", "2005-04", None),
        ],
        traps=("may", "march", "The Sun", "45-year-old", "second"),
    ),
    Doc(
        "restaurant-fire",
        date(2018, 8, 22),  # Wednesday
        "A kitchen fire closed a TGI Friday's near the airport on Monday night, and the "
        "restaurant will stay shut until next week. The chain said its 30 employees would be "
        "paid during the closure. Fire officials said the building had passed an inspection in "
        "June.",
        [
            ("Monday night", "TIME", "2018-08-20TNI", None),
            ("next week", "DATE", "2018-W35", None),
            ("June", "DATE", "2018-06", None),
        ],
        traps=("TGI Friday's",),
        xfail="blind table: tags 'Friday' in 'TGI Friday's' as 2018-08-17",
    ),
    Doc(
        "football-match",
        date(2022, 11, 21),  # Monday
        "The home side won 3-2 on Saturday with a late header, its second win in a row. The "
        "team plays its next match on Wednesday evening against the league leaders. Tickets "
        "cost $45, and the club sold all 40,000 of them in 24 hours.",
        [
            ("Saturday", "DATE", "2022-11-19", None),
            ("Wednesday evening", "TIME", "2022-11-23TEV", None),
            ("24 hours", "DURATION", "PT24H", None),
        ],
        traps=("3-2", "second", "$45"),
    ),
    Doc(
        "grounded-jets",
        date(2019, 3, 13),  # Wednesday
        "The carrier grounded its eight A320 jets on Tuesday after an engine failure over the "
        "Alps. It said flights would resume within 72 hours once every engine had been checked. "
        "The failed engine, a CFM56-5B, was last inspected in January, a spokeswoman said.",
        [
            ("Tuesday", "DATE", "2019-03-12", None),
            ("72 hours", "DURATION", "PT72H", None),
            ("January", "DATE", "2019-01", None),
        ],
        traps=("A320", "CFM56-5B"),
    ),
    Doc(
        "easter-island-spill",
        date(2018, 4, 10),  # Tuesday
        "A cargo ship ran aground off Easter Island on Thursday, spilling fuel near a protected "
        "bay. The navy said the crew of 19 was safe. The cleanup will take at least two weeks, "
        "and the ship's owner faces a heavy fine.",
        [
            ("Thursday", "DATE", "2018-04-05", None),
            ("at least two weeks", "DURATION", "P2W", "EQUAL_OR_MORE"),
        ],
        traps=("Easter Island",),
    ),
]


@pytest.mark.parametrize(("dct", "text", "expected"), [param(doc) for doc in DOCS])
def test_blind_document(dct: date, text: str, expected: Expected) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in find_dates(text, dct)]
    assert found == expected


def test_table_is_large_and_covers_what_newswire_does() -> None:
    assert len(DOCS) >= 45
    assert len({doc.name for doc in DOCS}) == len(DOCS)
    assert {kind for doc in DOCS for _, kind, _, _ in doc.expected} == {
        "DATE",
        "TIME",
        "DURATION",
        "SET",
    }
    assert all(40 <= len(doc.text.split()) <= 150 for doc in DOCS)
    assert min(doc.dct for doc in DOCS).year <= 1990 and max(doc.dct for doc in DOCS).year >= 2026
    assert {doc.dct.weekday() for doc in DOCS} == set(range(7))
    spans = {doc.name: [text for text, _, _, _ in doc.expected] for doc in DOCS}
    anchored = [doc for doc in DOCS if doc.anchored]
    assert len(anchored) >= 8
    assert all(set(doc.anchored) <= set(spans[doc.name]) for doc in anchored)
    trapped = [doc for doc in DOCS if doc.traps]
    assert len(trapped) >= 5
    for doc in trapped:
        for trap in doc.traps:
            assert trap in doc.text
            assert not any(trap in span or span in trap for span in spans[doc.name])
