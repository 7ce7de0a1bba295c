"""The sentence splitter: abbreviations, initials, quotes, headlines; offsets always exact."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Abrams spoke. He left.", ["Gen. Abrams spoke.", "He left."]),
        (
            "General Robert B. Abrams met Dr. Kim on Monday.",
            ["General Robert B. Abrams met Dr. Kim on Monday."],
        ),
        (
            "Talks with the U.S. The next round is set.",
            ["Talks with the U.S.", "The next round is set."],
        ),
        ("The U.S. Army said so.", ["The U.S. Army said so."]),
        ('"Go," he said. Then more.', ['"Go," he said.', "Then more."]),
        ('He said "No!" she left.', ['He said "No!" she left.']),
        (
            "Headline without stop\nThe body starts here.",
            ["Headline without stop", "The body starts here."],
        ),
        ("One.\n\nTwo.", ["One.", "Two."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@given(st.text())
def test_offsets_are_exact(text: str) -> None:
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text


def test_a_long_headline_stays_apart_from_the_body_of_an_unwrapped_text() -> None:
    headline = "Czech Republic expels Russian diplomat over spying; Moscow retaliates"
    body = (
        "The Czech Republic on Wednesday ordered a military attaché at the Russian embassy "
        "in Prague to leave the country within 72 hours, the Czech foreign ministry said."
    )
    text = f"Friday, October 22, 2010\n{headline}\n{body}\n"
    assert [s.text for s in split_sentences(text)] == ["Friday, October 22, 2010", headline, body]


def test_a_hard_wrapped_paragraph_is_still_one_sentence() -> None:
    text = (
        "The two presidents signed a long-awaited agreement on border security with\n"
        "President Mirzoyev of the neighbouring republic on Tuesday in the capital.\n"
    )
    assert [s.text for s in split_sentences(text)] == [text.strip()]


def test_one_long_line_does_not_unwrap_a_hard_wrapped_paragraph() -> None:
    paragraph = (
        "The two presidents signed a long-awaited agreement on border security with\n"
        "President Mirzoyev of the neighbouring republic on Tuesday in the capital.\n"
    )
    url = "https://example.org/" + "a" * 130
    sentences = [s.text for s in split_sentences(paragraph + url + "\n")]
    assert sentences[0] == paragraph.strip()


def test_a_dateline_under_a_long_headline_is_a_line_of_its_own() -> None:
    headline = "Japanese foreign minister holds talks in Brasília on ethanol and trade"
    body = "Japanese Foreign Minister Kenji Morikawa held talks in Brasília yesterday."
    text = f"{headline}\nWednesday, July 16, 2008\n{body}\n"
    assert [s.text for s in split_sentences(text)] == [headline, "Wednesday, July 16, 2008", body]
