"""Sources of reports, actor pairs, pronouns, speculation, headlines and visit places, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.extract.headlines import object_phrase

REF = date(2021, 3, 10)


def _names(text: str, kind: str) -> list[list[str]]:
    return [[a.name for a in e.actors] for e in extract(text, REF) if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "absent"),
    [
        (
            "According to the Harbour Daily News, Chile and Peru held talks in Lima on March 2.",
            "meeting",
            "Harbour Daily News",
        ),
        (
            "Chile and Peru held talks in Lima on March 2, the Andes Press Agency reported.",
            "meeting",
            "Andes Press Agency",
        ),
    ],
)
def test_reporting_source_is_not_an_actor(text: str, kind: str, absent: str) -> None:
    found = _names(text, kind)
    assert found, text
    assert all(absent not in names for names in found)
    assert "Chile" in found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sino-Japanese talks were held on March 2.", {"China", "Japan"}),
        ("South and North Korea held talks on March 2.", {"South Korea", "North Korea"}),
        ("The Kenya-Uganda summit was held on March 2.", {"Kenya", "Uganda"}),
        ("Britain and France signed a defence treaty on March 2.", {"United Kingdom", "France"}),
    ],
)
def test_pairs_name_both_actors(text: str, expected: set[str]) -> None:
    actors = {name for event in extract(text, REF) for name in (a.name for a in event.actors)}
    assert expected <= actors, actors


def test_person_pair_of_known_surnames() -> None:
    text = (
        "President Ana Lopes said on March 1 that talks would go ahead. "
        "Prime Minister Jonas Berg said on March 2 that he agreed. "
        "The Lopes-Berg summit was held on March 5."
    )
    meetings = _names(text, "meeting")
    assert meetings and {"Ana Lopes", "Jonas Berg"} <= set(meetings[0])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Foreign Minister Anna Berg arrived in Oslo on March 2. She said on March 3 that talks were useful.",
            "Anna Berg",
        ),
        (
            "General Tomas Ruiz inspected the base on March 1. He told reporters on March 2 that it was ready.",
            "Tomas Ruiz",
        ),
    ],
)
def test_pronoun_subject_is_the_salient_person(text: str, speaker: str) -> None:
    statements = [e for e in extract(text, REF) if e.type == "statement"]
    assert statements and statements[0].actors[0].name == speaker


def test_pronoun_with_two_people_stays_unresolved() -> None:
    text = (
        "Sources say Minister Anna Berg and Minister Tomas Ruiz met privately. "
        "He said on March 3 that it went well."
    )
    statements = [e for e in extract(text, REF) if e.type == "statement"]
    assert all(e.actors[0].name not in {"Anna Berg", "Tomas Ruiz"} for e in statements)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said on March 3 that Chile may sign the treaty.",
        "Experts believe Peru could hold talks with Chile on March 20.",
        "Observers warned on March 2 that President Ana Lopes might visit Lima.",
    ],
)
def test_speculation_by_unnamed_plurals_is_no_event(text: str) -> None:
    assert [e for e in extract(text, REF) if e.type in ("statement", "agreement", "visit")] == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Foreign Minister Anna Berg met with her Chilean counterpart Luis Mora in Santiago on March 2.",
            "Berg meets Mora in Santiago",
        ),
        ("General Tomas Ruiz said on March 2 that the army was ready.", "Ruiz makes statement"),
        ("Ambassador Olga Petrova gave an interview on March 2.", "Petrova gives interview"),
        (
            "Chile publicly exhibited the tank known as the “iron hound” on March 2.",
            "Chile exhibits tank",
        ),
        (
            "Prime Minister Jonas Berg condemned the attack on the embassy on March 2.",
            "Berg condemns attack",
        ),
    ],
)
def test_headlines(text: str, title: str) -> None:
    titles = [e.title for e in extract(text, REF)]
    assert title in titles, titles


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" the burrow bomb known as the bunker buster", "burrow bomb"),
        (" a new missile, which flew far", "new missile"),
        (" sanctions on the firm", "sanctions"),
        (" the", ""),
    ],
)
def test_object_phrase_stops_at_boundaries(after: str, expected: str) -> None:
    assert object_phrase(after) == expected


def test_visit_place_and_portfolio() -> None:
    text = "Luis Mora, the Chilean special envoy for Peru, arrived in the ROK on March 2."
    visits = [e for e in extract(text, REF) if e.type == "visit"]
    assert visits and visits[0].location == "South Korea"
    names = [a.name for a in visits[0].actors]
    assert "Chile" in names and "Peru" not in names


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the plan reported is the event (round 27), the saying only carries it
        ("Minister Ilse Varga said Hungary would send two patrol boats next year.", []),
        (
            "Minister Ilse Varga said on Monday that Hungary would send two patrol boats.",
            ["2021-03-08"],
        ),
        (
            "Minister Ilse Varga told reporters in Budapest on Monday the boats were ready.",
            ["2021-03-08"],
        ),
        # the reported exercise is the event; the saying takes no date from it
        ("Minister Ilse Varga said Hungary plans to join the exercise in June.", []),
    ],
)
def test_a_saying_is_not_dated_by_what_it_reports(text: str, when: list[str | None]) -> None:
    found = extract(text, REF)
    said = [e.date.start.isoformat() if e.date else None for e in found if e.type == "statement"]
    assert said == when
    assert all(e.type != "exercise" for e in found) or "June" in text


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        ("Former minister Ivo Brandt was arrested on Tuesday in Riga.", "other", "Brandt arrested"),
        (
            "On Monday, President Oona Lahti laid a wreath at the war memorial.",
            "other",
            "Lahti: laid a wreath",
        ),
        (
            "Human Rights Watch said on Monday that police used force.",
            "statement",
            "Human Rights Watch",
        ),
    ],
)
def test_titles_say_what_happened(text: str, kind: str, title: str) -> None:
    found = [e.title for e in extract(text, REF) if e.type == kind]
    assert found and found[0].startswith(title), found


@pytest.mark.parametrize(
    "text",
    [
        "Finland bought two patrol boats from Sweden on Monday.",
        "Minister Oleg Petrov walked out of the conference hall on Monday.",
        "Estonia handed Latvia a missile corvette on Monday.",
    ],
)
def test_a_trigger_noun_that_modifies_a_noun_is_no_event(text: str) -> None:
    kinds = {e.type for e in extract(text, REF)}
    assert not kinds & {"exercise", "meeting", "military_display"}, kinds
