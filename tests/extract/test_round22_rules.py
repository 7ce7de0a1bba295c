"""Round 22 of the extraction rules, end to end: legislative chambers, councils and counted
groups act, sanctions lists grow by a count, unnamed sources and analysts in a city make no
event, a court's order is its ruling, and country actors keep the name the source used.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.model import Event

#: A Thursday.
PUBLISHED = date(1998, 11, 12)


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def _names(event: Event) -> list[str]:
    return [a.name for a in event.actors]


def _days(events: list[Event]) -> list[date]:
    return [e.date.start for e in events if e.date is not None]


# --- who acts: chambers, councils, counted groups -----------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("WASHINGTON, Oct 4 (Reuters) - The House voted 252-173 on Thursday to fund it.", "House"),
        (
            "The House of Representatives on Tuesday approved a stopgap spending bill.",
            "House of Representatives",
        ),
        ("Councillors voted by 19 votes to 11 on Monday night against the plan.", "Councillors"),
        ("The council voted on Monday to close the dump.", "Council"),
        ("Six protesters were arrested on October 21 when police cleared the gates.", "Protesters"),
        ("Riot police fired rubber balls and tear gas on Wednesday to clear the bridge.", "Police"),
    ],
)
def test_chambers_councils_and_counted_groups_act(text: str, actor: str) -> None:
    events = [e for e in extract(text, PUBLISHED) if e.date is not None]
    assert events, text
    assert actor in _names(events[0])


def test_a_lowercase_house_is_no_chamber() -> None:
    events = extract("The house was destroyed on Monday by the flood.", PUBLISHED)
    assert all("House" not in _names(e) for e in events)


def test_a_margin_is_no_agent() -> None:
    """ "voted by 19 votes to 11": the vote happened, on the Monday before publication."""
    events = extract("Councillors voted by 19 votes to 11 on Monday night.", PUBLISHED)
    assert _days(_of(events, "election")) == [date(1998, 11, 9)]


def test_a_crowd_after_a_clause_word_is_the_subject() -> None:
    text = (
        "The vote came two days after about 200 residents blockaded the entrance to the "
        "landfill on Saturday morning."
    )
    events = [e for e in extract(text, PUBLISHED) if "residents" in [n.lower() for n in _names(e)]]
    assert _days(events) == [date(1998, 11, 7)]


def test_a_count_belongs_to_the_noun_before_the_verb() -> None:
    """ "several opposition lawmakers rallied": the count is of the lawmakers, not of "the
    opposition" as a body."""
    text = "About 200 members of civic groups and several opposition lawmakers rallied on Monday."
    assert all("Opposition" not in _names(e) for e in extract(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Senate Homeland Security and Governmental Affairs Committee will hold a "
            "hearing on Tuesday.",
            "Senate Homeland Security and Governmental Affairs Committee",
        ),
        (
            "The House Energy and Commerce Committee voted on Wednesday to subpoena documents.",
            "House Energy and Commerce Committee",
        ),
    ],
)
def test_a_committee_of_two_portfolios_is_one_body(text: str, name: str) -> None:
    events = [e for e in extract(text, PUBLISHED) if e.date is not None]
    assert name in _names(events[0])


def test_and_before_a_ministry_does_not_join_a_person_to_it() -> None:
    events = extract("Mr Karimov and Foreign Ministry officials met on Monday.", PUBLISHED)
    assert all(not n.startswith("Karimov and") for e in events for n in _names(e))


def test_a_country_keeps_the_name_the_source_gave_it() -> None:
    text = "The White House said on Monday it would veto the bill."
    events = _of(extract(text, PUBLISHED), "statement")
    assert [(a.name, a.aliases) for a in events[0].actors] == [("United States", ["White House"])]


# --- sanctions lists grow by a count ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian government on June 21 added 17 Russian citizens, including officials of "
        "the prison service, to its sanctions list.",
        "The European Union's 19th sanctions package, adopted on Monday, added five banks.",
    ],
)
def test_a_count_added_to_a_list_is_a_sanction(text: str) -> None:
    events = extract(text, PUBLISHED)
    assert _of(events, "sanction")
    assert not _of(events, "statement")


def test_a_count_added_without_a_list_is_no_saying() -> None:
    text = "Last month, officials opened a project which will add several hectares of land by 2100."
    assert all(e.date is None or e.date.start.year != 2100 for e in extract(text, PUBLISHED))
    assert not _of(extract(text, PUBLISHED), "statement")


# --- sayings that are no events --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"It buys ships but trains with the Americans," said one Singapore-based security '
        "analyst, who asked not to be named.",
        "Neither side can govern alone, and analysts in Ulan Bator said a coalition was likely.",
    ],
)
def test_unnamed_sources_and_analysts_make_no_event(text: str) -> None:
    assert extract(text, PUBLISHED) == []


def test_a_named_speaker_after_the_verb_still_speaks() -> None:
    text = '"We will not give up," said Tom Hession, who proposed the motion.'
    assert _of(extract(text, PUBLISHED), "statement")


# --- courts -------------------------------------------------------------------------------


def test_what_a_court_order_declares_is_the_courts_ruling() -> None:
    text = (
        "On Tuesday the Labour Court in Durban granted the municipality an interdict declaring "
        "the strike unprotected."
    )
    events = extract(text, date(2019, 6, 13))
    assert [(e.type, e.date.start if e.date else None) for e in events] == [
        ("other", date(2019, 6, 11))
    ]


def test_police_firing_tear_gas_is_an_attack() -> None:
    text = "Riot police fired rubber balls and tear gas on Wednesday to clear the bridge."
    assert _days(_of(extract(text, PUBLISHED), "attack")) == [date(1998, 11, 11)]


def test_a_clause_of_its_own_group_speaks_for_itself() -> None:
    """With no name in the sentence, the group that opens the saying's clause says it."""
    text = "The council ended its mission after the government said on Monday it wanted it out."
    events = _of(extract(text, date(1999, 4, 15)), "statement")
    assert [(e.date.start if e.date else None, _names(e)[0]) for e in events] == [
        (date(1999, 4, 12), "Government")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Kwame Mensah is due in Dakar on June 28 for the next session of the "
        "council of ministers.",
        "Defence Minister Kaisa Rautio will travel to Brussels next month for a meeting of NATO "
        "defence ministers.",
    ],
)
def test_a_trip_for_a_meeting_is_the_meeting(text: str) -> None:
    events = extract(text, date(2001, 6, 16))
    assert [e.type for e in events if e.date is not None] == ["meeting"]


def test_a_visit_with_talks_of_its_own_stays_a_visit() -> None:
    text = (
        "Prime Minister Anwar Ibrahim arrived on Wednesday afternoon for a two-day visit and "
        "held talks on Thursday."
    )
    assert "visit" in [e.type for e in extract(text, date(2026, 2, 12))]


def test_he_is_the_profiles_subject_when_the_sentence_before_names_several() -> None:
    text = (
        "Defence Minister Kaisa Rautio took office in June. Rautio toured the Kainuu Brigade on "
        "Saturday. Rautio visited Kainuu again on Sunday. Rautio met Olaf Berg and Mika Saari "
        "on Monday. Earlier this week she also announced that Finland would buy more launchers."
    )
    statements = _of(extract(text, date(2026, 1, 18)), "statement")
    assert [(_names(e)[0], e.date.start if e.date else None) for e in statements] == [
        ("Kaisa Rautio", date(2026, 1, 12))
    ]


def test_a_primary_school_is_no_primary() -> None:
    text = (
        "On Tuesday, the National Election Commission fined the campaign 300,000 forints for "
        "holding an event in a primary school gymnasium."
    )
    events = extract(text, date(2026, 3, 28))
    assert [(e.type, e.date.start if e.date else None) for e in events] == [
        ("sanction", date(2026, 3, 24))
    ]


def test_tuesdays_primary_is_an_election() -> None:
    text = (
        "U.S. Rep. Dale Whitcomb coasted to the Republican nomination for governor in "
        "Tuesday's primary."
    )
    assert _days(_of(extract(text, date(2003, 5, 22)), "election")) == [date(2003, 5, 20)]


def test_a_name_told_by_age_is_a_person_whose_undated_words_are_no_event() -> None:
    text = (
        "The other lectern belonged to Zsofia Kertesz, 44, the opposition's candidate. "
        "Kertesz was a headteacher until last autumn. On Monday she resigned from her "
        'school. "I would rather have argued with him," she said.'
    )
    events = extract(text, date(2026, 3, 28))
    assert [(e.type, _names(e)[0]) for e in events] == [("other", "Zsofia Kertesz")]


def test_an_election_a_court_undoes_is_the_courts_ruling() -> None:
    text = (
        "Zambia's High Court on Wednesday nullified the ruling Movement for Multiparty "
        "Democracy's victory in a by-election in Lusaka."
    )
    events = extract(text, date(1999, 11, 17))
    assert [(e.type, e.date.start if e.date else None) for e in events] == [
        ("other", date(1999, 11, 17))
    ]


def test_a_court_order_is_an_event() -> None:
    text = (
        "Ghana's Supreme Court on Thursday ordered the Electoral Commission to put the "
        "provisional voters' register on public display for a further seven days."
    )
    events = extract(text, date(2004, 9, 23))
    assert [(e.type, e.date.start if e.date else None) for e in events] == [
        ("other", date(2004, 9, 23))
    ]


def test_a_death_in_an_accident_is_no_attack() -> None:
    text = "The seat fell vacant when MP Amos Mwale was killed in a road accident in August."
    events = extract(text, date(1999, 11, 17))
    assert [(e.type, _names(e)[0]) for e in events] == [("other", "Amos Mwale")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Magistrate Anne Kerslake adjourned the matter to September 16.", "Anne Kerslake"),
        ("Cllr Tom Hession proposed the motion on Monday.", "Tom Hession"),
    ],
)
def test_local_titles_introduce_people(text: str, name: str) -> None:
    events = extract(text, date(2009, 8, 6))
    assert name in _names(events[0])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senate Majority Leader Carl Brandt of Wyoming said on Monday that the Senate "
            "would stay in session.",
            "Carl Brandt",
        ),
        (
            "House Minority Whip Joan Albrecht of Missouri told colleagues on Tuesday that "
            "Democrats would not accept it.",
            "Joan Albrecht",
        ),
    ],
)
def test_leaders_and_whips_are_titles(text: str, name: str) -> None:
    assert _names(extract(text, date(1998, 9, 30))[0])[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "Memories of the budget battles of three years ago hang over the talks.",
        "The two firms have been locked in a legal battle since March.",
        "A war of words broke out between the two mayors on Monday.",
    ],
)
def test_battles_of_words_and_money_are_no_attacks(text: str) -> None:
    assert not _of(extract(text, date(1998, 9, 30)), "attack")


def test_a_plural_who_says_is_a_generic_speaker() -> None:
    text = (
        "The House vote was 388-27, with most of the opposition coming from conservative "
        "Republicans who argued that Congress should have finished its work on time."
    )
    assert not _of(extract(text, date(1998, 9, 30)), "statement")


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese Embassy in Manila did not immediately respond to a request for comment on "
        "Thursday.",
        "Russia did not attend the talks in Geneva on Monday.",
    ],
)
def test_a_denied_verb_is_no_event(text: str) -> None:
    assert extract(text, date(2025, 2, 14)) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The bill passed the Republican-led Senate on Feb. 14.", date(2013, 2, 14)),
        ("Lawmakers passed a $17.6 billion spending plan on June 25.", date(2012, 6, 25)),
        (
            "The House of Representatives on Tuesday approved a stopgap spending bill.",
            date(2013, 3, 19),
        ),
    ],
)
def test_a_bill_passed_is_an_event(text: str, day: date) -> None:
    events = [e for e in extract(text, date(2013, 3, 22)) if e.date is not None]
    assert [(e.type, e.date.start if e.date else None) for e in events] == [("other", day)]


def test_a_motion_of_no_confidence_is_a_vote() -> None:
    text = (
        "Mayor Thandeka Mkhize will face a motion of no confidence at a council sitting on Tuesday."
    )
    assert _days(_of(extract(text, date(2019, 6, 13)), "election")) == [date(2019, 6, 18)]


def test_a_raid_by_investigators_is_a_step_of_justice() -> None:
    text = (
        "Investigators from the Special Investigating Unit raided the department's head office "
        "in Pretoria on August 19."
    )
    events = extract(text, date(2020, 9, 3))
    assert [(e.type, _names(e)[0]) for e in events] == [("other", "Special Investigating Unit")]
    assert _of(extract("Militants raided a police post on Monday.", date(2020, 9, 3)), "attack")


def test_a_crowd_described_between_commas_still_marches() -> None:
    text = "Thousands of miners, some carrying sticks of dynamite, marched into La Paz last week."
    events = extract(text, date(2004, 6, 9))
    assert [(e.type, _names(e)[0]) for e in events] == [("other", "miners")]


def test_a_date_in_a_report_without_that_dates_no_later_saying() -> None:
    text = (
        "The CGT said it would go ahead with a 24-hour general strike on February 25, the first "
        "against the new government, and demanded that the president withdraw the decree."
    )
    events = extract(text, date(2026, 2, 12))
    assert [(e.type, e.date.start if e.date else None) for e in events if e.date] == [
        ("other", date(2026, 2, 25))
    ]


def test_a_committees_first_hearing_is_a_meeting() -> None:
    text = (
        "The Senate Natural Resources Committee will hold its first hearing on a bipartisan "
        "groundwater bill on Wednesday."
    )
    assert _days(_of(extract(text, date(2026, 1, 13)), "meeting")) == [date(2026, 1, 14)]


def test_a_court_agreeing_to_take_a_case_makes_no_deal() -> None:
    text = "The high court agreed on Monday to take the case directly."
    events = extract(text, date(2009, 10, 9))
    assert not _of(events, "agreement")
    assert _days(_of(events, "other")) == [date(2009, 10, 5)]


def test_fbi_agents_searching_offices_is_an_event() -> None:
    text = "FBI agents searched the offices of the state Department of Administration on Feb. 12."
    events = extract(text, date(2019, 3, 6))
    assert [(e.type, _names(e)[0]) for e in events] == [
        ("other", "Federal Bureau of Investigation")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Madison businesswoman Joanna Pryce debated on Tuesday.", "Joanna Pryce"),
        ("Former prosecutor Grant Tolliver debated on Tuesday.", "Grant Tolliver"),
    ],
)
def test_an_occupation_before_a_name_introduces_a_person(text: str, name: str) -> None:
    assert _names(extract(text, date(2026, 7, 9))[0])[0] == name


def test_a_test_of_no_weapon_is_no_display() -> None:
    text = "The next test comes on Monday, when peace talks are due to resume in Addis Ababa."
    assert not _of(extract(text, date(2014, 2, 8)), "military_display")
    text = "North Korea fired a missile on Monday. The test was its third this year."
    assert _of(extract(text, date(2014, 2, 8)), "military_display")


def test_a_first_name_opens_a_persons_name() -> None:
    events = extract("Kwame Mensah arrived in Dakar on Monday.", date(2026, 7, 9))
    assert _names(events[0])[0] == "Kwame Mensah"
    # a known city is no person, whatever its first word
    assert all(
        "Santa Clara" not in _names(e)
        for e in extract("Santa Clara voted on Monday.", date(2026, 7, 9))
    )
