"""Round 40 of the extraction rules, end to end: what the round's studied sets taught
(Central African politics, espionage and expulsions, public inquiries, indigenous land
rights), and what a re-read of the earlier studied sets showed."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import happened as _happened

from timeline.extract import extract

#: A Wednesday.
PUBLISHED = date(2013, 5, 15)

#: Sentences, each with an event of a type on a day that has an actor (None: any actor).
HAPPENED: list[tuple[str, str, date | None, str | None]] = [
    # a span of years dates no event: the summit keeps its own day
    (
        "EU heads of government must agree the budget for 2014 to 2020 at a summit in Berlin "
        "on June 27 and 28.",
        "meeting",
        date(2013, 6, 27),
        None,
    ),
    # a hearing "set down" by a court for a day is scheduled for it
    (
        "A hearing has been set down in the High Court at Wellington for November 18.",
        "meeting",
        date(2013, 11, 18),
        "High Court",
    ),
    # banning a rally or a march is a measure taken against it
    (
        "On Wednesday the interior ministry banned a rally the opposition had called for Saturday.",
        "sanction",
        date(2013, 5, 15),
        None,
    ),
    # withdrawing an appeal or a lawsuit is an act, also when a lawyer reports it
    (
        "Lawyers for Rein Tammsaar said he had withdrawn an appeal last week.",
        "other",
        date(2013, 5, 6),
        "Rein Tammsaar",
    ),
    ("Rein Tammsaar withdrew his appeal on Monday.", "other", date(2013, 5, 13), "Rein Tammsaar"),
    # suspending a newspaper, a licence or broadcasts is a penalty
    (
        "In March the government suspended its newspaper, L'Echo du Peuple, for three months.",
        "sanction",
        date(2013, 3, 1),
        None,
    ),
    # filing a case, a lawsuit or a notice of appeal is an act, not a saying
    (
        "The Justice Department filed a notice of appeal with the 5th U.S. Circuit Court of "
        "Appeals on Tuesday.",
        "other",
        date(2013, 5, 14),
        None,
    ),
    ("Kyrgyzstan filed the case in late April.", "other", date(2013, 4, 21), "Kyrgyzstan"),
    # a report or an audit "released" on a day, the noun first: its publication
    (
        "The preliminary report by the Rail Safety Investigation Office, released on Tuesday, "
        "found that the driver had been speeding.",
        "statement",
        date(2013, 5, 14),
        None,
    ),
    # a session of so many days is a meeting, dated by the relative clause that opens it
    (
        "Ministers attended a two-day session of the Chadian-Libyan joint border commission, "
        "which opened in N'Djamena on Tuesday.",
        "meeting",
        date(2013, 5, 14),
        None,
    ),
    # a participle clause without a date describes the event noun; the noun's own verb and
    # date come after it
    (
        "The summit, hosted by Kenya, opened in Nairobi on Tuesday.",
        "meeting",
        date(2013, 5, 14),
        "Kenya",
    ),
    (
        "The trial of Jonas Bartkus, held behind closed doors because of the classified nature "
        "of the evidence, opened on 12 January.",
        "other",
        date(2013, 1, 12),
        "Jonas Bartkus",
    ),
    # placed in administration, brought before a magistrate: acts
    (
        "On July 8 Pesachain Ltd was placed in administration by the High Court.",
        "other",
        date(2012, 7, 8),
        None,
    ),
    (
        "Brian Wekesa appeared before a magistrate at the Milimani Law Courts in Nairobi on Monday.",
        "other",
        date(2013, 5, 13),
        "Brian Wekesa",
    ),
    # barring someone from leaving the country is a sanction
    (
        "Seoul prosecutors also barred Choi Dong-hyun from leaving the country on Thursday.",
        "sanction",
        date(2013, 5, 9),
        None,
    ),
    # customers, depositors, investors and creditors act as groups
    (
        "About 80 customers rallied outside the company's office on Monday.",
        "other",
        date(2013, 5, 13),
        "Customers",
    ),
    # a resolution passed or adopted by a chamber is its vote
    (
        "The Senate unanimously passed a resolution on Monday condemning the dam.",
        "election",
        date(2013, 5, 13),
        "Senate",
    ),
    # a body holding a session meets
    (
        "The U.N. Security Council held a session on the dam in July 2011.",
        "meeting",
        date(2011, 7, 1),
        None,
    ),
    # an outbreak or a case "was confirmed": the finding itself, not a saying
    (
        "Spain's first outbreak was confirmed on February 24 at a breeding farm in Almacelles.",
        "other",
        date(2013, 2, 24),
        "Spain",
    ),
    # someone (or something) "was dismissed": an act done to them, not a saying
    (
        "Kenya's police chief was dismissed on Monday.",
        "other",
        date(2013, 5, 13),
        "Kenya",
    ),
    # coalition and party leaders act as groups
    (
        "Coalition leaders will meet on Sunday to pick their candidate.",
        "meeting",
        date(2013, 5, 19),
        None,
    ),
    # something "called off" on a day: cancelled then
    (
        "South Korea on Monday called off its New Year's Day sunrise festivals.",
        "other",
        date(2013, 5, 13),
        None,
    ),
    # "his supporters": the crowd of the person just named
    (
        "Opposition leader Ganbatyn Khurelbaatar refused to concede on Tuesday. Several "
        "hundred of his supporters gathered in Sukhbaatar Square on Tuesday night.",
        "other",
        date(2013, 5, 14),
        "Ganbatyn Khurelbaatar",
    ),
    # a saying after (or before) an occasion takes the occasion's day
    (
        "VILNIUS - A Vilnius court on Wednesday jailed a former archivist for 11 years for "
        "spying. Defence lawyer Tomas Jonaitis told reporters after the hearing that he would "
        "appeal.",
        "statement",
        date(2013, 5, 15),
        None,
    ),
    (
        "TOPEKA - The House voted 84-40 on Tuesday to override the veto. Representative Walter "
        "Graber told colleagues before the vote that the state could not afford the increase.",
        "statement",
        date(2013, 5, 14),
        "Walter Graber",
    ),
    (
        "VILNIUS - A Vilnius court on Wednesday jailed a former archivist for 11 years for "
        "spying. Prosecutor Aldona Petraitiene told reporters after the trial that she was "
        "satisfied.",
        "statement",
        date(2013, 5, 15),
        "Aldona Petraitiene",
    ),
]


@pytest.mark.parametrize(("text", "kind", "day", "actor"), HAPPENED)
def test_round40_sentence_has_its_event(text: str, kind: str, day: date, actor: str | None) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, kind, day, actor), [(e.type, e.date, e.actors) for e in events]


def test_a_span_of_years_dates_no_event() -> None:
    events = extract(
        "The court found Saulius Grigas guilty of disclosing state secrets between 2008 and "
        "2012, when he worked at the ministry.",
        published=PUBLISHED,
    )
    assert not any(e.date is not None and e.date.start.year in {2008, 2012} for e in events), [
        (e.type, e.date) for e in events
    ]


def test_indian_affairs_and_indian_agents_name_no_country() -> None:
    events = extract(
        "OTTAWA - Canada's government apologized on Tuesday to the Nisakaw Cree Nation. In "
        "September 1964, federal Indian agents relocated about 300 people to a new townsite.",
        published=PUBLISHED,
    )
    assert events, events
    assert not any(a.name == "India" for e in events for a in e.actors), [
        (e.type, [a.name for a in e.actors]) for e in events
    ]


def test_an_event_noun_after_without_did_not_happen() -> None:
    events = extract(
        "A previous round in the Kenyan capital ended in May without a ceasefire.",
        published=PUBLISHED,
    )
    assert not any(e.type == "agreement" for e in events), [(e.type, e.date) for e in events]


def test_an_event_noun_after_no_did_not_happen() -> None:
    events = extract(
        "Police said on Monday they had questioned eleven people but had made no arrests.",
        published=PUBLISHED,
    )
    assert not any(e.type == "other" for e in events), [(e.type, e.date) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Taeil Construction shares closed up 2.4 percent on the Korea Exchange Thursday.",
        "Brazil's real weakened 0.6 percent against the dollar on Thursday.",
    ],
)
def test_a_figure_that_moved_is_no_event(text: str) -> None:
    assert not extract(text, published=PUBLISHED)


def test_a_vote_share_still_dates_the_vote() -> None:
    events = extract(
        "Britons voted by 52 percent to 48 percent on June 23 to leave the European Union.",
        published=PUBLISHED,
    )
    assert any(e.type == "election" for e in events), [(e.type, e.date) for e in events]


def test_the_capitalised_head_of_a_body_named_before_is_that_body() -> None:
    events = extract(
        "BRUSSELS - The European Commission opened an investigation on Monday. A Commission "
        "spokeswoman said in Brussels on Wednesday that the review would take months. The "
        "Commission fined the company on Thursday.",
        published=PUBLISHED,
    )
    assert events and all(e.actors[0].name == "European Commission" for e in events), [
        (e.type, [a.name for a in e.actors]) for e in events
    ]


def test_a_country_named_by_its_adjective_keeps_the_adjective() -> None:
    events = extract("Macedonian police arrested two men on Monday.", published=PUBLISHED)
    countries = [a for e in events for a in e.actors if a.kind == "country"]
    assert countries and "Macedonian" in countries[0].aliases, countries


def test_a_country_keeps_every_name_the_article_gives_it() -> None:
    events = extract(
        "SARAJEVO - Protesters set fire to government buildings in Bosnia on Friday. The head "
        "of the canton resigned the following day.",
        published=PUBLISHED,
    )
    countries = [a for e in events for a in e.actors if a.kind == "country"]
    assert countries and all("Bosnia" in a.aliases for a in countries), countries


def test_a_capital_is_a_name_of_its_country_only_where_it_speaks_for_it() -> None:
    spoke = extract("Pyongyang said on Monday it would test a missile.", published=PUBLISHED)
    met = extract(
        "North Korean officials met Chinese envoys in Pyongyang on Monday.", published=PUBLISHED
    )
    north = [a for e in spoke for a in e.actors if a.name == "North Korea"]
    assert north and "Pyongyang" in north[0].aliases, north
    assert not any("Pyongyang" in a.aliases for e in met for a in e.actors), met


def _aliases(text: str) -> set[str]:
    return {
        alias for e in extract(text, published=PUBLISHED) for a in e.actors for alias in a.aliases
    }


#: A day after "asked X to <verb>" or "accused X of <doing>": no day of the saying.
NOT_THE_SAYINGS_DAY = [
    (
        "Howard Pitts said he has asked both bargaining teams to return to the table Friday.",
        date(2013, 5, 17),
    ),
    ("Prosecutors accused Darren Keel of stealing data on Aug. 29.", date(2012, 8, 29)),
]


@pytest.mark.parametrize(("text", "day"), NOT_THE_SAYINGS_DAY)
def test_a_day_of_the_act_asked_for_or_accused_of_is_not_the_sayings(text: str, day: date) -> None:
    events = extract(text, published=PUBLISHED)
    assert not any(
        e.type == "statement" and e.date is not None and e.date.start == day for e in events
    ), [(e.type, e.date) for e in events]


#: Words a body is named by in the article, kept among its aliases: its kind, its town.
KEPT_ALIASES = [
    (
        "A court in Lublin on Friday ordered him held for three months.",
        {"court in Lublin", "Lublin court"},
    ),
    (
        "A county court in Split ordered him held in custody for a month on Friday.",
        {"county court in Split", "Split county court"},
    ),
    ("The special tribunal will hold its first session on June 18.", {"special tribunal"}),
]


@pytest.mark.parametrize(("text", "expected"), KEPT_ALIASES)
def test_a_body_keeps_the_words_naming_it(text: str, expected: set[str]) -> None:
    aliases = _aliases(text)
    assert expected <= aliases, aliases


#: Words that name nothing: a month after a body, the last word of the sentence before, an
#: adjective in a place's name.
NO_ALIASES = [
    ("A court in January ordered him held.", "January"),
    ("He spoke on Monday. The police said on Tuesday that two men were held.", "Monday"),
    ("NEW DELHI - India sent two warships into the Indian Ocean on Monday.", "Indian"),
]


@pytest.mark.parametrize(("text", "word"), NO_ALIASES)
def test_words_that_name_no_body_are_no_alias(text: str, word: str) -> None:
    aliases = _aliases(text)
    assert not any(word in alias for alias in aliases), aliases
