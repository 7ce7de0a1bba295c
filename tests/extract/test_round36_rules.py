"""Rounds 36 and 37 of the extraction rules, end to end: what the rounds' studied sets taught
(Baltic politics, tourism and cruise lines, food safety, museums and heritage; science
institutions, sports business, housing, international courts)."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import happened as _happened

from timeline.extract import extract

#: A Wednesday.
PUBLISHED = date(2013, 5, 15)

#: Sentences, each with an event of a type on a day that has an actor (None: any actor).
HAPPENED: list[tuple[str, str, date, str | None]] = [
    # a name whose possessive owns a board or shareholders is a business's
    (
        "Costa Serena's board rejected the approach on Monday.",
        "statement",
        date(2013, 5, 13),
        "Costa Serena",
    ),
    # thefts are events
    (
        "GHENT, Belgium (AP) - In September, thieves stole a carved oak altarpiece from a village "
        "church.",
        "other",
        date(2012, 9, 1),
        None,
    ),
    (
        "Police said thieves broke into the Verhaeghe Museum on Sunday.",
        "other",
        date(2013, 5, 12),
        None,
    ),
    # approving a plan, also inside what someone said
    (
        "FLENSBURG, Germany (Reuters) - Vellmann said the KBA had approved the company's repair "
        "plan on Tuesday.",
        "other",
        date(2013, 5, 14),
        "KBA",
    ),
    # museums and galleries are bodies, and "the gallery" is the one named before
    (
        "The Irwell Gallery said on Monday it had been burgled. The gallery announced the "
        "cancellation on Tuesday.",
        "statement",
        date(2013, 5, 14),
        "Irwell Gallery",
    ),
    (
        "The Verhaeghe Museum said on Monday the panels were insured.",
        "statement",
        date(2013, 5, 13),
        "Verhaeghe Museum",
    ),
    # a dairy's plural is a business's name: "the company" is that business
    (
        "Lakeview Dairies said on Monday it would recall the milk. The company said on Tuesday it "
        "had closed the plant.",
        "statement",
        date(2013, 5, 14),
        "Lakeview Dairies",
    ),
    # court filings and orders obtained are events
    (
        "Greystone obtained an eviction order in the Johannesburg High Court on 14 May.",
        "other",
        date(2013, 5, 14),
        "Johannesburg High Court",
    ),
    # declaring a diplomat persona non grata, with the diplomat named between
    (
        "CHISINAU (Reuters) - On Tuesday, Moldova declared an employee of the Russian Embassy "
        "persona non grata, saying he had organised paid protests.",
        "sanction",
        date(2013, 5, 14),
        "Moldova",
    ),
    # a relative clause closed by its comma leaves the fronted date to the main verb
    (
        "Yesterday the Inner City Housing Rights Centre, which represents the tenants, filed an "
        "urgent application for leave to appeal.",
        "other",
        date(2013, 5, 14),
        "Inner City Housing Rights Centre",
    ),
    # a country's regulator is one of its institutions
    (
        "STOCKHOLM (Reuters) - Sweden's competition regulator said on Monday that it was "
        "following the tender closely.",
        "statement",
        date(2013, 5, 13),
        "Swedish competition regulator",
    ),
    # a day between an institution and its verb
    (
        "TALLINN (Reuters) - The Estonian government on Thursday rejected applications from 15 "
        "schools.",
        "statement",
        date(2013, 5, 9),
        "Estonian government",
    ),
    # a quarter before a noun names the results; the day dates the report
    (
        "Harvest Lane Markets is due to report third-quarter results to bondholders on May 23.",
        "statement",
        date(2013, 5, 23),
        "Harvest Lane Markets",
    ),
    (
        "Harvest Lane Markets is due to report second-quarter results in late August.",
        "statement",
        date(2013, 8, 21),
        "Harvest Lane Markets",
    ),
    # an open letter is a statement, not a signed agreement
    (
        "Members of the Hantam Astronomy Society signed an open letter published on Monday "
        "urging the fund to reconsider.",
        "statement",
        date(2013, 5, 13),
        "Hantam Astronomy Society",
    ),
    # "Its board": the board of the business just named
    (
        "Harbourline Holdings said on Monday it would appeal. Its board will meet on Tuesday to "
        "decide.",
        "meeting",
        date(2013, 5, 21),
        "Harbourline Holdings",
    ),
    (
        "Harbourline Developments said on Monday it was considering an appeal to the Planning "
        "Inspectorate. Its board will meet on Tuesday to decide.",
        "meeting",
        date(2013, 5, 21),
        "Harbourline Developments",
    ),
    # a capital's city council is the city's, not the nation's
    (
        "LISBON (Reuters) - Lisbon city council is due to vote on June 6 on a moratorium.",
        "election",
        date(2013, 6, 6),
        "Lisbon city council",
    ),
    # a saying right after an occasion only a noun names takes the occasion's day
    (
        "The chief executive, Julian Ashcombe, told reporters after the sale on Tuesday night.",
        "statement",
        date(2013, 5, 14),
        "Julian Ashcombe",
    ),
]


def test_an_unnamed_institution_keeps_the_words_the_article_calls_it_by() -> None:
    events = extract(
        "VILNIUS (Reuters) - The cabinet approved the sale at a late-night session on Monday.",
        published=PUBLISHED,
    )
    cabinet = [a for e in events for a in e.actors if a.name == "Cabinet"]
    assert cabinet and all(a.aliases == ["the cabinet"] for a in cabinet)


def test_a_body_keeps_its_owners_possessive_as_the_article_wrote_it() -> None:
    events = extract(
        "BRASILIA (Reuters) - Brazil's central bank cut its benchmark rate on Wednesday.",
        published=PUBLISHED,
    )
    aliases = {alias for e in events for a in e.actors for alias in a.aliases}
    assert "Brazil's central bank" in aliases


def test_an_institution_keeps_the_words_that_name_it() -> None:
    events = extract("Nairobi police arrested ten people on Monday.", published=PUBLISHED)
    police = [a for e in events for a in e.actors if a.name == "Kenyan police"]
    assert police and all(a.aliases == ["Nairobi police"] for a in police)


def test_a_request_that_only_says_who_asked_is_no_event() -> None:
    events = extract(
        "Kalumbwe's shares were suspended from trading in Toronto on Tuesday at the company's "
        "request.",
        published=PUBLISHED,
    )
    assert "statement" not in {e.type for e in events}


def test_an_indefinite_pronoun_is_no_actor() -> None:
    events = extract(
        '"Nobody told us anything until the captain came on the loudspeaker on Saturday night."',
        published=PUBLISHED,
    )
    assert "Nobody" not in {a.name for e in events for a in e.actors}


def test_an_outbreak_that_kills_is_no_attack() -> None:
    events = extract(
        "COLUMBUS, Ohio (AP) - Two former executives of an Ohio sprout grower whose products were "
        "linked to an E. coli outbreak that killed three people were sentenced to prison "
        "Thursday.",
        published=PUBLISHED,
    )
    assert [e.type for e in events] == ["other"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a cruise line, a hotel chain, a Spanish "Grupo": businesses, not people
        ("Solara Cruises said on Monday it would refund passengers.", "Solara Cruises"),
        ("Borealis Line said on Monday its ship had been evacuated.", "Borealis Line"),
        ("Almansa Hoteles said on Monday it would raise its offer.", "Almansa Hoteles"),
        ("Harbourline Developments said on Monday it would appeal.", "Harbourline Developments"),
        ("Grupo Turistico Levante said on Monday it would not bid.", "Grupo Turistico Levante"),
        # a police force's name ends in "Police"
        (
            "Greater Manchester Police arrested two men in Salford on Monday.",
            "Greater Manchester Police",
        ),
    ],
)
def test_a_business_or_force_is_no_person(text: str, name: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert [(a.name, a.kind) for e in events for a in e.actors][:1] == [(name, "organization")]


@pytest.mark.parametrize(("text", "kind", "day", "actor"), HAPPENED)
def test_round36_sentence_has_its_event(text: str, kind: str, day: date, actor: str | None) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, kind, day, actor), [
        (e.type, e.date and e.date.start, [a.name for a in e.actors]) for e in events
    ]
