"""Round 20 of the extraction rules, end to end: a launch verb before a weapon's designation
is a missile test, treaty steps (instruments deposited, notice of withdrawal, expiry) are
events, a spokesman "in" a capital speaks for its government, a bare strike in a story of
industrial action is one too, and a saying coordinated after a reported clause keeps the
main clause's date.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.model import Event

#: A Friday.
PUBLISHED = date(1999, 4, 16)


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def _names(event: Event) -> list[str]:
    return [a.name for a in event.actors]


# --- weapons launched by their designation ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("India launched the Agni-II from Wheeler Island on Sunday.", date(1999, 4, 11)),
        (
            "On Wednesday the army of Pakistan fired the liquid-fuelled Ghauri-II from a "
            "mobile launcher.",
            date(1999, 4, 14),
        ),
        ("North Korea test-fired a Hwasong-15 on Tuesday.", date(1999, 4, 13)),
    ],
)
def test_a_launch_verb_before_a_designation_is_a_missile_test(text: str, day: date) -> None:
    tests = _of(extract(text, PUBLISHED), "military_display")
    assert len(tests) == 1
    assert tests[0].date is not None and tests[0].date.start == day


def test_a_designation_that_names_no_weapon_is_no_missile_test() -> None:
    text = "India launched a Covid-19 vaccination drive on Sunday."
    assert _of(extract(text, PUBLISHED), "military_display") == []


def test_a_launch_title_uses_the_verb_and_the_weapon() -> None:
    text = "India launched the Agni-II from Wheeler Island on Sunday."
    assert _of(extract(text, PUBLISHED), "military_display")[0].title == "India launches Agni-II"


# --- treaty steps ------------------------------------------------------------------------


def test_depositing_an_instrument_of_ratification_is_an_agreement() -> None:
    text = "Burundi deposited its instrument of ratification on June 15, 1998."
    agreement = _of(extract(text, PUBLISHED), "agreement")[0]
    assert agreement.date is not None and agreement.date.start == date(1998, 6, 15)
    assert "Burundi" in _names(agreement)


def test_a_notice_of_withdrawal_and_an_expiry_are_events() -> None:
    text = (
        "Washington submitted its formal notice of withdrawal to the depositaries on Monday. "
        "The treaty expired at midnight on Thursday."
    )
    days = sorted(e.date.start for e in extract(text, PUBLISHED) if e.date is not None)
    assert days == [date(1999, 4, 12), date(1999, 4, 15)]


# --- who speaks from a capital -------------------------------------------------------------


def test_a_spokesman_in_a_capital_speaks_for_its_government() -> None:
    text = "A ministry spokesman in New Delhi said on Friday that the tests came as no surprise."
    saying = _of(extract(text, PUBLISHED), "statement")[0]
    assert "India" in _names(saying)


def test_a_diplomat_in_a_capital_does_not() -> None:
    text = "A diplomat in New Delhi said on Friday that the tests came as no surprise."
    for event in extract(text, PUBLISHED):
        assert "India" not in _names(event)


# --- strikes of a labour story -----------------------------------------------------------


def test_a_bare_strike_in_a_story_of_industrial_action_is_no_attack() -> None:
    text = (
        "Argentina's largest union confederation on Monday called a 24-hour general strike "
        "for Thursday. Thursday's strike will be the fourth this year."
    )
    events = extract(text, PUBLISHED)
    assert _of(events, "attack") == []
    assert date(1999, 4, 22) in [e.date.start for e in events if e.date is not None]


def test_an_air_strike_in_a_labour_story_is_still_an_attack() -> None:
    text = (
        "Iraqi Kurdish dock workers went on strike on Monday. "
        "On Tuesday an air strike by Turkey hit a fuel depot near the port."
    )
    assert len(_of(extract(text, PUBLISHED), "attack")) == 1


# --- a saying coordinated after what was reported ---------------------------------------


def test_a_saying_after_and_keeps_the_main_clause_date() -> None:
    text = (
        "Labour Minister Nurul Karim said on Wednesday that the government would not set up "
        "a new wage board before 2001 and urged workers to return to their machines."
    )
    sayings = _of(extract(text, PUBLISHED), "statement")
    assert sayings
    assert {e.date.start for e in sayings if e.date is not None} == {date(1999, 4, 14)}


# --- a saying dated after the action it reports -------------------------------------------


def test_a_saying_dated_after_the_action_it_reports_is_an_event_of_its_own() -> None:
    text = (
        "U.S. troops raided a farm on Tuesday, killing six insurgents, the U.S. military "
        "said on Wednesday."
    )
    events = extract(text, PUBLISHED)
    assert [e.date.start for e in _of(events, "attack") if e.date] == [date(1999, 4, 13)]
    assert [e.date.start for e in _of(events, "statement") if e.date] == [date(1999, 4, 14)]


def test_a_saying_the_same_day_as_the_action_is_only_its_source() -> None:
    text = (
        "U.S. troops raided a farm on Tuesday, killing six insurgents, the U.S. military "
        "said on Tuesday."
    )
    assert _of(extract(text, PUBLISHED), "statement") == []


def test_a_hearing_date_set_lies_ahead() -> None:
    text = (
        "Justice Adamu Bello of the Federal High Court set a new hearing date of Oct. 15 and "
        "ordered the State Security Service to let lawyers visit the men."
    )
    days = [e.date.start for e in extract(text, date(2012, 9, 26)) if e.date is not None]
    assert date(2012, 10, 15) in days
    assert date(2011, 10, 15) not in days


# --- "before" an audience, and a surrender ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Estonia's new government was sworn in before parliament in Tallinn on Monday.",
        "Estonia's new government was sworn in before reporters on Monday.",
    ],
)
def test_sworn_in_before_an_audience_keeps_its_date(text: str) -> None:
    days = [e.date.start for e in extract(text, PUBLISHED) if e.date is not None]
    assert days == [date(1999, 4, 12)]


def test_before_a_clause_still_opens_one() -> None:
    text = "Estonia's new government was sworn in before parliament voted on Monday."
    monday = [e.type for e in extract(text, PUBLISHED) if e.date and e.date.start.day == 12]
    # Monday is the vote's day, not the swearing-in's
    assert monday == ["election"]


def test_a_surrender_is_an_event() -> None:
    text = "The mutineers in Madagascar surrendered on Thursday evening after talks."
    days = [e.date.start for e in extract(text, PUBLISHED) if e.date is not None]
    assert days == [date(1999, 4, 15)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Then President F.W. de Klerk announced in March 1993 that the tests were over.",
            "F.W. de Klerk",
        ),
        (
            "Former President J.R. Jayewardene said on Monday that talks would resume.",
            "J.R. Jayewardene",
        ),
    ],
)
def test_joined_initials_stay_in_a_name(text: str, name: str) -> None:
    saying = _of(extract(text, PUBLISHED), "statement")[0]
    assert _names(saying)[0] == name


# --- visits expected in a place, airspace closed, positions hit ---------------------------


def test_expected_in_a_place_is_a_planned_visit() -> None:
    text = "Iranian Foreign Minister Hossein Sadeghi is expected in Ankara next week."
    visit = _of(extract(text, PUBLISHED), "visit")[0]
    assert visit.status == "scheduled" and "Turkey" in _names(visit)


def test_expected_in_a_month_is_no_visit() -> None:
    text = "Iranian Foreign Minister Hossein Sadeghi is expected in March to sign the accord."
    assert _of(extract(text, PUBLISHED), "visit") == []


def test_closing_airspace_is_a_sanction() -> None:
    text = "Iran closed its airspace to flights to and from the Kurdish region on Sunday."
    assert [e.date.start for e in _of(extract(text, PUBLISHED), "sanction") if e.date] == [
        date(1999, 4, 11)
    ]


def test_hitting_positions_is_an_attack() -> None:
    text = "U.S. jets kept up the air campaign, hitting Islamic State positions on Tuesday."
    assert len(_of(extract(text, PUBLISHED), "attack")) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Minister for Defence Industry Daniel Whitlock said on Tuesday that the test worked.",
            "Daniel Whitlock",
        ),
        (
            "Minister for Foreign Affairs and Trade Nanaia Mahuta said on Tuesday that talks ended.",
            "Nanaia Mahuta",
        ),
        (
            "Secretary of State for Defence John Reid said on Tuesday that troops would stay.",
            "John Reid",
        ),
    ],
)
def test_a_portfolio_between_title_and_name_is_neither(text: str, name: str) -> None:
    saying = _of(extract(text, PUBLISHED), "statement")[0]
    assert _names(saying)[0] == name


# --- a stance is no saying ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Syria has always denied it had a nuclear weapons programme.",
        "The Turkish government says it will rebuild the destroyed villages.",
        "China has repeatedly denied supplying weapons to Russia.",
        "China has said it will not take part in the case.",
        "Angola has also said it will withdraw its soldiers.",
        "Somali officials insist the government's forces are capable of taking the lead.",
        "Congolese officers say the rebels lost at least 80 men in the counter-offensive.",
    ],
)
def test_an_undated_stance_is_no_event(text: str) -> None:
    assert _of(extract(text, PUBLISHED), "statement") == []


def test_an_undated_saying_in_the_past_is_kept_undated() -> None:
    text = "The Turkish government said it would rebuild the destroyed villages."
    sayings = _of(extract(text, PUBLISHED), "statement")
    assert len(sayings) == 1 and sayings[0].date is None


def test_a_dated_saying_in_the_present_is_kept() -> None:
    text = "The Turkish government announces on Monday it will rebuild the villages."
    sayings = _of(extract(text, PUBLISHED), "statement")
    assert len(sayings) == 1 and sayings[0].date is not None


def test_a_dated_saying_in_the_present_perfect_is_kept() -> None:
    text = "China has said on Monday that it will not take part in the case."
    sayings = _of(extract(text, PUBLISHED), "statement")
    assert len(sayings) == 1 and sayings[0].date is not None


# --- a call for an event, and an anterior clause's occasion ----------------------------------


def test_a_call_for_a_dated_event_is_the_event_not_a_saying_on_its_day() -> None:
    text = "Peru's opposition Popular Renewal party called for a national strike next Monday."
    events = extract(text, PUBLISHED)
    assert [e.type for e in events] == ["other"]
    assert events[0].status == "scheduled"


def test_an_anterior_clause_takes_no_date_from_the_main_clause_occasion() -> None:
    text = (
        "ECOWAS imposed the sanctions at an extraordinary summit in Abuja on January 9, after "
        "the junta proposed a five-year transition."
    )
    sayings = _of(extract(text, date(2022, 1, 12)), "statement")
    assert all(e.date is None or e.date.start != date(2022, 1, 9) for e in sayings)


# --- a date after a relative clause, named wars, recalls, concessions -------------------------


def test_a_date_right_after_a_closed_relative_clause_dates_the_main_verb() -> None:
    text = (
        "Japanese Prime Minister Takao Kurihara visited the Tokyo shrine, which honors the war "
        "dead, on Monday, two days ahead of the anniversary."
    )
    visits = _of(extract(text, PUBLISHED), "visit")
    assert [e.date.start for e in visits if e.date] == [date(1999, 4, 12)]


def test_a_named_war_is_no_attack() -> None:
    text = (
        "TOKYO (AP) - Shintaro Kaga, Japan's youngest prime minister since World War II, got "
        "down to work Wednesday, holding his first Cabinet meeting."
    )
    assert _of(extract(text, PUBLISHED), "attack") == []


def test_recalled_for_consultations_is_no_meeting() -> None:
    text = "South Korea recalled its ambassador to Tokyo for consultations on Monday."
    assert [e.type for e in extract(text, PUBLISHED)] == ["sanction"]


def test_conceding_defeat_and_a_memorial_service_are_events() -> None:
    text = (
        "Opposition leader Ahn Kyung-tae of South Korea conceded defeat late on Wednesday night. "
        "Prime Minister Takao Kurihara of Japan will attend a memorial service on Thursday."
    )
    kinds = sorted(e.type for e in extract(text, PUBLISHED) if e.date is not None)
    assert kinds == ["other", "statement"]


def test_briefing_the_council_is_a_meeting() -> None:
    text = "UN envoy Jonas Eklund is scheduled to brief the U.N. Security Council on Aug. 15."
    meetings = _of(extract(text, date(2022, 8, 3)), "meeting")
    assert [e.date.start for e in meetings if e.date] == [date(2022, 8, 15)]


def test_designating_a_terrorist_organisation_is_a_sanction() -> None:
    text = "Saudi Arabia designated the Muslim Brotherhood a terrorist organisation on Friday."
    assert len(_of(extract(text, PUBLISHED), "sanction")) == 1


def test_a_protest_elsewhere_borrows_no_crowd() -> None:
    text = (
        "Thousands of Venezuelan opposition supporters marched in Caracas on Monday. "
        "On Tuesday, thousands took to the streets in Bogota, Colombia."
    )
    second = [e for e in extract(text, PUBLISHED) if e.date and e.date.start.day == 13]
    assert second and all("Venezuela" not in _names(e) for e in second)


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions will hurt Russia more than Europe, one EU diplomat said.",
        "A Western diplomat in Kabul said the talks were unlikely to succeed.",
    ],
)
def test_an_undated_saying_of_an_unnamed_single_source_is_no_event(text: str) -> None:
    assert _of(extract(text, PUBLISHED), "statement") == []


def test_a_dated_saying_of_an_unnamed_source_is_kept() -> None:
    text = "Technical negotiations resumed in Brussels, an EU official said on Monday."
    assert len(_of(extract(text, PUBLISHED), "statement")) == 1


@pytest.mark.parametrize(
    "text",
    [
        '"By the morning it was up to the windows," said Elena Munteanu, 67, of Romania.',
        '"I have waited an hour," said Nathalie, a 34-year-old secretary from France.',
    ],
)
def test_an_undated_saying_of_a_private_person_is_no_event(text: str) -> None:
    assert _of(extract(text, PUBLISHED), "statement") == []


def test_a_commentator_named_after_the_quote_comments() -> None:
    text = (
        '"Uruguay\'s Broad Front has probably reached its ceiling for this year," said political '
        "scientist Martin Arregui of the Catholic University."
    )
    assert _of(extract(text, PUBLISHED), "statement") == []


@pytest.mark.parametrize(
    "text",
    [
        "Somali officials will insist that the government's forces are capable.",
        "Congolese officers said the rebels lost at least 80 men in the counter-offensive.",
    ],
)
def test_an_undated_saying_that_is_no_present_stays(text: str) -> None:
    sayings = _of(extract(text, PUBLISHED), "statement")
    assert len(sayings) == 1 and sayings[0].date is None


def test_unnamed_diplomats_in_a_city_are_still_unnamed() -> None:
    text = "Diplomats in Vienna said the inspectors wanted to know where Libya got its designs."
    assert _of(extract(text, PUBLISHED), "statement") == []
