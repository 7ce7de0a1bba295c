"""Round 38 of the extraction rules, end to end: what the round's studied sets taught
(Egyptian, Lebanese and Jordanian politics, railways and public transport, charities and
their regulators, US immigration enforcement)."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import happened as _happened

from timeline.extract import extract
from timeline.extract.cues import load_cues

#: A Wednesday.
PUBLISHED = date(2013, 5, 15)

#: Sentences, each with an event of a type on a day that has an actor (None: any actor).
HAPPENED: list[tuple[str, str, date, str | None]] = [
    # an unnamed body is the subject after an opening time phrase with no comma
    ("On Monday the regulator fined Acme.", "sanction", date(2013, 5, 13), "Regulator"),
    ("Last week police arrested three men in Karak.", "other", date(2013, 5, 6), "Police"),
    (
        "In January the regulator fined the company £1.2 million.",
        "sanction",
        date(2013, 1, 1),
        "Regulator",
    ),
    # an event noun keeps its date after what it befell or who meets, and where (the date's
    # preposition may be left out: "in Dhaka next month")
    (
        "BELGRADE (Reuters) - Protests followed the collapse of a concrete canopy at the railway "
        "station in Novi Sad on November 1, 2012, which killed 16 people.",
        "other",
        date(2012, 11, 1),
        None,
    ),
    (
        "DHAKA (Reuters) - Talks between the two sides in Dhaka next month will cover the border.",
        "meeting",
        date(2013, 6, 1),
        None,
    ),
    # detainees, inmates, campaigners, activists, relatives, traders and fishermen act as
    # groups; riders and commuters as counted crowds
    (
        "PHOENIX (AP) - Detainees began refusing meals on Friday in protest over medical care.",
        "other",
        date(2013, 5, 10),
        "Detainees",
    ),
    (
        "LONDON (Reuters) - Campaigners presented a petition with 8,400 signatures on Tuesday.",
        "other",
        date(2013, 5, 14),
        "Campaigners",
    ),
    (
        "CLEVELAND (AP) - About 60 riders rallied outside the authority's headquarters on Tuesday.",
        "other",
        date(2013, 5, 14),
        "riders",
    ),
    (
        "NAIROBI (Reuters) - Traders blocked the main road into the market on Monday.",
        "other",
        date(2013, 5, 13),
        "Traders",
    ),
    # "the trust", "the foundation", "the consortium" refer back to the body named before
    (
        "LONDON (Reuters) - The Information Commissioner fined the Cedarwell Foundation on "
        "Monday. The trust said on Tuesday that it would not appeal.",
        "statement",
        date(2013, 5, 14),
        "Cedarwell Foundation",
    ),
    # "Services" and "Associates" end a business's name, so its short name is the same business
    (
        "SYDNEY (AP) - The regulator suspended Trackwise Services on Tuesday. Trackwise said on "
        "Wednesday it would appeal.",
        "statement",
        date(2013, 5, 15),
        "Trackwise Services",
    ),
    (
        "NAIROBI (Reuters) - Donors received an audit by Karimi & Associates last week. Karimi "
        "said on Monday the accounts were incomplete.",
        "statement",
        date(2013, 5, 13),
        "Karimi & Associates",
    ),
    # two words joined by "and" run on to a business's head: one name
    (
        "The Beheira Spinning and Weaving Company said on Monday it would appeal.",
        "statement",
        date(2013, 5, 13),
        "Beheira Spinning and Weaving Company",
    ),
    (
        "The Mombasa and Coast Tourism Forum urged both sides on Monday to settle quickly.",
        "statement",
        date(2013, 5, 13),
        "Mombasa and Coast Tourism Forum",
    ),
    (
        "The United Food and Commercial Workers said on Monday it would appeal.",
        "statement",
        date(2013, 5, 13),
        "United Food and Commercial Workers",
    ),
    # railway and bus operators end their names in "Rail", "Trains", "Buses", "Transit"
    (
        "LONDON (Reuters) - Train drivers at Coastway Rail will walk out on Monday, their union "
        "said last night.",
        "other",
        date(2013, 5, 20),
        "Coastway Rail",
    ),
    # giving up is an event ("the prime minister-designate gave up on July 16")
    (
        "BEIRUT (Reuters) - The previous prime minister-designate, Omar Kabbani, gave up on "
        "April 16 after failing to form a cabinet.",
        "other",
        date(2013, 4, 16),
        "Omar Kabbani",
    ),
    # being named to a post is an appointment
    (
        "BEIRUT (Reuters) - Ziad Haidar was named prime minister-designate on April 9.",
        "other",
        date(2013, 4, 9),
        "Ziad Haidar",
    ),
    # endorsing is a saying
    (
        "Foreign ministers of the Pacific Islands Forum endorsed a regional force on Monday.",
        "statement",
        date(2013, 5, 13),
        "Pacific Islands Forum",
    ),
    # two bodies, each with its head, stay two
    (
        "Daesan Group and Hanbit Group signed a memorandum of understanding on Tuesday.",
        "agreement",
        date(2013, 5, 14),
        "Hanbit Group",
    ),
    # a deal reached with a word before its noun, findings released
    (
        "Egypt reached a staff-level agreement with the IMF on Monday.",
        "agreement",
        date(2013, 5, 13),
        "Egypt",
    ),
    (
        "The Rail Safety Investigation Office released its preliminary findings on Monday.",
        "statement",
        date(2013, 5, 13),
        "Rail Safety Investigation Office",
    ),
    # a debate to come, and one held on any matter (a chamber called only "the lower house")
    (
        "NAIROBI (Reuters) - The two candidates are scheduled to debate on regional television "
        "on June 2.",
        "meeting",
        date(2013, 6, 2),
        None,
    ),
    (
        "AMMAN (Reuters) - The lower house debated the price rise for five hours on Tuesday.",
        "meeting",
        date(2013, 5, 14),
        "Lower house",
    ),
    # a saying after an occasion told before takes its day, whoever the saying names
    (
        "CAIRO (Reuters) - Egypt's parliament voted on Monday to approve the law. Finance "
        "Minister Tarek Fahmy told reporters after the vote that the IMF would be pleased.",
        "statement",
        date(2013, 5, 13),
        "Tarek Fahmy",
    ),
]


def test_testimony_before_lawmakers_may_have_its_date_between() -> None:
    hearing = load_cues().hearing_of_lawmakers
    text = "testify on May 15 before a House appropriations subcommittee"
    assert hearing.match(text, len("testify")) is not None
    assert hearing.match("testify about the crash", len("testify")) is None


def test_a_count_after_an_opening_date_is_no_subject() -> None:
    events = extract(
        "On May 2, police fired tear gas to break up an opposition rally in Kitwe.",
        published=PUBLISHED,
    )
    assert _happened(events, "attack", date(2013, 5, 2), "Police")


@pytest.mark.parametrize(("text", "kind", "day", "actor"), HAPPENED)
def test_round38_sentence_has_its_event(text: str, kind: str, day: date, actor: str | None) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, kind, day, actor), [
        (e.type, e.date and e.date.start, [a.name for a in e.actors]) for e in events
    ]


def test_an_event_that_names_no_party_is_the_story_bodys() -> None:
    text = (
        "NAIROBI (Reuters) - The Tumaini Trust said on Monday it would merge with a larger "
        "charity. The Tumaini Trust has run clinics since 1971. Donors to the Tumaini Trust "
        "objected to the merger. A hearing is scheduled for June 22."
    )
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "meeting", date(2013, 6, 22), "Tumaini Trust")
    # a guess from what the story is about: flagged, so a reader can check it
    hearing = next(e for e in events if e.type == "meeting")
    assert "actor-inferred" in hearing.tags
    said = next(e for e in events if e.type == "statement")
    assert "actor-inferred" not in said.tags


def test_a_body_named_once_does_not_stand_in_for_the_country() -> None:
    text = (
        "NAIROBI (Reuters) - The Tumaini Trust said on Monday it would merge with a larger "
        "charity. Health workers marched in Nairobi on Tuesday. A hearing is scheduled for "
        "June 22."
    )
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "meeting", date(2013, 6, 22), "Kenya")
    assert not _happened(events, "meeting", date(2013, 6, 22), "Tumaini Trust")


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        (
            "The US embassy said in a statement on Wednesday that flights would resume.",
            "US embassy",
        ),
        ("China's embassy in Manila said on Monday it had protested.", "China's embassy"),
    ],
)
def test_a_country_keeps_the_name_of_its_mission(text: str, alias: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert alias in {alias for e in events for a in e.actors for alias in a.aliases}


def test_the_story_body_is_counted_by_its_short_name_too() -> None:
    text = (
        "TORONTO (CP) - Larkspur Holdings said on Monday it would close its Hamilton plant. "
        "Larkspur has made steel there since 1971. Unions at Larkspur objected to the closure. "
        "A hearing is scheduled for June 22."
    )
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "meeting", date(2013, 6, 22), "Larkspur Holdings")


@pytest.mark.parametrize(
    "text",
    [
        "TORONTO (CP) - Larkspur Holdings and Brenton Steel said on Monday they would merge. "
        "Talks between the two companies began on Friday.",
        # "the two sides" of a story that names no two countries: the two bodies
        "TORONTO (CP) - Larkspur Holdings and Brenton Steel said on Monday they would merge. "
        "Talks between the two sides began on Friday.",
    ],
)
def test_the_two_companies_are_the_last_two_bodies_named(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    talks = [e for e in events if e.type == "meeting"]
    assert talks and {"Larkspur Holdings", "Brenton Steel"} <= {a.name for a in talks[0].actors}


def test_the_story_body_comes_before_the_country_of_the_place() -> None:
    text = (
        "TORONTO (CP) - Larkspur Holdings said on Monday it would close its Hamilton plant. "
        "Larkspur has made steel there since 1971, and Larkspur's unions objected. Many workers "
        "have nowhere else to go. A protest is planned in Nairobi on June 22."
    )
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "other", date(2013, 6, 22), "Larkspur Holdings")


def test_the_agency_on_the_byline_is_not_the_body_named_before() -> None:
    text = (
        "Lebanon's central bank ends fuel subsidies\n\nAssociated Press\n\nBEIRUT (AP) - "
        "Lebanese blocked roads on Thursday. The bank said late Wednesday that it could no "
        "longer dip into its reserves."
    )
    events = extract(text, published=PUBLISHED)
    assert "Associated Press" not in {a.name for e in events for a in e.actors}


def test_a_rail_operator_is_a_business_not_a_person() -> None:
    events = extract(
        "Coastway Rail said on Monday it would publish an emergency timetable.",
        published=PUBLISHED,
    )
    assert [(a.name, a.kind) for e in events for a in e.actors][:1] == [
        ("Coastway Rail", "organization")
    ]
