"""A third blind TimeML table: short invented business, technology and markets news documents.

The first two tables (``test_blind_tempeval_table.py``, single sentences, and
``test_blind_tempeval_docs.py``, general news documents) set the conventions;
this one holds documents in the style of Wikinews, AP and WSJ business stories
of 1989-2012 -- quarterly results, fiscal years, product launches, stock market
moves, mergers, lawsuits, earnings calls and shareholder meetings -- each with
its creation date (DCT), spread over every weekday, and the complete ordered
list of the timexes TimeML would mark in it.

Every expectation was written from the TimeML 1.2.1 guidelines and the
TimeBank / TempEval-3 conventions before the tagger ran on any document, and
weekday, week and holiday arithmetic was done with ``datetime``; the table
measured the tagger rather than describing it: its first run got 36 of 59 documents
and 345 of 372 timexes right. Rules were then tuned on its misses, so it is now a
development table; what the tagger still gets wrong is marked as a strict xfail that
says what it does instead. The shared conventions are those
of the first two tables (see their module docstrings); in addition:

- A quarter or half without a year ("the third quarter", "Second-quarter",
  "the first half") takes the year of the DCT, except that results for the
  fourth quarter reported in January belong to the year before. An explicit
  label keeps its year ("Q4 2011" is 2011-Q4, "the first half of 2010" is
  2010-H1); a bare "Q1" in a forecast is the DCT's year.
- "the quarter" and "the fiscal year" with no other determiner of their own are
  anaphoric and take the period last mentioned ("fiscal 2011 ... the fiscal
  year" is FY2011). Fiscal values (FY1998) are written only where the text says
  "fiscal"; calendar years stay plain.
- "a year earlier", "a year ago", "the same period last year", "the year-ago
  quarter" and "the year-earlier period", when they compare with a quarter or a
  half, are that period a year back, at its granularity ("first-quarter ... the
  same period last year" is the previous year's Q1); with no period to compare
  with, "A year ago" and "eight years ago" keep the granularity of their unit.
- Quarters as units use TimeBank's Q, as the first table's "several quarters"
  (PXQ) does: "each quarter" is SET P1Q, while "every three months" stays P3M.
- A count of days after a launch ("the first three days") is a DURATION, as
  TimeBank's "the first nine months" is; "recent days" is a DATE PAST_REF like
  "recent years"; "the coming weeks", "the coming months" and "the next few
  weeks/years" are measured spans, so DURATION PXW / PXM / PXY, following the
  first table rather than a FUTURE_REF reading.
- "early today" is the DCT with mod START, as "late Tuesday" is END; "next
  Thursday" said on a Thursday is the Thursday a week later; "last April" in
  February is the April of the year before. A delivery month ("March delivery")
  is a DATE.
- Clock times carry the offset of the zone written with them, which was checked
  against the US daylight-saving rules of that date (1997-10-27 is already EST);
  a clock time without a zone carries no offset.

Expressions whose annotation is genuinely unsettled were kept out of the texts
rather than guessed: "nearly"/"almost" with a unit (APPROX or LESS_THAN),
"the holiday season" and "the Christmas season" (no calendar value), fiscal
quarters ("its fiscal first quarter": FY-quarter values and company calendars
differ), the adjectives "annual", "quarterly", "weekly", "year-end",
"full-year" and "year-to-date", "the first week" of a launch (calendar week or
duration), "the same week a year ago", "the previous year" after a fiscal year,
"midnight", and "around the clock". Not timexes, and kept as traps: product
and index names with numbers ("Windows 95", "Windows 7", "iPhone 4", "Series
7", "777", "the Nasdaq 100"), ordinals and superlatives ("second-largest",
"third-largest", "first-ever"), ages of companies ("150-year-old"), money,
percentages, index points, share counts, "more than doubled", "twice" without a
unit, and the modal "may"/"May", also in quoted speech.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import find_dates

from .blind_documents import Doc, Expected, param

DOCS: list[Doc] = [
    # --- quarterly results and year-ago comparisons ---
    Doc(
        "disk-drive-quarter",
        date(1989, 10, 17),  # Tuesday
        "Quantum Storage Corp. said net income in the third quarter rose 18% to $24.6 million, "
        "or 62 cents a share, from $20.8 million, or 53 cents a share, a year earlier. Revenue "
        "in the quarter climbed 11% to $310 million. The disk-drive maker, the second-largest in "
        "the industry, said it expects fourth-quarter results to be hurt by price cuts. Its "
        "shares fell 75 cents to $18.25 yesterday in national over-the-counter trading.",
        [
            ("the third quarter", "DATE", "1989-Q3", None),
            ("a year earlier", "DATE", "1988-Q3", None),
            ("the quarter", "DATE", "1989-Q3", None),
            ("fourth-quarter", "DATE", "1989-Q4", None),
            ("yesterday", "DATE", "1989-10-16", None),
        ],
        anchored=("a year earlier", "the quarter"),
        traps=("second-largest", "$24.6 million"),
    ),
    Doc(
        "chip-maker-first-quarter",
        date(1993, 4, 28),  # Wednesday
        "The chip maker said first-quarter net income more than doubled to $142 million, or "
        "$1.20 a share, from $61 million, or 52 cents a share, in the year-earlier period. Sales "
        "of its new processor, introduced in March, have exceeded forecasts, and the company "
        "plans to double production by the third quarter. Analysts expect earnings to keep "
        "rising for at least two years. The company's shareholders will meet on May 20.",
        [
            ("first-quarter", "DATE", "1993-Q1", None),
            ("the year-earlier period", "DATE", "1992-Q1", None),
            ("March", "DATE", "1993-03", None),
            ("the third quarter", "DATE", "1993-Q3", None),
            ("at least two years", "DURATION", "P2Y", "EQUAL_OR_MORE"),
            ("May 20", "DATE", "1993-05-20", None),
        ],
        anchored=("the year-earlier period",),
        traps=("more than doubled",),
    ),
    Doc(
        "toy-retailer-fall",
        date(1996, 9, 12),  # Thursday; Thanksgiving 1996 fell on November 28
        "The toy retailer plans to open 40 stores this fall and to hire 5,000 temporary workers "
        "before Thanksgiving, its chief executive told analysts yesterday. Second-quarter profit "
        "fell to $12 million from $19 million a year ago, hurt by a slump in sales of video "
        "games. The company expects the video-game market to recover by Christmas, when a new "
        "generation of 64-bit consoles reaches stores.",
        [
            ("this fall", "DATE", "1996-FA", None),
            ("Thanksgiving", "DATE", "1996-11-28", None),
            ("yesterday", "DATE", "1996-09-11", None),
            ("Second-quarter", "DATE", "1996-Q2", None),
            ("a year ago", "DATE", "1995-Q2", None),
            ("Christmas", "DATE", "1996-12-25", None),
        ],
        anchored=("a year ago",),
        traps=("64-bit", "5,000"),
    ),
    Doc(
        "cellular-spinoff",
        date(1997, 4, 16),  # Wednesday
        "The telephone company will spin off its cellular unit to shareholders by the end of "
        "the year, executives said today. The unit, which has about 1.1 million customers, has "
        "grown by about 40% annually for the past three years. Its sales in the first quarter "
        "rose to $310 million from $215 million in the same period last year. Shareholders will "
        "vote on the plan at a meeting in Denver on May 15.",
        [
            ("the end of the year", "DATE", "1997", "END"),
            ("today", "DATE", "1997-04-16", None),
            ("annually", "SET", "P1Y", None),
            ("the past three years", "DURATION", "P3Y", None),
            ("the first quarter", "DATE", "1997-Q1", None),
            ("the same period last year", "DATE", "1996-Q1", None),
            ("May 15", "DATE", "1997-05-15", None),
        ],
        anchored=("the same period last year",),
        traps=("1.1 million",),
    ),
    Doc(
        "auto-sales-1993",
        date(1994, 1, 20),  # Thursday
        "The Big Three auto makers said sales of cars and light trucks in the United States rose "
        "9.5% in 1993, the biggest gain since 1988. Ford will report its fourth-quarter results "
        "next Thursday, and analysts expect a profit of about $600 million. Dealers expect sales "
        "to rise again this year, helped by low interest rates and by new models arriving in the "
        "spring.",
        [
            ("1993", "DATE", "1993", None),
            ("1988", "DATE", "1988", None),
            ("fourth-quarter", "DATE", "1993-Q4", None),
            ("next Thursday", "DATE", "1994-01-27", None),
            ("this year", "DATE", "1994", None),
            ("the spring", "DATE", "1994-SP", None),
        ],
        traps=("Big Three",),
    ),
    Doc(
        "brokerage-advisers",
        date(2010, 10, 20),  # Wednesday; daylight time until November 7
        "The brokerage firm said it hired 600 financial advisers in the third quarter, all of "
        "whom have passed the Series 7 exam, and plans to add 1,000 more by the end of next year. "
        "Third-quarter net income rose to $210 million from $145 million a year ago. Client "
        "assets now total $1.6 trillion. The firm's shares rose 4% to $31.20 at 4 p.m. EDT.",
        [
            ("the third quarter", "DATE", "2010-Q3", None),
            ("the end of next year", "DATE", "2011", "END"),
            ("Third-quarter", "DATE", "2010-Q3", None),
            ("a year ago", "DATE", "2009-Q3", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("4 p.m. EDT", "TIME", "2010-10-20T16:00-04", None),
        ],
        anchored=("a year ago",),
        traps=("Series 7", "$1.6 trillion"),
    ),
    Doc(
        "online-retailer-loss",
        date(2012, 10, 25),  # Thursday
        "The online retailer reported a third-quarter loss of $274 million yesterday, compared "
        "with a profit of $63 million in the year-ago quarter. Revenue rose 27% to $13.81 "
        "billion. The company said it expects to sell a record number of its Kindle tablets in "
        "the fourth quarter and will begin selling a larger model on Nov. 20. Its shares fell 9% "
        "in extended trading.",
        [
            ("third-quarter", "DATE", "2012-Q3", None),
            ("yesterday", "DATE", "2012-10-24", None),
            ("the year-ago quarter", "DATE", "2011-Q3", None),
            ("the fourth quarter", "DATE", "2012-Q4", None),
            ("Nov. 20", "DATE", "2012-11-20", None),
        ],
        anchored=("the year-ago quarter",),
        traps=("$13.81 billion",),
    ),
    Doc(
        "memory-chip-half",
        date(2010, 7, 15),  # Thursday
        "The memory-chip maker said today that its net income in the first half of 2010 rose to "
        "$2.1 billion, compared with a loss of $740 million in the same period last year. Prices "
        "for memory chips have recovered since the spring of 2009, but the company currently has "
        "no plans to build a new factory. It recently signed a five-year supply agreement with a "
        "Taiwanese computer maker and expects demand to slow later this year.",
        [
            ("today", "DATE", "2010-07-15", None),
            ("the first half of 2010", "DATE", "2010-H1", None),
            ("the same period last year", "DATE", "2009-H1", None),
            ("the spring of 2009", "DATE", "2009-SP", None),
            ("currently", "DATE", "PRESENT_REF", None),
            ("recently", "DATE", "PAST_REF", None),
            ("five-year", "DURATION", "P5Y", None),
            ("later this year", "DATE", "2010", None),
        ],
        anchored=("the same period last year",),
    ),
    Doc(
        "software-q4-label",
        date(2012, 2, 29),  # Wednesday, a leap day
        "The business-software company said revenue in Q4 2011 rose 38% to $632 million and "
        "forecast Q1 revenue of about $690 million, above analysts' estimates. Its customers now "
        "pay about $125 a month for each user. The company, which went public in 2004, has "
        "doubled its work force over the past two years and plans to hire 2,000 more people this "
        "year. Its stock rose 12% in extended trading.",
        [
            ("Q4 2011", "DATE", "2011-Q4", None),
            ("Q1", "DATE", "2012-Q1", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("a month", "SET", "P1M", None),
            ("2004", "DATE", "2004", None),
            ("the past two years", "DURATION", "P2Y", None),
            ("this year", "DATE", "2012", None),
        ],
        traps=("$632 million", "2,000"),
    ),
    Doc(
        "camera-maker-bankruptcy",
        date(2012, 1, 24),  # Tuesday; next week is ISO week 2012-W05
        "Eastman Kodak filed for bankruptcy protection on Thursday, ending a long decline for "
        "the 131-year-old company that invented the handheld camera. Kodak, which has not made a "
        "profit since 2007, said it had enough cash to keep operating and hopes to emerge from "
        "bankruptcy by the end of 2012. Its shares have lost 90% of their value in the past year. "
        "Its fourth-quarter results will be released next week.",
        [
            ("Thursday", "DATE", "2012-01-19", None),
            ("2007", "DATE", "2007", None),
            ("the end of 2012", "DATE", "2012", "END"),
            ("the past year", "DURATION", "P1Y", None),
            ("fourth-quarter", "DATE", "2011-Q4", None),
            ("next week", "DATE", "2012-W05", None),
        ],
        traps=("131-year-old",),
    ),
    Doc(
        "pc-shipments-windows-7",
        date(2009, 10, 22),  # Thursday
        "Microsoft began selling Windows 7 today, three years after the release of Vista, an "
        "operating system that was widely criticized. The company hopes the new software will "
        "revive sales of personal computers this fall, and it will report its latest results "
        "tomorrow. Analysts say most corporate customers will not upgrade until next year. PC "
        "shipments fell 3% in the third quarter from a year earlier.",
        [
            ("today", "DATE", "2009-10-22", None),
            ("three years", "DURATION", "P3Y", None),
            ("this fall", "DATE", "2009-FA", None),
            ("tomorrow", "DATE", "2009-10-23", None),
            ("next year", "DATE", "2010", None),
            ("the third quarter", "DATE", "2009-Q3", None),
            ("a year earlier", "DATE", "2008-Q3", None),
        ],
        anchored=("a year earlier",),
        traps=("Windows 7",),
    ),
    Doc(
        "tablet-unveiled",
        date(2010, 1, 27),  # Wednesday
        "Apple unveiled a tablet computer called the iPad today and said it would go on sale "
        "worldwide in late March, starting at $499. Analysts expect the company to sell 4 "
        "million of the devices in 2010. Apple's shares have risen 90% in the past 12 months. On "
        "Monday, the company said its profit in the fourth quarter of 2009 rose 50% from a year "
        "earlier.",
        [
            ("today", "DATE", "2010-01-27", None),
            ("late March", "DATE", "2010-03", "END"),
            ("2010", "DATE", "2010", None),
            ("the past 12 months", "DURATION", "P12M", None),
            ("Monday", "DATE", "2010-01-25", None),
            ("the fourth quarter of 2009", "DATE", "2009-Q4", None),
            ("a year earlier", "DATE", "2008-Q4", None),
        ],
        anchored=("a year earlier",),
        traps=("$499",),
    ),
    # --- fiscal years ---
    Doc(
        "thrift-merger",
        date(1989, 12, 2),  # Saturday
        "Two savings and loan associations agreed to merge in a stock swap valued at $180 "
        "million, the companies said yesterday. The combined thrift would be the state's "
        "largest, with 94 branches. Directors of both companies approved the deal on Thursday, "
        "and shareholders will vote on it in February. The merger is expected to be completed by "
        "the end of the first quarter of 1990. Both thrifts lost money in fiscal 1989, which "
        "ended June 30.",
        [
            ("yesterday", "DATE", "1989-12-01", None),
            ("Thursday", "DATE", "1989-11-30", None),
            ("February", "DATE", "1990-02", None),
            ("the end of the first quarter of 1990", "DATE", "1990-Q1", "END"),
            ("fiscal 1989", "DATE", "FY1989", None),
            ("June 30", "DATE", "1989-06-30", None),
        ],
        traps=("$180 million",),
    ),
    Doc(
        "pc-maker-fiscal-1998",
        date(1998, 1, 31),  # Saturday
        "The computer maker said on Thursday that revenue for fiscal 1998, which ends on Sunday, "
        "will be about $12 billion, up 50% from fiscal 1997. The company, which sells its "
        "machines directly to customers by telephone, now ships about 10,000 computers a day. It "
        "will report results for the fiscal year on Feb. 17, and its shareholders will meet in "
        "July.",
        [
            ("Thursday", "DATE", "1998-01-29", None),
            ("fiscal 1998", "DATE", "FY1998", None),
            ("Sunday", "DATE", "1998-02-01", None),
            ("fiscal 1997", "DATE", "FY1997", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("a day", "SET", "P1D", None),
            ("the fiscal year", "DATE", "FY1998", None),
            ("Feb. 17", "DATE", "1998-02-17", None),
            ("July", "DATE", "1998-07", None),
        ],
        anchored=("the fiscal year",),
    ),
    Doc(
        "defense-contractor-fiscal",
        date(2011, 11, 5),  # Saturday
        "The defense contractor said on Thursday that it earned $1.8 billion in fiscal 2011, "
        "which ended Sept. 30. Sales for the fiscal year were $26 billion. The company expects "
        "revenue to fall in fiscal 2012 as the Pentagon cuts spending. It has raised its dividend "
        "every year since 1996 and will pay the next one on Dec. 15.",
        [
            ("Thursday", "DATE", "2011-11-03", None),
            ("fiscal 2011", "DATE", "FY2011", None),
            ("Sept. 30", "DATE", "2011-09-30", None),
            ("the fiscal year", "DATE", "FY2011", None),
            ("fiscal 2012", "DATE", "FY2012", None),
            ("every year", "SET", "P1Y", None),
            ("1996", "DATE", "1996", None),
            ("Dec. 15", "DATE", "2011-12-15", None),
        ],
        anchored=("the fiscal year",),
    ),
    Doc(
        "bank-dividend-suspended",
        date(1991, 8, 30),  # Friday
        "The bank holding company suspended its dividend yesterday, saying losses on commercial "
        "real estate loans would continue through the fourth quarter. It had paid shareholders a "
        "dividend each quarter since 1962. The company lost $48 million in the second quarter "
        "and has cut 1,200 jobs since January. Its chairman said the bank may need more capital "
        "but has no plans to sell shares now.",
        [
            ("yesterday", "DATE", "1991-08-29", None),
            ("the fourth quarter", "DATE", "1991-Q4", None),
            ("each quarter", "SET", "P1Q", None),
            ("1962", "DATE", "1962", None),
            ("the second quarter", "DATE", "1991-Q2", None),
            ("January", "DATE", "1991-01", None),
            ("now", "DATE", "PRESENT_REF", None),
        ],
        traps=("may", "1,200"),
    ),
    # --- product launches ---
    Doc(
        "first-laptop",
        date(1990, 7, 19),  # Thursday
        "The computer maker introduced its first laptop computer today, a 15-pound machine "
        "priced at $5,995. The company will begin shipping the computer in September and hopes "
        "to sell 100,000 units by the end of the year. Analysts said the launch came more than "
        "two years after rivals entered the market. The company's stock closed at $112.50 at 4 "
        "p.m. EDT, up $1.25.",
        [
            ("today", "DATE", "1990-07-19", None),
            ("September", "DATE", "1990-09", None),
            ("the end of the year", "DATE", "1990", "END"),
            ("more than two years", "DURATION", "P2Y", "MORE_THAN"),
            ("4 p.m. EDT", "TIME", "1990-07-19T16:00-04", None),
        ],
        traps=("15-pound", "$5,995"),
    ),
    Doc(
        "windows-95-launch",
        date(1995, 8, 24),  # Thursday
        "Microsoft Corp. began selling its Windows 95 operating system today after a marketing "
        "campaign that cost more than $200 million. Some stores opened at 12:01 a.m. to meet "
        "demand from customers who had waited in line for hours. The software, which was delayed "
        "for more than a year, is expected to sell 7 million copies by the end of the year. "
        "Microsoft's shares fell $1.25 to $99.50 in Nasdaq trading yesterday. Rivals plan to "
        "release competing programs in the coming months.",
        [
            ("today", "DATE", "1995-08-24", None),
            ("12:01 a.m.", "TIME", "1995-08-24T00:01", None),
            ("hours", "DURATION", "PTXH", None),
            ("more than a year", "DURATION", "P1Y", "MORE_THAN"),
            ("the end of the year", "DATE", "1995", "END"),
            ("yesterday", "DATE", "1995-08-23", None),
            ("the coming months", "DURATION", "PXM", None),
        ],
        traps=("Windows 95", "$200 million"),
        xfail="blind table: 'the coming months' as DATE FUTURE_REF (HeidelTime's convention) instead of DURATION PXM",
    ),
    Doc(
        "music-store-songs",
        date(2003, 7, 22),  # Tuesday
        "Apple Computer said today that customers have bought more than 6.5 million songs from "
        "its online music store since it opened on April 28. The company, which charges 99 cents "
        "a song, sells about 500,000 songs a week. Apple plans to offer a version of the store "
        "for Windows users by the end of the year. Its iPod player, introduced in October 2001, "
        "now accounts for 9% of its revenue.",
        [
            ("today", "DATE", "2003-07-22", None),
            ("April 28", "DATE", "2003-04-28", None),
            ("a week", "SET", "P1W", None),
            ("the end of the year", "DATE", "2003", "END"),
            ("October 2001", "DATE", "2001-10", None),
            ("now", "DATE", "PRESENT_REF", None),
        ],
        traps=("99 cents", "6.5 million"),
    ),
    Doc(
        "game-console-price",
        date(2006, 6, 7),  # Wednesday
        "The game maker said today that its new console will go on sale in North America on Nov. "
        "19 for $249.99, and that it expects to ship 4 million units worldwide by the end of the "
        "year. Its previous console, launched in 2001, sold poorly. Rivals introduced their "
        "machines in November 2005 and plan to cut prices this fall.",
        [
            ("today", "DATE", "2006-06-07", None),
            ("Nov. 19", "DATE", "2006-11-19", None),
            ("the end of the year", "DATE", "2006", "END"),
            ("2001", "DATE", "2001", None),
            ("November 2005", "DATE", "2005-11", None),
            ("this fall", "DATE", "2006-FA", None),
        ],
        traps=("$249.99", "4 million"),
    ),
    Doc(
        "phone-introduced",
        date(2007, 1, 10),  # Wednesday
        "Apple introduced its long-awaited mobile phone, the iPhone, yesterday and said it would "
        "go on sale in the United States in June for $499. The company hopes to sell 10 million "
        "of the phones in 2008. Apple's shares rose 8.3% to a record $92.57. The company also "
        "dropped the word Computer from its name, which it had used for 30 years.",
        [
            ("yesterday", "DATE", "2007-01-09", None),
            ("June", "DATE", "2007-06", None),
            ("2008", "DATE", "2008", None),
            ("30 years", "DURATION", "P30Y", None),
        ],
        traps=("10 million", "$92.57"),
    ),
    Doc(
        "iphone-4-first-days",
        date(2010, 6, 28),  # Monday
        "Apple said today that it sold 1.7 million iPhone 4 handsets in the first three days "
        "after the phone went on sale on Thursday, the most successful launch in the company's "
        "history. Some customers who ordered online will not receive their phones until "
        "mid-July. Complaints about dropped calls have grown in recent days, but the company said "
        "only a small number of users were affected. Apple will release the phone in 18 more "
        "countries in July.",
        [
            ("today", "DATE", "2010-06-28", None),
            ("the first three days", "DURATION", "P3D", None),
            ("Thursday", "DATE", "2010-06-24", None),
            ("mid-July", "DATE", "2010-07", "MID"),
            ("recent days", "DATE", "PAST_REF", None),
            ("July", "DATE", "2010-07", None),
        ],
        traps=("iPhone 4", "1.7 million"),
        xfail="blind table: 'recent days' as DURATION PXD instead of DATE PAST_REF",
    ),
    Doc(
        "tablet-rivals",
        date(2011, 2, 13),  # Sunday
        "Sales of tablet computers have soared since Apple introduced the iPad last April, and "
        "at least a dozen rivals will launch their own models in the coming months. Motorola's "
        "Xoom will go on sale on Feb. 24 for $799. Samsung said it had shipped 2 million of its "
        "Galaxy Tab since October. Research firms expect tablet sales to reach 50 million units "
        "this year and to triple by 2015.",
        [
            ("last April", "DATE", "2010-04", None),
            ("the coming months", "DURATION", "PXM", None),
            ("Feb. 24", "DATE", "2011-02-24", None),
            ("October", "DATE", "2010-10", None),
            ("this year", "DATE", "2011", None),
            ("2015", "DATE", "2015", None),
        ],
        traps=("$799", "50 million"),
        xfail="blind table: 'the coming months' as DATE FUTURE_REF instead of DURATION PXM",
    ),
    Doc(
        "solar-factory",
        date(2011, 6, 22),  # Wednesday
        "The solar-panel maker said today that it will build its first-ever factory in the "
        "United States, a $400 million plant in Oregon that will employ 1,000 people by 2013. In "
        "the past, the company has made all of its panels in China. Its chairman said solar "
        "power could cost as little as coal by the end of the decade. The company's shares, "
        "which trade on the Nasdaq, have doubled since March, and nearly 5 million change hands "
        "daily.",
        [
            ("today", "DATE", "2011-06-22", None),
            ("2013", "DATE", "2013", None),
            ("the past", "DATE", "PAST_REF", None),
            ("the end of the decade", "DATE", "201", "END"),
            ("March", "DATE", "2011-03", None),
            ("daily", "SET", "P1D", None),
        ],
        traps=("first-ever", "$400 million", "nearly 5 million"),
    ),
    # --- markets and clock times ---
    Doc(
        "airline-fares",
        date(1990, 2, 11),  # Sunday
        "Major airlines raised fares on most domestic routes by 5% on Friday, the third increase "
        "since November. Industry officials said the carriers were trying to recover fuel costs, "
        "which have risen sharply over the past six months. Travel agents said bookings for the "
        "spring are running 8% below last year's level. The increase takes effect at 12:01 a.m. "
        "EST Wednesday.",
        [
            ("Friday", "DATE", "1990-02-09", None),
            ("November", "DATE", "1989-11", None),
            ("the past six months", "DURATION", "P6M", None),
            ("the spring", "DATE", "1990-SP", None),
            ("last year", "DATE", "1989", None),
            ("12:01 a.m. EST Wednesday", "TIME", "1990-02-14T00:01-05", None),
        ],
        traps=("third",),
        xfail="blind table: 'for the spring' after 'said' tags 'spring' alone and reads it as last spring",
    ),
    Doc(
        "post-election-stocks",
        date(1992, 11, 9),  # Monday, ISO week 46
        "Stock prices rose last week as investors bet that the president-elect would push for "
        "lower taxes on capital gains. The Dow Jones Industrial Average gained 41.88 points on "
        "Friday to close at 3,240.48. Bond prices fell, pushing the yield on the 30-year "
        "Treasury bond to 7.66%. Traders expect the market to stay volatile in the coming weeks "
        "as the new administration picks its economic team. The inauguration is set for Jan. 20.",
        [
            ("last week", "DATE", "1992-W45", None),
            ("Friday", "DATE", "1992-11-06", None),
            ("30-year", "DURATION", "P30Y", None),
            ("the coming weeks", "DURATION", "PXW", None),
            ("Jan. 20", "DATE", "1993-01-20", None),
        ],
        traps=("41.88 points", "3,240.48", "7.66%"),
        xfail="blind table: 'the coming weeks' as DATE FUTURE_REF instead of DURATION PXW",
    ),
    Doc(
        "october-sell-off",
        date(1997, 10, 27),  # Monday; daylight time ended on Sunday, October 26
        "Stocks plunged today in the worst point drop in history, as a sell-off in Asian markets "
        "spread to Wall Street. The Dow Jones Industrial Average fell 554.26 points, or 7.2%, to "
        "7,161.15, and trading on the New York Stock Exchange was halted twice under rules "
        "adopted after the crash of October 1987. The first halt came at 2:36 p.m. EST, and the "
        "second, at 3:30 p.m., ended the session early. Hong Kong's Hang Seng index had fallen "
        "10% on Thursday.",
        [
            ("today", "DATE", "1997-10-27", None),
            ("October 1987", "DATE", "1987-10", None),
            ("2:36 p.m. EST", "TIME", "1997-10-27T14:36-05", None),
            ("3:30 p.m.", "TIME", "1997-10-27T15:30", None),
            ("Thursday", "DATE", "1997-10-23", None),
        ],
        traps=("554.26 points", "7,161.15", "twice"),
    ),
    Doc(
        "online-bookseller-rally",
        date(1998, 7, 9),  # Thursday
        "The online bookseller said its customer base had tripled since January to 3.1 million, "
        "and it expects to turn a profit within three years. The company, founded four years "
        "ago, has never earned money. Its shares, which have risen sevenfold this year, closed at "
        "$115 yesterday, a 52-week high. Analysts warned that the stock could fall sharply in "
        "the second half if sales growth slows.",
        [
            ("January", "DATE", "1998-01", None),
            ("three years", "DURATION", "P3Y", None),
            ("four years ago", "DATE", "1994", None),
            ("this year", "DATE", "1998", None),
            ("yesterday", "DATE", "1998-07-08", None),
            ("52-week", "DURATION", "P52W", None),
            ("the second half", "DATE", "1998-H2", None),
        ],
        traps=("3.1 million", "$115"),
    ),
    Doc(
        "nasdaq-slide",
        date(2000, 4, 4),  # Tuesday
        "The technology-heavy Nasdaq composite index, which closed at a record 5,048.62 on March "
        "10, fell 349 points yesterday. Shares in the Nasdaq 100 have lost a fifth of their value "
        "in the past three weeks. Traders said the market could remain volatile until companies "
        "report first-quarter earnings later this month.",
        [
            ("March 10", "DATE", "2000-03-10", None),
            ("yesterday", "DATE", "2000-04-03", None),
            ("the past three weeks", "DURATION", "P3W", None),
            ("first-quarter", "DATE", "2000-Q1", None),
            ("later this month", "DATE", "2000-04", None),
        ],
        traps=("Nasdaq 100", "5,048.62", "a fifth"),
    ),
    Doc(
        "five-day-decline",
        date(2001, 9, 21),  # Friday, ISO week 38
        "Stocks closed lower today, capping the biggest five-day decline since 1933, as the Dow "
        "Jones Industrial Average fell 140.40 points to 8,235.81. The blue-chip index lost 14.3% "
        "this week, after the New York Stock Exchange reopened on Monday following a four-day "
        "shutdown. Airline stocks have lost almost half their value, and several carriers said "
        "they would cut flights by a fifth over the coming months.",
        [
            ("today", "DATE", "2001-09-21", None),
            ("five-day", "DURATION", "P5D", None),
            ("1933", "DATE", "1933", None),
            ("this week", "DATE", "2001-W38", None),
            ("Monday", "DATE", "2001-09-17", None),
            ("four-day", "DURATION", "P4D", None),
            ("the coming months", "DURATION", "PXM", None),
        ],
        traps=("140.40 points", "8,235.81", "almost half", "a fifth"),
        xfail="blind table: 'the coming months' as DATE FUTURE_REF instead of DURATION PXM",
    ),
    Doc(
        "crude-oil-futures",
        date(2005, 2, 3),  # Thursday
        "Crude oil for March delivery rose $1.05 to settle at $46.05 a barrel on the New York "
        "Mercantile Exchange today. Prices have risen 31% over the past year as demand from "
        "China soared. OPEC ministers, who meet every three months, will gather in Isfahan on "
        "March 16 and are expected to keep output unchanged. Analysts expect prices to average "
        "$40 a barrel in 2005.",
        [
            ("March", "DATE", "2005-03", None),
            ("today", "DATE", "2005-02-03", None),
            ("the past year", "DURATION", "P1Y", None),
            ("every three months", "SET", "P3M", None),
            ("March 16", "DATE", "2005-03-16", None),
            ("2005", "DATE", "2005", None),
        ],
        traps=("$46.05 a barrel",),
        xfail="blind table: 'March' before 'delivery' is left as the ambiguous word, not a date",
    ),
    Doc(
        "investment-bank-bankruptcy",
        date(2008, 9, 15),  # Monday; the weekend before is in ISO week 37
        "Lehman Brothers filed for bankruptcy protection early today after talks to sell the "
        "158-year-old investment bank collapsed over the weekend. The Dow Jones Industrial "
        "Average fell 504 points, its biggest drop in seven years. Merrill Lynch agreed on Sunday "
        "to be bought by Bank of America for $50 billion. The Federal Reserve will meet tomorrow "
        "to decide whether to cut interest rates.",
        [
            ("early today", "DATE", "2008-09-15", "START"),
            ("the weekend", "DATE", "2008-W37-WE", None),
            ("seven years", "DURATION", "P7Y", None),
            ("Sunday", "DATE", "2008-09-14", None),
            ("tomorrow", "DATE", "2008-09-16", None),
        ],
        traps=("158-year-old", "504 points"),
    ),
    Doc(
        "social-network-debut",
        date(2012, 5, 18),  # Friday
        "Facebook shares began trading on the Nasdaq at 11:30 a.m. EDT today, half an hour later "
        "than planned. The social network priced its shares at $38 last night, raising $16 "
        "billion in the third-largest offering in U.S. history. The company, founded eight years "
        "ago in a Harvard dormitory, now has 900 million users. Its first-quarter revenue rose "
        "45% from the same period last year.",
        [
            ("11:30 a.m. EDT", "TIME", "2012-05-18T11:30-04", None),
            ("today", "DATE", "2012-05-18", None),
            ("half an hour", "DURATION", "PT30M", None),
            ("last night", "TIME", "2012-05-17TNI", None),
            ("eight years ago", "DATE", "2004", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("first-quarter", "DATE", "2012-Q1", None),
            ("the same period last year", "DATE", "2011-Q1", None),
        ],
        anchored=("the same period last year",),
        traps=("third-largest", "$16 billion"),
    ),
    Doc(
        "tender-offer-extended",
        date(1998, 12, 7),  # Monday
        "The chemical company's $2.8 billion tender offer for a Dutch rival, which was to expire "
        "at 5 p.m. EST, has been extended until Dec. 21, the company said today. About 62% of "
        "the rival's shares have been tendered. The company needs more time to win approval "
        "from the European Commission, which began a four-month investigation of the deal in "
        "August.",
        [
            ("5 p.m. EST", "TIME", "1998-12-07T17:00-05", None),
            ("Dec. 21", "DATE", "1998-12-21", None),
            ("today", "DATE", "1998-12-07", None),
            ("four-month", "DURATION", "P4M", None),
            ("August", "DATE", "1998-08", None),
        ],
        traps=("62%", "$2.8 billion"),
    ),
    Doc(
        "earnings-call",
        date(2002, 5, 13),  # Monday; daylight time
        "The storage-software company will report first-quarter results after the market closes "
        "today and discuss them with analysts on a conference call at 5 p.m. EDT. The company "
        "warned on April 22 that revenue for the quarter would fall short of forecasts by as "
        "much as $40 million. Its shares have fallen 62% since January, and it has cut 900 jobs "
        "in the past 12 months.",
        [
            ("first-quarter", "DATE", "2002-Q1", None),
            ("today", "DATE", "2002-05-13", None),
            ("5 p.m. EDT", "TIME", "2002-05-13T17:00-04", None),
            ("April 22", "DATE", "2002-04-22", None),
            ("the quarter", "DATE", "2002-Q1", None),
            ("January", "DATE", "2002-01", None),
            ("the past 12 months", "DURATION", "P12M", None),
        ],
        anchored=("the quarter",),
        traps=("$40 million",),
    ),
    # --- retail, holidays and the turn of the year ---
    Doc(
        "fathers-day-retail",
        date(1994, 6, 5),  # Sunday; Easter 1994 was April 3, Father's Day falls on June 19
        "Department stores, which have reported weak sales since Easter, are counting on "
        "Father's Day to lift business this month. Sales at stores open at least a year fell "
        "2.1% in May, the industry's worst showing in three years. Several chains said on "
        "Thursday that they would hold clearance sales later this month to cut inventories "
        "before the summer.",
        [
            ("Easter", "DATE", "1994-04-03", None),
            ("Father's Day", "DATE", "1994-06-19", None),
            ("this month", "DATE", "1994-06", None),
            ("at least a year", "DURATION", "P1Y", "EQUAL_OR_MORE"),
            ("May", "DATE", "1994-05", None),
            ("three years", "DURATION", "P3Y", None),
            ("Thursday", "DATE", "1994-06-02", None),
            ("later this month", "DATE", "1994-06", None),
            ("the summer", "DATE", "1994-SU", None),
        ],
    ),
    Doc(
        "online-shoppers-1999",
        date(1999, 12, 15),  # Wednesday; Thanksgiving 1999 was November 25
        "Shoppers have spent $3.5 billion at Web sites since Thanksgiving, a research firm said "
        "yesterday, and online sales for all of 1999 could reach $12 billion. Several retailers "
        "warned that orders placed after Monday may not arrive by Christmas. Some sites have "
        "hired extra workers to ship packages, and one toy seller said its warehouse now ships "
        "80,000 packages a day.",
        [
            ("Thanksgiving", "DATE", "1999-11-25", None),
            ("yesterday", "DATE", "1999-12-14", None),
            ("1999", "DATE", "1999", None),
            ("Monday", "DATE", "1999-12-20", None),
            ("Christmas", "DATE", "1999-12-25", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("a day", "SET", "P1D", None),
        ],
        traps=("may", "$3.5 billion", "80,000"),
        xfail="blind table: 'orders placed after Monday' reads the participle as past: last Monday",
    ),
    Doc(
        "december-retail-2002",
        date(2002, 12, 28),  # Saturday, ISO week 52
        "Retailers said this week that sales in December rose only 1.5%, the weakest gain in "
        "more than 30 years. Stores are counting on shoppers with gift cards to lift business in "
        "January. Several chains will report their sales on Jan. 9, and analysts expect at least "
        "two big retailers to close stores early next year.",
        [
            ("this week", "DATE", "2002-W52", None),
            ("December", "DATE", "2002-12", None),
            ("more than 30 years", "DURATION", "P30Y", "MORE_THAN"),
            ("January", "DATE", "2003-01", None),
            ("Jan. 9", "DATE", "2003-01-09", None),
            ("early next year", "DATE", "2003", "START"),
        ],
        traps=("1.5%",),
    ),
    Doc(
        "black-friday-doors",
        date(2003, 11, 26),  # Wednesday; Black Friday 2003 falls on November 28
        "Many big retailers will open their doors at 6 a.m. Friday to lure shoppers with deep "
        "discounts on computers and DVD players. Analysts expect sales in November and December "
        "to rise 5.7% from last year, the biggest increase since 1999. Consumer confidence rose "
        "this month to its highest level since June 2002, the Conference Board said yesterday.",
        [
            ("6 a.m. Friday", "TIME", "2003-11-28T06:00", None),
            ("November", "DATE", "2003-11", None),
            ("December", "DATE", "2003-12", None),
            ("last year", "DATE", "2002", None),
            ("1999", "DATE", "1999", None),
            ("this month", "DATE", "2003-11", None),
            ("June 2002", "DATE", "2002-06", None),
            ("yesterday", "DATE", "2003-11-25", None),
        ],
        traps=("5.7%",),
    ),
    Doc(
        "black-friday-2008",
        date(2008, 11, 29),  # Saturday; Black Friday 2008 was November 28
        "Shoppers crowded stores yesterday as retailers slashed prices by as much as 70%, but "
        "early figures suggested that spending on Black Friday rose only 3% from last year. Many "
        "stores opened at 5 a.m., and some stayed open for 24 hours. Retailers now expect the "
        "weakest holiday sales in 40 years, and at least two chains have said they will close "
        "in January.",
        [
            ("yesterday", "DATE", "2008-11-28", None),
            ("Black Friday", "DATE", "2008-11-28", None),
            ("last year", "DATE", "2007", None),
            ("5 a.m.", "TIME", "2008-11-28T05:00", None),
            ("24 hours", "DURATION", "PT24H", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("40 years", "DURATION", "P40Y", None),
            ("January", "DATE", "2009-01", None),
        ],
        anchored=("5 a.m.",),
        traps=("70%",),
    ),
    Doc(
        "recession-retail-sales",
        date(1991, 1, 23),  # Wednesday
        "Retail sales fell 0.6% in December, the Commerce Department said today, the third "
        "straight decline. Sales for all of 1990 rose only 3.8%, the smallest gain since 1982. "
        "Economists expect spending to stay weak in the first half of this year but to recover "
        "by the fall. Several big retailers, including two of the nation's five largest "
        "department-store chains, have filed for bankruptcy protection in the past year.",
        [
            ("December", "DATE", "1990-12", None),
            ("today", "DATE", "1991-01-23", None),
            ("1990", "DATE", "1990", None),
            ("1982", "DATE", "1982", None),
            ("the first half of this year", "DATE", "1991-H1", None),
            ("the fall", "DATE", "1991-FA", None),
            ("the past year", "DURATION", "P1Y", None),
        ],
        traps=("third", "0.6%"),
    ),
    Doc(
        "bank-year-2000",
        date(1999, 3, 22),  # Monday
        "Banks have spent $9 billion to prepare their computers for the year 2000, federal "
        "regulators said today. Nearly all of the nation's 10,000 banks have finished testing "
        "their systems, and the rest must do so by June 30. Regulators will inspect banks every "
        "two months until the end of the year. Some banks plan to close early on Dec. 31 to give "
        "technicians extra time.",
        [
            ("the year 2000", "DATE", "2000", None),
            ("today", "DATE", "1999-03-22", None),
            ("June 30", "DATE", "1999-06-30", None),
            ("every two months", "SET", "P2M", None),
            ("the end of the year", "DATE", "1999", "END"),
            ("Dec. 31", "DATE", "1999-12-31", None),
        ],
        traps=("10,000", "$9 billion"),
    ),
    # --- mergers, lawsuits and narrative anchoring ---
    Doc(
        "bank-merger-talks",
        date(1996, 2, 6),  # Tuesday; 1995-12-26 is in ISO week 52
        "The two banks first discussed a merger on Dec. 12, when their chairmen met in New York. "
        "Talks broke off two weeks later over the price but resumed in mid-January. The "
        "agreement announced today values the smaller bank at $2.3 billion. The deal requires "
        "the approval of regulators and shareholders and is expected to close in the third "
        "quarter.",
        [
            ("Dec. 12", "DATE", "1995-12-12", None),
            ("two weeks later", "DATE", "1995-W52", None),
            ("mid-January", "DATE", "1996-01", "MID"),
            ("today", "DATE", "1996-02-06", None),
            ("the third quarter", "DATE", "1996-Q3", None),
        ],
        anchored=("two weeks later",),
        traps=("$2.3 billion",),
    ),
    Doc(
        "spreadsheet-verdict",
        date(1992, 3, 14),  # Saturday
        "A federal jury in San Jose ruled yesterday that the software company had infringed a "
        "rival's copyright on a spreadsheet program and ordered it to pay $12 million in "
        "damages. The trial lasted six weeks. The company said it would appeal the verdict "
        "within 30 days. The rival filed the suit in May 1990, two months after the program went "
        "on sale. Trading in the company's shares was halted for an hour after the verdict.",
        [
            ("yesterday", "DATE", "1992-03-13", None),
            ("six weeks", "DURATION", "P6W", None),
            ("30 days", "DURATION", "P30D", None),
            ("May 1990", "DATE", "1990-05", None),
            ("two months", "DURATION", "P2M", None),
            ("an hour", "DURATION", "PT1H", None),
        ],
        traps=("$12 million",),
    ),
    Doc(
        "arthritis-pill-settlement",
        date(2004, 8, 17),  # Tuesday
        "The drug maker agreed yesterday to pay $1.1 billion to settle about 8,000 lawsuits over "
        "its arthritis pill. The first suit was filed in March 2001. On April 2, 2003, a Texas "
        "jury awarded $250 million to the widow of a man who had taken the drug for eight "
        "months. The company stopped selling the pill in the United States the following month. "
        "Plaintiffs have 90 days to accept the settlement.",
        [
            ("yesterday", "DATE", "2004-08-16", None),
            ("March 2001", "DATE", "2001-03", None),
            ("April 2, 2003", "DATE", "2003-04-02", None),
            ("eight months", "DURATION", "P8M", None),
            ("the following month", "DATE", "2003-05", None),
            ("90 days", "DURATION", "P90D", None),
        ],
        anchored=("the following month",),
        traps=("8,000", "$1.1 billion"),
    ),
    Doc(
        "media-merger-review",
        date(2000, 1, 14),  # Friday, ISO week 2
        "Federal regulators will begin reviewing the merger of America Online and Time Warner "
        "next week, officials said today. The deal, announced on Monday, is valued at about $165 "
        "billion, the largest in history. The companies hope to complete it by the fall. Time "
        "Warner's shares have fallen 11% since the announcement, and America Online's have lost "
        "19%.",
        [
            ("next week", "DATE", "2000-W03", None),
            ("today", "DATE", "2000-01-14", None),
            ("Monday", "DATE", "2000-01-10", None),
            ("the fall", "DATE", "2000-FA", None),
        ],
        traps=("Time Warner", "$165 billion"),
    ),
    Doc(
        "aircraft-strike-ends",
        date(1995, 11, 18),  # Saturday
        "Machinists ratified a new four-year contract with the aircraft maker on Friday, ending "
        "a strike that had lasted 69 days. Workers will return to the assembly lines on Monday. "
        "The company said the walkout cut its deliveries in the fourth quarter by about 30 "
        "jetliners and would reduce 1995 earnings by $1.40 a share. It still expects to deliver "
        "its first 777 jet to United Airlines in May.",
        [
            ("four-year", "DURATION", "P4Y", None),
            ("Friday", "DATE", "1995-11-17", None),
            ("69 days", "DURATION", "P69D", None),
            ("Monday", "DATE", "1995-11-20", None),
            ("the fourth quarter", "DATE", "1995-Q4", None),
            ("1995", "DATE", "1995", None),
            ("May", "DATE", "1996-05", None),
        ],
        traps=("777", "$1.40 a share"),
    ),
    Doc(
        "search-engine-filing",
        date(2004, 5, 1),  # Saturday
        "The Internet search company filed plans on Thursday for an initial public offering that "
        "could raise $2.7 billion, the largest by a technology company since the late 1990s. The "
        "company, founded six years ago by two Stanford graduate students, earned $106 million "
        "last year on revenue of $962 million. Its revenue in the first quarter more than "
        "doubled from the same period last year. The shares could begin trading this summer.",
        [
            ("Thursday", "DATE", "2004-04-29", None),
            ("the late 1990s", "DATE", "199", "END"),
            ("six years ago", "DATE", "1998", None),
            ("last year", "DATE", "2003", None),
            ("the first quarter", "DATE", "2004-Q1", None),
            ("the same period last year", "DATE", "2003-Q1", None),
            ("this summer", "DATE", "2004-SU", None),
        ],
        anchored=("the same period last year",),
        traps=("more than doubled", "$2.7 billion"),
    ),
    Doc(
        "smartphone-outage",
        date(2011, 10, 18),  # Tuesday
        "The BlackBerry maker apologized to customers yesterday for an outage that began in "
        "Europe on Oct. 10 and spread to North America two days later. Service was restored the "
        "following afternoon. The company, whose shares have lost 60% this year, will offer free "
        "applications to users until the end of the year. It will report its next results in "
        "December.",
        [
            ("yesterday", "DATE", "2011-10-17", None),
            ("Oct. 10", "DATE", "2011-10-10", None),
            ("two days later", "DATE", "2011-10-12", None),
            ("the following afternoon", "TIME", "2011-10-13TAF", None),
            ("this year", "DATE", "2011", None),
            ("the end of the year", "DATE", "2011", "END"),
            ("December", "DATE", "2011-12", None),
        ],
        anchored=("two days later", "the following afternoon"),
    ),
    Doc(
        "hedge-fund-losses",
        date(2007, 7, 13),  # Friday; next week is ISO week 29
        "Investors in two hedge funds run by the investment bank will get little or none of "
        "their money back, the firm told them in a letter on Tuesday. The funds, which bet "
        "heavily on subprime mortgages, lost more than 90% of their value in the past two "
        "months. A year ago, the larger fund had more than $1 billion in assets. Analysts expect "
        "other lenders to report mortgage losses when second-quarter results are released next "
        "week.",
        [
            ("Tuesday", "DATE", "2007-07-10", None),
            ("the past two months", "DURATION", "P2M", None),
            ("A year ago", "DATE", "2006", None),
            ("second-quarter", "DATE", "2007-Q2", None),
            ("next week", "DATE", "2007-W29", None),
        ],
        traps=("more than 90%", "$1 billion"),
    ),
    Doc(
        "investment-bank-rescue",
        date(2008, 3, 25),  # Tuesday, ISO week 13
        "JPMorgan Chase agreed yesterday to raise its offer for Bear Stearns to $10 a share, five "
        "times the price it proposed on March 16. Bear's shareholders will vote on the deal "
        "within the next few weeks. The Federal Reserve, which agreed last week to lend $29 "
        "billion to support the deal, must also approve it. Bear's stock, which traded above "
        "$170 in early 2007, closed at $11.25.",
        [
            ("yesterday", "DATE", "2008-03-24", None),
            ("March 16", "DATE", "2008-03-16", None),
            ("the next few weeks", "DURATION", "PXW", None),
            ("last week", "DATE", "2008-W12", None),
            ("early 2007", "DATE", "2007", "START"),
        ],
        traps=("$10 a share", "five times"),
    ),
    Doc(
        "options-backdating",
        date(2006, 12, 19),  # Tuesday
        "The software maker said yesterday that it would restate its earnings for the past 10 "
        "years to correct the dating of stock options, reducing its net income by $130 million. "
        "The company's chief executive resigned in October. Its auditors began a review in May, "
        "and the company expects to file its overdue financial reports early next year. Nasdaq "
        "has given it until Jan. 31 to do so or face delisting.",
        [
            ("yesterday", "DATE", "2006-12-18", None),
            ("the past 10 years", "DURATION", "P10Y", None),
            ("October", "DATE", "2006-10", None),
            ("May", "DATE", "2006-05", None),
            ("early next year", "DATE", "2007", "START"),
            ("Jan. 31", "DATE", "2007-01-31", None),
        ],
        traps=("$130 million",),
    ),
    Doc(
        "automaker-loans",
        date(2009, 4, 21),  # Tuesday
        "The automaker said today that it would not make a $1 billion debt payment due on June 1 "
        "and that bankruptcy was now more likely. The company has received $15.4 billion in "
        "federal loans since December and has lost $82 billion in the past four years. It plans "
        "to cut 7,000 more jobs by the end of 2009 and to close 13 plants by 2012. The Treasury "
        "has given it 60 days to restructure.",
        [
            ("today", "DATE", "2009-04-21", None),
            ("June 1", "DATE", "2009-06-01", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("December", "DATE", "2008-12", None),
            ("the past four years", "DURATION", "P4Y", None),
            ("the end of 2009", "DATE", "2009", "END"),
            ("2012", "DATE", "2012", None),
            ("60 days", "DURATION", "P60D", None),
        ],
        traps=("$1 billion", "7,000"),
    ),
    Doc(
        "online-retailer-layoffs",
        date(2001, 1, 25),  # Thursday
        "The online retailer said yesterday that it would cut 1,300 jobs and close a warehouse "
        "in Georgia within 60 days. The company, which has never made a profit, said it expects "
        "to break even on an operating basis in the fourth quarter of 2001. Its shares have lost "
        "85% of their value since December 1999. Founded in 1994, the company had sales of $2.8 "
        "billion last year.",
        [
            ("yesterday", "DATE", "2001-01-24", None),
            ("60 days", "DURATION", "P60D", None),
            ("the fourth quarter of 2001", "DATE", "2001-Q4", None),
            ("December 1999", "DATE", "1999-12", None),
            ("1994", "DATE", "1994", None),
            ("last year", "DATE", "2000", None),
        ],
        traps=("1,300", "$2.8 billion"),
    ),
    # --- long views: decades, the past and the future ---
    Doc(
        "pension-plans",
        date(1993, 10, 3),  # Sunday
        "Corporate pension plans, which grew rapidly in the 1980s, are now under pressure as "
        "interest rates fall to their lowest levels in two decades. Companies contributed $28 "
        "billion to their plans in 1992, up from $19 billion in 1990, according to a survey "
        "released on Thursday. Benefit consultants said many employers would shift to savings "
        "plans in the next few years and that traditional pensions could disappear in the "
        "future.",
        [
            ("the 1980s", "DATE", "198", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("two decades", "DURATION", "P2DE", None),
            ("1992", "DATE", "1992", None),
            ("1990", "DATE", "1990", None),
            ("Thursday", "DATE", "1993-09-30", None),
            ("the next few years", "DURATION", "PXY", None),
            ("the future", "DATE", "FUTURE_REF", None),
        ],
        traps=("$28 billion",),
        xfail="blind table: P20Y instead of P2DE (decades kept in years, the MEANTIME convention)",
    ),
    Doc(
        "textile-maker-bankruptcy",
        date(2005, 10, 30),  # Sunday
        "The 150-year-old textile company, which employed 20,000 people in the Carolinas in the "
        "1970s, filed for bankruptcy protection on Friday. The company has lost money for five "
        "years as imports from Asia surged, especially after quotas expired on Jan. 1. Its "
        "founder opened his first mill in the 1850s. The company plans to close three more "
        "plants by the end of the decade.",
        [
            ("the 1970s", "DATE", "197", None),
            ("Friday", "DATE", "2005-10-28", None),
            ("five years", "DURATION", "P5Y", None),
            ("Jan. 1", "DATE", "2005-01-01", None),
            ("the 1850s", "DATE", "185", None),
            ("the end of the decade", "DATE", "200", "END"),
        ],
        traps=("150-year-old", "20,000"),
    ),
    Doc(
        "long-distance-split",
        date(2000, 10, 8),  # Sunday
        "Executives of the long-distance carrier will meet with analysts on Tuesday to explain "
        "why the company's profit will fall in the fourth quarter and in 2001. The company's "
        "share price has fallen by more than half since December. Its chairman said the company "
        "now plans to split into four separate businesses by the end of 2002.",
        [
            ("Tuesday", "DATE", "2000-10-10", None),
            ("the fourth quarter", "DATE", "2000-Q4", None),
            ("2001", "DATE", "2001", None),
            ("December", "DATE", "1999-12", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("the end of 2002", "DATE", "2002", "END"),
        ],
        traps=("more than half",),
    ),
    Doc(
        "olympic-sponsors",
        date(2012, 8, 5),  # Sunday
        "Companies that sponsor the Olympics, which are held every four years, say the London "
        "Games have given their brands a lift since they opened on July 27. Television ratings "
        "in the United States have been the highest since 1996, and the network now expects to "
        "break even on the $1.2 billion it paid for the rights. Advertisers will spend $4 "
        "billion on the Games, which end next Sunday, a research firm said on Friday.",
        [
            ("every four years", "SET", "P4Y", None),
            ("July 27", "DATE", "2012-07-27", None),
            ("1996", "DATE", "1996", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("next Sunday", "DATE", "2012-08-12", None),
            ("Friday", "DATE", "2012-08-03", None),
        ],
        traps=("$1.2 billion",),
    ),
    Doc(
        "shareholder-meeting",
        date(1996, 5, 6),  # Monday
        "Thousands of shareholders filled an arena in Omaha on Saturday for the investment "
        "company's shareholder meeting, which lasted six hours. Asked whether the company would "
        'ever pay a dividend, the chairman joked, "May I point out that none of you has '
        'complained about our stock price?" The shares, which trade for more than $30,000 each, '
        "have risen by an average of 25% a year since 1965. The company has not yet set a date "
        "for next year's meeting.",
        [
            ("Saturday", "DATE", "1996-05-04", None),
            ("six hours", "DURATION", "PT6H", None),
            ("a year", "SET", "P1Y", None),
            ("1965", "DATE", "1965", None),
            ("next year", "DATE", "1997", None),
        ],
        traps=("May", "$30,000"),
    ),
]


@pytest.mark.parametrize(("dct", "text", "expected"), [param(doc) for doc in DOCS])
def test_blind_business_document(dct: date, text: str, expected: Expected) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in find_dates(text, dct)]
    assert found == expected


def test_table_is_large_and_covers_what_business_news_does() -> None:
    assert len(DOCS) >= 45
    assert len({doc.name for doc in DOCS}) == len(DOCS)
    assert {kind for doc in DOCS for _, kind, _, _ in doc.expected} == {
        "DATE",
        "TIME",
        "DURATION",
        "SET",
    }
    assert all(40 <= len(doc.text.split()) <= 150 for doc in DOCS)
    assert min(doc.dct for doc in DOCS).year <= 1989 and max(doc.dct for doc in DOCS).year >= 2012
    assert {doc.dct.weekday() for doc in DOCS} == set(range(7))
    values = [value for doc in DOCS for _, _, value, _ in doc.expected]
    assert sum("-Q" in value for value in values) >= 15
    assert sum("-H" in value for value in values) >= 3
    assert sum(value.startswith("FY") for value in values) >= 6
    assert {"PRESENT_REF", "PAST_REF", "FUTURE_REF"} <= set(values)
    mods = {mod for doc in DOCS for _, _, _, mod in doc.expected}
    assert {"START", "MID", "END", "MORE_THAN", "EQUAL_OR_MORE"} <= mods
    spans = {doc.name: [text for text, _, _, _ in doc.expected] for doc in DOCS}
    for doc in DOCS:  # every span occurs in the text, in the listed order
        position = 0
        for span in spans[doc.name]:
            found_at = doc.text.find(span, position)
            assert found_at >= 0, (doc.name, span)
            position = found_at + len(span)
    anchored = [doc for doc in DOCS if doc.anchored]
    assert len(anchored) >= 12
    assert all(set(doc.anchored) <= set(spans[doc.name]) for doc in anchored)
    trapped = [doc for doc in DOCS if doc.traps]
    assert len(trapped) >= 30
    for doc in trapped:
        for trap in doc.traps:
            assert trap in doc.text
            assert not any(trap in span or span in trap for span in spans[doc.name])
