"""Round 39 of the extraction rules, end to end: what the round's studied sets taught
(Iranian politics, farmers' protests in Europe, Irish politics, military justice)."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import happened as _happened

from timeline.extract import extract

#: A Wednesday.
PUBLISHED = date(2013, 5, 15)

#: Sentences, each with an event of a type on a day that has an actor (None: any actor).
HAPPENED: list[tuple[str, str, date | None, str | None]] = [
    # an unnamed body may open with "a": "A court on Thursday sentenced"
    (
        "A court on Thursday sentenced a lieutenant to six years.",
        "other",
        date(2013, 5, 9),
        "Court",
    ),
    # dismissing people or a case is an act; dismissing a claim is a saying
    (
        "On Monday, Davit Gogoladze dismissed Deputy Defence Minister Irakli Tsomaia, who "
        "oversaw personnel policy.",
        "other",
        date(2013, 5, 13),
        None,
    ),
    (
        "The company dismissed about 700 striking workers on Monday.",
        "other",
        date(2013, 5, 13),
        None,
    ),
    (
        "Foreign Minister Andrii Melnychuk on Monday dismissed the response as classic stalling.",
        "statement",
        date(2013, 5, 13),
        "Andrii Melnychuk",
    ),
    # signing a decree or an order is an act of government, not an agreement
    (
        "Georgian Defence Minister Davit Gogoladze signed the order on Wednesday.",
        "other",
        date(2013, 5, 15),
        "Davit Gogoladze",
    ),
    # a court that asks a ministry to act rules (other), it does not say
    (
        "The Delhi High Court on Tuesday asked the civil aviation ministry to put on hold its "
        "allocation of flying rights.",
        "other",
        date(2013, 5, 14),
        "Delhi High Court",
    ),
    # ships that collide, a train derailed: a mishap, no attack
    (
        "SINGAPORE, May 15 (Reuters) - A products tanker and a container ship collided in the "
        "Singapore Strait early on Monday, spilling an estimated 350 tonnes of fuel oil.",
        "other",
        date(2013, 5, 13),
        None,
    ),
    # a provisional suspension, a suspension from duty, points docked, a ban imposed: penalties
    (
        "Finnish biathlete Jarno Lehtikangas was provisionally suspended on February 10 after "
        "the B sample was opened.",
        "sanction",
        date(2013, 2, 10),
        None,
    ),
    (
        "Police Sergeant Graham Leckie was suspended from duty on Monday.",
        "sanction",
        date(2013, 5, 13),
        "Graham Leckie",
    ),
    (
        "Greek club Asteras Chalkidas were docked three points in December over unpaid wages.",
        "sanction",
        date(2012, 12, 1),
        None,
    ),
    (
        "The International Biathlon Union imposed the two-year ban on April 16.",
        "sanction",
        date(2013, 4, 16),
        "International Biathlon Union",
    ),
    # an officer relieved of a post or a command
    (
        "General Horacio Benavidez had relieved the base commander, Colonel Raul Etchart, of his "
        "post in December.",
        "other",
        date(2012, 12, 1),
        "Raul Etchart",
    ),
    # a court martial is a court
    (
        "A court martial on Tuesday convicted Warrant Officer Kevin Lachance of negligence.",
        "other",
        date(2013, 5, 14),
        "Court martial",
    ),
    # a kind of institution between a country's adjective and it: the country still owns it
    (
        "An Argentine military tribunal on Thursday sentenced a lieutenant to six years.",
        "other",
        date(2013, 5, 9),
        "Argentine tribunal",
    ),
    # talks that broke down, a capital markets day, an information session: meetings
    (
        "Belgian and Dutch officials met in Brussels on May 3, but the talks broke down on May 20.",
        "meeting",
        date(2012, 5, 20),
        None,
    ),
    (
        "Nordvik Line chief executive Henrik Aagaard will present the plan at a capital markets "
        "day in London on 15 November.",
        "meeting",
        date(2013, 11, 15),
        "Henrik Aagaard",
    ),
    (
        "Ohio Attorney General Mark Hollis would hold a public information session for donors "
        "in Columbus on March 12.",
        "meeting",
        date(2014, 3, 12),
        "Mark Hollis",
    ),
    # a body due to take a matter up sits on it
    (
        "The IMF's executive board is expected to take it up in late August.",
        "meeting",
        date(2013, 8, 21),
        "International Monetary Fund",
    ),
    (
        "The city council is scheduled to take up the budget request on Thursday.",
        "meeting",
        date(2013, 5, 16),
        None,
    ),
    # summoned to answer questions or to explain to a committee: a hearing
    (
        "The government has also been summoned to explain to parliament's budget committee "
        "on Sunday.",
        "meeting",
        date(2013, 5, 19),
        None,
    ),
    (
        "Bulgarian Finance Minister Ivan Kolev was summoned to appear before the budget "
        "committee on Monday.",
        "meeting",
        date(2013, 5, 20),
        None,
    ),
    # a report submitted, published or released is a statement of its author
    (
        "The Road Safety Authority published a report on Monday that found deaths fell by a third.",
        "statement",
        date(2013, 5, 13),
        "Road Safety Authority",
    ),
    (
        "The results were published on Tuesday by the Central Statistics Office.",
        "statement",
        date(2013, 5, 14),
        "Central Statistics Office",
    ),
    (
        "The fact-finding board, headed by General Renato Cabrera, submitted its report on Monday.",
        "statement",
        date(2013, 5, 13),
        None,
    ),
    # a speech to a gathering is a statement
    (
        "Bijan Rostami addressed students at Tehran's Sharif University of Technology on Thursday.",
        "statement",
        date(2013, 5, 9),
        "Bijan Rostami",
    ),
    # notifying a body and describing something as what it is are sayings
    (
        "The Monetary Authority of Singapore described the incident as unacceptable on Friday.",
        "statement",
        date(2013, 5, 10),
        "Monetary Authority of Singapore",
    ),
    (
        "Norrvik Holdings notified the European Medicines Agency on Friday.",
        "statement",
        date(2013, 5, 10),
        None,
    ),
    # a resignation tendered, an arrest made again, a candidate or an ally withdrawn
    (
        "Prime Minister Ruairi Henchy tendered his resignation to the President on Thursday.",
        "other",
        date(2013, 5, 9),
        "Ruairi Henchy",
    ),
    (
        "Furlong was rearrested by police in Newry, Northern Ireland, on February 27 and is "
        "contesting his return.",
        "other",
        date(2013, 2, 27),
        None,
    ),
    (
        "Senator Fiona Cradden withdrew from the race on Tuesday.",
        "other",
        date(2013, 5, 14),
        "Fiona Cradden",
    ),
    # growers and reservists act as groups
    (
        "BELGRADE (Reuters) - About 500 reservists blocked traffic in Belgrade on Tuesday.",
        "other",
        date(2013, 5, 14),
        "Reservists",
    ),
    (
        "ROME (Reuters) - Growers blocked the gates of a sugar refinery with tractors on Tuesday.",
        "other",
        date(2013, 5, 14),
        "Growers",
    ),
    # a matter to be debated is a sitting of the body that debates it
    (
        "The report will be debated in the Dáil on December 2nd.",
        "meeting",
        date(2013, 12, 2),
        "Dáil",
    ),
    (
        "Fine Gael has tabled a motion of no confidence in the Government, which will be debated "
        "in the Dáil next Tuesday.",
        "meeting",
        date(2013, 5, 21),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "day", "actor"), HAPPENED)
def test_round39_sentence_has_its_event(text: str, kind: str, day: date, actor: str | None) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, kind, day, actor), [(e.type, e.date, e.actors) for e in events]


def test_an_institution_keeps_the_words_the_article_calls_it() -> None:
    events = extract(
        "An Argentine military tribunal on Thursday sentenced a lieutenant to six years.",
        published=PUBLISHED,
    )
    aliases = {alias for e in events for a in e.actors for alias in a.aliases}
    assert {"military tribunal", "Argentine military tribunal"} <= aliases, aliases


def test_a_possessive_owner_leaves_the_body_its_own_words() -> None:
    events = extract(
        "Brazil's central bank cut its benchmark rate on Wednesday.", published=PUBLISHED
    )
    aliases = {alias for e in events for a in e.actors for alias in a.aliases}
    assert "Brazil's central bank" in aliases, aliases
    assert not any(alias.startswith("s ") for alias in aliases), aliases


def test_last_weekday_the_day_before_publication_is_the_week_before() -> None:
    # PUBLISHED is a Wednesday: "last Tuesday" is not yesterday, and a successor sworn in
    # "the following day" is the Wednesday after it
    events = extract(
        "Minister Tadeusz Wroblewski resigned last Tuesday after weeks of protests. "
        "His successor, Grzegorz Banas, was sworn in the following day.",
        published=PUBLISHED,
    )
    assert _happened(events, "other", date(2013, 5, 7)), events
    assert _happened(events, "other", date(2013, 5, 8)), events


def test_an_undated_action_joins_the_only_such_event_of_its_country() -> None:
    events = extract(
        "DUBLIN, May 15 (Reuters) - Ireland's justice minister survived a parliamentary vote of "
        "no confidence late on Tuesday. Deputies in the Dail voted 84 to 70 to reject the "
        "opposition motion against Justice Minister Sean Dromey.",
        published=PUBLISHED,
    )
    votes = [e for e in events if e.type == "election"]
    assert len(votes) == 1, events
    assert {"Ireland", "Dáil"} <= {a.name for a in votes[0].actors}, votes


def test_an_undated_action_stays_off_when_two_such_events_could_be_its() -> None:
    events = extract(
        "DUBLIN, May 15 (Reuters) - Ireland's justice minister survived a parliamentary vote of "
        "no confidence late on Tuesday. Ireland will hold a referendum on June 2. Deputies in "
        "the Dail voted 84 to 70 to reject the opposition motion against Justice Minister Sean "
        "Dromey.",
        published=PUBLISHED,
    )
    assert not any("Dáil" in [a.name for a in e.actors] for e in events), events


def test_processors_and_cooperatives_end_business_names() -> None:
    events = extract(
        "Irish processor Munster Beet Processors said on Wednesday it would review the future "
        "of its two factories. Its board will meet on December 6.",
        published=PUBLISHED,
    )
    assert _happened(events, "statement", date(2013, 5, 15), "Munster Beet Processors"), events
    assert _happened(events, "meeting", date(2013, 12, 6), "Munster Beet Processors"), events


def test_a_saying_after_the_session_takes_the_day_of_the_vote() -> None:
    events = extract(
        "TEHRAN - Lawmakers on Wednesday voted to reject the nominee for economy minister. "
        "Government spokeswoman Parisa Kamali told reporters after the session that the "
        "president would name another candidate.",
        published=PUBLISHED,
    )
    assert _happened(events, "statement", date(2013, 5, 15), "Parisa Kamali"), events
