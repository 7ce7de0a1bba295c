"""Rounds 30 to 32 of the extraction rules, end to end: churches, mines, parliaments, airlines and
the press."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import happened as _happened
from event_checks import seen as _seen

from timeline.extract import extract

#: A Wednesday.
PUBLISHED = date(2013, 5, 15)

#: Sentences, each with an event of a type on a day that has an actor (None: any actor), as the
#: rounds' rules make them.
HAPPENED: list[tuple[str, str, date, str | None]] = [
    # bodies whose names end in Conference, Church, Diocese or Synod
    (
        "The Irish Catholic Bishops' Conference said on Tuesday the bishops would study the report.",
        "statement",
        date(2013, 5, 14),
        "Irish Catholic Bishops' Conference",
    ),
    (
        "The Catholic Bishops' Conference of the Philippines said on Thursday that it respects the decision.",
        "statement",
        date(2013, 5, 9),
        "Catholic Bishops' Conference of the Philippines",
    ),
    (
        "The Church of Norway's national synod voted on Friday to ask the government to open talks.",
        "election",
        date(2013, 5, 10),
        "Church of Norway",
    ),
    (
        "The Diocese of Clonmore said on Monday it would appeal.",
        "statement",
        date(2013, 5, 13),
        "Diocese of Clonmore",
    ),
    # parliaments named by their own word, as bodies of their country
    ("The Knesset voted on Monday to dissolve itself.", "election", date(2013, 5, 13), "Knesset"),
    ("The Knesset voted on Monday to dissolve itself.", "election", date(2013, 5, 13), "Israel"),
    ("The Duma passed the law on Friday.", "other", date(2013, 5, 10), "State Duma"),
    ("The Duma passed the law on Friday.", "other", date(2013, 5, 10), "Russia"),
    ("The Dáil voted on Tuesday to set up the inquiry.", "election", date(2013, 5, 14), "Dáil"),
    ("The Dáil voted on Tuesday to set up the inquiry.", "election", date(2013, 5, 14), "Ireland"),
    ("He was elected to Holyrood on May 5.", "election", date(2013, 5, 5), "Scottish Parliament"),
    ("He was elected to Holyrood on May 5.", "election", date(2013, 5, 5), "United Kingdom"),
    # installations, restarts and counted crowds of the faithful
    (
        "Bishop Teodoro Villanueva will be installed in the cathedral on May 20.",
        "other",
        date(2013, 5, 20),
        "Teodoro Villanueva",
    ),
    (
        "Teodoro Villanueva is due to take charge of the diocese at a Mass on May 20.",
        "other",
        date(2013, 5, 20),
        "Teodoro Villanueva",
    ),
    (
        "Kestrel Mining will resume operations at the mine on May 20.",
        "other",
        date(2013, 5, 20),
        "Kestrel Mining",
    ),
    (
        "About 400 parishioners marched to the bishop's residence on Sunday.",
        "other",
        date(2013, 5, 12),
        "parishioners",
    ),
    # recommending is a statement, vandalising an attack
    (
        "The Scottish Parliament's audit committee recommended on Monday that the contract be cancelled.",
        "statement",
        date(2013, 5, 13),
        "Scottish Parliament",
    ),
    (
        "Protesters ransacked the offices of the Daily Monitor on Monday.",
        "attack",
        date(2013, 5, 13),
        "Protesters",
    ),
    (
        "Hundreds of villagers vandalised the offices of Kestrel Mining on Monday.",
        "attack",
        date(2013, 5, 13),
        "Kestrel Mining",
    ),
    # addressing an assembly, debating a report
    (
        "Church Affairs Minister Jon Lilleby addressed the synod on Tuesday.",
        "statement",
        date(2013, 5, 14),
        "Jon Lilleby",
    ),
    ("The Dáil will debate the report on May 24th.", "meeting", date(2013, 5, 24), "Dáil"),
    # a plenary or general assembly is a meeting
    (
        "The Catholic Bishops' Conference of the Philippines will take up the matter at its plenary assembly in July.",
        "meeting",
        date(2013, 7, 1),
        "Catholic Bishops' Conference of the Philippines",
    ),
    (
        "Brazil's Catholic bishops ended their annual general assembly on Friday.",
        "meeting",
        date(2013, 5, 10),
        "Brazil",
    ),
    # pushing a measure through parliament is a vote
    (
        "The Awami League pushed the changes through parliament on May 3.",
        "election",
        date(2013, 5, 3),
        "Awami League",
    ),
    # a reported clause about its speaker's own board names the speaker
    (
        "Karoo Metals said in a statement on Wednesday that its board would review the Zambian operation at a meeting next week.",
        "meeting",
        date(2013, 5, 20),
        "Karoo Metals",
    ),
    # something published on a day is a statement
    (
        "Figures published by the Office for National Statistics on Monday showed that membership fell.",
        "statement",
        date(2013, 5, 13),
        "Office for National Statistics",
    ),
    (
        "The report was published by the European Commission on Monday.",
        "statement",
        date(2013, 5, 13),
        "European Commission",
    ),
    # a pope named later by title, or by name without his number
    (
        "Pope Benedict XVI will travel to Ghana in November. The pope will meet leaders of the Sufi brotherhoods on Nov. 22.",
        "meeting",
        date(2013, 11, 22),
        "Benedict XVI",
    ),
    (
        "Pope Benedict XVI will travel to Ghana in November. Benedict will meet leaders of the Sufi brotherhoods on Nov. 22.",
        "meeting",
        date(2013, 11, 22),
        "Benedict XVI",
    ),
    # a superintendency keeps its whole name
    (
        "The Superintendency of Communications Services imposed the fine on Tuesday.",
        "sanction",
        date(2013, 5, 14),
        "Superintendency of Communications Services",
    ),
    # taking effect is an event
    (
        "A curfew declared by Honduras will take effect on Friday.",
        "other",
        date(2013, 5, 17),
        "Honduras",
    ),
    (
        "The curfew Honduras declared takes effect on May 20.",
        "other",
        date(2013, 5, 20),
        "Honduras",
    ),
    # a markup or a canvass of results is a meeting
    (
        "The Senate Banking Committee is scheduled to mark up the measure on May 21.",
        "meeting",
        date(2013, 5, 21),
        "Senate Banking Committee",
    ),
    (
        "The Pima County Board of Supervisors is scheduled to canvass the results on May 22.",
        "meeting",
        date(2013, 5, 22),
        "Pima County Board of Supervisors",
    ),
    # an airline named Air is a business
    (
        "Sundara Air signed the deal with Corvane on Monday.",
        "agreement",
        date(2013, 5, 13),
        "Sundara Air",
    ),
    (
        "Atlântica Air said on Monday it had cancelled 210 flights.",
        "statement",
        date(2013, 5, 13),
        "Atlântica Air",
    ),
    # someone shot was attacked
    (
        "Harold Feldman was shot once in the chest in his pharmacy on May 8.",
        "attack",
        date(2013, 5, 8),
        None,
    ),
    (
        "Two officers were shot on May 8 in Karachi, Pakistani police said.",
        "attack",
        date(2013, 5, 8),
        None,
    ),
    # company titles, lock-outs and general meetings
    (
        "Chief Executive Officer Sunil Deshmane resigned on Tuesday.",
        "other",
        date(2013, 5, 14),
        "Sunil Deshmane",
    ),
    (
        "Hansa Auto Components on Wednesday declared a lock-out at its Manesar plant.",
        "other",
        date(2013, 5, 15),
        "Hansa Auto Components",
    ),
    (
        "Tamraparni Chemicals has scheduled the EGM for May 28.",
        "meeting",
        date(2013, 5, 28),
        "Tamraparni Chemicals",
    ),
    # bodies of two portfolios or trades joined by 'and' keep their whole names
    (
        "Peru's Ministry of Energy and Mines said on Monday it had suspended the mine.",
        "statement",
        date(2013, 5, 13),
        "Ministry of Energy and Mines",
    ),
    (
        "The Department of Health and Human Services said on Monday it would appeal.",
        "statement",
        date(2013, 5, 13),
        "Department of Health and Human Services",
    ),
    (
        "The Transport and Logistics Workers' Union said on Monday it would strike.",
        "statement",
        date(2013, 5, 13),
        "Transport and Logistics Workers' Union",
    ),
    (
        "The Colorado Farm and Ranch Water Coalition said on Monday it would sue.",
        "statement",
        date(2013, 5, 13),
        "Colorado Farm and Ranch Water Coalition",
    ),
    # an execution scheduled for a day is an event
    ("Oklahoma's next execution is scheduled for May 30.", "other", date(2013, 5, 30), "Oklahoma"),
]


@pytest.mark.parametrize(("text", "kind", "day", "actor"), HAPPENED)
def test_the_event_happens_with_its_actor(
    text: str, kind: str, day: date, actor: str | None
) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, kind, day, actor), _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "THE Scottish Government's final budget cleared its first hurdle last night.",
        "THE government of Ghana said on Monday it would close the border.",
    ],
)
def test_a_ledes_first_word_in_capitals_is_no_actor(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert events, _seen(events)
    assert all("THE" not in [a.name for a in e.actors] for e in events), _seen(events)


def test_a_court_in_the_lede_is_the_court_the_story_names_later() -> None:
    text = (
        "MACAU, Oct 15 (Reuters) - A Macau court on Friday sentenced a reputed triad leader to "
        "14 years in prison.\n\nChan Kam-lun, 41, was convicted by a three-judge panel of the "
        "Court of General Jurisdiction after a five-week trial.\n\nHis lawyer said he would "
        "appeal to the Court of Final Appeal."
    )
    events = extract(text, published=date(1999, 10, 15))
    assert _happened(events, "other", date(1999, 10, 15), "Court of General Jurisdiction"), _seen(
        events
    )
    assert all("Court of Final Appeal" not in [a.name for a in e.actors] for e in events)


def test_a_court_appealed_to_is_not_the_one_that_acted() -> None:
    text = (
        "A court on Friday sentenced a reputed triad leader to 14 years in prison.\n\n"
        "His lawyer said he would appeal to the Court of Final Appeal."
    )
    events = extract(text, published=date(1999, 10, 15))
    dated = [e for e in events if e.date is not None]
    assert all("Court of Final Appeal" not in [a.name for a in e.actors] for e in dated), _seen(
        events
    )


def test_a_court_named_indefinitely_after_the_lede_is_a_new_one() -> None:
    lede = "The opposition said on Monday it would keep up its protests. " * 14
    text = lede + "\n\nA court on Friday sentenced two protesters to prison.\n\nThe Hamburg "
    text += "Regional Court rejected their appeal in March."
    events = extract(text, published=PUBLISHED)
    friday = [e for e in events if e.date is not None and e.date.start == date(2013, 5, 10)]
    assert all("Hamburg Regional Court" not in [a.name for a in e.actors] for e in friday)


def test_a_ministers_portfolio_before_the_title_is_no_body() -> None:
    events = extract(
        "Church Affairs Minister Jon Lilleby said on Tuesday the talks would start.",
        published=PUBLISHED,
    )
    assert events, _seen(events)
    assert all("Church Affairs" not in [a.name for a in e.actors] for e in events), _seen(events)


def test_the_country_visited_is_a_party_to_the_visit() -> None:
    text = (
        "The Vatican confirmed on Thursday that Pope Benedict XVI would make a state visit to "
        "Britain on Sept. 16-19, including the beatification of Cardinal John Henry Newman."
    )
    events = extract(text, published=date(2010, 6, 17))
    assert _happened(events, "visit", date(2010, 9, 16), "United Kingdom"), _seen(events)


def test_a_monsignor_is_a_title_not_part_of_the_name() -> None:
    events = extract(
        "A Vatican team led by Monsignor Renato Gallo visited Accra on Monday.",
        published=PUBLISHED,
    )
    names = [a.name for e in events for a in e.actors]
    assert "Renato Gallo" in names and "Monsignor Renato Gallo" not in names, _seen(events)


def test_a_date_after_until_ends_the_state_an_act_began() -> None:
    text = (
        "The Kremlin accepted Governor Sergei Molchanov's resignation and named Yevgeny "
        "Ostapenko as acting governor until an election in September."
    )
    events = extract(text, published=date(2026, 3, 5))
    named = [e for e in events if e.type == "other"]
    assert all(e.date is None or e.date.start.month != 9 for e in named), _seen(events)


def test_a_court_in_the_lede_may_be_named_later_in_lower_case() -> None:
    text = (
        "KAZAN, Russia, June 17 (Reuters) - A court in the Russian city of Kazan on Thursday "
        "sentenced a regional opposition coordinator to three years.\n\nJudge Rinat Khabibullin "
        "of the Vakhitovsky district court said the evidence was clear."
    )
    events = extract(text, published=date(2021, 6, 17))
    assert _happened(events, "other", date(2021, 6, 17), "Vakhitovsky district court"), _seen(
        events
    )


def test_cabin_crew_who_strike_stop_work() -> None:
    events = extract(
        "Cabin crew at Atlântica Air will strike for five days from next Monday, their union said.",
        published=PUBLISHED,
    )
    assert _happened(events, "other", date(2013, 5, 20), "Atlântica Air"), _seen(events)
    assert not any(e.type == "attack" for e in events), _seen(events)


@pytest.mark.parametrize(
    ("text", "party", "country"),
    [
        ("United Russia voted on Monday to expel the deputy.", "United Russia", "Russia"),
        ("Just Russia said on Monday it had suspended his membership.", "A Just Russia", "Russia"),
        (
            "The BNP called a general strike on Monday.",
            "Bangladesh Nationalist Party",
            "Bangladesh",
        ),
    ],
)
def test_a_party_named_for_its_country_is_the_party(text: str, party: str, country: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert any(
        {party, country} <= {a.name for a in e.actors}
        and e.date is not None
        and e.date.start == date(2013, 5, 13)
        for e in events
    ), _seen(events)
