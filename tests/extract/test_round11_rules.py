"""Round 11 of the extraction rules, end to end: role nouns, waters named after countries,
unowned institutions, light verbs of taking part, and new triggers (explosions, satellites,
defended decisions, by-elections).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.model import Event

#: A Sunday: "on Thursday" is 2 November, "yesterday" 4 November.
PUBLISHED = date(2006, 11, 5)


def _summary(events: list[Event]) -> list[tuple[str, list[str], str | None]]:
    return [
        (e.type, [a.name for a in e.actors], e.date.start.isoformat() if e.date else None)
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "day"),
    [
        (
            "Two bombs exploded at a crowded night market in southern Thailand on Friday evening.",
            "attack",
            "Thailand",
            date(2006, 11, 3),
        ),
        (
            "India successfully launched a new weather satellite from its spaceport on Thursday.",
            "other",
            "India",
            date(2006, 11, 2),
        ),
        (
            "Prime Minister Sonia Ferrante defended the decision on Thursday, telling Italian "
            "lawmakers that the duties were legal.",
            "statement",
            "Sonia Ferrante",
            date(2006, 11, 2),
        ),
        (
            "Thailand's opposition won 43 of the 45 seats contested in by-elections on Thursday.",
            "election",
            "Thailand",
            date(2006, 11, 2),
        ),
        (
            "Iran's navy tested a torpedo on Thursday, Iranian television said. Iran's speedboats "
            "and helicopters also took part "
            "in drills near the Strait of Hormuz yesterday.",
            "exercise",
            "Iran",
            date(2006, 11, 4),
        ),
    ],
)
def test_found(text: str, kind: str, actor: str, day: date) -> None:
    events = extract(text, PUBLISHED)
    assert any(
        e.type == kind
        and actor in {a.name for a in e.actors}
        and e.date is not None
        and e.date.start == day
        for e in events
    ), _summary(events)


def test_a_host_after_a_possessive_is_a_role_not_a_meeting() -> None:
    text = (
        "Panamanian President Ernesto Vidal, the summit's host, told a closing news "
        "conference on Thursday that the plan would be funded."
    )
    assert [e.type for e in extract(text, PUBLISHED)] == ["statement"]


def test_a_sea_named_after_a_country_is_a_place_not_an_actor() -> None:
    text = (
        "Iran's Revolutionary Guards test-fired missiles on Saturday. The exercises began on "
        "Thursday in the Gulf and the Sea of Oman and are due to last ten days."
    )
    events = extract(text, PUBLISHED)
    drills = [e for e in events if e.type == "exercise"]
    assert drills and all("Oman" not in {a.name for a in e.actors} for e in drills), _summary(
        events
    )
    assert "Iran" in {a.name for a in drills[0].actors}


def test_an_unowned_institution_belongs_to_the_country_the_article_is_about() -> None:
    text = (
        "Iran held naval drills in the Gulf on Thursday. Iranian officials said the drills "
        "went well. The navy also fired a new torpedo on Thursday, Iran said."
    )
    events = extract(text, PUBLISHED)
    navy = [e for e in events if any(a.name == "Navy" for a in e.actors)]
    assert navy and all(
        any(a.country == "IRN" for a in e.actors if a.kind == "country") for e in navy
    ), _summary(events)


#: A Friday: "Thursday" is 24 April.
FRI = date(2025, 4, 25)


def _kinds(text: str, published: date = FRI) -> list[tuple[str, list[str], str | None]]:
    return _summary(extract(text, published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fixed phrase names no event: the meeting stays, no request is a saying
        (
            # the council holds the meeting; Japan asked for it
            "The council will hold an open meeting on Monday at the request of Japan.",
            [("meeting", ["Council", "Japan"], "2025-04-28")],
        ),
        (
            "Foreign Minister Ri Song-gwan of North Korea said on Friday the test was a "
            "legitimate exercise of the country's right.",
            [("statement", ["Ri Song-gwan", "North Korea"], "2025-04-25")],
        ),
        # a rehearsed attack is no attack, the drill is
        (
            "Chinese and Kazakh troops staged a live-fire drill on Thursday simulating an "
            "assault on a terrorist base.",
            [("exercise", ["China", "Kazakhstan", "Kazakh troops"], "2025-04-24")],
        ),
        # a planned meeting named as the object of a saying is not dated by it
        (
            "Foreign Minister Ri Song-gwan of North Korea on Friday denounced the planned "
            'Security Council meeting as "a gangster-like act".',
            [("statement", ["Ri Song-gwan", "North Korea", "UN Security Council"], "2025-04-25")],
        ),
    ],
)
def test_not_events(text: str, expected: list[tuple[str, list[str], str | None]]) -> None:
    assert _kinds(text) == expected


def test_a_relative_clause_that_holds_the_event_dates_it_and_names_its_parties() -> None:
    text = (
        "Pyongyang has repeatedly denounced the Freedom Shield exercise, which South Korea "
        "and the United States held from March 10 to 20."
    )
    drills = [e for e in extract(text, FRI) if e.type == "exercise"]
    assert [(e.date.start, e.date.end) for e in drills if e.date] == [
        (date(2025, 3, 10), date(2025, 3, 20))
    ]
    assert {a.name for a in drills[0].actors} == {"South Korea", "United States"}


def test_the_north_is_the_north_korea_named_before() -> None:
    text = (
        "North Korea fired a missile on Thursday, the military said. It was the North's first "
        "ballistic missile launch since Jan. 6, when it fired a hypersonic missile."
    )
    january = [e for e in extract(text, FRI) if e.date and e.date.start == date(2025, 1, 6)]
    assert january and {a.name for a in january[0].actors} == {"North Korea"}


def test_the_two_navies_are_the_last_two_countries() -> None:
    text = (
        "Russian and Venezuelan warships held joint drills in the Caribbean on Tuesday. Admiral "
        "Oleg Vorontsov said the two navies would hold a second exercise early next year."
    )
    later = [
        e
        for e in extract(text, date(2009, 7, 6))
        if e.type == "exercise" and e.status == "scheduled"
    ]
    assert later and {"Russia", "Venezuela"} <= {a.name for a in later[0].actors}


def test_a_year_before_a_plan_labels_the_plan_and_the_signing_takes_its_own_date() -> None:
    text = (
        "In April this year, the defense ministers of China and Kazakhstan signed the 2025 "
        "military cooperation plan in Beijing."
    )
    [deal] = [e for e in extract(text, date(2025, 9, 16)) if e.type == "agreement"]
    assert deal.date is not None and (deal.date.start, deal.date.end) == (
        date(2025, 4, 1),
        date(2025, 4, 30),
    )


def test_another_clause_after_an_event_noun_does_not_make_it_happen() -> None:
    text = (
        "Delegations of China and Kazakhstan will meet in Urumqi from October 20 to 22 to "
        'review the results of the exercise, and the next edition of "Steppe Shield" will '
        "take place in 2026."
    )
    assert [kind for kind, _, _ in _kinds(text, date(2025, 9, 16))] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The US Treasury Department on Monday added 12 Chinese companies to its sanctions "
            "list.",
            date(2025, 4, 21),
        ),
        (
            "On Monday China placed two American defence contractors on the unreliable entity "
            "list.",
            date(2025, 4, 21),
        ),
    ],
)
def test_listing_companies_is_a_sanction(text: str, day: date) -> None:
    assert ("sanction", day.isoformat()) in [(k, d) for k, _, d in _kinds(text)]


def test_a_sayings_noun_headline_reads_as_a_statement() -> None:
    text = (
        "In a statement carried by KCNA on Friday, Vice Foreign Minister Ri Song-gwan of North "
        "Korea denounced the drills."
    )
    titles = [e.title for e in extract(text, FRI) if e.type == "statement"]
    assert titles == ["Ri makes statement"]


def test_a_postponed_visit_takes_the_date_of_its_coordinated_verb() -> None:
    text = (
        "Malaysia's foreign ministry said today that the visit had been postponed "
        '"at the request of both governments" and would now take place in October.'
    )
    visits = [e for e in extract(text, date(2005, 9, 17)) if e.type == "visit"]
    assert [(e.status, e.date.start, e.date.end) for e in visits if e.date] == [
        ("scheduled", date(2005, 10, 1), date(2005, 10, 31))
    ]


def test_an_attack_told_by_what_exploded_is_titled_by_its_noun() -> None:
    text = "Two bombs exploded at a night market in the southern Thai town of Yala on Friday."
    attacks = [e for e in extract(text, date(2005, 9, 17)) if e.type == "attack"]
    assert [e.title.split(" in ")[0] for e in attacks] == ["Thailand: attack"]


@pytest.mark.parametrize(
    "text",
    [
        # "since January" says where a state began, not when this happened
        "The raid on Monday was the deadliest on Nigerian troops since January.",
        # a year in a name labels the name
        "Turkiye unveiled a new air defence missile on Monday at IDEF 2023.",
    ],
)
def test_dates_that_date_nothing(text: str) -> None:
    events = extract(text, date(2023, 7, 26))
    assert events and all(
        e.date is not None and e.date.start == date(2023, 7, 24) for e in events
    ), _summary(events)


def test_talks_dated_past_their_place_and_the_capital_named_in_apposition() -> None:
    text = (
        "The presidents of Sudan and South Sudan signed an agreement after talks in the "
        "Ethiopian capital, Addis Ababa, on Wednesday."
    )
    events = extract(text, date(2011, 12, 8))
    assert {(e.type, e.date.start if e.date else None, e.location) for e in events} == {
        ("agreement", date(2011, 12, 7), "Addis Ababa"),
        ("meeting", date(2011, 12, 7), "Addis Ababa"),
    }


def test_the_town_of_a_place_is_the_place() -> None:
    text = (
        "Two bombs exploded at a night market in the southern Thai town of Sungai Kolok on Friday."
    )
    [attack] = extract(text, date(2005, 9, 17))
    assert attack.location == "Sungai Kolok"


def test_that_after_a_preposition_is_a_determiner_not_a_clause() -> None:
    text = "Technical negotiations on that idea resumed in Brussels on Monday, an EU official said."
    assert ("meeting", date(2024, 10, 7)) in [
        (e.type, e.date.start if e.date else None) for e in extract(text, date(2024, 10, 10))
    ]


def test_announcing_sanctions_is_imposing_them_and_no_separate_saying() -> None:
    text = "On Tuesday Britain announced its own asset freezes and travel bans."
    assert [
        (e.type, e.date.start if e.date else None) for e in extract(text, date(2025, 10, 22))
    ] == [("sanction", date(2025, 10, 21))]


def test_what_two_sides_agreed_would_happen_is_scheduled() -> None:
    text = (
        "On Tuesday, Kyrgyz Foreign Minister Aibek Sadykov and his Tajik counterpart spoke by "
        "phone and agreed that government delegations would meet in Batken on September 26."
    )
    meetings = [
        (e.status, e.date.start if e.date else None)
        for e in extract(text, date(2023, 9, 20))
        if e.type == "meeting"
    ]
    assert ("scheduled", date(2023, 9, 26)) in meetings


def test_a_test_someone_could_hold_is_a_guess() -> None:
    text = (
        "Defence Minister Nam Gi-hoon of Seoul said North Korea could move on to a seventh "
        "nuclear test later this year."
    )
    assert [e.type for e in extract(text, FRI)] == ["statement"]


def test_drills_that_run_between_two_days_take_both() -> None:
    text = (
        "Turkey will hold a large-scale naval exercise next month, the defence ministry said on "
        "Monday. The drills will involve more than 80 warships and run from September 9 to "
        "September 15, the ministry said."
    )
    drills = [e for e in extract(text, date(2024, 8, 7)) if e.type == "exercise"]
    assert [(e.date.start, e.date.end) for e in drills if e.date] == [
        (date(2024, 9, 9), date(2024, 9, 15))
    ]


def test_people_killed_in_a_strike_date_the_strike() -> None:
    text = (
        "Mali said the conference opened on Monday with a minute of silence for the 43 "
        "civilians killed in an air strike on a market in the town of Tinzaouaten on August 30."
    )
    attacks = [e for e in extract(text, date(2024, 9, 12)) if e.type == "attack"]
    assert [e.date.start for e in attacks if e.date] == [date(2024, 8, 30)]


def test_announcing_a_later_action_is_a_saying_of_its_own_day() -> None:
    text = (
        "Trade Minister Rina Hartono said on Wednesday that Indonesia will impose tariffs of "
        "up to 25 percent on Australian beef from April 1."
    )
    found = {(e.type, e.date.start if e.date else None) for e in extract(text, date(2025, 3, 13))}
    assert {("sanction", date(2025, 4, 1)), ("statement", date(2025, 3, 12))} <= found
