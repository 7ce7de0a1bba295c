"""Round 10 of the extraction rules, end to end, and the trigger inflections they rest on.

Relative clauses keep their dates to themselves, occasions dated where they are named
date the saying, a noun a talk is about is no event, elections belong to the article's
country, "Brussels" acts for the European Union, and the economic triggers (labour
strikes, budgets, rate decisions, probes, duties, import bans).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.extract.triggers import inflect
from timeline.model import Event

#: A Thursday: "on Tuesday" is 8 October, "on Monday" 7 October, "last Friday" 4 October.
PUBLISHED = date(2024, 10, 10)
MON, TUE, WED = date(2024, 10, 7), date(2024, 10, 8), date(2024, 10, 9)


def _events(text: str) -> list[Event]:
    return extract(text, PUBLISHED)


def _summary(events: list[Event]) -> list[tuple[str, list[str], str | None, str | None]]:
    return [
        (
            e.type,
            [a.name for a in e.actors],
            e.date.start.isoformat() if e.date else None,
            e.date.end.isoformat() if e.date else None,
        )
        for e in events
    ]


def _has(text: str, kind: str, actor: str, start: date, end: date | None = None) -> None:
    events = _events(text)
    assert any(
        e.type == kind
        and actor in {a.name for a in e.actors}
        and e.date is not None
        and (e.date.start, e.date.end) == (start, end or start)
        for e in events
    ), _summary(events)


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("ban", ["ban", "bans", "banned", "banning"]),
        ("plan", ["plan", "plans", "planned", "planning"]),
        ("stop", ["stop", "stops", "stopped", "stopping"]),
        ("cut", ["cut", "cuts", "cutted", "cutting"]),
        # two syllables, a long vowel, or a final w/x/y: no doubling
        ("visit", ["visit", "visits", "visited", "visiting"]),
        ("meet", ["meet", "meets", "meeted", "meeting"]),
        ("fix", ["fix", "fixes", "fixed", "fixing"]),
        ("show", ["show", "shows", "showed", "showing"]),
        ("seize", ["seize", "seizes", "seized", "seizing"]),
        ("try", ["try", "tries", "tried", "trying"]),
    ],
)
def test_inflect_doubles_a_short_verbs_last_consonant(verb: str, forms: list[str]) -> None:
    assert inflect(verb) == forms


def test_a_date_in_a_relative_clause_dates_only_that_clause() -> None:
    text = (
        "Ukrainian Agriculture Minister Olena Hrytsenko, who arrived in Bucharest on Monday "
        "evening, was received by Romanian Prime Minister Dan Moraru on Tuesday afternoon."
    )
    _has(text, "meeting", "Dan Moraru", TUE)
    assert not any(
        e.type == "meeting" and e.date is not None and e.date.start == MON for e in _events(text)
    )


def test_an_occasion_dated_where_it_is_named_dates_the_saying() -> None:
    text = (
        "Government spokesman Rui Matias told reporters after the weekly cabinet meeting on "
        "Tuesday that ministers would approve the package at an extraordinary session next week."
    )
    _has(text, "statement", "Rui Matias", TUE)


def test_the_meeting_means_the_one_just_told() -> None:
    text = (
        "The cabinet will hold an extraordinary meeting next week. "
        "Labour Minister Ana Leitao met union leaders at her ministry on Tuesday. "
        "After the two-hour meeting she said the government was ready to raise wages."
    )
    _has(text, "statement", "Ana Leitao", TUE)


@pytest.mark.parametrize(
    "text",
    [
        "Army chief Musa Bello will brief the Senate on the ambush on Wednesday.",
        "Foreign Minister Lina Haddad held talks with Kemal Aydin about the ceasefire on Monday.",
    ],
)
def test_a_noun_a_talk_is_about_is_not_an_event(text: str) -> None:
    kinds = {e.type for e in _events(text)}
    assert "attack" not in kinds and "agreement" not in kinds, _summary(_events(text))
    assert "meeting" in kinds


def test_an_election_with_no_country_named_is_the_articles() -> None:
    text = (
        "Kenya's shilling fell on Monday. Kenyan lawmakers debated the budget. "
        "Kenya's central bank held its rate. "
        "The coalition of Prime Minister Amos Kiprono took office after an inconclusive "
        "general election on Feb. 8."
    )
    _has(text, "election", "Kenya", date(2024, 2, 8))


def test_brussels_acts_for_the_european_union() -> None:
    text = "Brussels imposed provisional duties on Chinese electric cars on Monday."
    _has(text, "sanction", "European Union", MON)
    assert all("Belgium" not in {a.name for a in e.actors} for e in _events(text))


@pytest.mark.parametrize(
    ("text", "kind", "actor", "when"),
    [
        (
            "Shopkeepers in Karachi pulled down their shutters on Wednesday in a one-day strike "
            "against a new levy.",
            "other",
            "Pakistan",
            WED,
        ),
        ("Pakistani lawmakers approved the budget on Monday.", "other", "Pakistan", MON),
        (
            "Pakistan's central bank cut its benchmark interest rate by 150 basis points on Monday.",
            "other",
            "Pakistan",
            MON,
        ),
        (
            "Beijing launched an anti-dumping probe into European brandy on Tuesday.",
            "other",
            "China",
            TUE,
        ),
        (
            "Poland and Hungary banned imports of Ukrainian grain on Monday.",
            "sanction",
            "Poland",
            MON,
        ),
        (
            "Provisional duties on Chinese-made cars took effect on Tuesday, the European Union said.",
            "sanction",
            "China",
            TUE,
        ),
        (
            "Farmers blocked a roundabout outside the town of Cognac on Wednesday.",
            "other",
            "France",
            WED,
        ),
    ],
)
def test_economic_triggers(text: str, kind: str, actor: str, when: date) -> None:
    _has(text, kind, actor, when)


def test_a_one_day_strike_is_no_attack() -> None:
    text = "Dock workers in Durban staged a one-day strike on Monday over pay."
    assert all(e.type != "attack" for e in _events(text)), _summary(_events(text))


def test_a_trigger_noun_inside_a_name_is_no_event() -> None:
    text = (
        "French Defence Minister Claire Moreau arrived in New Delhi on Tuesday and laid a "
        "wreath at the National War Memorial."
    )
    assert all(e.type != "attack" for e in _events(text)), _summary(_events(text))
    summit = _events("NATO leaders met at the NATO Summit in Vilnius on Tuesday.")
    assert any(e.type == "meeting" for e in summit), _summary(summit)


def test_an_action_nothing_dates_is_not_on_the_timeline() -> None:
    events = _events("The Greek navy has put several frigates on alert, a spokesman said.")
    assert all(e.date is not None or e.type == "statement" for e in events), _summary(events)
