"""The detail panel: the whole record, the date words marked in the quote, safe links, text never markup."""

from __future__ import annotations

from typing import Any

import pytest
from dash import html

from dashboard.detail import date_words, detail_panel, highlight, safe_url
from timeline.model import Event


def walk(node: Any) -> list[Any]:
    """Every component and string under ``node``."""
    found = [node]
    children = node if isinstance(node, list | tuple) else getattr(node, "children", None)
    if isinstance(children, list | tuple):
        for child in children:
            found += walk(child)
    elif children is not None:
        found += walk(children)
    return found


def text_of(node: Any) -> str:
    return "".join(x for x in walk(node) if isinstance(x, str))


@pytest.mark.parametrize(
    ("quote", "words", "marked"),
    [
        ("In late January, Ryabkov met Biegun", "late January 2019", ["late January"]),
        ("He arrived on February 3.", "February 3", ["February 3"]),
        ("On february 3 and February 3", "February 3", ["february 3", "February 3"]),
        ("A quote with no date", "next week", []),
        ("A quote", None, []),
        ("Prices (up 3%) rose in Q1, 2019", "Q1, 2019", ["Q1, 2019"]),
    ],
)
def test_highlight_marks_the_date_words(quote: str, words: str | None, marked: list[str]) -> None:
    parts = highlight(quote, words)
    assert [p.children for p in parts if isinstance(p, html.Mark)] == marked
    assert text_of(parts) == quote


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a", True),
        ("HTTP://example.org", True),
        ("mailto:desk@example.org", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,x", False),
        (None, False),
    ],
)
def test_safe_url(url: str | None, safe: bool) -> None:
    assert (safe_url(url) is not None) is safe


def make_event(**fields: Any) -> Event:
    record = {"title": "Ryabkov meets Biegun", "type": "meeting", **fields}
    return Event.model_validate(record)


def test_panel_shows_every_field_and_the_marked_quote() -> None:
    event = make_event(
        date="late January 2019",
        actors=[{"name": "Sergei Ryabkov", "role": "Deputy Foreign Minister", "kind": "person"}],
        location="Washington",
        tags=["diplomacy"],
        notes="From one article.",
        sources=[
            {
                "url": "https://example.org/story",
                "publisher": "Example News",
                "quote": "In late January, Ryabkov met Biegun in Washington",
            }
        ],
    )
    parts = walk(detail_panel(event))
    text = text_of(parts)
    for expected in (
        "Ryabkov meets Biegun",
        "late January 2019",
        "meeting",
        "Sergei Ryabkov",
        "Deputy Foreign Minister",
        "Washington",
        "diplomacy",
        "From one article.",
        "Example News",
        event.id,
    ):
        assert expected in text
    assert [m.children for m in parts if isinstance(m, html.Mark)] == ["late January"]
    links = [a for a in parts if isinstance(a, html.A)]
    assert [a.href for a in links] == ["https://example.org/story"]


def test_hostile_text_stays_text() -> None:
    event = make_event(
        title="<img src=x onerror=alert(1)>",
        sources=[{"url": "javascript:alert(1)", "quote": "<script>alert(2)</script>"}],
    )
    parts = walk(detail_panel(event))
    assert "<img src=x onerror=alert(1)>" in [p for p in parts if isinstance(p, str)]
    assert not [a for a in parts if isinstance(a, html.A)]
    assert not [p for p in parts if isinstance(p, html.Img | html.Script | html.Iframe)]


def test_no_event_gives_a_hint() -> None:
    assert "Click an event" in text_of(detail_panel(None))


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (None, "undated"),
        ("2019-02-03", "2019-02-03"),
        ("2019-02", "2019-02 (2019-02-01 – 2019-02-28)"),
    ],
)
def test_date_words(date: str | None, expected: str) -> None:
    assert date_words(make_event(date=date)) == expected
