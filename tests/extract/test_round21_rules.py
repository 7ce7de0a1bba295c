"""Round 21 of the extraction rules, end to end: troops sent somewhere are a deployment of
type other, plural attack nouns report attacks, an order to leave the country expels, a
resolution "describing" something is a saying, a treaty named by its title takes no date
from another clause, a city after "capital" is a place, and a dateline of two capitals
gives the story no single home.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.model import Event

#: A Friday.
PUBLISHED = date(2017, 8, 18)


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def _names(event: Event) -> list[str]:
    return [a.name for a in event.actors]


def _days(events: list[Event]) -> list[date]:
    return [e.date.start for e in events if e.date is not None]


# --- deployments ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda and Uganda sent troops into Congo in August 2016 to back the rebels.",
        "Kenya deployed 400 police officers to Haiti on Tuesday.",
        "France dispatched troops to the border on Tuesday.",
    ],
)
def test_troops_sent_are_a_deployment_of_type_other(text: str) -> None:
    events = [e for e in extract(text, PUBLISHED) if e.subtype == "deployment"]
    assert [e.type for e in events] == ["other"]
    assert not _of(extract(text, PUBLISHED), "military_display")


# --- attack nouns in the plural -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The talks were overshadowed by serial bombings in three crowded New Delhi "
            "markets on August 3 that killed 62 people.",
            date(2017, 8, 3),
        ),
        ("Two suicide bombings struck Kabul on Tuesday, killing 12 people.", date(2017, 8, 15)),
        ("Israeli raids on south Lebanon on Wednesday killed two fighters.", date(2017, 8, 16)),
    ],
)
def test_plural_attack_nouns_report_attacks(text: str, day: date) -> None:
    assert _days(_of(extract(text, PUBLISHED), "attack")) == [day]


def test_nuclear_explosions_are_no_attack() -> None:
    text = "India conducted five underground nuclear explosions on August 11."
    assert not _of(extract(text, PUBLISHED), "attack")


# --- an order to leave the country --------------------------------------------------------


def test_an_order_to_leave_the_country_is_an_expulsion() -> None:
    text = (
        "Pakistan on Friday ordered an Indian diplomat to leave the country within 48 hours, "
        "accusing him of espionage."
    )
    (event,) = _of(extract(text, PUBLISHED), "sanction")
    assert event.date is not None and event.date.start == date(2017, 8, 18)
    assert "Pakistan" in _names(event)


def test_documents_received_are_no_meeting() -> None:
    text = (
        "Pakistan protested on Friday, a day after India expelled a Pakistani embassy "
        "official it said had been caught receiving secret defence documents."
    )
    assert not _of(extract(text, PUBLISHED), "meeting")
    text = "President Rahman received the Indian foreign secretary in Dhaka on Thursday."
    assert _days(_of(extract(text, PUBLISHED), "meeting")) == [date(2017, 8, 17)]


# --- resolutions that say something -------------------------------------------------------


def test_a_resolution_describing_is_a_saying() -> None:
    text = (
        "Pakistan's National Assembly on Tuesday unanimously passed a resolution describing "
        'any attempt to divert the rivers as "an act of aggression".'
    )
    events = extract(text, PUBLISHED)
    assert _days(_of(events, "statement")) == [date(2017, 8, 15)]
    assert not _of(events, "agreement")


# --- treaties named by their title --------------------------------------------------------


def test_a_named_treaty_takes_no_date_from_another_clause() -> None:
    text = (
        "The court opened a hearing on Monday on India's decision last year to hold the "
        'Indus Waters Treaty "in abeyance".'
    )
    assert not _of(extract(text, PUBLISHED), "agreement")


@pytest.mark.parametrize(
    "text",
    [
        "Under the Indus Waters Treaty of 1960, India controls three eastern rivers.",
        "The 1960 Indus Waters Treaty was signed in Karachi.",
    ],
)
def test_a_named_treaty_keeps_its_own_year(text: str) -> None:
    assert _days(_of(extract(text, PUBLISHED), "agreement")) == [date(1960, 1, 1)]


# --- places --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rwanda and Uganda signed a ceasefire agreement in the Zambian capital Lusaka on "
            "July 10.",
            "Zambia",
        ),
        (
            "Congo and Rwanda signed a peace framework in the Ethiopian capital, Addis Ababa, "
            "on July 10.",
            "Ethiopia",
        ),
    ],
)
def test_a_city_after_capital_is_a_place(text: str, place: str) -> None:
    (event,) = _of(extract(text, PUBLISHED), "agreement")
    assert place not in _names(event)


def test_a_dateline_of_two_capitals_names_no_actor() -> None:
    text = (
        "ISLAMABAD/NEW DELHI, Aug 18 (Reuters) - Pakistan on Friday ordered an Indian "
        "diplomat to leave the country within 48 hours, accusing him of espionage.\n"
    )
    for event in extract(text, PUBLISHED):
        assert not {"NEW DELHI", "New Delhi", "DELHI"} & set(_names(event))
