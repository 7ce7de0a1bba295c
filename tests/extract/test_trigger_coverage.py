"""Trigger coverage and the precision rules of round 4, one news sentence per row."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.extract.triggers import expand

PUBLISHED = date(2024, 5, 20)  # a Monday


def _events(text: str) -> list[tuple[str, str | None]]:
    return [
        (e.type, e.date.start.isoformat() if e.date else None) for e in extract(text, PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighting between Armenia and Azerbaijan broke out on Saturday.",
            ("attack", "2024-05-18"),
        ),
        ("Bulgaria's ruling coalition fell apart on Friday.", ("other", "2024-05-17")),
        ("India tested a long-range missile on Sunday.", ("military_display", "2024-05-19")),
        ("Finland's prime minister resigned on Sunday.", ("other", "2024-05-19")),
        (
            "Kenya's president held bilateral talks with Ethiopia's leader on Sunday.",
            ("meeting", "2024-05-19"),
        ),
        (
            "Leaders of Mali and Niger adopted a joint declaration on Sunday.",
            ("agreement", "2024-05-19"),
        ),
        (
            "Mali's foreign minister walked out of the conference on Sunday.",
            ("other", "2024-05-19"),
        ),
        (
            "A powerful earthquake hit Nepal on Saturday, killing 300 people.",
            ("other", "2024-05-18"),
        ),
    ],
)
def test_news_phrasings_report_their_event(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text)


def test_a_disaster_that_kills_is_not_an_attack() -> None:
    found = _events("A powerful earthquake struck Nepal on Saturday, killing 300 people.")
    assert all(kind != "attack" for kind, _ in found), found


def test_a_nominalised_verb_names_an_event_without_reporting_it() -> None:
    found = _events("On Sunday, hours before the signing, Pakistan test-fired a ballistic missile.")
    assert ("agreement", "2024-05-19") not in found, found
    assert ("military_display", "2024-05-19") in found, found


def test_a_date_before_the_closing_attribution_belongs_to_what_was_said() -> None:
    found = _events("Rescuers in Nepal were still digging on Sunday, the Nepal Army said.")
    assert ("statement", "2024-05-19") not in found, found


def test_an_undated_headline_is_left_to_the_body() -> None:
    text = "India signs jet deal with France\n\nIndia signed a deal with France on Sunday."
    found = _events(text)
    assert found == [("agreement", "2024-05-19")], found


def test_a_phrase_trigger_stands_for_its_irregular_past_too() -> None:
    forms, _, lemma = expand("take+ office")
    assert {"took office", "taken office"} <= set(forms) and lemma == "take office"
    # a bare irregular past says too little alone ("shot", "held")
    assert "shot" not in expand("shoot+")[0]
    events = _events("Tehran has broken off relations with Baku on Friday.")
    assert ("sanction", "2024-05-17") in events, events


def test_a_verb_ending_in_ee_keeps_both_es_before_ing() -> None:
    assert "agreeing" in expand("agree+")[0]
    assert "freeing prisoners" in expand("free+ prisoners")[0]
