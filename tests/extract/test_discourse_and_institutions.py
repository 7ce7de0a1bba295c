"""Dates carried by a back reference to an event noun, institutions as subjects, deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract.pipeline import extract

PUBLISHED = date(2024, 4, 8)


def _find(text: str, kind: str, published: date = PUBLISHED) -> list[tuple[str | None, str]]:
    return [
        (e.date.start.isoformat() if e.date else None, e.status)
        for e in extract(text, published)
        if e.type == kind
    ]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "NAIROBI - Presidents attended the state funeral of Kenyan President Daniel Mwangi "
            "on Saturday. On the sidelines of the funeral, Kenyan President Samuel Kiprono "
            "held bilateral talks with Ugandan President Joseph Okello.",
            "meeting",
            ("2024-04-06", "occurred"),
        ),
    ],
)
def test_back_reference_carries_only_a_named_occasion(
    text: str, kind: str, expected: tuple[str | None, str]
) -> None:
    assert expected in _find(text, kind)


def test_saying_without_back_reference_stays_undated() -> None:
    text = (
        "Kenyan President Samuel Kiprono met Ugandan President Joseph Okello on Friday. "
        "Okello said the railway would be finished soon."
    )
    assert (None, "occurred") in _find(text, "statement")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("MANILA - Police arrested six demonstrators on Wednesday.", "Philippines"),
        ("The Philippine army said on Tuesday it had repelled an attack.", "Philippines"),
        ("KHARTOUM - Rebels attacked an army base on Monday.", "Sudan"),
    ],
)
def test_institution_subjects_are_actors_of_their_country(text: str, actor: str) -> None:
    events = extract(text, PUBLISHED)
    assert any(actor in [a.name for a in e.actors] for e in events), events


def test_deadline_is_a_window_up_to_its_day_and_scheduled() -> None:
    text = "SOFIA - Parliament is expected to vote on the new government by April 23."
    events = [e for e in extract(text, PUBLISHED) if e.type == "election"]
    assert events, events
    when = events[0].date
    assert when is not None
    assert (when.start, when.end, when.mod) == (PUBLISHED, date(2024, 4, 23), "ON_OR_BEFORE")
    assert events[0].status == "scheduled"
