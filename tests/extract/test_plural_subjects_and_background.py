"""Unnamed plural subjects, background clauses, and national bodies named like international ones."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract.headlines import present
from timeline.extract.pipeline import extract

PUBLISHED = date(2024, 5, 10)


def _events(text: str, kind: str) -> list[tuple[str | None, list[str]]]:
    return [
        (e.date.start.isoformat() if e.date else None, [a.name for a in e.actors])
        for e in extract(text, PUBLISHED)
        if e.type == kind
    ]


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        (
            "Leaders of nine Baltic Sea countries signed a shipping pact on Thursday.",
            "agreement",
            "Baltic Sea countries",
        ),
        (
            "Estonia and Latvia held talks in Riga on Monday. "
            "Foreign ministers of the two countries signed a border treaty on Wednesday.",
            "agreement",
            "Latvia",
        ),
        (
            "Delegations from the Andean states agreed on a fisheries quota on Tuesday.",
            "agreement",
            "Andean states",
        ),
    ],
)
def test_unnamed_plural_subject_takes_its_group(text: str, kind: str, actor: str) -> None:
    found = _events(text, kind)
    assert found, text
    assert any(actor in actors for _, actors in found), found


def test_named_countries_in_the_plural_stay_the_actors() -> None:
    text = "Leaders of Chile, Peru and Bolivia signed a water accord on Monday."
    found = _events(text, "agreement")
    assert found and {"Chile", "Peru", "Bolivia"} <= set(found[0][1]), found


def test_group_subject_leads_over_a_named_agent_after_the_verb() -> None:
    text = (
        "Chile and Peru held talks on Monday. On Wednesday, the two countries exchanged "
        "12 prisoners in a swap arranged by the International Committee of the Red Cross."
    )
    events = [e for e in extract(text, PUBLISHED) if e.date and e.date.start == date(2024, 5, 8)]
    assert events, text
    assert events[0].actors[0].name in {"Chile", "Peru"}, events[0].actors


def test_participle_saying_folds_into_the_action() -> None:
    text = "Chile and Peru adopted a declaration on Friday calling for an end to overfishing."
    assert _events(text, "agreement")
    assert not _events(text, "statement")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The assembly approved the budget on Monday. Ministers also rejected a motion by "
            "Chile on Thursday, which won the votes of only four members.",
            "meeting",
        ),
        (
            "Peru and Bolivia held talks on Tuesday, after Chile had accused Lima of "
            "spying and sanctioned three Peruvian firms.",
            "sanction",
        ),
    ],
)
def test_background_clause_adds_no_event(text: str, kind: str) -> None:
    assert _events(text, kind) == [], text


def test_background_clause_with_its_own_date_is_kept() -> None:
    text = (
        "Peru and Bolivia held talks on Tuesday, after Chile had sanctioned three "
        "Peruvian firms on April 2."
    )
    assert any(d == "2024-04-02" and "Chile" in a for d, a in _events(text, "sanction"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Chilean President Ana Rojas convened the National Security Council on Monday.", None),
        ("The Russian Security Council met on Monday to discuss Ukraine.", None),
        ("The UN Security Council met on Monday to discuss Haiti.", "UN Security Council"),
    ],
)
def test_national_body_is_not_the_international_one(text: str, body: str | None) -> None:
    names = {a.name for e in extract(text, PUBLISHED) for a in e.actors}
    if body is None:
        assert "UN Security Council" not in names, names
    else:
        assert body in names, names


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("meet", "meets"), ("carry", "carries"), ("vetoed", "vetoed"), ("need", "needs")],
)
def test_present_leaves_past_forms(verb: str, expected: str) -> None:
    assert present(verb) == expected


@pytest.mark.parametrize(
    ("text", "kind", "day", "actor"),
    [
        (
            "Chile protested a collision between its patrol boat and a Peruvian trawler. "
            "The collision occurred early on Monday near the port of Arica.",
            "attack",
            "2024-05-06",
            "Peru",
        ),
        (
            "Chile asked for international help on Wednesday. "
            "The quake hit the Atacama region shortly before midnight on Saturday.",
            "other",
            "2024-05-04",
            "Chile",
        ),
    ],
)
def test_event_noun_subject_takes_the_previous_sentence_actors(
    text: str, kind: str, day: str, actor: str
) -> None:
    found = _events(text, kind)
    assert any(d == day and actor in actors for d, actors in found), found


def test_bare_clock_time_after_before_does_not_date_the_event() -> None:
    text = "Chile said on Monday that a bomb exploded in Arica shortly after 10 a.m. as crowds gathered."
    assert all(d != "2024-05-10" for d, _ in _events(text, "attack"))
