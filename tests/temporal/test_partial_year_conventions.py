"""Invented news sentences whose dates lack a year, tagged by TimeML (TIMEX3) conventions.

Expectations were written from the conventions before the tagger ran. A month
and day or a bare month takes its year from the governing verb relative to the
document date (DCT): future or prospective ("will", "would", "is to", "plans
to", "offered/agreed/promised to <verb>", "is scheduled for", "upcoming") -> the
first such date on or after the DCT; past -> the latest on or before it; a bare
month equal to the DCT's month is the DCT's own month in every tense (its
interval holds the DCT, so it is both "on or after" and "on or before" it);
"until"/"till" after a past verb leaves the end open, so the nearest date wins. A month
and day in the five weeks after the DCT is the coming one even in a past sentence, unless a
past verb stands among the seven words before it or "last year" follows it: a writer naming
last year's would say so.
An explicit year mentioned earlier (the narrative anchor) counts only for past
or unknown tense, only when local (same or immediately preceding sentence, or
anywhere in a paragraph that opens with it: a dated flashback), never from
inside a background relative or appositive clause ("who won ... in a November
2023 election,"), and never against the tense (an anchor that would put a
future event before the DCT is ignored). Past a clause break or a sentence
end, the anchor carries on only to a past-tense time adverbial ("On March 3,
the capital fell"), not to a date inside a noun phrase ("an April 2 report",
"as of March"), which dates a thing of its own. A year after "since" tells when a state
that still holds began and anchors nothing, and neither does a bare year in a sentence that
has already told a day or month of another year: it is that sentence's background.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import find_dates

MAY = date(2024, 5, 20)  # a Monday
SEPT = date(2024, 9, 12)  # a Thursday

Expected = list[tuple[str, str]]

CASES: list[tuple[date, str, Expected]] = [
    # --- future and prospective verbs: on or after the DCT ---
    (
        MAY,
        "Ravelo, who won a second term in a November 2023 election, will travel to Addis Ababa "
        "on May 28.",
        [("November 2023", "2023-11"), ("May 28", "2024-05-28")],
    ),
    (
        SEPT,
        "The foreign minister offered to host follow-up talks in Algiers in November.",
        [("November", "2024-11")],
    ),
    (MAY, "The summit will be held on June 4.", [("June 4", "2024-06-04")]),
    (MAY, "The talks are scheduled for June 10.", [("June 10", "2024-06-10")]),
    # "for" a day: the day an event is set for lies ahead, whatever the verb's tense
    (MAY, "The opposition has called a general strike for Friday.", [("Friday", "2024-05-24")]),
    (SEPT, "Unions called a national strike for March 20.", [("March 20", "2025-03-20")]),
    # a day "for" which someone is held to account labels a past event
    (MAY, "Police arrested him for Friday's bombing.", [("Friday", "2024-05-17")]),
    (MAY, "The court jailed him for March 3 riots.", [("March 3", "2024-03-03")]),
    # an invitation, an offer, a plan "to <verb>" looks ahead like the verbs do
    (
        SEPT,
        "She accepted an invitation to visit Jakarta in the summer.",
        [("the summer", "2025-SU")],
    ),
    # a holiday's name with its day in apposition takes that day
    (
        MAY,
        "Crowds gathered on Republic Day, January 26, in the capital.",
        [("Republic Day", "2024-01-26"), ("January 26", "2024-01-26")],
    ),
    (
        MAY,
        "Crowds gathered on Republic Day, January 26, 2003, in the capital.",
        [("Republic Day", "2003-01-26"), ("January 26, 2003", "2003-01-26")],
    ),
    # an event that "has been called" is yet to come; a past "called ... on" may date the call
    (
        MAY,
        "The opposition has called a general strike on Friday.",
        [("Friday", "2024-05-24")],
    ),
    (
        MAY,
        "The unions called a general strike on Friday that paralysed the capital.",
        [("Friday", "2024-05-17")],
    ),
    # an "-ed" word after an article is an adjective, not a past verb
    (
        MAY,
        "The exercise will end with a combined strike mission on June 16.",
        [("June 16", "2024-06-16")],
    ),
    # a month after "for" is what a figure covers, not a day set
    (MAY, "Retail sales for April rose 2 percent.", [("April", "2024-04")]),
    (
        MAY,
        "The central bank is to decide on interest rates on June 6.",
        [("June 6", "2024-06-06")],
    ),
    (MAY, "The union plans to strike on March 3.", [("March 3", "2025-03-03")]),
    (MAY, "The government agreed to hold a referendum in March.", [("March", "2025-03")]),
    (MAY, "The rebels promised to release the hostages by June 1.", [("June 1", "2024-06-01")]),
    (SEPT, "Ravelo vowed to return in November.", [("November", "2024-11")]),
    (
        SEPT,
        "The president invited his Brazilian counterpart to visit India in November.",
        [("November", "2024-11")],
    ),
    (MAY, "The league is set to resume on June 15.", [("June 15", "2024-06-15")]),
    (MAY, "The upcoming vote on June 9 will decide the coalition.", [("June 9", "2024-06-09")]),
    (MAY, "The plant will close in November.", [("November", "2024-11")]),
    (MAY, "The plant will close in May.", [("May", "2024-05")]),
    (MAY, "The bridge will be finished by November.", [("November", "2024-11")]),
    (MAY, "The ceasefire will last until May 28.", [("May 28", "2024-05-28")]),
    # --- reported speech: the tense of the reported verb governs ---
    (
        MAY,
        "The company said it would release the report on May 28.",
        [("May 28", "2024-05-28")],
    ),
    (
        SEPT,
        "The agency said it would publish the figures on Oct. 1.",
        [("Oct. 1", "2024-10-01")],
    ),
    (
        MAY,
        "The minister said on Monday that the bridge would reopen in March.",
        [("Monday", "2024-05-20"), ("March", "2025-03")],
    ),
    (MAY, "The minister said in March that the bridge would reopen.", [("March", "2024-03")]),
    (SEPT, "The government offered in March to host the talks.", [("March", "2024-03")]),
    # --- a day in the next five weeks, no past verb among the words before it: the coming one ---
    (
        MAY,
        "At an assembly on Monday, some 900 drivers voted by a large majority to stage two more "
        "24-hour strikes on June 4 and 5 unless an agreement is reached before then.",
        [("Monday", "2024-05-20"), ("June 4", "2024-06-04"), ("5", "2024-06-05")],
    ),
    (
        MAY,
        "The committee has called the company and the health ministry to appear at a hearing on "
        "the cost of cancer medicines on June 14.",
        [("June 14", "2024-06-14")],
    ),
    # ... but a past verb right before it, or "last year" after it, keeps last year's
    (MAY, "The freighter sank on June 4 during a storm.", [("June 4", "2023-06-04")]),
    (
        MAY,
        "Nine people died when the cyclone struck on the night of June 14 last year.",
        [("the night of June 14", "2023-06-14TNI"), ("last year", "2023")],
    ),
    # --- past verbs: on or before the DCT ---
    (MAY, "The summit was held on June 4.", [("June 4", "2023-06-04")]),
    (MAY, "The plant closed in November.", [("November", "2023-11")]),
    (MAY, "Sales rose in May.", [("May", "2024-05")]),
    (SEPT, "Exports fell in November, the ministry said.", [("November", "2023-11")]),
    (SEPT, "Talks resumed on Sept. 3 after a pause.", [("Sept. 3", "2024-09-03")]),
    (MAY, "By November, the army had retaken the city.", [("November", "2023-11")]),
    # --- "until" leaves a past state open: the nearest date ---
    (MAY, "The court adjourned the hearing until May 28.", [("May 28", "2024-05-28")]),
    (MAY, "The border stayed closed until March 30.", [("March 30", "2024-03-30")]),
    (SEPT, "Officials postponed the vote until November.", [("November", "2024-11")]),
    # --- last / this / next ---
    (MAY, "Parliament passed the law last November.", [("last November", "2023-11")]),
    (MAY, "Elections are due this November.", [("this November", "2024-11")]),
    (SEPT, "Last November, voters rejected the plan.", [("Last November", "2023-11")]),
    # --- narrative anchors: explicit years earlier in the text ---
    (
        MAY,
        "In 2018, the company moved its headquarters to Lagos. On March 3, it opened a second "
        "factory.",
        [("2018", "2018"), ("March 3", "2018-03-03")],
    ),
    (
        MAY,
        "The firm opened its first store in 2018. On June 5, it hired its first employee.",
        [("2018", "2018"), ("June 5", "2018-06-05")],
    ),
    (
        MAY,
        "Elections were held in 2019. Parliament first met on June 5. The budget passed on July 9.",
        [("2019", "2019"), ("June 5", "2019-06-05"), ("July 9", "2019-07-09")],
    ),
    (
        MAY,
        "In 2018, the rebels seized the northern provinces. The army retreated south. Talks "
        "collapsed. On March 3, the capital fell.",
        [("2018", "2018"), ("March 3", "2018-03-03")],
    ),
    (
        MAY,
        "In 2018, the rebels seized the north.\n\nThe army retreated south. Talks collapsed. "
        "On March 3, the capital fell.",
        [("2018", "2018"), ("March 3", "2024-03-03")],
    ),
    (
        MAY,
        "In 2018, the rebels seized the north. On Monday, the army said it had retaken the city. "
        "On March 3, the president resigned.",
        [("2018", "2018"), ("Monday", "2024-05-20"), ("March 3", "2024-03-03")],
    ),
    (
        MAY,
        "The store opened in 2018. According to an April 2 report, sales slowed.",
        [("2018", "2018"), ("April 2", "2024-04-02")],
    ),
    (
        MAY,
        "The firm said it was founded in 2018 and that as of March it had 200 staff.",
        [("2018", "2018"), ("March", "2024-03")],
    ),
    (
        MAY,
        "In 2018, the rebels seized the north and in March they took the capital.",
        [("2018", "2018"), ("March", "2018-03")],
    ),
    # --- the anchor never overrides future tense, unless it lies ahead too ---
    (
        MAY,
        "In 2018, the company moved its headquarters to Lagos. It will open a new factory on "
        "March 3.",
        [("2018", "2018"), ("March 3", "2025-03-03")],
    ),
    (
        MAY,
        "In 2018, the rebels seized the north. The president will visit the region on June 4.",
        [("2018", "2018"), ("June 4", "2024-06-04")],
    ),
    (
        SEPT,
        "In 2026, the company will open a plant on March 3.",
        [("2026", "2026"), ("March 3", "2026-03-03")],
    ),
    # --- background relative and appositive clauses hold no anchor for the main clause ---
    (
        MAY,
        "Ravelo, who took office in January 2022, met the envoy on March 3.",
        [("January 2022", "2022-01"), ("March 3", "2024-03-03")],
    ),
    (
        MAY,
        "Kamau, a former minister sacked in 2019, returned to Nairobi on March 3.",
        [("2019", "2019"), ("March 3", "2024-03-03")],
    ),
    (
        MAY,
        "The talks, which began in January 2023, resumed on March 3.",
        [("January 2023", "2023-01"), ("March 3", "2024-03-03")],
    ),
    (
        MAY,
        "The company, founded in 2015, reported a loss on March 3.",
        [("2015", "2015"), ("March 3", "2024-03-03")],
    ),
    (
        MAY,
        "The prime minister, who was elected in 2019, will step down on June 30.",
        [("2019", "2019"), ("June 30", "2024-06-30")],
    ),
    (
        MAY,
        "The envoy met Ravelo, who won a second term in a November 2023 election. On March 3, "
        "the two signed a trade pact.",
        [("November 2023", "2023-11"), ("March 3", "2024-03-03")],
    ),
    (
        MAY,
        "The talks, which began in January 2023 and stalled in May, resumed on March 3.",
        [("January 2023", "2023-01"), ("May", "2023-05"), ("March 3", "2024-03-03")],
    ),
    # --- a narrative that has reached a later month of its year moves on to the next ---
    (
        SEPT,
        "The dispute began when Brussels opened an investigation in October 2023. Beijing "
        "answered with a probe into brandy in January and another into pork in June.",
        [("October 2023", "2023-10"), ("January", "2024-01"), ("June", "2024-06")],
    ),
    (
        SEPT,
        "The ceasefire was signed on Nov. 20, 2023. In March, the rebels broke it.",
        [("Nov. 20, 2023", "2023-11-20"), ("March", "2024-03")],
    ),
    # the same sentence, or a month after the one reached, keeps the year
    (
        SEPT,
        "The ministers met in March 2023. In November, they signed the accord.",
        [("March 2023", "2023-03"), ("November", "2023-11")],
    ),
    # moving on would put a past event after the DCT: the year stays
    (
        MAY,
        "The talks opened on Dec. 10, 2023. In August, they had collapsed.",
        [("Dec. 10, 2023", "2023-12-10"), ("August", "2023-08")],
    ),
    # a passive "would be held" in reported speech looks ahead; "would have been" looks back
    (
        MAY,
        "State media said on Tuesday that a parade would be held in the capital on April 25.",
        [("Tuesday", "2024-05-14"), ("April 25", "2025-04-25")],
    ),
    (
        MAY,
        "Officials said the talks would have been held on May 2 had the storm not come.",
        [("May 2", "2024-05-02")],
    ),
    # --- "since" a year: a state that still holds; the story is not told in that year ---
    (
        SEPT,
        "The United States has kept an embargo on the country since 1986. The council voted "
        "in July to lift its own sanctions.",
        [("1986", "1986"), ("July", "2024-07")],
    ),
    (
        SEPT,
        "The embargo was imposed in 1986. In July, the council voted to lift its own sanctions.",
        [("1986", "1986"), ("July", "1986-07")],
    ),
    # a bare year after a day told in another year, in the same sentence, is its background
    (
        SEPT,
        "The agency issued the permit on July 29, ending a review that began when the company "
        "applied in 2019. The alliance filed its lawsuit on August 5.",
        [("July 29", "2024-07-29"), ("2019", "2019"), ("August 5", "2024-08-05")],
    ),
    (
        SEPT,
        "The agency issued the permit on July 29. The review had begun in 2019. In August, the "
        "company applied again.",
        [("July 29", "2024-07-29"), ("2019", "2019"), ("August", "2019-08")],
    ),
    # an adverb may open a participle's background clause (", first lodged in ...,")
    (
        SEPT,
        "The proposal, first lodged in November 2019, has become a bitter planning battle. "
        "Heritage officials objected to the tower in March.",
        [("November 2019", "2019-11"), ("March", "2024-03")],
    ),
    # a day before a noun names a thing of its own: the nearest such day, whatever the tense
    (
        SEPT,
        "Several candidates in the November 5 general election have promised to end the war.",
        [("November 5", "2024-11-05")],
    ),
    (
        SEPT,
        "Diplomats argued against sanctions before its October 20 election, officials said.",
        [("October 20", "2024-10-20")],
    ),
    (
        SEPT,
        "Officials said the July 2 attack had been planned abroad.",
        [("July 2", "2024-07-02")],
    ),
    # "set up" and "set out" are past forms, except after "to" or a modal
    (SEPT, "The government set up the inquiry in February.", [("February", "2024-02")]),
    (SEPT, "The government will set up an inquiry in February.", [("February", "2025-02")]),
    # a span of years is no one year the story is at
    (
        MAY,
        "Leaders must agree the budget for 2025 to 2031 at a summit in Berlin on June 4.",
        [("2025", "2025"), ("2031", "2031"), ("June 4", "2024-06-04")],
    ),
    (
        SEPT,
        "The fund spent 3 billion between 2019 and 2023, and its board meets on October 2.",
        [("2019", "2019"), ("2023", "2023"), ("October 2", "2024-10-02")],
    ),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_partial_date_year(dct: date, text: str, expected: Expected) -> None:
    found = [(t.text, t.value) for t in find_dates(text, dct) if t.type in {"DATE", "TIME"}]
    assert found == expected


def test_table_is_large_and_varied() -> None:
    assert len(CASES) >= 30
    assert {dct for dct, _, _ in CASES} == {MAY, SEPT}
    values = [value for _, _, expected in CASES for _, value in expected]
    assert any(len(v) == 7 for v in values) and any(len(v) == 10 for v in values)
