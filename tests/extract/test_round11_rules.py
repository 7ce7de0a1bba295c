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
            "Iran's navy tested a torpedo on Thursday. Speedboats and helicopters also took part "
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
